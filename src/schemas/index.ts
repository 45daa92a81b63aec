export type { AnswerIssue, ValidateAnswerOptions } from './answer.js';
export { validateAnswer, validateQuestionAnswer } from './answer.js';
export { codePointLength, sliceCodePoints } from './code-points.js';
export type { Issue } from './issues.js';
export { formatIssue } from './issues.js';
export type { LabelSchemaInput, ParseLabelSchemaResult, QuestionType } from './label-schema.js';
export { LabelSchema, parseLabelSchema, QUESTION_TYPES, Question } from './label-schema.js';
export type {
  ApprovalQuestion,
  BboxQuestion,
  MultiChoiceQuestion,
  PairwiseQuestion,
  RankingQuestion,
  RatingQuestion,
  RubricCriterion,
  RubricQuestion,
  SingleChoiceQuestion,
  SpansQuestion,
  TextQuestion,
} from './question-definitions.js';
export type { LabelOption } from './question-parts.js';
