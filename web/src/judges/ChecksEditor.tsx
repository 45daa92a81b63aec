import type { ReactNode } from 'react';
import { CHECK_TYPES, type CheckDraft, type CheckType, newCheck } from './judgeDraft';

const LABELS: Record<CheckType, string> = {
  contains: 'Contains',
  not_contains: 'Does not contain',
  regex: 'Matches regex',
  length: 'Length between',
  json: 'Is valid JSON',
  pii: 'Has no PII (emails, phones, cards, IBANs)',
};

const input = 'rounded-md border border-slate-300 px-2 py-1 text-sm';

/** A rule judge's checks: every check must pass for the verdict to pass. */
export function ChecksEditor({
  checks,
  onChange,
  fieldError,
}: {
  checks: CheckDraft[];
  onChange: (checks: CheckDraft[]) => void;
  fieldError: (path: string) => ReactNode;
}) {
  const update = (index: number, patch: Partial<CheckDraft>) =>
    onChange(checks.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="grid gap-2">
      <legend className="text-xs font-medium text-slate-700">Checks (all must pass)</legend>
      {checks.map((check, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: checks are edited in place by position
        <div key={index} className="flex flex-wrap items-center gap-2">
          <select
            aria-label={`Check ${index + 1} type`}
            value={check.type}
            onChange={(e) => update(index, { type: e.target.value as CheckType })}
            className={input}
          >
            {CHECK_TYPES.map((type) => (
              <option key={type} value={type}>
                {LABELS[type]}
              </option>
            ))}
          </select>
          {(check.type === 'contains' || check.type === 'not_contains' || check.type === 'regex') && (
            <input
              aria-label={`Check ${index + 1} ${check.type === 'regex' ? 'pattern' : 'text'}`}
              value={check.text}
              onChange={(e) => update(index, { text: e.target.value })}
              className={`${input} min-w-48 flex-1 font-mono`}
            />
          )}
          {check.type === 'regex' && (
            <select
              aria-label={`Check ${index + 1} expect`}
              value={check.expect}
              onChange={(e) => update(index, { expect: e.target.value as CheckDraft['expect'] })}
              className={input}
            >
              <option value="match">must match</option>
              <option value="no_match">must not match</option>
            </select>
          )}
          {check.type === 'length' && (
            <>
              <input
                aria-label={`Check ${index + 1} minimum`}
                value={check.min}
                onChange={(e) => update(index, { min: e.target.value })}
                placeholder="min"
                inputMode="numeric"
                className={`${input} w-20`}
              />
              <input
                aria-label={`Check ${index + 1} maximum`}
                value={check.max}
                onChange={(e) => update(index, { max: e.target.value })}
                placeholder="max"
                inputMode="numeric"
                className={`${input} w-20`}
              />
            </>
          )}
          <button
            type="button"
            onClick={() => onChange(checks.filter((_, i) => i !== index))}
            disabled={checks.length === 1}
            className="text-xs text-slate-500 hover:text-red-700 disabled:opacity-40"
          >
            Remove
          </button>
          {fieldError(`config.checks.${index}.pattern`)}
          {fieldError(`config.checks.${index}.value`)}
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...checks, newCheck()])}
        className="justify-self-start text-xs font-medium text-brand-700 hover:underline"
      >
        + Add check
      </button>
    </fieldset>
  );
}
