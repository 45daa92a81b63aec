import { useQuery } from '@tanstack/react-query';
import { got, tandem } from '../api/client';
import type { LabelSchema } from '../api/types';
import { QuestionForm } from './QuestionForm';
import { taskId } from './session/slots';
import type { SessionState, WorkSession } from './session/WorkSession';

interface BannerProps {
  readonly session: WorkSession;
  readonly state: SessionState;
}

const button =
  'rounded-md border px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2';

/** Offline, blocked, lost lease and other session-level messages. */
export function SessionNotices({ session, state }: BannerProps) {
  const { current } = state;
  return (
    <>
      {state.offline && (
        <p role="status" className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-900">
          <strong className="font-semibold">Cannot reach the Tandem server.</strong> Your answers are kept in this
          browser and sent as soon as the connection is back; keep working.
        </p>
      )}
      {current?.leaseLost && (
        <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <strong className="font-semibold">This item is no longer yours.</strong> Your hold on it ran out and someone
          else took it, so your answer may not be accepted. Press Skip to move on.
        </div>
      )}
      {state.phase === 'blocked' && (
        <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p>{state.message}</p>
          {state.foreign.length > 0 && (
            <button
              type="button"
              onClick={() => void session.releaseForeign()}
              className={`${button} mt-2 border-amber-400 bg-white text-amber-900 hover:bg-amber-100`}
            >
              Give those back and continue here
            </button>
          )}
        </div>
      )}
      {state.phase === 'error' && (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          Something went wrong: {state.message} Reload the page to try again.
        </p>
      )}
      {state.phase === 'working' && state.message && (
        <p role="status" className="rounded-xl border border-slate-200 bg-white px-4 py-2.5 text-sm text-slate-700">
          {state.message}
        </p>
      )}
    </>
  );
}

/**
 * Answers the server refused (a 422 after the fact, a lost lease): shown with the answer itself
 * so nothing is lost, and a way back to the item to fix it.
 */
export function OutboxBanners({
  session,
  state,
  schema,
  slug,
}: BannerProps & { schema: LabelSchema | undefined; slug: string | undefined }) {
  const failed = state.outbox.filter((entry) => entry.state === 'failed');
  if (failed.length === 0 || !schema) return null;
  return (
    <div className="grid gap-2">
      {failed.map((entry) => {
        const id = taskId(entry.slot);
        const item = entry.slot.claimed.item;
        const lost = entry.error?.code === 'LEASE_LOST' || entry.error?.code === 'TASK_NOT_FOUND';
        return (
          <section
            key={id}
            role="alert"
            aria-label={`Answer for item ${item.id} not saved`}
            className="rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
          >
            <div className="flex flex-wrap items-start gap-3">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  Your answer for item {item.id}
                  {item.externalId ? ` (${item.externalId})` : ''} was not saved.
                </p>
                {lost && slug ? (
                  <LostHold slug={slug} itemId={item.id} />
                ) : (
                  <p className="mt-0.5">{entry.error?.message}</p>
                )}
              </div>
              {(!lost || slug === undefined) && <GoBack onClick={() => void session.goBack(id)} />}
              {lost && slug && <GoBackIfOpen slug={slug} itemId={item.id} onClick={() => void session.goBack(id)} />}
              <button
                type="button"
                onClick={() => session.discard(id)}
                className={`${button} border-transparent text-red-800 hover:bg-red-100`}
              >
                Discard
              </button>
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-red-800">Your answer</summary>
              <div className="mt-2 rounded-lg bg-white p-2">
                <QuestionForm
                  schema={schema}
                  data={item.data}
                  answer={entry.slot.answer}
                  onChange={() => {}}
                  errors={entry.slot.errors}
                  readOnly
                  keyboard={false}
                />
              </div>
            </details>
          </section>
        );
      })}
    </div>
  );
}

/** The item's real state after a lost hold (issue 9, point 13): asked without taking the item. */
function useAvailability(slug: string, itemId: number) {
  return useQuery({
    queryKey: ['availability', slug, itemId],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/items/{itemId}/availability', {
          params: { path: { project: slug, itemId: String(itemId) } },
        }),
      ),
    refetchInterval: 15_000,
  });
}

function LostHold({ slug, itemId }: { slug: string; itemId: number }) {
  const availability = useAvailability(slug, itemId);
  const data = availability.data;
  const until = data?.heldUntil ? ` (their hold lasts until ${new Date(data.heldUntil).toLocaleTimeString()})` : '';
  return (
    <p className="mt-0.5">
      Your hold on the item ran out.{' '}
      {data
        ? data.state === 'open' || data.state === 'yours'
          ? 'It is still open: go back to it to send your answer again.'
          : data.state === 'held'
            ? `${data.message}${until} Your answer stays here; go back once they let go, or discard it.`
            : `${data.message} Your answer cannot be saved; discard it.`
        : 'Checking whether it is still open…'}
    </p>
  );
}

function GoBackIfOpen({ slug, itemId, onClick }: { slug: string; itemId: number; onClick: () => void }) {
  const availability = useAvailability(slug, itemId);
  const state = availability.data?.state;
  if (state !== 'open' && state !== 'yours') return null;
  return <GoBack onClick={onClick} />;
}

function GoBack({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={`${button} border-red-400 bg-white text-red-900 hover:bg-red-100`}
    >
      Go back to it
    </button>
  );
}
