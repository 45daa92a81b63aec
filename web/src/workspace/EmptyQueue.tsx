import { Link } from '@tanstack/react-router';
import type { Project } from '../api/types';

/** Nothing waiting: say so plainly; the session checks again every 10 seconds. */
export function EmptyQueue({ project, done }: { project: Project | undefined; done: number }) {
  return (
    <section
      role="status"
      aria-labelledby="caught-up"
      className="flex min-h-96 flex-col items-center justify-center gap-3 rounded-xl border border-slate-200 bg-white px-6 py-16 text-center"
    >
      <svg aria-hidden="true" viewBox="0 0 48 48" className="h-12 w-12">
        <circle cx="24" cy="24" r="22" fill="#ecfdf5" stroke="#10b981" strokeWidth="2" />
        <path
          d="M15 25l6 6 12-13"
          fill="none"
          stroke="#059669"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <h2 id="caught-up" className="text-xl font-semibold text-slate-900">
        All caught up
      </h2>
      <p className="max-w-md text-sm text-slate-600">
        Nothing in {project ? <strong className="font-medium">{project.name}</strong> : 'this project'} is waiting for
        you right now
        {done > 0 ? ` — you finished ${done} item${done === 1 ? '' : 's'} this session` : ''}. New items appear here by
        themselves: this page checks every 10 seconds.
      </p>
      <Link to="/" className="mt-2 text-sm font-medium text-brand-700 underline">
        Back to projects
      </Link>
    </section>
  );
}
