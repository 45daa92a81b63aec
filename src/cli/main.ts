#!/usr/bin/env node
import { TandemApiError } from '@tandem/sdk';
import { Command, CommanderError } from 'commander';
import { TandemError } from '../errors.js';
import { CliError, describeApiError } from './client.js';
import { agreementCommand } from './commands/agreement.js';
import { auditCommand } from './commands/audit.js';
import { evalCommand } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { judgesCommand } from './commands/judges.js';
import { mcpCommand } from './commands/mcp.js';
import { migrateCommand } from './commands/migrate.js';
import { modelCommand } from './commands/model.js';
import { notificationsCommand } from './commands/notifications.js';
import { policyCommand } from './commands/policy.js';
import { projectsCommand } from './commands/projects.js';
import { snapshotsCommand } from './commands/snapshots.js';
import { startCommand } from './commands/start.js';
import { tasksCommand } from './commands/tasks.js';
import { tokensCommand, usersCommand } from './commands/users.js';

const program = new Command('tandem')
  .description(
    'Tandem: the human-in-the-loop platform. Run "tandem start" for the server; the other commands talk to it.',
  )
  .option('--url <url>', 'Tandem server URL for client commands', process.env.TANDEM_URL ?? 'http://localhost:4000')
  .option(
    '--token <token>',
    'API token (default: TANDEM_TOKEN, else ./tandem-data/admin-token)',
    process.env.TANDEM_TOKEN,
  )
  .showHelpAfterError()
  .exitOverride();

program.addCommand(startCommand());
program.addCommand(migrateCommand());
program.addCommand(projectsCommand());
program.addCommand(importCommand());
program.addCommand(exportCommand());
program.addCommand(policyCommand());
program.addCommand(modelCommand());
program.addCommand(judgesCommand());
program.addCommand(evalCommand());
program.addCommand(tasksCommand());
program.addCommand(usersCommand());
program.addCommand(tokensCommand());
program.addCommand(auditCommand());
program.addCommand(agreementCommand());
program.addCommand(snapshotsCommand());
program.addCommand(mcpCommand());
program.addCommand(notificationsCommand());

// Commands built with `new Command()` do not inherit the program's settings: give every one the
// same error handling, so a usage mistake anywhere exits 2 with help instead of commander's exit.
const configure = (command: Command): void => {
  command.exitOverride().showHelpAfterError();
  for (const sub of command.commands) configure(sub);
};
configure(program);

// A reader that stops early (`tandem export … | head`) closes the pipe: stop quietly, as Unix
// tools do, instead of failing with EPIPE and a stack (issue 9, point 18).
const isClosedPipe = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
process.stdout.on('error', (error) => {
  if (isClosedPipe(error)) process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

function reportError(error: unknown): number {
  if (isClosedPipe(error)) return 0;
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof CliError) {
    process.stderr.write(`tandem: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof TandemApiError) {
    process.stderr.write(`tandem: ${describeApiError(error)}\n`);
    return 1;
  }
  if (error instanceof TandemError) {
    const details = error.details.map((d) => `\n  ${d.path || '(input)'}: ${d.message}`).join('');
    process.stderr.write(`tandem: ${error.code}: ${error.message}${details}\n`);
    return 1;
  }
  process.stderr.write(`tandem: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}
