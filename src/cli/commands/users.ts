import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../../users/contracts.js';
import { got } from '../client.js';
import { clientFor } from '../connection.js';

function positiveInt(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

export function usersCommand(): Command {
  const users = new Command('users').description('People: create, change, deactivate (admin)');
  users
    .command('list')
    .description('List users')
    .action(async (_flags: unknown, command: Command) => {
      const { users: list } = await got(clientFor(command).GET('/api/users'));
      for (const u of list) {
        process.stdout.write(
          `${String(u.id).padEnd(5)} ${u.username.padEnd(20)} ${u.role.padEnd(10)}${u.active ? '' : ' (deactivated)'}\n`,
        );
      }
    });
  users
    .command('create')
    .description('Create a user and print their first API token')
    .requiredOption('--username <name>', 'login name')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--display-name <name>', 'shown name')
    .action(async (flags: { username: string; role: string; displayName?: string }, command: Command) => {
      const created = await got(
        clientFor(command).POST('/api/users', {
          body: {
            username: flags.username,
            role: flags.role as Role,
            ...(flags.displayName ? { displayName: flags.displayName } : {}),
          },
        }),
      );
      process.stdout.write(
        `Created ${created.user.username} (${created.user.role}). Token (shown once):\n${created.token}\n`,
      );
    });
  users
    .command('update <userId>')
    .description("Change a user's role or name, or deactivate / reactivate them")
    .addOption(new Option('--role <role>', 'new role').choices(ROLES))
    .option('--display-name <name>', 'new shown name')
    .option('--deactivate', 'they can no longer sign in (their history stays)')
    .option('--activate', 'let a deactivated user sign in again')
    .action(
      async (
        userId: string,
        flags: { role?: string; displayName?: string; deactivate?: boolean; activate?: boolean },
        command: Command,
      ) => {
        const body = {
          ...(flags.role ? { role: flags.role } : {}),
          ...(flags.displayName ? { displayName: flags.displayName } : {}),
          ...(flags.deactivate ? { active: false } : flags.activate ? { active: true } : {}),
        };
        const user = await got(
          clientFor(command).PATCH('/api/users/{userId}', {
            params: { path: { userId: String(positiveInt(userId)) } },
            body: body as { role?: Role },
          }),
        );
        process.stdout.write(`${user.username}: ${user.role}${user.active ? '' : ', deactivated'}\n`);
      },
    );
  return users;
}

/** `tandem tokens …`: your API tokens (an admin may pass --user for someone else's). */
export function tokensCommand(): Command {
  const tokens = new Command('tokens').description('API tokens: list, create (optionally expiring), revoke');
  const owner = async (command: Command, user?: number) => user ?? (await got(clientFor(command).GET('/api/me'))).id;
  tokens
    .command('list')
    .description('List tokens (never their secrets)')
    .option('--user <id>', "another user's tokens (admin)", positiveInt)
    .action(async (flags: { user?: number }, command: Command) => {
      const userId = await owner(command, flags.user);
      const { tokens: list } = await got(
        clientFor(command).GET('/api/users/{userId}/tokens', { params: { path: { userId: String(userId) } } }),
      );
      for (const t of list) {
        const state = t.revokedAt
          ? 'revoked'
          : t.expiresAt && Date.parse(t.expiresAt) < Date.now()
            ? 'expired'
            : 'active';
        process.stdout.write(
          `${String(t.id).padEnd(5)} ${t.name.padEnd(20)} ${state.padEnd(8)} expires ${t.expiresAt ?? 'never'}, last used ${t.lastUsedAt ?? 'never'}\n`,
        );
      }
    });
  tokens
    .command('create <name>')
    .description('Create a token and print it (shown once)')
    .option('--expires-in-days <days>', 'stop working after this many days', positiveInt)
    .option('--user <id>', 'for another user (admin)', positiveInt)
    .action(async (name: string, flags: { expiresInDays?: number; user?: number }, command: Command) => {
      const userId = await owner(command, flags.user);
      const made = await got(
        clientFor(command).POST('/api/users/{userId}/tokens', {
          params: { path: { userId: String(userId) } },
          body: { name, ...(flags.expiresInDays ? { expiresInDays: flags.expiresInDays } : {}) },
        }),
      );
      process.stdout.write(`${made.token}\n`);
    });
  tokens
    .command('revoke <tokenId>')
    .description('Revoke a token: it stops working at once')
    .option('--user <id>', "another user's token (admin)", positiveInt)
    .action(async (tokenId: string, flags: { user?: number }, command: Command) => {
      const userId = await owner(command, flags.user);
      await clientFor(command).DELETE('/api/users/{userId}/tokens/{tokenId}', {
        params: { path: { userId: String(userId), tokenId: String(positiveInt(tokenId)) } },
      });
      process.stdout.write(`Revoked token ${tokenId}\n`);
    });
  return tokens;
}
