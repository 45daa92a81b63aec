import { useQuery } from '@tanstack/react-query';
import { got, tandem } from '../api/client';
import type { JudgeView } from './judgeDraft';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)} %`);
const fixed = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** The judge against people, per version, with the current version's confusion matrix. */
export function CalibrationDetail({ slug, judge }: { slug: string; judge: JudgeView }) {
  const report = useQuery({
    queryKey: ['judge-calibration', slug, judge.name, judge.version],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/judges/{judge}/calibration', {
          params: { path: { project: slug, judge: judge.name } },
        }),
      ),
    retry: false,
    refetchInterval: 5_000,
  });
  const r = report.data;
  const current = r?.versions.find((v) => v.version === r.version);
  const c = current?.confusion;
  return (
    <section
      aria-labelledby="judge-calibration-title"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <h2 id="judge-calibration-title" className="text-sm font-semibold text-slate-900">
        Calibration against people
      </h2>
      {report.isError ? (
        <p className="text-slate-600">{report.error.message}</p>
      ) : !r ? (
        <div className="h-24 animate-pulse rounded bg-slate-100" />
      ) : (
        <>
          <p className="text-slate-700">
            Question <b>{r.question}</b> (pass: {r.passValues.join(', ')}); bar: κ ≥ {r.minKappa} over {r.minPairs}{' '}
            pairs. {r.trusted ? 'Trusted: its verdicts may auto-accept.' : 'Its verdicts may not auto-accept.'}
          </p>
          <table className="w-full text-left" aria-label="Calibration per version">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                {['Version', 'Pairs', 'κ', 'Accuracy', 'F1 of fail', 'Calibrated'].map((h) => (
                  <th key={h} scope="col" className="py-1 pr-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {r.versions.map((v) => (
                <tr key={v.version}>
                  <td className="py-1 pr-3">v{v.version}</td>
                  <td className="py-1 pr-3">{v.pairs}</td>
                  <td className="py-1 pr-3">{fixed(v.kappa)}</td>
                  <td className="py-1 pr-3">{pct(v.accuracy)}</td>
                  <td className="py-1 pr-3">{fixed(v.fail.f1)}</td>
                  <td className="py-1 pr-3">{v.calibrated ? 'yes' : v.flag}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {c ? (
            <table className="w-auto text-center tabular-nums" aria-label="Confusion matrix">
              <caption className="pb-1 text-left text-xs text-slate-600">Version {r.version}: judge × people</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col" className="px-3 py-1 text-xs font-medium text-slate-600">
                    People pass
                  </th>
                  <th scope="col" className="px-3 py-1 text-xs font-medium text-slate-600">
                    People fail
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" className="px-3 py-1 text-xs font-medium text-slate-600">
                    Judge pass
                  </th>
                  <td className="border border-slate-200 bg-emerald-50 px-3 py-1">{c.judgePassHumanPass}</td>
                  <td className="border border-slate-200 bg-red-50 px-3 py-1">{c.judgePassHumanFail}</td>
                </tr>
                <tr>
                  <th scope="row" className="px-3 py-1 text-xs font-medium text-slate-600">
                    Judge fail
                  </th>
                  <td className="border border-slate-200 bg-red-50 px-3 py-1">{c.judgeFailHumanPass}</td>
                  <td className="border border-slate-200 bg-emerald-50 px-3 py-1">{c.judgeFailHumanFail}</td>
                </tr>
              </tbody>
            </table>
          ) : (
            <p className="text-slate-600">
              No item has both a verdict of version {r.version} and a human decision yet.
            </p>
          )}
        </>
      )}
    </section>
  );
}
