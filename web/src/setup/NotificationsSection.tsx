import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApiError, tandem } from '../api/client';
import { ErrorSummary, FieldErrorsProvider, FieldMessage, useField } from './fieldErrors';

const EVENTS = [
  ['approval.waiting', 'An action is waiting'],
  ['approval.escalated', 'Escalated (nobody decided in time)'],
  ['approval.timed_out', 'Timed out (default outcome applied)'],
] as const;
type NotificationEvent = (typeof EVENTS)[number][0];

/**
 * Project settings → Notifications (issue 15): Slack-compatible incoming webhooks and email to the
 * approvers. The Slack URL is a secret: the server never sends it back, so the list shows its host.
 */
export function NotificationsSection({ slug }: { slug: string }) {
  const client = useQueryClient();
  const channels = useQuery({
    queryKey: ['notification-channels', slug],
    queryFn: async () =>
      (
        await tandem.GET('/api/projects/{project}/notification-channels', {
          params: { path: { project: slug } },
        })
      ).data?.channels ?? [],
  });
  const remove = useMutation<unknown, ApiError, number>({
    mutationFn: (channelId) =>
      tandem.DELETE('/api/projects/{project}/notification-channels/{channelId}', {
        params: { path: { project: slug, channelId: String(channelId) } },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notification-channels', slug] }),
  });
  return (
    <div className="max-w-2xl space-y-6">
      <section aria-labelledby="channels-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="channels-heading" className="text-base font-semibold">
          Notification channels
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Tell people when an agent action waits for approval, is escalated, or times out. Email goes to the people who
          may decide approvals here and set an address under Account.
        </p>
        {channels.isPending ? (
          <div className="mt-3 h-16 animate-pulse rounded-lg bg-slate-100" />
        ) : channels.isError ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            Could not load channels: {channels.error.message}
          </p>
        ) : channels.data.length === 0 ? (
          <p className="mt-3 text-sm text-slate-500">No channels yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200">
            {channels.data.map((channel) => (
              <li key={channel.id} className="flex items-center gap-3 px-3 py-2 text-sm">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{channel.kind}</span>
                <span className="flex-1">
                  <span className="font-medium text-slate-900">{channel.name}</span>{' '}
                  <span className="text-slate-500">
                    {channel.target} · {channel.events.length === 0 ? 'all events' : channel.events.join(', ')}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => remove.mutate(channel.id)}
                  disabled={remove.isPending}
                  className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50"
                >
                  Remove <span className="sr-only">{channel.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {remove.error && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {remove.error.message}
          </p>
        )}
      </section>
      <AddChannelForm slug={slug} />
    </div>
  );
}

function AddChannelForm({ slug }: { slug: string }) {
  const client = useQueryClient();
  const [kind, setKind] = useState<'slack' | 'email'>('slack');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [events, setEvents] = useState<Set<NotificationEvent>>(() => new Set());
  const add = useMutation({
    mutationFn: async () =>
      (
        await tandem.POST('/api/projects/{project}/notification-channels', {
          params: { path: { project: slug } },
          body: {
            kind,
            ...(kind === 'slack' ? { url: url.trim() } : {}),
            ...(name.trim() ? { name: name.trim() } : {}),
            events: [...events],
          },
        })
      ).data,
    onSuccess: () => {
      setUrl('');
      setName('');
      return client.invalidateQueries({ queryKey: ['notification-channels', slug] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <FieldErrorsProvider scope="channel" error={add.error as ApiError | null}>
      <form
        noValidate
        onSubmit={submit}
        aria-labelledby="add-channel-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="add-channel-heading" className="text-base font-semibold">
          Add a channel
        </h2>
        <ErrorSummary error={add.error as ApiError | null} title="The channel was not added:" />
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Kind</legend>
          {(
            [
              ['slack', 'Slack (incoming webhook)'],
              ['email', 'Email to approvers'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="channel-kind"
                checked={kind === value}
                onChange={() => setKind(value)}
                className="accent-brand-600"
              />
              {label}
            </label>
          ))}
        </fieldset>
        {kind === 'slack' && <UrlField value={url} onChange={setUrl} />}
        <label className="block text-sm">
          <span className="font-medium text-slate-800">Name (optional)</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">Events (none checked: all)</legend>
          {EVENTS.map(([value, label]) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input
                type="checkbox"
                checked={events.has(value)}
                onChange={(e) =>
                  setEvents((previous) => {
                    const next = new Set(previous);
                    if (e.target.checked) next.add(value);
                    else next.delete(value);
                    return next;
                  })
                }
                className="h-4 w-4 accent-brand-600"
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={add.isPending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {add.isPending ? 'Adding…' : 'Add channel'}
          </button>
          <p role="status" className="text-sm text-slate-600">
            {add.isSuccess ? `Added ${add.data?.name}.` : ''}
          </p>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}

function UrlField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const field = useField('url');
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-800">Incoming-webhook URL</span>
      <input
        {...field.inputProps}
        id={field.id}
        type="url"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="https://hooks.slack.com/services/…"
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
      />
      <span className="mt-1 block text-xs text-slate-500">Kept secret: it is never shown again.</span>
      <FieldMessage id={field.errorId} messages={field.messages} />
    </label>
  );
}
