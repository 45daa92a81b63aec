import { useQuery } from '@tanstack/react-query';
import { got, tandem } from '../api/client';
import type { ProjectTemplate } from '../api/types';

/**
 * "Start from": a blank project or one of the server's templates (src/templates). Choosing one
 * fills the form below with its schema and guidelines; its routing policy and sample items come
 * with it when the project is created.
 */
export function TemplatePicker({
  chosen,
  onChoose,
}: {
  chosen: ProjectTemplate | null;
  onChoose: (template: ProjectTemplate | null) => void;
}) {
  const templates = useQuery({
    queryKey: ['templates'],
    queryFn: () => got(tandem.GET('/api/templates')) as Promise<{ templates: ProjectTemplate[] }>,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const card =
    'flex h-full w-full cursor-pointer flex-col rounded-xl border border-slate-200 bg-white p-3 text-left text-sm shadow-sm hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:ring-2 has-[:checked]:ring-brand-100 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600';
  return (
    <fieldset className="mb-6">
      <legend className="mb-2 text-base font-semibold">Start from</legend>
      {templates.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load templates: {templates.error.message}. You can still start from a blank project.
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
        <label className={card}>
          <input
            type="radio"
            name="template"
            className="sr-only"
            checked={chosen === null}
            onChange={() => onChoose(null)}
          />
          <span className="font-medium text-slate-900">Blank project</span>
          <span className="mt-1 text-xs text-slate-600">One yes/no question; build your own schema.</span>
        </label>
        {templates.isPending
          ? Array.from({ length: 7 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-100" />
            ))
          : templates.data?.templates.map((template) => (
              <label key={template.name} className={card}>
                <input
                  type="radio"
                  name="template"
                  className="sr-only"
                  checked={chosen?.name === template.name}
                  onChange={() => onChoose(template)}
                />
                <span className="font-medium text-slate-900">{template.title}</span>
                <span className="mt-1 text-xs text-slate-600">{template.description}</span>
                <span className="mt-auto pt-1 text-xs text-slate-500">
                  {template.sample.rows} sample items · {template.labelSchema.questions.map((q) => q.type).join(', ')}
                </span>
              </label>
            ))}
      </div>
    </fieldset>
  );
}
