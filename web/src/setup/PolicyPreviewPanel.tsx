import { useQuery } from '@tanstack/react-query';
import { got, inProject, tandem } from '../api/client';
import type { Policy } from './policyModel';

/** POST /api/projects/:p/policy/preview (src/quality/policy-preview.ts `PolicyPreview`). */
interface PolicyPreview {
  k: number;
  method: 'majority' | 'weighted' | 'dawid_skene';
  threshold: number;
  classes: number;
  assumedAccuracy: number | null;
  splits: { votes: number[]; agreement: number; outcome: 'decided' | 'adjudication' }[];
  warnings: string[];
}

/**
 * For the form's default overlap, consensus method and threshold: which vote splits are decided
 * and which go to a person, so a setting that never adjudicates is seen before it is saved.
 */
export function PolicyPreviewPanel({ slug, policy }: { slug: string; policy: Policy }) {
  const outcome = policy.default;
  const k = outcome.action === 'review' || outcome.action === 'escalate' ? outcome.k : 1;
  const consensus = policy.consensus as Policy['consensus'] & { method?: PolicyPreview['method'] };
  const body = { k, method: consensus.method ?? 'majority', threshold: consensus.threshold };
  const preview = useQuery({
    queryKey: ['policy-preview', slug, body],
    queryFn: () => got(tandem.POST('/api/projects/{project}/policy/preview', { ...inProject(slug), body })),
    enabled: Number.isFinite(body.threshold) && body.threshold >= 0 && body.threshold <= 1,
  });
  return (
    <section aria-labelledby="policy-preview" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="policy-preview" className="text-base font-semibold">
        What this consensus decides
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        With {k} {k === 1 ? 'answer' : 'answers'} per item, {body.method.replace('_', '-')} and threshold{' '}
        {body.threshold}:
        {preview.data?.assumedAccuracy != null &&
          ` assuming voters about ${Math.round(preview.data.assumedAccuracy * 100)}% accurate.`}
      </p>
      {preview.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          No preview: {preview.error.message}
        </p>
      )}
      {preview.data && (
        <>
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600">
                <th className="py-1 font-medium">Votes split</th>
                <th className="py-1 font-medium">Agreement</th>
                <th className="py-1 font-medium">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {preview.data.splits.map((split) => (
                <tr key={split.votes.join('-')} className="border-t border-slate-100">
                  <td className="py-1 tabular-nums">{split.votes.join('–')}</td>
                  <td className="py-1 tabular-nums">{split.agreement.toFixed(2)}</td>
                  <td className={`py-1 ${split.outcome === 'decided' ? 'text-emerald-700' : 'text-amber-700'}`}>
                    {split.outcome === 'decided' ? 'Decided' : 'To adjudication'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.data.warnings.length > 0 && (
            <ul className="mt-3 space-y-1 text-sm text-amber-800">
              {preview.data.warnings.map((warning) => (
                <li key={warning}>⚠ {warning}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
