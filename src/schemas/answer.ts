import type { RelativeIssue } from './answer-helpers.js';
import { isPlainObject, readOwn } from './answer-helpers.js';
import { validateBboxAnswer, validateSpansAnswer } from './answer-regions.js';
import {
  validateApprovalAnswer,
  validateMultiChoiceAnswer,
  validatePairwiseAnswer,
  validateRankingAnswer,
  validateRatingAnswer,
  validateRubricAnswer,
  validateSingleChoiceAnswer,
  validateTextAnswer,
} from './answer-validators.js';
import type { Issue } from './issues.js';
import { describeValue, quoteList } from './issues.js';
import type { LabelSchema, Question } from './label-schema.js';

export { codePointLength, sliceCodePoints } from './code-points.js';

/** A problem with an answer; `path` starts with the question name, e.g. `["entities", 2, "end"]`. */
export type AnswerIssue = Issue;

export type ValidateAnswerOptions = {
  /** Model predictions may answer only some questions; missing required ones are then fine. */
  readonly partial?: boolean;
};

/**
 * Checks one question's answer value. Paths in the result are relative to that value.
 * `data` is the item's data, needed by questions that point into it (spans, ranking).
 */
export function validateQuestionAnswer(question: Question, value: unknown, data: unknown): RelativeIssue[] {
  switch (question.type) {
    case 'single_choice':
      return validateSingleChoiceAnswer(question, value);
    case 'multi_choice':
      return validateMultiChoiceAnswer(question, value);
    case 'rating':
      return validateRatingAnswer(question, value);
    case 'rubric':
      return validateRubricAnswer(question, value);
    case 'spans':
      return validateSpansAnswer(question, value, data);
    case 'pairwise':
      return validatePairwiseAnswer(question, value);
    case 'ranking':
      return validateRankingAnswer(question, value, data);
    case 'text':
      return validateTextAnswer(question, value);
    case 'bbox':
      return validateBboxAnswer(question, value);
    case 'approval':
      return validateApprovalAnswer(question, value);
    default:
      return assertNever(question);
  }
}

function assertNever(question: never): never {
  throw new Error(`unhandled question type in ${JSON.stringify(question)}`);
}

/**
 * Validates an answer (an object keyed by question name) against a parsed label schema.
 * Returns every issue found, or `[]` when the answer is valid. `null` counts as "not answered".
 *
 * @example
 * validateAnswer(schema, { verdict: 'spma' }, item.data);
 * // [{ path: ['verdict'], message: 'expected one of "spam", "ham"; got "spma"' }]
 */
export function validateAnswer(
  schema: LabelSchema,
  answer: unknown,
  data: unknown,
  options: ValidateAnswerOptions = {},
): AnswerIssue[] {
  if (!isPlainObject(answer)) {
    return [
      {
        path: [],
        message: `expected an object keyed by question name; got ${describeValue(answer)}`,
      },
    ];
  }
  const names = schema.questions.map((question) => question.name);
  const issues: AnswerIssue[] = [];
  for (const question of schema.questions) {
    const value = readOwn(answer, question.name);
    if (value === undefined || value === null) {
      if (question.required && options.partial !== true) {
        issues.push({
          path: [question.name],
          message: `an answer is required for question ${JSON.stringify(question.name)}`,
        });
      }
      continue;
    }
    for (const issue of validateQuestionAnswer(question, value, data)) {
      issues.push({ path: [question.name, ...issue.path], message: issue.message });
    }
  }
  for (const key of Object.keys(answer)) {
    if (!names.includes(key)) {
      issues.push({
        path: [key],
        message: `unknown question ${JSON.stringify(key)}; expected one of ${quoteList(names)}`,
      });
    }
  }
  return issues;
}
