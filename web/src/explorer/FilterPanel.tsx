import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client';
import type { LabelSchema } from '../api/types';
import type { ExplorerSearch, FilterKey } from './types';

const STATUSES = ['pending', 'queued', 'adjudication', 'decided', 'held', 'gold', 'reported', 'archived'];

interface FilterPanelProps {
  readonly search: ExplorerSearch;
  readonly schema: LabelSchema | undefined;
  readonly error: ApiError | null;
  readonly onApply: (filter: Partial<Record<FilterKey, string>>) => void;
}

const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
const labelText = 'block text-xs font-medium text-slate-700';

/**
 * Every explorer filter as one form; "Apply" (or Enter in any field) puts it in the URL, so a
 * filtered view can be bookmarked and the item page's "back" returns to it. A bad value shows
 * the server's message under its field.
 */
export function FilterPanel({ search, schema, error, onApply }: FilterPanelProps) {
  const [draft, setDraft] = useState<Partial<Record<FilterKey, string>>>(search);
  useEffect(() => setDraft(search), [search]);
  const set = (key: FilterKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const [question = '', labelValue = ''] = (draft.label ?? '').split(/:(.*)/s);
  const choiceQuestions = (schema?.questions ?? []).filter(
    (q) => q.type === 'single_choice' || q.type === 'multi_choice',
  );
  const fieldError = (key: string) => error?.fieldMessage(`query.${key}`);

  const text = (key: FilterKey, label: string, placeholder = '', type = 'text') => (
    <label className={labelText}>
      {label}
      <input
        name={key}
        type={type}
        value={draft[key] ?? ''}
        placeholder={placeholder}
        onChange={(e) => set(key)(e.target.value)}
        aria-invalid={fieldError(key) ? true : undefined}
        className={input}
      />
      {fieldError(key) && <span className="mt-0.5 block text-xs text-red-700">{fieldError(key)}</span>}
    </label>
  );
  const flag = (key: FilterKey, label: string) => (
    <label className={labelText}>
      {label}
      <select name={key} value={draft[key] ?? ''} onChange={(e) => set(key)(e.target.value)} className={input}>
        <option value="">any</option>
        <option value="true">yes</option>
        <option value="false">no</option>
      </select>
    </label>
  );

  return (
    <form
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      <label className={labelText}>
        Status
        <select
          name="status"
          value={draft.status ?? ''}
          onChange={(e) => set('status')(e.target.value)}
          className={input}
        >
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label className={labelText}>
        Decided question
        <select
          name="labelQuestion"
          value={question}
          onChange={(e) => set('label')(e.target.value ? `${e.target.value}:${labelValue}` : '')}
          className={input}
        >
          <option value="">any</option>
          {(schema?.questions ?? []).map((q) => (
            <option key={q.name} value={q.name}>
              {q.title ?? q.name}
            </option>
          ))}
        </select>
      </label>
      <label className={labelText} htmlFor="filter-label-value">
        Decided label
        {choiceQuestions.some((q) => q.name === question) ? (
          <select
            id="filter-label-value"
            name="labelValue"
            value={labelValue}
            onChange={(e) => set('label')(`${question}:${e.target.value}`)}
            className={input}
          >
            <option value="">choose…</option>
            {choiceQuestions
              .find((q) => q.name === question)
              ?.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label ?? o.value}
                </option>
              ))}
          </select>
        ) : (
          <input
            id="filter-label-value"
            name="labelValue"
            value={labelValue}
            disabled={!question}
            onChange={(e) => set('label')(`${question}:${e.target.value}`)}
            className={input}
          />
        )}
        {fieldError('label') && <span className="mt-0.5 block text-xs text-red-700">{fieldError('label')}</span>}
      </label>
      {text('annotator', 'Answered by (user id)', 'e.g. 2')}
      {text('modelVersion', 'Model version', 'e.g. spam-nb-7')}
      {text('tag', 'Tag', 'e.g. hard')}
      {text('meta', 'Metadata key:value', 'e.g. source:web')}
      {text('minConfidence', 'Confidence from', '0')}
      {text('maxConfidence', 'Confidence to', '1')}
      {text('minAgreement', 'Agreement from', '0')}
      {text('maxAgreement', 'Agreement to', '1')}
      {flag('gold', 'Gold')}
      {flag('reported', 'Open report')}
      {flag('adjudication', 'In adjudication')}
      {text('createdFrom', 'Created from', '', 'date')}
      {text('createdTo', 'Created to', '', 'date')}
      {text('updatedFrom', 'Updated from', '', 'date')}
      {text('updatedTo', 'Updated to', '', 'date')}
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          Apply filters
        </button>
        <button
          type="button"
          onClick={() => onApply({ ...(search.q ? { q: search.q } : {}) })}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
