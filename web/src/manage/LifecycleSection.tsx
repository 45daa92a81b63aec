import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, api } from '../api/client';
import type { Project } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';

type Pending = 'archive' | 'unarchive' | 'delete' | null;

/** Duplicate, archive (and bring back) or delete a project, each with its written rule and a confirmation. */
export function LifecycleSection({ project }: { project: Project }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState<Pending>(null);
  const archived = project.archivedAt !== null;
  const base = `/api/projects/${project.slug}`;
  const change = useMutation<unknown, ApiError, Exclude<Pending, null>>({
    mutationFn: (action) => (action === 'delete' ? api('DELETE', base) : api('POST', `${base}/${action}`)),
    onSuccess: async (_, action) => {
      setPending(null);
      await client.invalidateQueries({ queryKey: ['projects'] });
      if (action === 'delete') await navigate({ to: '/' });
      else await client.invalidateQueries({ queryKey: ['project', project.slug] });
    },
  });

  return (
    <div className="max-w-3xl space-y-6">
      <DuplicateForm project={project} />

      <section aria-labelledby="archive-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="archive-heading" className="text-base font-semibold">
          {archived ? 'This project is archived' : 'Archive'}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Archiving hides the project from the project list and stops claims and new items. Everything is kept: items,
          answers, decisions, snapshots and the audit log stay readable, and exports still work. You can bring it back
          at any time, with its queue as it was.
        </p>
        {archived && (
          <p className="mt-2 text-sm text-slate-700">Archived {new Date(project.archivedAt ?? '').toLocaleString()}.</p>
        )}
        <button
          type="button"
          onClick={() => setPending(archived ? 'unarchive' : 'archive')}
          className="mt-3 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {archived ? 'Bring back (unarchive)' : 'Archive project'}
        </button>
      </section>

      <section aria-labelledby="delete-heading" className="rounded-xl border border-red-200 bg-white p-5 shadow-sm">
        <h2 id="delete-heading" className="text-base font-semibold text-red-800">
          Delete
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Deleting removes the project and every item, answer, decision, snapshot, webhook and report in it, for good.
          Only the audit log keeps a record of what happened. A project must be archived first; export what you need
          before.
        </p>
        <button
          type="button"
          disabled={!archived}
          onClick={() => setPending('delete')}
          className="mt-3 rounded-md bg-red-600 px-3 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-50"
        >
          Delete project…
        </button>
        {!archived && <p className="mt-1 text-xs text-slate-500">Archive the project to enable this.</p>}
      </section>

      <ConfirmDialog
        open={pending === 'archive' || pending === 'unarchive'}
        title={pending === 'unarchive' ? `Bring back ${project.name}?` : `Archive ${project.name}?`}
        confirmLabel={pending === 'unarchive' ? 'Unarchive' : 'Archive'}
        busy={change.isPending}
        error={change.error?.message}
        onConfirm={() => pending && change.mutate(pending)}
        onClose={() => setPending(null)}
      >
        {pending === 'unarchive' ? (
          <p>The project returns to the list; people can claim its tasks again.</p>
        ) : (
          <p>People can no longer claim its tasks and no items can be added. All data and exports are kept.</p>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'delete'}
        title={`Delete ${project.name} for good?`}
        confirmLabel="Delete project"
        typeToConfirm={project.name}
        danger
        busy={change.isPending}
        error={change.error?.message}
        onConfirm={() => change.mutate('delete')}
        onClose={() => setPending(null)}
      >
        <p>Every item, answer, decision and snapshot of this project goes. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}

function DuplicateForm({ project }: { project: Project }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = useId();
  const [slug, setSlug] = useState(`${project.slug}-copy`);
  const [name, setName] = useState(`${project.name} (copy)`);
  const duplicate = useMutation<Project, ApiError, void>({
    mutationFn: () => api('POST', `/api/projects/${project.slug}/duplicate`, { slug: slug.trim(), name: name.trim() }),
    onSuccess: async (copy) => {
      await client.invalidateQueries({ queryKey: ['projects'] });
      await navigate({ to: '/projects/$project/settings', params: { project: copy.slug }, hash: 'duplicated' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    duplicate.mutate();
  };
  const slugError = duplicate.error?.fieldMessage('slug');
  const nameError = duplicate.error?.fieldMessage('name');
  return (
    <section aria-labelledby="duplicate-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="duplicate-heading" className="text-base font-semibold">
        Duplicate
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        The copy gets this project's name, description, guidelines, label schema, routing policy (as its version 1) and
        members. Items, answers, decisions, snapshots, webhooks and reports are <strong>not</strong> copied: the copy
        starts empty.
      </p>
      <form noValidate onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium text-slate-700">
            Name of the copy
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-slug`} className="block text-sm font-medium text-slate-700">
            URL name of the copy
          </label>
          <input
            id={`${id}-slug`}
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
            aria-invalid={slugError ? true : undefined}
            aria-describedby={slugError ? `${id}-slug-error` : undefined}
            className="mt-1 w-56 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <button
          type="submit"
          disabled={duplicate.isPending}
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          Duplicate project
        </button>
      </form>
      {(slugError || nameError || duplicate.error) && (
        <p id={`${id}-slug-error`} role="alert" className="mt-2 text-sm text-red-700">
          {slugError ?? nameError ?? duplicate.error?.message}
        </p>
      )}
    </section>
  );
}
