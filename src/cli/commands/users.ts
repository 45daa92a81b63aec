import { Command, Option } from 'commander';
import { ROLES, type UserView } from '../../users/contracts.js';
import { clientFor } from '../connection.js';

export function usersCommand(): Command {
  const users = new Command('users').description('People and their API tokens (admin)');
  users
    .command('list')
    .description('List users')
    .action(async (_flags: unknown, command: Command) => {
      const { users: list } = await clientFor(command).json<{ users: UserView[] }>('GET', '/api/users');
      for (const u of list) process.stdout.write(`${String(u.id).padEnd(5)} ${u.username.padEnd(20)} ${u.role}\n`);
    });
  users
    .command('create')
    .description('Create a user and print their first API token')
    .requiredOption('--username <name>', 'login name')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--display-name <name>', 'shown name')
    .action(async (flags: { username: string; role: string; displayName?: string }, command: Command) => {
      const created = await clientFor(command).json<{ token: string; user: UserView }>('POST', '/api/users', {
        username: flags.username,
        role: flags.role,
        ...(flags.displayName ? { displayName: flags.displayName } : {}),
      });
      process.stdout.write(
        `Created ${created.user.username} (${created.user.role}). Token (shown once):\n${created.token}\n`,
      );
    });
  return users;
}
