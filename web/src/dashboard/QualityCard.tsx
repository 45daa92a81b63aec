import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { got, inProject, tandem } from '../api/client';

const FLAG_LABELS = {
  low_gold_accuracy: 'Low gold accuracy',
  spammer: 'Spammer',
  adversary: 'Adversarial',
  rubber_stamp: 'Rubber-stamping',
  too_fast: 'Too fast',
} as const;
const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`;

/**
 * Trust in each person (managers only): gold accuracy with its 95 % interval, agreement with the
 * decisions, how often they took a deliberately wrong pre-label, flags, and pauses to resolve.
 */
export function QualityCard({ slug, refreshKey }: { slug: string; refreshKey: number }) {
  const id = useId();
  const client = useQueryClient();
  const reports = useQuery({
    queryKey: ['annotators', slug, refreshKey],
    queryFn: () => got(tandem.GET('/api/projects/{project}/annotators', inProject(slug))),
    placeholderData: (previous) => previous,
  });
  const resolve = useMutation({
    mutationFn: ({ userId, verdict }: { userId: number; verdict: 'resume' | 'discard' }) =>
      verdict === 'resume'
        ? tandem.POST('/api/projects/{project}/annotators/{userId}/resume', {
            params: { path: { project: slug, userId: String(userId) } },
          })
        : tandem.POST('/api/projects/{project}/annotators/{userId}/discard', {
            params: { path: { project: slug, userId: String(userId) } },
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['annotators', slug] }),
  });
  const list = reports.data?.annotators ?? [];
  const flagged = list.filter((a) => a.flags.length > 0 || a.status === 'paused').length;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:col-span-2"
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        Quality
      </h2>
      <p className="mt-0.5 h-5 text-xs text-slate-600">
        {reports.isPending
          ? 'Loading…'
          : list.length === 0
            ? 'No answers yet.'
            : `${list.length} ${list.length === 1 ? 'person' : 'people'}; ${flagged === 0 ? 'nobody flagged' : `${flagged} flagged or paused`}.`}
      </p>
      {resolve.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {(resolve.error as Error).message}
        </p>
      )}
      {list.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Gold accuracy, agreement, pre-label acceptance and flags per person</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Person
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Gold accuracy (95% CI)
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Agrees with decisions
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Took wrong pre-labels
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Flags
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {list.map((a) => (
                <tr key={a.userId} className={a.status === 'paused' ? 'bg-amber-50' : undefined}>
                  <td className="py-1.5 pr-3">
                    {a.username}
                    {a.status === 'paused' && (
                      <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs text-amber-900">paused</span>
                    )}
                  </td>
                  <td className="py-1.5 pr-3 text-right">
                    {percent(a.gold.accuracy)}
                    {a.gold.ci95 && (
                      <span className="text-xs text-slate-500">
                        {' '}
                        ({percent(a.gold.ci95[0])}–{percent(a.gold.ci95[1])}) · {a.gold.answered}
                      </span>
                    )}
                  </td>
                  <td className="py-1.5 pr-3 text-right">{percent(a.agreementWithConsensus)}</td>
                  <td className="py-1.5 pr-3 text-right">
                    {a.wrongPrelabels.seen === 0 ? '–' : `${a.wrongPrelabels.accepted} of ${a.wrongPrelabels.seen}`}
                  </td>
                  <td className="py-1.5 pr-3">
                    <ul className="flex flex-wrap gap-1">
                      {a.flags.map((flag) => (
                        <li
                          key={flag.code}
                          title={flag.message}
                          className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800"
                        >
                          {FLAG_LABELS[flag.code]}
                        </li>
                      ))}
                    </ul>
                    {a.status === 'paused' && <p className="text-xs text-amber-900">{a.pausedReason}</p>}
                  </td>
                  <td className="py-1.5 text-right whitespace-nowrap">
                    {a.status === 'paused' && (
                      <>
                        <button
                          type="button"
                          onClick={() => resolve.mutate({ userId: a.userId, verdict: 'resume' })}
                          className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50"
                        >
                          Resume {a.username}
                        </button>{' '}
                        <button
                          type="button"
                          onClick={() => resolve.mutate({ userId: a.userId, verdict: 'discard' })}
                          className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800 hover:bg-red-50"
                        >
                          Discard held answers
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
