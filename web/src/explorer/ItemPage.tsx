import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { canManage, useMe } from '../api/auth';
import { type ApiError, getProject, got, tandem } from '../api/client';
import { ItemData } from '../workspace/DataValue';
import { ItemActions } from './ItemActions';
import { AnswerText, ItemHistory } from './ItemHistory';
import type { ItemDetails } from './types';

/**
 * /projects/$project/items/$itemId: the item as annotators see it, the model's prediction with
 * its version, every response, the decision history and the audit trail; managers act on it.
 */
export function ItemPage() {
  const { project: slug, itemId } = useParams({ from: '/projects/$project/items/$itemId' });
  const search = useSearch({ from: '/projects/$project/items/$itemId' });
  const { data: me } = useMe();
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
  });
  const details = useQuery<ItemDetails, ApiError>({
    queryKey: ['item-details', slug, Number(itemId)],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/items/{itemId}/details', {
          params: { path: { project: slug, itemId: String(itemId) } },
        }),
      ),
  });
  const d = details.data;
  const schema = project.data?.labelSchema;
  return (
    <section aria-labelledby="item-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <Link
          to="/projects/$project/explore"
          params={{ project: slug }}
          search={search}
          className="text-sm text-brand-700"
        >
          ← Back to the explorer
        </Link>
        <h1 id="item-title" className="text-2xl font-semibold">
          Item {d?.item.externalId ?? `#${itemId}`}
        </h1>
        {d && (
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-700">
            {d.item.status} · revision {d.item.revision}
          </span>
        )}
      </div>
      {details.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {details.error.message}
        </p>
      ) : !d || !schema || !project.data ? (
        <div className="h-64 animate-pulse rounded-xl bg-slate-100" />
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
          <div className="grid content-start gap-4">
            <section aria-labelledby="item-data" className="rounded-xl border border-slate-200 bg-white p-4">
              <h2 id="item-data" className="mb-2 text-sm font-semibold text-slate-900">
                Data (as annotators see it)
              </h2>
              <ItemData data={d.item.data} />
            </section>
            <section
              aria-labelledby="item-prediction"
              className="rounded-xl border border-slate-200 bg-white p-4 text-sm"
            >
              <h2 id="item-prediction" className="mb-2 font-semibold text-slate-900">
                Prediction
              </h2>
              {d.item.prediction ? (
                <p>
                  <AnswerText schema={schema} answer={d.item.prediction} data={d.item.data} />
                  {d.item.confidence === null ? '' : ` · confidence ${d.item.confidence.toFixed(2)}`}
                  {` · model ${d.modelVersion ?? 'not named'}`}
                </p>
              ) : (
                <p className="text-slate-500">No model prediction.</p>
              )}
              {d.goldAnswer && (
                <p className="mt-1 text-amber-900">
                  Gold answer: <AnswerText schema={schema} answer={d.goldAnswer} data={d.item.data} />
                </p>
              )}
              <p className="mt-1 text-slate-500">
                Metadata: {JSON.stringify(d.item.metadata)} · created {new Date(d.item.createdAt).toLocaleString()}
              </p>
            </section>
            <ItemHistory details={d} schema={schema} />
          </div>
          <div className="grid content-start gap-4">
            {canManage(me) ? (
              // Keyed on the item only: its own actions change updatedAt and the decisions, and a remount
              // then would drop the action's status message ("Marked as gold", …) with the mutation.
              <ItemActions key={d.item.id} project={project.data} details={d} />
            ) : (
              <p className="text-sm text-slate-500">Managers can override, send back or mark this item gold.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
