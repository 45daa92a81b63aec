import { z } from 'zod';
import { codePointLength } from './code-points.js';

/** Question and rubric-criterion names become answer keys and export column names. */
export const QuestionName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/i, {
  error: 'must start with a letter and hold only letters, digits and "_" (at most 64 characters)',
});

/** A top-level key of an item's `data` object. */
export const DataFieldName = z
  .string({
    error: (issue) => (issue.input === undefined ? 'is required' : 'expected a data field name'),
  })
  .min(1, 'must name a field of the item data')
  .max(200, 'must be at most 200 characters');

export const Title = z.string().max(200, 'must be at most 200 characters');
export const Description = z.string().max(2000, 'must be at most 2000 characters');

/** Fields every question has, whatever its type. */
export const questionBaseFields = {
  name: QuestionName,
  title: Title.optional(),
  description: Description.optional(),
  required: z.boolean().default(true),
};

/** A choice option, or a span/box label: what the annotator picks and the key that picks it. */
export const LabelOption = z.strictObject({
  value: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  label: Title.optional(),
  hotkey: z
    .string()
    .refine((key) => codePointLength(key) === 1 && key.trim() === key, {
      error: 'must be exactly one visible character',
    })
    .optional(),
});
export type LabelOption = z.infer<typeof LabelOption>;

type RefinementContext = z.RefinementCtx<unknown>;

/**
 * Keys the workspace uses for itself (issue 9, point 9). An option or label with one of them
 * would shadow it (the question's key is seen first), so they are refused.
 */
export const WORKSPACE_KEYS: Readonly<Record<string, string>> = {
  s: 'Skip',
  g: 'showing the guidelines',
  '?': 'the keyboard help',
  '[': 'the previous question',
  ']': 'the next question',
};

/**
 * Values must be unique because answers store the value; hotkeys are compared without case
 * because the review UI matches keys regardless of Shift, and may not be a workspace key (or a
 * key the question's own editor uses: `widgetKeys`).
 */
export function checkUniqueOptions(
  options: readonly LabelOption[],
  listKey: string,
  noun: string,
  ctx: RefinementContext,
  widgetKeys: Readonly<Record<string, string>> = {},
): void {
  const seenValues = new Set<string>();
  const seenHotkeys = new Set<string>();
  options.forEach((option, index) => {
    if (seenValues.has(option.value)) {
      ctx.addIssue({
        code: 'custom',
        path: [listKey, index, 'value'],
        message: `duplicate ${noun} value ${JSON.stringify(option.value)}`,
      });
    }
    seenValues.add(option.value);
    if (option.hotkey === undefined) return;
    const hotkey = option.hotkey.toLowerCase();
    const taken = WORKSPACE_KEYS[hotkey] ?? widgetKeys[hotkey];
    if (taken) {
      ctx.addIssue({
        code: 'custom',
        path: [listKey, index, 'hotkey'],
        message: `${JSON.stringify(option.hotkey)} is the workspace key for ${taken}; choose another key`,
      });
      return;
    }
    if (seenHotkeys.has(hotkey)) {
      ctx.addIssue({
        code: 'custom',
        path: [listKey, index, 'hotkey'],
        message: `duplicate hotkey ${JSON.stringify(option.hotkey)}`,
      });
    }
    seenHotkeys.add(hotkey);
  });
}

/** Reports every repeated `name` in a list (questions, rubric criteria). */
export function checkUniqueNames(
  entries: readonly { name: string }[],
  listKey: string,
  noun: string,
  ctx: RefinementContext,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.name)) {
      ctx.addIssue({
        code: 'custom',
        path: [listKey, index, 'name'],
        message: `duplicate ${noun} name ${JSON.stringify(entry.name)}`,
      });
    }
    seen.add(entry.name);
  });
}

export const MAX_SCALE_SPAN = 100;

/** Fields of a numeric scale (a rating question or a rubric criterion). */
export const scaleFields = {
  min: z.int('must be an integer'),
  max: z.int('must be an integer'),
  labels: z.record(z.string(), Title).optional(),
};

export type Scale = {
  readonly min: number;
  readonly max: number;
  readonly step?: number | undefined;
  readonly labels?: Readonly<Record<string, string>> | undefined;
};

// Steps such as 0.1 do not divide exactly in binary floating point.
const GRID_TOLERANCE = 1e-9;

/** True when `value` is one of min, min + step, min + 2·step, … (not checking max). */
export function isOnStepGrid(value: number, min: number, step: number): boolean {
  const stepsFromMin = (value - min) / step;
  return Math.abs(stepsFromMin - Math.round(stepsFromMin)) < GRID_TOLERANCE;
}

/** Rules shared by rating questions and rubric criteria. */
export function checkScale(scale: Scale, ctx: RefinementContext): void {
  const { min, max, step = 1 } = scale;
  if (min >= max) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: `must be greater than min (${min})` });
    return;
  }
  if (max - min > MAX_SCALE_SPAN) {
    ctx.addIssue({
      code: 'custom',
      path: ['max'],
      message: `the scale ${min}..${max} spans more than ${MAX_SCALE_SPAN}`,
    });
  }
  if (step > max - min) {
    ctx.addIssue({
      code: 'custom',
      path: ['step'],
      message: `must be at most the span of the scale (${max - min})`,
    });
  }
  for (const key of Object.keys(scale.labels ?? {})) {
    const value = Number(key);
    // Keys must be written the way the number prints, so "1" and "1.0" cannot both exist.
    const isPlainNumber = key.trim() !== '' && Number.isFinite(value) && String(value) === key;
    if (!isPlainNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', key],
        message: `label key ${JSON.stringify(key)} is not a number such as "${min}"`,
      });
    } else if (value < min || value > max || !isOnStepGrid(value, min, step)) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', key],
        message: `label key ${JSON.stringify(key)} is not a value of the scale ${describeScale(scale)}`,
      });
    }
  }
}

/** "1..5", or "0..10 in steps of 2" when the step is not 1. */
export function describeScale(scale: Scale): string {
  const step = scale.step ?? 1;
  return step === 1 ? `${scale.min}..${scale.max}` : `${scale.min}..${scale.max} in steps of ${step}`;
}
