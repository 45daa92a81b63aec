import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMe } from '../api/auth';
import { type ApiError, api } from '../api/client';
import type { MembersView, ProjectRole, User } from '../api/types';

const PROJECT_ROLES: readonly ProjectRole[] = ['annotator', 'reviewer', 'expert', 'viewer', 'engineer', 'manager'];

/**
 * Who may see and work on the project: add and remove people, set their role in this project;
 * an empty list means everyone.
 */
export function MembersSection({ slug }: { slug: string }) {
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<{ users: User[] }>('GET', '/api/users') });
  const members = useQuery({
    queryKey: ['members', slug],
    queryFn: () => api<MembersView>('GET', `/api/projects/${slug}/members`),
  });
  if (users.isPending || members.isPending)
    return (
      <div className="h-64 max-w-2xl animate-pulse rounded-xl bg-slate-100" role="status">
        <span className="sr-only">Loading members…</span>
      </div>
    );
  if (users.isError || members.isError)
    return (
      <p role="alert" className="text-red-700">
        Could not load people: {(users.error ?? members.error)?.message}
      </p>
    );
  return <MembersEditor slug={slug} users={users.data.users} members={members.data.members} />;
}

function MembersEditor({ slug, users, members }: { slug: string; users: User[]; members: MembersView['members'] }) {
  const client = useQueryClient();
  const { data: me } = useMe();
  const id = useId();
  const [adding, setAdding] = useState('');
  const [message, setMessage] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['members', slug] });
  const setMember = useMutation<unknown, ApiError, { user: User; role: ProjectRole | null; said: string }>({
    mutationFn: ({ user, role }) => api('PUT', `/api/projects/${slug}/members/${user.id}`, { role }),
    onSuccess: (_, { said }) => {
      setMessage(said);
      void refresh();
    },
  });
  const remove = useMutation<unknown, ApiError, User>({
    mutationFn: (user) => api('DELETE', `/api/projects/${slug}/members/${user.id}`),
    onSuccess: (_, user) => {
      setMessage(`${user.displayName} removed.`);
      void refresh();
    },
  });
  const open = useMutation<unknown, ApiError, void>({
    mutationFn: () => api('PUT', `/api/projects/${slug}/members`, { userIds: [] }),
    onSuccess: () => {
      setMessage('The project is open to everyone.');
      void refresh();
    },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const current = members.flatMap((m) => {
    const user = byId.get(m.userId);
    return user ? [{ user, role: m.role }] : [];
  });
  const others = users.filter((u) => u.active && !members.some((m) => m.userId === u.id));
  const add = (event: FormEvent) => {
    event.preventDefault();
    const user = byId.get(Number(adding));
    if (!user) return;
    setMember.mutate({ user, role: null, said: `${user.displayName} added.` });
    setAdding('');
  };
  const error = setMember.error ?? remove.error ?? open.error;

  return (
    <div className="max-w-3xl space-y-4">
      <section aria-labelledby="members-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="members-heading" className="text-base font-semibold">
          Members
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {current.length === 0
            ? 'No members: everyone may see and work on this project. Adding a person restricts it to its members (admins always see it; a manager who adds the first member stays on it).'
            : `${current.length} ${current.length === 1 ? 'person' : 'people'} may see this project (and admins). A project role replaces a person's own role in this project only.`}
        </p>
        <form onSubmit={add} className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-add`} className="block text-sm font-medium text-slate-700">
              Add a person
            </label>
            <select
              id={`${id}-add`}
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
              className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            >
              <option value="">Choose…</option>
              {others.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} (@{u.username}, {u.role})
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            disabled={!adding || setMember.isPending}
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            Add member
          </button>
          {current.length > 0 && (
            <button
              type="button"
              onClick={() => open.mutate()}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
            >
              Open to everyone
            </button>
          )}
        </form>
        {current.length > 0 && (
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">Members of the project</caption>
            <thead className="text-slate-500">
              <tr>
                <th className="py-1 font-medium">Person</th>
                <th className="py-1 font-medium">Role in this project</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {current.map(({ user, role }) => {
                const fixed = user.role === 'admin' || (user.id === me?.id && me.role !== 'admin');
                return (
                  <tr key={user.id} className="border-t border-slate-100">
                    <td className="py-1.5">
                      <span className="font-medium text-slate-900">{user.displayName}</span>{' '}
                      <span className="text-slate-500">@{user.username}</span>
                      {!user.active && <span className="ml-1 text-xs text-slate-500">(deactivated)</span>}
                    </td>
                    <td className="py-1.5">
                      {fixed ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                          {role ?? user.role}
                        </span>
                      ) : (
                        <select
                          aria-label={`Role of ${user.displayName} in this project`}
                          value={role ?? ''}
                          onChange={(e) => {
                            const next = (e.target.value || null) as ProjectRole | null;
                            setMember.mutate({
                              user,
                              role: next,
                              said: `${user.displayName} is ${next ?? `${user.role} (their own role)`} in this project.`,
                            });
                          }}
                          className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                        >
                          <option value="">their own role ({user.role})</option>
                          {PROJECT_ROLES.map((r) => (
                            <option key={r} value={r}>
                              {r}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                    <td className="py-1.5 text-right">
                      {!(user.id === me?.id && me.role !== 'admin') && (
                        <button
                          type="button"
                          onClick={() => remove.mutate(user)}
                          className="rounded px-2 py-1 text-red-700 hover:bg-red-50"
                        >
                          Remove <span className="sr-only">{user.displayName}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p role="status" className="mt-3 text-sm text-slate-600">
          {message}
        </p>
        {error && (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {error.message}
          </p>
        )}
      </section>
      <RoleRules />
    </div>
  );
}

/** The access model in words (src/access/model.ts), shown where people are given access. */
export function RoleRules() {
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <summary className="cursor-pointer font-medium">What each role may do</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
        <li>
          <strong>annotator</strong>, <strong>reviewer</strong>, <strong>expert</strong>: work the queue of projects
          they may see (a reviewer also annotates, an expert takes any task); they see only the items they work on.
        </li>
        <li>
          <strong>viewer</strong>: reads results (items, decisions, exports, dashboards); <strong>engineer</strong>:
          also sends items in (pipelines, agents).
        </li>
        <li>
          <strong>manager</strong>: everything in their projects — schema, policy, members, webhooks, exports,
          overrides, archive and delete — and may create projects.
        </li>
        <li>
          <strong>admin</strong>: everything in every project, plus people, roles, everyone's tokens, jobs and the audit
          log. Only admins create users and change roles; nobody can deactivate themselves.
        </li>
        <li>Members: a project with no members is open to everyone; otherwise only its members (and admins) see it.</li>
        <li>
          A member's <strong>project role</strong> replaces their own role in that project only (a reviewer who manages
          one project, a manager who only reads another). Admins are admins everywhere.
        </li>
      </ul>
    </details>
  );
}
