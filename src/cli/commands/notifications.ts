import { Command, InvalidArgumentError } from 'commander';
import { CHANNEL_KINDS, NOTIFICATION_EVENTS, type NotificationEvent } from '../../notifications/contracts.js';
import { clientFor } from '../connection.js';

function positiveInt(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

function eventList(value: string): NotificationEvent[] {
  const events = value
    .split(',')
    .map((event) => event.trim())
    .filter(Boolean);
  for (const event of events) {
    if (!(NOTIFICATION_EVENTS as readonly string[]).includes(event)) {
      throw new InvalidArgumentError(`unknown event "${event}"; use ${NOTIFICATION_EVENTS.join(', ')}`);
    }
  }
  return events as NotificationEvent[];
}

/** `tandem notifications …`: a project's channels, and your own email address and opt-outs (issue 15). */
export function notificationsCommand(): Command {
  const notifications = new Command('notifications').description(
    'Slack and email notifications for approvals: channels per project, your opt-outs',
  );
  const channels = notifications.command('channels').description("A project's notification channels (managers)");
  channels
    .command('list <project>')
    .description('List channels (Slack URLs are never shown)')
    .action(async (project: string, _flags: unknown, command: Command) => {
      const { data } = await clientFor(command).GET('/api/projects/{project}/notification-channels', {
        params: { path: { project } },
      });
      for (const c of data?.channels ?? []) {
        const events = c.events.length > 0 ? c.events.join(',') : 'all events';
        process.stdout.write(
          `${String(c.id).padEnd(5)} ${c.kind.padEnd(6)} ${c.name.padEnd(24)} ${c.target} · ${events}\n`,
        );
      }
    });
  channels
    .command('add <project>')
    .description('Add a Slack-compatible incoming webhook (--slack-url) or email to the approvers (--email)')
    .option('--slack-url <url>', 'the incoming-webhook URL (a secret: stored, never shown again)')
    .option('--email', 'email the approvers who set an address (SMTP from TANDEM_SMTP_URL on the server)')
    .option('--name <name>', 'shown in the project settings')
    .option('--events <list>', `comma-separated: ${NOTIFICATION_EVENTS.join(', ')} (default: all)`, eventList)
    .action(
      async (
        project: string,
        flags: { slackUrl?: string; email?: boolean; name?: string; events?: NotificationEvent[] },
        command: Command,
      ) => {
        if (Boolean(flags.slackUrl) === Boolean(flags.email)) {
          throw new InvalidArgumentError('give exactly one of --slack-url <url> or --email');
        }
        const { data } = await clientFor(command).POST('/api/projects/{project}/notification-channels', {
          params: { path: { project } },
          body: {
            kind: flags.email ? 'email' : 'slack',
            ...(flags.slackUrl ? { url: flags.slackUrl } : {}),
            ...(flags.name ? { name: flags.name } : {}),
            events: flags.events ?? [],
          },
        });
        process.stdout.write(`Added channel ${data?.id} (${data?.kind}, ${data?.target}).\n`);
      },
    );
  channels
    .command('remove <project> <channelId>')
    .description('Remove a channel')
    .action(async (project: string, channelId: string, _flags: unknown, command: Command) => {
      await clientFor(command).DELETE('/api/projects/{project}/notification-channels/{channelId}', {
        params: { path: { project, channelId: String(positiveInt(channelId)) } },
      });
      process.stdout.write(`Removed channel ${channelId}.\n`);
    });

  notifications
    .command('settings')
    .description('Show or change where your approval emails go and what you opted out of')
    .option('--user <id>', "another person's settings (admin)", positiveInt)
    .option('--email <address>', 'your email address')
    .option('--no-email', 'send me no email at all')
    .option('--mute-events <list>', 'events you do not want by email (replaces the list; "" for none)', (v) =>
      v === '' ? [] : eventList(v),
    )
    .option('--mute-channels <ids>', 'email channel ids you do not want (replaces the list; "" for none)', (v) =>
      v === '' ? [] : v.split(',').map((id) => positiveInt(id.trim())),
    )
    .action(
      async (
        flags: { user?: number; email?: string | false; muteEvents?: NotificationEvent[]; muteChannels?: number[] },
        command: Command,
      ) => {
        const client = clientFor(command);
        const userId = flags.user ?? (await client.GET('/api/me')).data?.id ?? 0;
        const path = { params: { path: { userId: String(userId) } } };
        let { data: settings } = await client.GET('/api/users/{userId}/notification-settings', path);
        const changing = flags.email !== undefined || flags.muteEvents || flags.muteChannels;
        if (settings && changing) {
          ({ data: settings } = await client.PUT('/api/users/{userId}/notification-settings', {
            ...path,
            body: {
              email: flags.email === undefined ? settings.email : flags.email || null,
              mutedEvents: flags.muteEvents ?? settings.mutedEvents,
              mutedChannels: flags.muteChannels ?? settings.mutedChannels,
            },
          }));
        }
        if (!settings) return;
        process.stdout.write(
          `email: ${settings.email ?? '(none)'}\nmuted events: ${settings.mutedEvents.join(', ') || '(none)'}\nmuted channels: ${settings.mutedChannels.join(', ') || '(none)'}\nchannel kinds: ${CHANNEL_KINDS.join(', ')}; events: ${NOTIFICATION_EVENTS.join(', ')}\n`,
        );
      },
    );
  return notifications;
}
