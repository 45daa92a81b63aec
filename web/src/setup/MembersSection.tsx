import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';
import type { User } from '../api/types';
import { ErrorSummary, FieldErrorsProvider, FieldMessage, useField } from './fieldErrors';

/** Who may work on the project: a checkbox per person; nobody checked means everyone. */
export function MembersSection({ slug }: { slug: string }) {
  const users = useQuery({ queryKey: ['users'], queryFn: () => got(tandem.GET('/api/users')) });
  const members = useQuery({
    queryKey: ['members', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/members', inProject(slug))),
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
  return <MembersForm slug={slug} users={users.data.users} initial={members.data.userIds} />;
}

function MembersForm({ slug, users, initial }: { slug: string; users: User[]; initial: number[] }) {
  const client = useQueryClient();
  const [selected, setSelected] = useState(() => new Set(initial));
  const save = useMutation<{ userIds: number[] }, ApiError, number[]>({
    mutationFn: (userIds) =>
      got(tandem.PUT('/api/projects/{project}/members', { ...inProject(slug), body: { userIds } })),
    onSuccess: (saved) => client.setQueryData(['members', slug], saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate([...selected]);
  };
  const toggle = (id: number, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <FieldErrorsProvider scope="members" error={save.error}>
      <form noValidate onSubmit={submit} className="max-w-2xl space-y-4">
        <ErrorSummary error={save.error} title="The members were not saved:" />
        <section
          aria-labelledby="members-heading"
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        >
          <h2 id="members-heading" className="text-base font-semibold">
            Members
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {selected.size === 0
              ? 'Nobody is checked: everyone may work on this project.'
              : `${selected.size} of ${users.length} people may work on this project.`}
          </p>
          <MemberList users={users} selected={selected} onToggle={toggle} />
        </section>
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={save.isPending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {save.isPending ? 'Saving…' : 'Save members'}
          </button>
          {selected.size > 0 && (
            <button
              type="button"
              onClick={() => setSelected(new Set())}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
            >
              Open to everyone
            </button>
          )}
          <p role="status" className="text-sm text-slate-600">
            {save.isSuccess ? 'Members saved.' : ''}
          </p>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}

function MemberList({
  users,
  selected,
  onToggle,
}: {
  users: User[];
  selected: ReadonlySet<number>;
  onToggle: (id: number, on: boolean) => void;
}) {
  const field = useField('userIds');
  return (
    <fieldset id={field.id} tabIndex={-1} aria-describedby={field.inputProps['aria-describedby']} className="mt-3">
      <legend className="sr-only">People who may work on the project</legend>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {users.map((user) => (
          <li key={user.id}>
            <label className="flex items-center gap-3 px-3 py-2 text-sm hover:bg-slate-50">
              <input
                type="checkbox"
                checked={selected.has(user.id)}
                onChange={(e) => onToggle(user.id, e.target.checked)}
                className="h-4 w-4 accent-brand-600"
              />
              <span className="flex-1">
                <span className="font-medium text-slate-900">{user.displayName}</span>{' '}
                <span className="text-slate-500">@{user.username}</span>
              </span>
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{user.role}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldMessage id={field.errorId} messages={field.messages} />
    </fieldset>
  );
}
