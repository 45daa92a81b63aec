import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from '@tanstack/react-router';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useMe } from '../api/auth';
import { getProject } from '../api/client';
import type { ProjectTemplate, Role } from '../api/types';
import { ExportSection } from '../manage/ExportSection';
import { LifecycleSection } from '../manage/LifecycleSection';
import { WebhooksSection } from '../manage/WebhooksSection';
import { MembersSection } from './MembersSection';
import { ModelBackendSection } from './ModelBackendSection';
import { PolicySection } from './PolicyForm';
import { ProjectForm } from './ProjectForm';
import { TemplatePicker } from './TemplatePicker';
import { UploadSection } from './UploadSection';

/**
 * /projects/new: pick a template (or blank), then the project form; once created, its settings
 * open on the upload tab (or, with sample items, say how to try them).
 */
export function NewProjectPage() {
  const navigate = useNavigate();
  const [template, setTemplate] = useState<ProjectTemplate | null>(null);
  return (
    <ManagersOnly>
      <h1 className="mb-4 text-2xl font-semibold">New project</h1>
      <TemplatePicker chosen={template} onChoose={setTemplate} />
      <ProjectForm
        key={template?.name ?? 'blank'}
        template={template}
        onSaved={(project, sampleItems) =>
          void navigate({
            to: '/projects/$project/settings',
            params: { project: project.slug },
            hash: sampleItems > 0 ? `created-with-${sampleItems}` : 'created',
          })
        }
      />
    </ManagersOnly>
  );
}

const TABS = [
  ['project', 'Project & schema'],
  ['policy', 'Routing policy'],
  ['members', 'Members'],
  ['upload', 'Upload items'],
  ['webhooks', 'Webhooks'],
  ['model', 'ML backend'],
  ['export', 'Export'],
  ['lifecycle', 'Duplicate, archive, delete'],
] as const;
type Tab = (typeof TABS)[number][0];

/**
 * /projects/$project/settings: tabs for the project and schema, policy, members, upload,
 * webhooks, export, and duplicate / archive / delete (src/manage).
 */
export function ProjectSettingsPage() {
  const { project: slug } = useParams({ from: '/projects/$project/settings' });
  const hash = useLocation({ select: (l) => l.hash });
  const navigate = useNavigate({ from: '/projects/$project/settings' });
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
  });
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const justCreated = hash === 'created' || hash.startsWith('created-with-');
  const sampleItems = Number(/^created-with-(\d+)$/.exec(hash)?.[1] ?? 0);
  const tab: Tab = justCreated ? 'upload' : (TABS.find(([t]) => t === hash)?.[0] ?? 'project');
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set([tab]));
  if (!visited.has(tab)) setVisited(new Set([...visited, tab]));
  const select = (next: Tab) => void navigate({ hash: next, replace: true });
  const onKey = (event: KeyboardEvent, index: number) => {
    const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    const next = (index + by + TABS.length) % TABS.length;
    select(TABS[next]?.[0] ?? 'project');
    tabs.current[next]?.focus();
  };

  return (
    <ManagersOnly projectRole={project.data?.yourRole}>
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">{project.data?.name ?? slug} · settings</h1>
        <span className="flex gap-4">
          <Link
            to="/projects/$project/reports"
            params={{ project: slug }}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            Reported items
          </Link>
          <Link
            to="/projects/$project/dashboard"
            params={{ project: slug }}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            Dashboard →
          </Link>
        </span>
      </div>
      {hash === 'duplicated' && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900"
        >
          Project duplicated: schema, guidelines, policy and members were copied; it has no items yet.
        </p>
      )}
      {project.data?.archivedAt && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900"
        >
          This project is archived: read-only, out of the project list and queues. Its data and exports are kept.
        </p>
      )}
      {justCreated && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900"
        >
          {sampleItems > 0 ? (
            <>
              Project created with the template's routing policy and {sampleItems} sample items.{' '}
              <Link to="/projects/$project/work" params={{ project: slug }} className="font-medium underline">
                Try it in the workspace
              </Link>
              , or upload your own items.
            </>
          ) : (
            'Project created. Upload items now, or set who reviews what under Routing policy.'
          )}
        </p>
      )}
      <div role="tablist" aria-label="Project settings" className="mb-6 flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map(([id, label], index) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => select(id)}
            onKeyDown={(e) => onKey(e, index)}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-selected:border-brand-600 aria-selected:text-brand-700"
          >
            {label}
          </button>
        ))}
      </div>
      {project.isPending ? (
        <div className="h-96 animate-pulse rounded-xl bg-slate-100" role="status">
          <span className="sr-only">Loading project…</span>
        </div>
      ) : project.isError ? (
        <p role="alert" className="text-red-700">
          Could not load the project: {project.error.message}
        </p>
      ) : (
        // A panel mounts when first opened (fresh data) and then stays, keeping unsaved edits.
        TABS.map(([id]) => (
          <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
            {!visited.has(id) ? null : id === 'project' ? (
              <ProjectForm key={project.data.id} project={project.data} onSaved={() => undefined} />
            ) : id === 'policy' ? (
              <PolicySection slug={slug} schema={project.data.labelSchema} />
            ) : id === 'members' ? (
              <MembersSection slug={slug} />
            ) : id === 'webhooks' ? (
              <WebhooksSection slug={slug} />
            ) : id === 'model' ? (
              <ModelBackendSection slug={slug} />
            ) : id === 'export' ? (
              <ExportSection project={project.data} />
            ) : id === 'lifecycle' ? (
              <LifecycleSection project={project.data} />
            ) : (
              <UploadSection slug={slug} />
            )}
          </div>
        ))
      )}
    </ManagersOnly>
  );
}

/** Managers and admins only; on a project's settings, by the role the person has in that project. */
function ManagersOnly({ children, projectRole }: { children: ReactNode; projectRole?: Role | undefined }) {
  const me = useMe();
  if (me.isPending) return <p className="text-slate-600">Loading…</p>;
  const role = projectRole ?? me.data?.role;
  if (role !== 'manager' && role !== 'admin')
    return (
      <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
        Only managers and admins can create and configure projects.
      </p>
    );
  return <>{children}</>;
}
