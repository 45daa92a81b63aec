import { TandemError } from '../errors.js';
import type { Question } from '../schemas/label-schema.js';
import type { ExportContext } from './types.js';

/**
 * The question a single-question format reads: the one named by `question=`, else the first
 * question of one of the given types. Fails before any byte is written when there is none.
 */
export function pickQuestion<T extends Question['type']>(
  context: ExportContext,
  types: readonly T[],
  formatName: string,
): Extract<Question, { type: T }> {
  const fits = (question: Question): question is Extract<Question, { type: T }> =>
    (types as readonly string[]).includes(question.type);
  const questions = context.labelSchema.questions;
  if (context.question !== undefined) {
    const named = questions.find((question) => question.name === context.question);
    if (!named || !fits(named)) {
      throw new TandemError(
        'FORMAT_NOT_APPLICABLE',
        `The ${formatName} format needs a ${types.join(' or ')} question; "${context.question}" is not one`,
        [{ path: 'question', message: `expected the name of a ${types.join(' or ')} question` }],
      );
    }
    return named;
  }
  const first = questions.find(fits);
  if (!first) {
    throw new TandemError(
      'FORMAT_NOT_APPLICABLE',
      `The ${formatName} format needs a ${types.join(' or ')} question; this project's label schema has none`,
      [{ path: 'format', message: `this project has no ${types.join(' or ')} question` }],
    );
  }
  return first;
}

/** A data value as text: strings as they are, anything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ['text', 'content', 'response', 'completion']) {
      if (typeof record[key] === 'string') return record[key];
    }
  }
  return JSON.stringify(value ?? null);
}
