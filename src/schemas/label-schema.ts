import { z } from 'zod';
import type { Issue } from './issues.js';
import { quoteList } from './issues.js';
import {
  ApprovalQuestion,
  BboxQuestion,
  MultiChoiceQuestion,
  PairwiseQuestion,
  RankingQuestion,
  RatingQuestion,
  RubricQuestion,
  SingleChoiceQuestion,
  SpansQuestion,
  TextQuestion,
} from './question-definitions.js';
import { checkUniqueNames } from './question-parts.js';

/** Every question type a label schema may use, in the order the docs present them. */
export const QUESTION_TYPES = [
  'single_choice',
  'multi_choice',
  'rating',
  'rubric',
  'spans',
  'pairwise',
  'ranking',
  'text',
  'bbox',
  'approval',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

function describeBadQuestionType(input: unknown): string {
  const expected = `expected one of ${quoteList(QUESTION_TYPES)}`;
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (type === undefined) return `missing question type; ${expected}`;
  return `unknown question type ${JSON.stringify(type)}; ${expected}`;
}

/** One question of a label schema; `type` selects which definition fields apply. */
export const Question = z.discriminatedUnion(
  'type',
  [
    SingleChoiceQuestion,
    MultiChoiceQuestion,
    RatingQuestion,
    RubricQuestion,
    SpansQuestion,
    PairwiseQuestion,
    RankingQuestion,
    TextQuestion,
    BboxQuestion,
    ApprovalQuestion,
  ],
  {
    error: (issue) => {
      if (issue.code === 'invalid_union') return describeBadQuestionType(issue.input);
      if (issue.code === 'invalid_type') return 'expected a question object';
      return undefined;
    },
  },
);
export type Question = z.infer<typeof Question>;

// Fails to compile if QUESTION_TYPES and the union above drift apart.
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const questionTypesMatchUnion: SameMembers<QuestionType, Question['type']> = true;
void questionTypesMatchUnion;

export const MAX_QUESTIONS = 50;

/**
 * A project's label schema: the questions asked about each item. Parse project input with it;
 * the parsed value has defaults filled in (`required: true`, `step: 1`, …).
 *
 * @example
 * LabelSchema.parse({
 *   questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] }],
 * });
 */
export const LabelSchema = z
  .strictObject(
    {
      questions: z
        .array(Question, 'expected a list of questions')
        .min(1, 'a label schema needs at least 1 question')
        .max(MAX_QUESTIONS, `a label schema allows at most ${MAX_QUESTIONS} questions`),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'expected a label schema object { questions: [...] }' : undefined,
    },
  )
  .superRefine((schema, ctx) => checkUniqueNames(schema.questions, 'questions', 'question', ctx));

export type LabelSchema = z.infer<typeof LabelSchema>;
/** What a client may send: defaulted fields are optional. */
export type LabelSchemaInput = z.input<typeof LabelSchema>;

export type ParseLabelSchemaResult =
  | { readonly success: true; readonly schema: LabelSchema }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Parses a label schema and turns zod's issues into `{ path, message }` pairs, for callers
 * (CLI, import) that report problems without depending on zod's error shape.
 *
 * @example
 * const result = parseLabelSchema(JSON.parse(text));
 * if (!result.success) console.error(result.issues.map(formatIssue).join('\n'));
 */
export function parseLabelSchema(input: unknown): ParseLabelSchemaResult {
  const result = LabelSchema.safeParse(input);
  if (result.success) return { success: true, schema: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    message: issue.message,
  }));
  return { success: false, issues };
}
