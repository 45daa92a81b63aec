import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useMe } from '../api/auth';
import { getProject, got, inProject, tandem } from '../api/client';
import { ComparePanel } from './ComparePanel';
import { NewGoldenSetForm } from './NewGoldenSetForm';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const cell = 'py-1 pr-3';

/**
 * /projects/$project/evals: golden sets with their versions, eval runs, and the comparison of a
 * run with a baseline (`?run=&baseline=`): summary, win rate with its interval, regressions, slices.
 */
export function EvalsPage() {
  const { project: slug } = useParams({ from: '/projects/$project/evals' });
  const search = useSearch({ from: '/projects/$project/evals' });
  const navigate = useNavigate({ from: '/projects/$project/evals' });
  const project = useQuery({ queryKey: ['project', slug], queryFn: () => getProject(slug) });
  const { data: me } = useMe();
  // Making golden sets needs `write` on the project (engineers, managers, admins).
  const canWrite = me?.role === 'admin' || me?.role === 'manager' || me?.role === 'engineer';
  const sets = useQuery({
    queryKey: ['golden-sets', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/evals/golden-sets', inProject(slug))),
  });
  const runs = useQuery({
    queryKey: ['eval-runs', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/evals/runs', inProject(slug))),
    // Poll only while jobs are at work (generation or scoring); a posted run missing outputs
    // waits for its poster, and polling it would reload every run for nothing.
    refetchInterval: (q) =>
      q.state.data?.runs.some((r) => r.outputs.queued + r.outputs.running + r.scores.queued + r.scores.running > 0)
        ? 2_000
        : false,
  });
  const [openSet, setOpenSet] = useState<string | undefined>();
  const [pick, setPick] = useState<{ run?: number; baseline?: number }>({});
  const runList = runs.data?.runs ?? [];
  const compare = (run: number | undefined, baseline: number | undefined) =>
    run && baseline ? void navigate({ search: { run, baseline } }) : undefined;

  return (
    <section aria-labelledby="evals-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 id="evals-title" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · evaluation
        </h1>
        <Link to="/projects/$project/judges" params={{ project: slug }} className="ml-auto text-sm text-brand-700">
          Judges →
        </Link>
      </div>
      <section
        aria-labelledby="golden-title"
        className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
      >
        <h2 id="golden-title" className="text-sm font-semibold text-slate-900">
          Golden sets
        </h2>
        <table className="mt-2 w-full text-left" aria-label="Golden sets">
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              {['Name', 'Newest version', 'Entries', 'Updated'].map((h) => (
                <th key={h} scope="col" className={`${cell} font-medium`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {(sets.data?.goldenSets ?? []).map((set) => (
              <tr key={set.name}>
                <td className={cell}>
                  <button
                    type="button"
                    onClick={() => setOpenSet(openSet === set.name ? undefined : set.name)}
                    className="font-medium text-brand-700 hover:underline"
                    aria-expanded={openSet === set.name}
                  >
                    {set.name}
                  </button>
                  {openSet === set.name && <GoldenVersions slug={slug} name={set.name} />}
                </td>
                <td className={cell}>v{set.version}</td>
                <td className={cell}>{set.entries}</td>
                <td className={cell}>{new Date(set.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {sets.isSuccess && sets.data.goldenSets.length === 0 && (
          <p className="py-2 text-slate-500">
            No golden sets yet: make one below, or with `tandem eval golden from-items` / `tandem eval golden import`.
          </p>
        )}
        {canWrite && <NewGoldenSetForm slug={slug} />}
      </section>
      <section
        aria-labelledby="runs-title"
        className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
      >
        <div className="flex items-center gap-3">
          <h2 id="runs-title" className="text-sm font-semibold text-slate-900">
            Runs
          </h2>
          <button
            type="button"
            disabled={!pick.run || !pick.baseline || pick.run === pick.baseline}
            onClick={() => compare(pick.run, pick.baseline)}
            className="ml-auto rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            Compare
          </button>
        </div>
        <table className="mt-2 w-full text-left tabular-nums" aria-label="Eval runs">
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              {[
                'Run',
                'Baseline',
                'Id',
                'Name',
                'Golden set',
                'Judges',
                'Outputs',
                'Pass rate',
                'Mean score',
                'State',
              ].map((h) => (
                <th key={h} scope="col" className={`${cell} font-medium`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {runList.map((r) => (
              <tr key={r.id}>
                <td className={cell}>
                  <input
                    type="radio"
                    name="run"
                    aria-label={`Run ${r.name}`}
                    checked={pick.run === r.id}
                    onChange={() => setPick((p) => ({ ...p, run: r.id }))}
                  />
                </td>
                <td className={cell}>
                  <input
                    type="radio"
                    name="baseline"
                    aria-label={`Baseline ${r.name}`}
                    checked={pick.baseline === r.id}
                    onChange={() => setPick((p) => ({ ...p, baseline: r.id }))}
                  />
                </td>
                <td className={cell}>{r.id}</td>
                <td className={cell}>{r.name}</td>
                <td className={cell}>
                  {r.goldenSet} v{r.version}
                </td>
                <td className={cell}>{r.judges.map((j) => `${j.name} v${j.version}`).join(', ') || '—'}</td>
                <td className={cell}>
                  {r.outputs.done}/{r.entries}
                </td>
                <td className={cell}>{pct(r.passRate)}</td>
                <td className={cell}>{r.meanScore === null ? '—' : r.meanScore.toFixed(2)}</td>
                <td className={cell}>{r.complete ? 'complete' : 'in progress'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {runs.isSuccess && runList.length === 0 && <p className="py-2 text-slate-500">No runs yet.</p>}
      </section>
      {search.run && search.baseline && <ComparePanel slug={slug} run={search.run} baseline={search.baseline} />}
    </section>
  );
}

function GoldenVersions({ slug, name }: { slug: string; name: string }) {
  const versions = useQuery({
    queryKey: ['golden-versions', slug, name],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/evals/golden-sets/{name}/versions', {
          params: { path: { project: slug, name } },
        }),
      ),
  });
  return (
    <ul className="mt-1 grid gap-0.5 text-xs text-slate-600" aria-label={`Versions of ${name}`}>
      {(versions.data?.versions ?? []).map((v) => (
        <li key={v.version}>
          v{v.version}: {v.entries} entries, {String(v.source.kind ?? 'import')}
          {v.note ? ` — ${v.note}` : ''} ({new Date(v.createdAt).toLocaleDateString()})
        </li>
      ))}
    </ul>
  );
}
