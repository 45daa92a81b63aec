import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApiError, got, tandem } from '../api/client';

type Source = 'items' | 'jsonl';

/**
 * Makes a golden set, or a new version of one (same name): from the project's decided items (an
 * optional tag; the reference from a question of the decision or a data field; one rubric), or
 * from JSON lines pasted or read from a file. Errors name the line and field, as the API does.
 */
export function NewGoldenSetForm({ slug }: { slug: string }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [source, setSource] = useState<Source>('items');
  const [tag, setTag] = useState('');
  const [referenceKind, setReferenceKind] = useState<'question' | 'field' | 'none'>('question');
  const [reference, setReference] = useState('');
  const [rubric, setRubric] = useState('');
  const [jsonl, setJsonl] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation<{ name: string; version: number; entries: number }, ApiError>({
    mutationFn: () =>
      got(
        tandem.POST('/api/projects/{project}/evals/golden-sets/{name}/versions', {
          params: { path: { project: slug, name: name.trim() } },
          body: {
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(source === 'jsonl'
              ? { jsonl }
              : {
                  fromItems: {
                    filter: { status: 'decided', ...(tag.trim() ? { tag: tag.trim() } : {}) },
                    ...(referenceKind === 'question' && reference.trim()
                      ? { reference: { question: reference.trim() } }
                      : referenceKind === 'field' && reference.trim()
                        ? { reference: { field: reference.trim() } }
                        : {}),
                    ...(rubric.trim() ? { rubric } : {}),
                  },
                }),
          },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['golden-sets', slug] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const readFile = async (file: File | undefined) => {
    if (file) setJsonl(await file.text());
  };
  const input = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm';
  const label = 'text-xs font-medium text-slate-700';
  return (
    <form onSubmit={submit} aria-label="New golden set version" className="mt-3 grid gap-2 border-t pt-3">
      <h3 className="text-sm font-semibold text-slate-900">New golden set or version</h3>
      <p className="text-xs text-slate-600">
        A version is immutable: the same name makes the next version, and runs keep the version they ran on.
      </p>
      <div className="grid gap-2 sm:grid-cols-3">
        <label className={label}>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required className={input} />
        </label>
        <label className={label}>
          Entries from
          <select value={source} onChange={(e) => setSource(e.target.value as Source)} className={input}>
            <option value="items">decided items of this project</option>
            <option value="jsonl">JSON lines (paste or file)</option>
          </select>
        </label>
        <label className={label}>
          Note (optional)
          <input value={note} onChange={(e) => setNote(e.target.value)} className={input} />
        </label>
      </div>
      {source === 'items' ? (
        <div className="grid gap-2 sm:grid-cols-3">
          <label className={label}>
            Only items tagged (optional)
            <input value={tag} onChange={(e) => setTag(e.target.value)} className={input} />
          </label>
          <label className={label}>
            Reference answer from
            <select
              value={referenceKind}
              onChange={(e) => setReferenceKind(e.target.value as 'question' | 'field' | 'none')}
              className={input}
            >
              <option value="question">the decision's answer to a question</option>
              <option value="field">a data field (left out of the input)</option>
              <option value="none">no reference</option>
            </select>
          </label>
          {referenceKind !== 'none' && (
            <label className={label}>
              {referenceKind === 'question' ? 'Question name' : 'Field name'}
              <input value={reference} onChange={(e) => setReference(e.target.value)} className={input} />
            </label>
          )}
          <label className={`${label} sm:col-span-3`}>
            Rubric for every entry (optional)
            <textarea value={rubric} onChange={(e) => setRubric(e.target.value)} rows={2} className={input} />
          </label>
        </div>
      ) : (
        <div className="grid gap-2">
          <label className={label}>
            JSON lines: one entry per line, {'{"externalId", "input": {…}, "reference"?, "rubric"?, "metadata"?}'}
            <textarea
              value={jsonl}
              onChange={(e) => setJsonl(e.target.value)}
              rows={5}
              className={`${input} font-mono`}
            />
          </label>
          <label className={label}>
            or read a .jsonl file
            <input
              type="file"
              accept=".jsonl,.json,.txt"
              onChange={(e) => void readFile(e.target.files?.[0])}
              className="mt-1 block text-sm"
            />
          </label>
        </div>
      )}
      <button
        type="submit"
        disabled={save.isPending || !name.trim() || (source === 'jsonl' && !jsonl.trim())}
        className="justify-self-start rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
      >
        Save version
      </button>
      <p role="status" className="text-xs">
        {save.isError ? (
          <span className="text-red-700">
            {save.error.message}
            {save.error.details?.length
              ? `: ${save.error.details.map((d) => `${d.path} ${d.message}`).join('; ')}`
              : ''}
          </span>
        ) : save.isSuccess ? (
          `Saved ${save.data.name} v${save.data.version} with ${save.data.entries} entries.`
        ) : null}
      </p>
    </form>
  );
}
