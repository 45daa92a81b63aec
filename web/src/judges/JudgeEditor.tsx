import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';
import type { Project } from '../api/types';
import { ChecksEditor } from './ChecksEditor';
import { draftOf, emptyDraft, type JudgeDraft, type JudgeView, toConfig, trustOf } from './judgeDraft';
import { TestPanel } from './TestPanel';

const input = 'mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm';
const labelText = 'text-xs font-medium text-slate-700';

/** Single and multi choice questions: what a pass/fail verdict can be read from. */
export function choiceQuestions(project: Project | undefined) {
  return (project?.labelSchema.questions ?? []).flatMap((q) =>
    q.type === 'single_choice' || q.type === 'multi_choice'
      ? [{ name: q.name, values: q.options.map((o) => o.value) }]
      : [],
  );
}

/**
 * Create or edit a judge: a form per kind (rule checks, LLM prompt and model, webhook URL), the
 * trust settings, and a test run of the settings as typed on a chosen item.
 */
export function JudgeEditor({
  slug,
  project,
  judge,
  onSaved,
}: {
  slug: string;
  project: Project | undefined;
  judge: JudgeView | undefined;
  onSaved: (name: string) => void;
}) {
  const questions = choiceQuestions(project);
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<JudgeDraft>(() => (judge ? draftOf(judge) : emptyDraft(questions[0])));
  const set = (patch: Partial<JudgeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation<JudgeView, ApiError>({
    mutationFn: () => {
      const config = toConfig(draft, judge?.config);
      return judge
        ? got(
            tandem.PUT('/api/projects/{project}/judges/{judge}', {
              params: { path: { project: slug, judge: judge.name } },
              body: { config, ...trustOf(draft) },
            }),
          )
        : got(
            tandem.POST('/api/projects/{project}/judges', {
              ...inProject(slug),
              body: { name: name.trim(), config, ...trustOf(draft) },
            }),
          );
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: ['judges', slug] });
      onSaved(saved.name);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const fieldError = (path: string) => {
    const message = save.error?.fieldMessage(path);
    return message ? <span className="text-xs text-red-700">{message}</span> : null;
  };
  const valuesOf = (question: string) => questions.find((q) => q.name === question)?.values ?? [];

  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        onSubmit={submit}
        aria-label={judge ? `Edit judge ${judge.name}` : 'New judge'}
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 className="text-sm font-semibold text-slate-900">
          {judge ? `Edit ${judge.name} (version ${judge.version})` : 'New judge'}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          {!judge && (
            <label className={labelText}>
              Name
              <input value={name} onChange={(e) => setName(e.target.value)} required className={input} />
              {fieldError('name')}
            </label>
          )}
          <label className={labelText}>
            Kind
            <select
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as JudgeDraft['kind'] })}
              disabled={judge !== undefined}
              className={input}
            >
              <option value="rule">Rule checks</option>
              <option value="llm">LLM (OpenAI-compatible)</option>
              <option value="webhook">Webhook</option>
            </select>
          </label>
        </div>

        {draft.kind === 'rule' && (
          <>
            <label className={labelText}>
              Field the checks read
              <input value={draft.field} onChange={(e) => set({ field: e.target.value })} className={input} />
              {fieldError('config.field')}
            </label>
            <ChecksEditor checks={draft.checks} onChange={(checks) => set({ checks })} fieldError={fieldError} />
          </>
        )}

        {draft.kind === 'llm' && (
          <>
            <div className="grid gap-3 sm:grid-cols-3">
              <label className={labelText}>
                Base URL
                <input value={draft.baseUrl} onChange={(e) => set({ baseUrl: e.target.value })} className={input} />
                {fieldError('config.baseUrl')}
              </label>
              <label className={labelText}>
                Model
                <input value={draft.model} onChange={(e) => set({ model: e.target.value })} className={input} />
                {fieldError('config.model')}
              </label>
              <label className={labelText}>
                API key environment variable
                <input
                  value={draft.apiKeyEnv}
                  onChange={(e) => set({ apiKeyEnv: e.target.value })}
                  placeholder="OPENAI_API_KEY"
                  className={input}
                />
                {fieldError('config.apiKeyEnv')}
              </label>
            </div>
            <label className={labelText}>
              System message (optional)
              <textarea
                value={draft.system}
                onChange={(e) => set({ system: e.target.value })}
                rows={2}
                className={`${input} font-mono`}
              />
            </label>
            <label className={labelText}>
              Prompt
              <textarea
                value={draft.prompt}
                onChange={(e) => set({ prompt: e.target.value })}
                rows={6}
                required
                className={`${input} font-mono`}
              />
              {fieldError('config.prompt')}
            </label>
            <div className="grid gap-3 sm:grid-cols-4">
              <label className={labelText}>
                Pass question
                <select
                  value={draft.passQuestion}
                  onChange={(e) =>
                    set({ passQuestion: e.target.value, passValues: valuesOf(e.target.value).slice(0, 1) })
                  }
                  className={input}
                >
                  {questions.map((q) => (
                    <option key={q.name}>{q.name}</option>
                  ))}
                </select>
                {fieldError('config.pass.question')}
              </label>
              <ValuesPicker
                legend="Answers that pass"
                values={valuesOf(draft.passQuestion)}
                chosen={draft.passValues}
                onChange={(passValues) => set({ passValues })}
              />
              <label className={labelText}>
                Temperature
                <input
                  value={draft.temperature}
                  onChange={(e) => set({ temperature: e.target.value })}
                  inputMode="decimal"
                  className={input}
                />
              </label>
              <label className={labelText}>
                Samples
                <input
                  value={draft.samples}
                  onChange={(e) => set({ samples: e.target.value })}
                  inputMode="numeric"
                  className={input}
                />
                {fieldError('config.samples')}
              </label>
            </div>
          </>
        )}

        {draft.kind === 'webhook' && (
          <label className={labelText}>
            URL (receives POST {'{judge, item}'}, answers {'{pass, score?, reason?}'})
            <input value={draft.url} onChange={(e) => set({ url: e.target.value })} className={input} />
            {fieldError('config.url')}
          </label>
        )}

        <fieldset className="grid gap-2 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-xs font-semibold text-slate-700">Trust and calibration</legend>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={draft.trusted} onChange={(e) => set({ trusted: e.target.checked })} />
            Trusted: its verdict may auto-accept items while it is calibrated
          </label>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className={labelText}>
              Compare with people's question
              <select
                value={draft.compareQuestion}
                onChange={(e) =>
                  set({ compareQuestion: e.target.value, compareValues: valuesOf(e.target.value).slice(0, 1) })
                }
                className={input}
              >
                <option value="">{draft.kind === 'llm' ? '(its pass question)' : '(none: not calibrated)'}</option>
                {questions.map((q) => (
                  <option key={q.name}>{q.name}</option>
                ))}
              </select>
              {fieldError('compareWith.question')}
            </label>
            {draft.compareQuestion && (
              <ValuesPicker
                legend="People's answers that mean pass"
                values={valuesOf(draft.compareQuestion)}
                chosen={draft.compareValues}
                onChange={(compareValues) => set({ compareValues })}
              />
            )}
          </div>
        </fieldset>

        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={save.isPending}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {judge ? 'Save new version' : 'Create judge'}
          </button>
          <p role="status" className="text-sm">
            {save.isError ? (
              <span className="text-red-700">{save.error.message}</span>
            ) : save.data ? (
              `Saved: ${save.data.name} is at version ${save.data.version}.`
            ) : null}
          </p>
        </div>
      </form>
      <TestPanel
        slug={slug}
        config={() => toConfig(draft, judge?.config)}
        onField={draft.kind === 'llm' ? (hint) => set({ prompt: `${draft.prompt}${hint}` }) : undefined}
      />
    </div>
  );
}

function ValuesPicker({
  legend,
  values,
  chosen,
  onChange,
}: {
  legend: string;
  values: string[];
  chosen: string[];
  onChange: (values: string[]) => void;
}) {
  return (
    <fieldset className={labelText}>
      <legend>{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {values.map((value) => (
          <label key={value} className="flex items-center gap-1 font-normal">
            <input
              type="checkbox"
              checked={chosen.includes(value)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))}
            />
            {value}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
