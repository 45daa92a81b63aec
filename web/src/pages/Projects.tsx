import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { canManage, canRead, useMe } from '../api/auth';
import { got, inProject, tandem } from '../api/client';

/** The projects this person may work on, with each queue's depth. */
export function ProjectsPage() {
  const { data: me } = useMe();
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => got(tandem.GET('/api/projects')),
  });
  const queues = useQueries({
    queries: (projects.data?.projects ?? []).map((p) => ({
      queryKey: ['queue', p.slug],
      queryFn: () => got(tandem.GET('/api/projects/{project}/queue', inProject(p.slug))),
      refetchInterval: 10_000,
    })),
  });

  if (projects.isPending) return <p className="text-slate-600">Loading projects…</p>;
  if (projects.isError)
    return (
      <p role="alert" className="text-red-700">
        Could not load projects: {projects.error.message}
      </p>
    );
  const list = projects.data.projects;

  return (
    <section aria-labelledby="projects-heading">
      <div className="flex items-center justify-between">
        <h1 id="projects-heading" className="text-2xl font-semibold">
          Projects
        </h1>
        {canManage(me) && (
          <Link
            to="/projects/new"
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New project
          </Link>
        )}
      </div>
      {list.length === 0 ? (
        <p className="mt-8 text-slate-600">No projects yet.</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {list.map((project, index) => {
            const queue = queues[index]?.data;
            return (
              <li key={project.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <div className="flex items-start justify-between gap-4">
                  <div>
                    <h2 className="text-lg font-semibold">{project.name}</h2>
                    <p className="mt-1 text-sm text-slate-600">{project.description || project.slug}</p>
                  </div>
                  <div className="text-right">
                    <div className="text-2xl font-semibold tabular-nums">{queue ? queue.open : '–'}</div>
                    <div className="text-xs text-slate-500">tasks waiting</div>
                  </div>
                </div>
                <dl className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
                  {Object.entries(project.itemCounts).map(([status, count]) => (
                    <div key={status} className="flex gap-1">
                      <dt>{status}</dt>
                      <dd className="font-medium tabular-nums text-slate-900">{count}</dd>
                    </div>
                  ))}
                </dl>
                <div className="mt-4 flex flex-wrap gap-2">
                  <Link
                    to="/projects/$project/work"
                    params={{ project: project.slug }}
                    className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
                  >
                    Start working
                  </Link>
                  <Link
                    to="/projects/$project/dashboard"
                    params={{ project: project.slug }}
                    className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
                  >
                    Dashboard
                  </Link>
                  {canRead(me) && (
                    <Link
                      to="/projects/$project/explore"
                      params={{ project: project.slug }}
                      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
                    >
                      Explore
                    </Link>
                  )}
                  {canManage(me) && (
                    <Link
                      to="/projects/$project/settings"
                      params={{ project: project.slug }}
                      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
                    >
                      Settings
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
