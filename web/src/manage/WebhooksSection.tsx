import type { RequestBody } from '@tandem/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, api } from '../api/client';
import type { WebhookDelivery, WebhookView } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyButton } from '../components/CopyButton';

type EventType = NonNullable<RequestBody<'/api/projects/{project}/webhooks', 'post'>['events']>[number];
/** The event types a webhook may pick; typed against the API so a renamed one fails the build. */
const EVENT_TYPES: readonly EventType[] = [
  'item.decided',
  'item.queued',
  'task.submitted',
  'item.adjudication',
  'item.timed_out',
];

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Webhooks of one project: subscribe a URL, see its recent deliveries, stop it. */
export function WebhooksSection({ slug }: { slug: string }) {
  const client = useQueryClient();
  const key = ['webhooks', slug];
  const hooks = useQuery({
    queryKey: key,
    queryFn: () => api<{ webhooks: WebhookView[] }>('GET', `/api/projects/${slug}/webhooks`),
  });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<ReadonlySet<EventType>>(new Set());
  const [created, setCreated] = useState<WebhookView | null>(null);
  const [removing, setRemoving] = useState<WebhookView | null>(null);
  const create = useMutation<WebhookView, ApiError, void>({
    mutationFn: () => api('POST', `/api/projects/${slug}/webhooks`, { url: url.trim(), events: [...events] }),
    onSuccess: (hook) => {
      setCreated(hook);
      setUrl('');
      setEvents(new Set());
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation<unknown, ApiError, number>({
    mutationFn: (id) => api('DELETE', `/api/projects/${slug}/webhooks/${id}`),
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const urlError = create.error?.fieldMessage('url');
  const ids = { url: useId(), urlError: useId() };

  return (
    <div className="max-w-4xl space-y-6">
      <section aria-labelledby="webhook-new" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="webhook-new" className="text-base font-semibold">
          Add a webhook
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Tandem POSTs each event as JSON, signed with HMAC-SHA256 (<code>Tandem-Signature</code>), and retries a failed
          delivery up to 12 times with doubling waits (1 s to 10 min). Private and loopback addresses are refused unless
          the server allows them.
        </p>
        <form noValidate onSubmit={submit} className="mt-4 space-y-3">
          <div>
            <label htmlFor={ids.url} className="block text-sm font-medium text-slate-700">
              Receiver URL
            </label>
            <input
              id={ids.url}
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://example.com/tandem-hook"
              aria-invalid={urlError ? true : undefined}
              aria-describedby={urlError ? ids.urlError : undefined}
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
            {urlError && (
              <p id={ids.urlError} className="mt-1 text-sm text-red-700">
                {urlError}
              </p>
            )}
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Events (none checked: all of them)</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {EVENT_TYPES.map((type) => (
                <label key={type} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={events.has(type)}
                    onChange={(e) => {
                      const next = new Set(events);
                      if (e.target.checked) next.add(type);
                      else next.delete(type);
                      setEvents(next);
                    }}
                    className="h-4 w-4 accent-brand-600"
                  />
                  <code>{type}</code>
                </label>
              ))}
            </div>
          </fieldset>
          <button
            type="submit"
            disabled={create.isPending}
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            Add webhook
          </button>
          {create.error && !urlError && (
            <p role="alert" className="text-sm text-red-700">
              {create.error.message}
            </p>
          )}
        </form>
        {created && (
          <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
            <p>
              Webhook added. Its signing secret (verify <code>Tandem-Signature</code> with it):
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <code className="break-all rounded bg-white px-2 py-1 font-mono" data-testid="webhook-secret">
                {created.secret}
              </code>
              <CopyButton text={created.secret} label="Copy secret" />
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="webhook-list" className="space-y-3">
        <h2 id="webhook-list" className="text-base font-semibold">
          Webhooks
        </h2>
        {hooks.isError && (
          <p role="alert" className="text-sm text-red-700">
            Could not load webhooks: {hooks.error.message}
          </p>
        )}
        {hooks.data?.webhooks.length === 0 && <p className="text-sm text-slate-600">No webhooks yet.</p>}
        <ul className="space-y-3">
          {(hooks.data?.webhooks ?? [])
            .slice()
            .reverse()
            .map((hook) => (
              <WebhookCard key={hook.id} slug={slug} hook={hook} onRemove={() => setRemoving(hook)} />
            ))}
        </ul>
      </section>
      <ConfirmDialog
        open={removing !== null}
        title="Stop this webhook?"
        confirmLabel="Stop webhook"
        danger
        busy={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => setRemoving(null)}
      >
        <p>
          <code className="break-all">{removing?.url}</code> gets no more events; deliveries still waiting are dropped.
          Its delivery history stays visible here.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function WebhookCard({ slug, hook, onRemove }: { slug: string; hook: WebhookView; onRemove(): void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-3">
        <code className="min-w-0 flex-1 break-all text-sm font-medium">{hook.url}</code>
        <span
          className={`rounded px-1.5 py-0.5 text-xs ${hook.active ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-100 text-slate-600'}`}
        >
          {hook.active ? 'active' : 'stopped'}
        </span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50"
        >
          {open ? 'Hide deliveries' : 'Show deliveries'} <span className="sr-only">of {hook.url}</span>
        </button>
        {hook.active && (
          <button
            type="button"
            onClick={onRemove}
            className="rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50"
          >
            Stop <span className="sr-only">{hook.url}</span>
          </button>
        )}
      </div>
      <p className="mt-1 text-xs text-slate-500">
        Events: {hook.events.length === 0 ? 'all' : hook.events.join(', ')} · added {when(hook.createdAt)}
      </p>
      <div id={panelId} hidden={!open}>
        {open && <DeliveriesTable slug={slug} webhookId={hook.id} />}
      </div>
    </li>
  );
}

const STATUS_STYLE: Record<WebhookDelivery['status'], string> = {
  delivered: 'bg-emerald-100 text-emerald-800',
  pending: 'bg-amber-100 text-amber-800',
  failed: 'bg-red-100 text-red-800',
};

/** The newest deliveries, refreshed every 5 s while shown. */
function DeliveriesTable({ slug, webhookId }: { slug: string; webhookId: number }) {
  const deliveries = useQuery({
    queryKey: ['deliveries', slug, webhookId],
    queryFn: () =>
      api<{ deliveries: WebhookDelivery[] }>('GET', `/api/projects/${slug}/webhooks/${webhookId}/deliveries?limit=50`),
    refetchInterval: 5_000,
  });
  if (deliveries.isPending) return <p className="mt-3 text-sm text-slate-600">Loading deliveries…</p>;
  if (deliveries.isError)
    return (
      <p role="alert" className="mt-3 text-sm text-red-700">
        Could not load deliveries: {deliveries.error.message}
      </p>
    );
  if (deliveries.data.deliveries.length === 0)
    return <p className="mt-3 text-sm text-slate-600">No deliveries yet: they start with the next event.</p>;
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="sr-only">Recent deliveries, newest first</caption>
      <thead className="text-slate-500">
        <tr>
          <th className="py-1 font-medium">Event</th>
          <th className="py-1 font-medium">Status</th>
          <th className="py-1 font-medium">Attempts</th>
          <th className="py-1 font-medium">HTTP</th>
          <th className="py-1 font-medium">Error</th>
          <th className="py-1 font-medium">Last try</th>
          <th className="py-1 font-medium">Next retry</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.data.deliveries.map((d) => (
          <tr key={d.id} className="border-t border-slate-100" data-testid="delivery-row">
            <td className="py-1.5">
              <code>{d.eventType}</code> <span className="text-xs text-slate-500">#{d.eventId}</span>
            </td>
            <td className="py-1.5">
              <span className={`rounded px-1.5 py-0.5 text-xs ${STATUS_STYLE[d.status]}`}>{d.status}</span>
            </td>
            <td className="py-1.5 tabular-nums">{d.attempts}</td>
            <td className="py-1.5 tabular-nums">{d.httpStatus ?? '—'}</td>
            <td className="max-w-xs truncate py-1.5" title={d.lastError ?? ''}>
              {d.lastError ?? '—'}
            </td>
            <td className="py-1.5">{when(d.lastAttemptAt)}</td>
            <td className="py-1.5">{when(d.nextAttemptAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
