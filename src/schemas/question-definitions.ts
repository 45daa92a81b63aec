import { z } from 'zod';
import {
  checkScale,
  checkUniqueNames,
  checkUniqueOptions,
  DataFieldName,
  Description,
  LabelOption,
  QuestionName,
  questionBaseFields,
  scaleFields,
  Title,
} from './question-parts.js';

// Strict objects throughout: a misspelt key ("optoins") must fail loudly, not be dropped.

const ChoiceOptions = z
  .array(LabelOption)
  .min(2, 'a choice question needs at least 2 options')
  .max(100, 'a choice question allows at most 100 options');

const AnnotationLabels = z.array(LabelOption).min(1, 'needs at least 1 label').max(100, 'allows at most 100 labels');

export const SingleChoiceQuestion = z
  .strictObject({ ...questionBaseFields, type: z.literal('single_choice'), options: ChoiceOptions })
  .superRefine((question, ctx) => checkUniqueOptions(question.options, 'options', 'option', ctx));

export const MultiChoiceQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('multi_choice'),
    options: ChoiceOptions,
    minSelected: z.int('must be an integer').min(0, 'must be 0 or more').optional(),
    maxSelected: z.int('must be an integer').min(1, 'must be 1 or more').optional(),
  })
  .superRefine((question, ctx) => {
    checkUniqueOptions(question.options, 'options', 'option', ctx);
    const optionCount = question.options.length;
    const { minSelected, maxSelected } = question;
    if (maxSelected !== undefined && maxSelected > optionCount) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxSelected'],
        message: `must be at most the number of options (${optionCount})`,
      });
    }
    if (minSelected !== undefined && minSelected > (maxSelected ?? optionCount)) {
      ctx.addIssue({
        code: 'custom',
        path: ['minSelected'],
        message:
          maxSelected === undefined
            ? `must be at most the number of options (${optionCount})`
            : `must be at most maxSelected (${maxSelected})`,
      });
    }
  });

export const RatingQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('rating'),
    ...scaleFields,
    step: z.number().positive('must be greater than 0').default(1),
  })
  .superRefine(checkScale);

export const RubricCriterion = z
  .strictObject({
    name: QuestionName,
    title: Title.optional(),
    description: Description.optional(),
    ...scaleFields,
  })
  .superRefine(checkScale);

export const RubricQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('rubric'),
    criteria: z
      .array(RubricCriterion)
      .min(1, 'a rubric needs at least 1 criterion')
      .max(20, 'a rubric allows at most 20 criteria'),
  })
  .superRefine((question, ctx) => checkUniqueNames(question.criteria, 'criteria', 'criterion', ctx));

export const SpansQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('spans'),
    field: DataFieldName,
    labels: AnnotationLabels,
    allowOverlap: z.boolean().default(true),
  })
  .superRefine((question, ctx) => checkUniqueOptions(question.labels, 'labels', 'label', ctx));

export const PairwiseQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('pairwise'),
    fields: z.tuple([DataFieldName, DataFieldName]),
    allowTie: z.boolean().default(true),
  })
  .superRefine((question, ctx) => {
    if (question.fields[0] === question.fields[1]) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', 1],
        message: `must differ from candidate A's field ${JSON.stringify(question.fields[0])}`,
      });
    }
  });

export const RankingQuestion = z.strictObject({
  ...questionBaseFields,
  type: z.literal('ranking'),
  field: DataFieldName,
  minCandidates: z.int('must be an integer').min(2, 'must be 2 or more').optional(),
});

export const DEFAULT_TEXT_MAX_LENGTH = 100_000;

export const TextQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('text'),
    field: DataFieldName.optional(),
    minLength: z.int('must be an integer').min(0, 'must be 0 or more').optional(),
    maxLength: z.int('must be an integer').min(1, 'must be 1 or more').default(DEFAULT_TEXT_MAX_LENGTH),
    multiline: z.boolean().default(true),
  })
  .superRefine((question, ctx) => {
    if (question.minLength !== undefined && question.minLength > question.maxLength) {
      ctx.addIssue({
        code: 'custom',
        path: ['minLength'],
        message: `must be at most maxLength (${question.maxLength})`,
      });
    }
  });

export const BboxQuestion = z
  .strictObject({
    ...questionBaseFields,
    type: z.literal('bbox'),
    field: DataFieldName,
    labels: AnnotationLabels,
    maxBoxes: z.int('must be an integer').min(1, 'must be 1 or more').optional(),
  })
  .superRefine((question, ctx) =>
    checkUniqueOptions(question.labels, 'labels', 'label', ctx, { n: 'a new box (in box questions)' }),
  );

export const ApprovalQuestion = z.strictObject({
  ...questionBaseFields,
  type: z.literal('approval'),
  field: DataFieldName.default('action'),
  allowEdit: z.boolean().default(true),
  requireReason: z.boolean().default(true),
});

export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;
export type MultiChoiceQuestion = z.infer<typeof MultiChoiceQuestion>;
export type RatingQuestion = z.infer<typeof RatingQuestion>;
export type RubricCriterion = z.infer<typeof RubricCriterion>;
export type RubricQuestion = z.infer<typeof RubricQuestion>;
export type SpansQuestion = z.infer<typeof SpansQuestion>;
export type PairwiseQuestion = z.infer<typeof PairwiseQuestion>;
export type RankingQuestion = z.infer<typeof RankingQuestion>;
export type TextQuestion = z.infer<typeof TextQuestion>;
export type BboxQuestion = z.infer<typeof BboxQuestion>;
export type ApprovalQuestion = z.infer<typeof ApprovalQuestion>;
