import type { RequestBody, ResponseBody } from '@tandem/sdk';

/**
 * The judge form's state: flat strings per field, turned into the API's settings by `toConfig`.
 * The server checks the result and names any bad field (`config.checks.0.pattern`), so this file
 * only shapes, never validates.
 */
export type JudgeConfigInput = RequestBody<'/api/projects/{project}/judges', 'post'>['config'];
export type JudgeView = ResponseBody<'/api/projects/{project}/judges/{judge}', 'get'>;
export type JudgeKind = JudgeConfigInput['kind'];
export const CHECK_TYPES = ['contains', 'not_contains', 'regex', 'length', 'json', 'pii'] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

export interface CheckDraft {
  type: CheckType;
  /** Pattern (regex) or text (contains / not contains). */
  text: string;
  min: string;
  max: string;
  expect: 'match' | 'no_match';
}

export interface JudgeDraft {
  kind: JudgeKind;
  field: string;
  checks: CheckDraft[];
  baseUrl: string;
  model: string;
  apiKeyEnv: string;
  system: string;
  prompt: string;
  passQuestion: string;
  passValues: string[];
  temperature: string;
  samples: string;
  url: string;
  trusted: boolean;
  compareQuestion: string;
  compareValues: string[];
}

export const newCheck = (type: CheckType = 'contains'): CheckDraft => ({
  type,
  text: '',
  min: '',
  max: '',
  expect: 'match',
});

export function emptyDraft(firstQuestion?: { name: string; values: string[] }): JudgeDraft {
  return {
    kind: 'rule',
    field: 'output',
    checks: [newCheck()],
    baseUrl: 'https://api.openai.com/v1',
    model: '',
    apiKeyEnv: 'OPENAI_API_KEY',
    system: '',
    prompt: '',
    passQuestion: firstQuestion?.name ?? '',
    passValues: firstQuestion?.values.slice(0, 1) ?? [],
    temperature: '0',
    samples: '1',
    url: '',
    trusted: false,
    compareQuestion: firstQuestion?.name ?? '',
    compareValues: firstQuestion?.values.slice(0, 1) ?? [],
  };
}

/** The form state of a stored judge. */
export function draftOf(judge: JudgeView): JudgeDraft {
  const c = judge.config;
  const draft = emptyDraft();
  draft.kind = c.kind;
  draft.trusted = judge.trusted;
  draft.compareQuestion = judge.compareWith?.question ?? '';
  draft.compareValues = judge.compareWith?.passValues ?? [];
  if (c.kind === 'rule') {
    draft.field = c.field;
    draft.checks = c.checks.map((check) => {
      const d = newCheck(check.type);
      if (check.type === 'regex') {
        d.text = check.pattern;
        d.expect = check.expect;
      } else if (check.type === 'contains' || check.type === 'not_contains') d.text = check.value;
      else if (check.type === 'length') {
        d.min = check.min === undefined ? '' : String(check.min);
        d.max = check.max === undefined ? '' : String(check.max);
      }
      return d;
    });
  } else if (c.kind === 'llm') {
    Object.assign(draft, {
      baseUrl: c.baseUrl,
      model: c.model,
      apiKeyEnv: c.apiKeyEnv ?? '',
      system: c.system ?? '',
      prompt: c.prompt,
      passQuestion: c.pass.question,
      passValues: c.pass.values,
      temperature: String(c.temperature),
      samples: String(c.samples),
    });
  } else draft.url = c.url;
  return draft;
}

const num = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The settings to send; what the form does not show (concurrency, pricing …) is kept from `base`. */
export function toConfig(draft: JudgeDraft, base?: JudgeConfigInput): JudgeConfigInput {
  const kept = base && base.kind === draft.kind ? base : undefined;
  const scheduling = kept
    ? {
        concurrency: kept.concurrency,
        ratePerMinute: kept.ratePerMinute,
        maxAttempts: kept.maxAttempts,
        timeoutMs: kept.timeoutMs,
      }
    : {};
  if (draft.kind === 'rule') {
    return {
      ...scheduling,
      kind: 'rule',
      field: draft.field,
      checks: draft.checks.map((check) => {
        switch (check.type) {
          case 'regex':
            return { type: 'regex', pattern: check.text, expect: check.expect };
          case 'contains':
          case 'not_contains':
            return { type: check.type, value: check.text };
          case 'length':
            return { type: 'length', min: num(check.min), max: num(check.max) };
          case 'json':
            return { type: 'json' };
          default:
            return { type: 'pii' };
        }
      }),
    } as JudgeConfigInput;
  }
  if (draft.kind === 'llm') {
    const llm = kept?.kind === 'llm' ? kept : undefined;
    return {
      ...scheduling,
      ...(llm?.questions ? { questions: llm.questions } : {}),
      ...(llm?.pricing ? { pricing: llm.pricing } : {}),
      kind: 'llm',
      baseUrl: draft.baseUrl.trim(),
      model: draft.model.trim(),
      ...(draft.apiKeyEnv.trim() ? { apiKeyEnv: draft.apiKeyEnv.trim() } : {}),
      ...(draft.system.trim() ? { system: draft.system } : {}),
      prompt: draft.prompt,
      pass: { question: draft.passQuestion, values: draft.passValues },
      temperature: num(draft.temperature) ?? 0,
      samples: num(draft.samples) ?? 1,
    } as JudgeConfigInput;
  }
  return { ...scheduling, kind: 'webhook', url: draft.url.trim() } as JudgeConfigInput;
}

/** Trust settings to send with the settings. */
export function trustOf(draft: JudgeDraft) {
  return {
    trusted: draft.trusted,
    compareWith:
      draft.compareQuestion && draft.compareValues.length > 0
        ? { question: draft.compareQuestion, passValues: draft.compareValues }
        : null,
  };
}
