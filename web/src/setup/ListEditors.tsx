import type { LabelOption, Question } from '../api/types';
import { FieldGroup, NumberField, TextField } from './Field';

type RubricCriterion = Extract<Question, { type: 'rubric' }>['criteria'][number];

export const smallButton =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-40';
export const iconButton =
  'inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-30';

/** Options of a choice question, or labels of a spans/bbox question: value, shown label, hotkey. */
export function OptionsEditor({
  path,
  legend,
  options,
  onChange,
  withHotkeys = true,
}: {
  path: string;
  legend: string;
  options: readonly LabelOption[];
  onChange: (options: LabelOption[]) => void;
  withHotkeys?: boolean;
}) {
  const set = (index: number, patch: Partial<LabelOption>) =>
    onChange(options.map((o, i) => (i === index ? dropEmpty({ ...o, ...patch }) : o)));
  return (
    <FieldGroup path={path} legend={legend} className="col-span-full">
      <ul className="mt-1 space-y-2">
        {options.map((option, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values may repeat while typing
          <li key={index} className="flex items-start gap-2">
            <TextField
              path={`${path}.${index}.value`}
              label={`Value ${index + 1}`}
              value={option.value}
              onChange={(value) => set(index, { value })}
              className="flex-1"
            />
            <TextField
              path={`${path}.${index}.label`}
              label="Shown as"
              value={option.label ?? ''}
              onChange={(label) => set(index, { label })}
              className="flex-1"
            />
            {withHotkeys && (
              <TextField
                path={`${path}.${index}.hotkey`}
                label="Key"
                value={option.hotkey ?? ''}
                onChange={(hotkey) => set(index, { hotkey })}
                className="w-14"
              />
            )}
            <button
              type="button"
              className={`${iconButton} mt-5`}
              aria-label={`Remove ${legend.toLowerCase()} ${index + 1}`}
              onClick={() => onChange(options.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={`${smallButton} mt-2`}
        onClick={() => onChange([...options, { value: `option_${options.length + 1}` }])}
      >
        Add {legend.toLowerCase().replace(/s$/, '')}
      </button>
    </FieldGroup>
  );
}

function dropEmpty(option: LabelOption): LabelOption {
  const result: LabelOption = { value: option.value };
  if (option.label) result.label = option.label;
  if (option.hotkey) result.hotkey = option.hotkey;
  return result;
}

/** Rubric criteria: name, title and each criterion's scale. */
export function CriteriaEditor({
  path,
  criteria,
  onChange,
}: {
  path: string;
  criteria: readonly RubricCriterion[];
  onChange: (criteria: RubricCriterion[]) => void;
}) {
  const set = (index: number, patch: Partial<RubricCriterion>) =>
    onChange(criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <FieldGroup path={path} legend="Criteria" className="col-span-full">
      <ul className="mt-1 space-y-2">
        {criteria.map((criterion, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; names may repeat while typing
          <li key={index} className="flex items-start gap-2">
            <TextField
              path={`${path}.${index}.name`}
              label={`Criterion ${index + 1} name`}
              value={criterion.name}
              onChange={(name) => set(index, { name })}
              className="flex-1"
            />
            <TextField
              path={`${path}.${index}.title`}
              label="Title"
              value={criterion.title ?? ''}
              onChange={(title) => set(index, { title: title || undefined })}
              className="flex-1"
            />
            <NumberField
              path={`${path}.${index}.min`}
              label="Min"
              value={criterion.min}
              onChange={(min) => set(index, { min: min as number })}
              className="w-16"
            />
            <NumberField
              path={`${path}.${index}.max`}
              label="Max"
              value={criterion.max}
              onChange={(max) => set(index, { max: max as number })}
              className="w-16"
            />
            <button
              type="button"
              className={`${iconButton} mt-5`}
              aria-label={`Remove criterion ${index + 1}`}
              onClick={() => onChange(criteria.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={`${smallButton} mt-2`}
        onClick={() => onChange([...criteria, { name: `criterion_${criteria.length + 1}`, min: 1, max: 5 }])}
      >
        Add criterion
      </button>
    </FieldGroup>
  );
}

/** Scale labels as "1=Poor, 5=Excellent" (keys must be values of the scale). */
export function formatScaleLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

export function parseScaleLabels(text: string): Record<string, string> | undefined {
  const entries = text
    .split(',')
    .map((part) => part.split('='))
    .filter((pair) => pair.length >= 2 && pair[0]?.trim())
    .map(([k, ...v]) => [k?.trim() ?? '', v.join('=').trim()] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
