import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useMe } from '../api/auth';

const linkClass =
  '-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900';
const activeClass = `${linkClass} !border-brand-600 !text-brand-700`;

/** The admin area: its pages, and a plain refusal for anyone else (the API refuses them too). */
export function AdminArea({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <p className="text-slate-600">Loading…</p>;
  if (me.data?.role !== 'admin')
    return (
      <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
        Only admins manage people, roles and everyone's tokens. Your own tokens are under your name (top right).
      </p>
    );
  return (
    <div>
      <nav aria-label="Admin" className="mb-6 flex gap-1 border-b border-slate-200">
        <Link to="/admin/users" className={linkClass} activeProps={{ className: activeClass, 'aria-current': 'page' }}>
          Users and roles
        </Link>
        <Link to="/admin/audit" className={linkClass} activeProps={{ className: activeClass, 'aria-current': 'page' }}>
          Audit log
        </Link>
      </nav>
      {children}
    </div>
  );
}
