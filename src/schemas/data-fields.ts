import { readOwn } from './answer-helpers.js';
import { describeValue } from './issues.js';
import type { LabelSchema, Question } from './label-schema.js';

/** A problem with an item's data: the field a question reads is missing or unusable. */
export interface DataFieldIssue {
  /** The data field, e.g. `text`. */
  readonly field: string;
  readonly message: string;
}

/**
 * Checks that an item's data holds what each question reads (issue 9, point 16): the text a spans
 * question marks up, the image a box question draws on, both candidates of a pairwise question,
 * the candidate list of a ranking, the action of an approval — for every required question.
 * Without this an import "succeeds" and annotators later meet an item they cannot work. Choice, rating, rubric and free-text
 * questions read nothing in particular, so any data fits them.
 */
export function checkDataFields(schema: LabelSchema, data: Record<string, unknown>): DataFieldIssue[] {
  const issues: DataFieldIssue[] = [];
  for (const question of schema.questions) {
    // An optional question an item cannot serve is skipped by its annotators; the item still works.
    if (question.required === false) continue;
    for (const [field, problem] of fieldProblems(question, data)) {
      issues.push({ field, message: `${problem} (question ${JSON.stringify(question.name)} reads it)` });
    }
  }
  return issues;
}

function fieldProblems(question: Question, data: Record<string, unknown>): [string, string][] {
  const missing = (field: string): [string, string] => [field, `is missing`];
  switch (question.type) {
    case 'spans': {
      const value = readOwn(data, question.field);
      if (value === undefined) return [missing(question.field)];
      return typeof value === 'string'
        ? []
        : [[question.field, `must be text to mark spans in; got ${describeValue(value)}`]];
    }
    case 'bbox': {
      const value = readOwn(data, question.field);
      if (value === undefined) return [missing(question.field)];
      const problem = imageUrlProblem(value);
      return problem ? [[question.field, problem]] : [];
    }
    case 'pairwise':
      return question.fields.filter((field) => readOwn(data, field) === undefined).map(missing);
    case 'ranking': {
      const value = readOwn(data, question.field);
      if (value === undefined) return [missing(question.field)];
      return Array.isArray(value)
        ? []
        : [[question.field, `must be a list of candidates; got ${describeValue(value)}`]];
    }
    case 'approval':
      return readOwn(data, question.field) === undefined ? [missing(question.field)] : [];
    case 'text':
      return question.field !== undefined && readOwn(data, question.field) === undefined
        ? [missing(question.field)]
        : [];
    default:
      return [];
  }
}

/** An image an annotator's browser can show: an http(s) URL, a `data:image/…` URL, or a path on this server. */
export function imageUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be an image URL; got ${describeValue(value)}`;
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (value.startsWith('/') && !value.startsWith('//')) return undefined;
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be an image URL (http://, https://, data:image/… or /path); got ${JSON.stringify(shown)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `must be an http(s) or data:image URL; got the scheme "${url.protocol}"`;
  }
  return undefined;
}
