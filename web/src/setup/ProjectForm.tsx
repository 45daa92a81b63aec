import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';
import type { LabelSchema, Project, ProjectTemplate } from '../api/types';
import { Markdown } from '../components/Markdown';
import { TextField } from './Field';
import { ErrorSummary, FieldErrorsProvider, fieldId } from './fieldErrors';
import { parseSchemaJson, SchemaEditor } from './SchemaEditor';
import { SchemaPreview } from './SchemaPreview';
import { questionOfType } from './schemaSamples';

const STARTER_SCHEMA: LabelSchema = {
  questions: [questionOfType('single_choice', { name: 'verdict', title: 'Is this correct?' })],
};

const STARTER_GUIDELINES =
  '## What to look for\n\n- Read the whole item first.\n- When unsure, pick the closest answer and say why.';

/**
 * Name, slug, description, guidelines and label schema, with a live preview; creates or updates.
 * A new project may start from a template: the form starts with its values, and creating goes
 * through the template so that its routing policy (and, if asked, its sample items) come along.
 */
export function ProjectForm({
  project,
  template,
  onSaved,
}: {
  project?: Project;
  template?: ProjectTemplate | null;
  onSaved: (project: Project, sampleItems: number) => void;
}) {
  const scope = 'project';
  const client = useQueryClient();
  const [name, setName] = useState(project?.name ?? template?.title ?? '');
  const [slug, setSlug] = useState('');
  const [description, setDescription] = useState(project?.description ?? template?.description ?? '');
  const [guidelines, setGuidelines] = useState(project?.guidelines ?? template?.guidelines ?? STARTER_GUIDELINES);
  const [showGuidelines, setShowGuidelines] = useState<'write' | 'preview'>('write');
  const [schema, setSchema] = useState<LabelSchema>(project?.labelSchema ?? template?.labelSchema ?? STARTER_SCHEMA);
  const [schemaText, setSchemaText] = useState<string | null>(null);
  const [withSample, setWithSample] = useState(true);

  const save = useMutation<{ project: Project; sampleItems: number }, ApiError, LabelSchema>({
    mutationFn: async (labelSchema) => {
      if (project) {
        const body = { name, description, guidelines, labelSchema };
        return {
          // A Project by name (see getProject: openapi-fetch widens tuples).
          project: (await got(
            tandem.PATCH('/api/projects/{project}', { ...inProject(project.slug), body }),
          )) as Project,
          sampleItems: 0,
        };
      }
      const body = { name, ...(slug ? { slug } : {}), description, guidelines, labelSchema };
      if (!template) return { project: (await got(tandem.POST('/api/projects', { body }))) as Project, sampleItems: 0 };
      const created = await got(
        tandem.POST('/api/templates/{template}/projects', {
          params: { path: { template: template.name } },
          body: { ...body, sample: withSample },
        }),
      );
      return { project: created.project as Project, sampleItems: created.sample?.created ?? 0 };
    },
    onSuccess: ({ project: saved, sampleItems }) => {
      client.setQueryData(['project', saved.slug], saved);
      void client.invalidateQueries({ queryKey: ['projects'] });
      onSaved(saved, sampleItems);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const labelSchema = schemaText === null ? schema : parseSchemaJson(schemaText);
    if (typeof labelSchema === 'string') {
      document.getElementById(fieldId(scope, 'labelSchema'))?.focus();
      return;
    }
    save.mutate(labelSchema);
  };

  return (
    <FieldErrorsProvider scope={scope} error={save.error}>
      <form noValidate onSubmit={submit} className="grid items-start gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <div className="space-y-6">
          <ErrorSummary error={save.error} title="The project was not saved. Please fix:" />
          <section
            aria-labelledby={`${scope}-details`}
            className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id={`${scope}-details`} className="text-base font-semibold">
              Project
            </h2>
            <div className="grid grid-cols-2 gap-4">
              <TextField path="name" label="Name" value={name} onChange={setName} />
              {project ? (
                <div>
                  <span className="block text-xs font-medium text-slate-700">Slug</span>
                  <p className="mt-1 rounded-md bg-slate-50 px-2.5 py-1.5 font-mono text-sm text-slate-700">
                    {project.slug}
                  </p>
                </div>
              ) : (
                <TextField
                  path="slug"
                  label="Slug (optional)"
                  hint="URL name; made from the name when empty"
                  value={slug}
                  onChange={setSlug}
                  placeholder="spam-triage"
                />
              )}
            </div>
            <TextField path="description" label="Description" value={description} onChange={setDescription} />
            <div className="relative">
              <div className="absolute top-0 right-0 flex gap-1">
                {(['write', 'preview'] as const).map((mode) => (
                  <button
                    key={mode}
                    type="button"
                    aria-pressed={showGuidelines === mode}
                    onClick={() => setShowGuidelines(mode)}
                    className="rounded px-2 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-100 aria-pressed:bg-brand-50 aria-pressed:text-brand-700"
                  >
                    {mode === 'write' ? 'Write' : 'Preview'}
                    <span className="sr-only"> guidelines</span>
                  </button>
                ))}
              </div>
              {showGuidelines === 'write' ? (
                <TextField
                  path="guidelines"
                  label="Guidelines (Markdown)"
                  value={guidelines}
                  onChange={setGuidelines}
                  multiline
                  rows={7}
                  mono
                />
              ) : (
                <section aria-label="Guidelines preview">
                  <span className="block text-xs font-medium text-slate-700">Guidelines preview</span>
                  <div className="mt-1 h-[8.6rem] overflow-auto rounded-md border border-slate-200 bg-slate-50/60 p-3">
                    <Markdown source={guidelines || '_No guidelines yet._'} />
                  </div>
                </section>
              )}
            </div>
          </section>
          <SchemaEditor
            scope={scope}
            schema={schema}
            onChange={setSchema}
            jsonText={schemaText}
            onJsonTextChange={setSchemaText}
          />
          <div className="sticky bottom-0 z-10 -mx-1 flex items-center gap-3 rounded-xl border border-slate-200 bg-white/95 px-4 py-3 shadow-md backdrop-blur">
            {template && !project && (
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" checked={withSample} onChange={(e) => setWithSample(e.target.checked)} />
                Add the {template.sample.rows} sample items
              </label>
            )}
            <button
              type="submit"
              disabled={save.isPending}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {save.isPending ? 'Saving…' : project ? 'Save changes' : 'Create project'}
            </button>
            <p role="status" className="text-sm text-slate-600">
              {save.isSuccess && project
                ? `Saved at ${new Date(save.data.project.updatedAt).toLocaleTimeString()}.`
                : ''}
              {save.isError ? `Not saved: ${save.error.details.length || 1} problem(s).` : ''}
            </p>
          </div>
        </div>
        <div className="lg:sticky lg:top-4">
          <SchemaPreview schema={schema} />
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
