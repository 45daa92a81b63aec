import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { canManage, useMe } from '../api/auth';
import { getProject, got, inProject, tandem } from '../api/client';
import { CalibrationDetail } from './CalibrationDetail';
import { JudgeEditor } from './JudgeEditor';
import type { JudgeView } from './judgeDraft';
import { RunsPanel } from './RunsPanel';
import { ThresholdsForm } from './ThresholdsForm';

/** Trust as a badge: may it auto-decide, and if not, why. */
export function TrustBadge({ judge }: { judge: JudgeView }) {
  const [style, text] = judge.mayAutoDecide
    ? ['bg-emerald-100 text-emerald-800', 'trusted · calibrated']
    : judge.trusted
      ? ['bg-amber-100 text-amber-800', 'trust asked · not calibrated']
      : judge.calibrated
        ? ['bg-sky-100 text-sky-800', 'calibrated · not trusted']
        : ['bg-slate-100 text-slate-700', 'not calibrated'];
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${style}`} title={judge.calibrationFlag ?? ''}>
      {text}
    </span>
  );
}

/**
 * /projects/$project/judges: the project's judges (kind, version, trust, pass rate, runs), the
 * calibration bar, and for the chosen judge (`?judge=`) its editor with a test run, its runs and
 * its calibration with the confusion matrix. `?judge=new` opens an empty editor.
 */
export function JudgesPage() {
  const { project: slug } = useParams({ from: '/projects/$project/judges' });
  const { judge: chosen } = useSearch({ from: '/projects/$project/judges' });
  const navigate = useNavigate({ from: '/projects/$project/judges' });
  const { data: me } = useMe();
  const project = useQuery({ queryKey: ['project', slug], queryFn: () => getProject(slug) });
  const judges = useQuery({
    queryKey: ['judges', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/judges', inProject(slug))),
  });
  const list = judges.data?.judges ?? [];
  const judge = list.find((j) => j.name === chosen);
  const manager = canManage(me);
  const choose = (name: string | undefined) => void navigate({ search: name ? { judge: name } : {} });

  return (
    <section aria-labelledby="judges-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 id="judges-title" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · judges
        </h1>
        <Link to="/projects/$project/dashboard" params={{ project: slug }} className="ml-auto text-sm text-brand-700">
          Dashboard →
        </Link>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" aria-label="Judges">
            <thead className="border-b border-slate-200 text-xs text-slate-600">
              <tr>
                {['Judge', 'Kind', 'Version', 'Trust', 'Pass rate', 'Runs'].map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.map((j) => (
                <JudgeRow key={j.name} slug={slug} judge={j} selected={j.name === chosen} onSelect={choose} />
              ))}
              {judges.isSuccess && list.length === 0 && (
                <tr>
                  <td colSpan={6} className="px-3 py-4 text-center text-slate-500">
                    No judges yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          {manager && (
            <button
              type="button"
              onClick={() => choose('new')}
              className="m-3 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
            >
              New judge
            </button>
          )}
        </div>
        <ThresholdsForm slug={slug} canEdit={manager} />
      </div>
      {manager && chosen === 'new' && project.data && (
        <JudgeEditor key="new" slug={slug} project={project.data} judge={undefined} onSaved={choose} />
      )}
      {judge && (
        <>
          {manager && (
            <JudgeEditor
              key={`${judge.name}:${judge.version}`}
              slug={slug}
              project={project.data}
              judge={judge}
              onSaved={choose}
            />
          )}
          <RunsPanel slug={slug} judge={judge} canRun={manager} />
          <CalibrationDetail slug={slug} judge={judge} />
        </>
      )}
    </section>
  );
}

function JudgeRow({
  slug,
  judge,
  selected,
  onSelect,
}: {
  slug: string;
  judge: JudgeView;
  selected: boolean;
  onSelect: (name: string) => void;
}) {
  const summary = useQuery({
    queryKey: ['judge-summary', slug, judge.name, judge.version],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/judges/{judge}/summary', {
          params: { path: { project: slug, judge: judge.name } },
        }),
      ),
    refetchInterval: 5_000,
  });
  const s = summary.data;
  const runs = s ? Object.values(s.counts).reduce((a, b) => a + b, 0) : undefined;
  return (
    <tr className={selected ? 'bg-brand-50' : undefined}>
      <td className="px-3 py-2">
        <button
          type="button"
          onClick={() => onSelect(judge.name)}
          className="font-medium text-brand-700 hover:underline"
        >
          {judge.name}
        </button>
      </td>
      <td className="px-3 py-2">{judge.config.kind}</td>
      <td className="px-3 py-2 tabular-nums">v{judge.version}</td>
      <td className="px-3 py-2">
        <TrustBadge judge={judge} />
      </td>
      <td className="px-3 py-2 tabular-nums">
        {s?.passRate === null || s === undefined ? '—' : `${(s.passRate * 100).toFixed(0)} %`}
      </td>
      <td className="px-3 py-2 tabular-nums">{runs ?? '—'}</td>
    </tr>
  );
}
