import type { RelativeIssue } from './answer-helpers.js';
import { expectedOneOf, isIntegerInRange, isPlainObject, issueAt, readOwn } from './answer-helpers.js';
import { codePointLength } from './code-points.js';
import { countOf, describeValue, quoteList } from './issues.js';
import type {
  ApprovalQuestion,
  MultiChoiceQuestion,
  PairwiseQuestion,
  RankingQuestion,
  RatingQuestion,
  RubricQuestion,
  SingleChoiceQuestion,
  TextQuestion,
} from './question-definitions.js';
import type { Scale } from './question-parts.js';
import { describeScale, isOnStepGrid } from './question-parts.js';

export function validateSingleChoiceAnswer(question: SingleChoiceQuestion, value: unknown): RelativeIssue[] {
  const allowed = question.options.map((option) => option.value);
  if (typeof value === 'string' && allowed.includes(value)) return [];
  return [issueAt([], expectedOneOf(allowed, value))];
}

export function validateMultiChoiceAnswer(question: MultiChoiceQuestion, value: unknown): RelativeIssue[] {
  if (!Array.isArray(value)) {
    return [issueAt([], `expected an array of option values; got ${describeValue(value)}`)];
  }
  const allowed = question.options.map((option) => option.value);
  const issues: RelativeIssue[] = [];
  const seen = new Set<unknown>();
  value.forEach((selected: unknown, index) => {
    if (typeof selected !== 'string' || !allowed.includes(selected)) {
      issues.push(issueAt([index], expectedOneOf(allowed, selected)));
    } else if (seen.has(selected)) {
      issues.push(issueAt([index], `${JSON.stringify(selected)} is selected more than once`));
    }
    seen.add(selected);
  });
  const { minSelected, maxSelected } = question;
  if (minSelected !== undefined && value.length < minSelected) {
    issues.push(issueAt([], `expected at least ${countOf(minSelected, 'selected option')}; got ${value.length}`));
  }
  if (maxSelected !== undefined && value.length > maxSelected) {
    issues.push(issueAt([], `expected at most ${countOf(maxSelected, 'selected option')}; got ${value.length}`));
  }
  return issues;
}

function checkScaleValue(scale: Scale, value: unknown): string | undefined {
  const onScale =
    typeof value === 'number' &&
    value >= scale.min &&
    value <= scale.max &&
    isOnStepGrid(value, scale.min, scale.step ?? 1);
  return onScale ? undefined : `expected a number on the scale ${describeScale(scale)}; got ${describeValue(value)}`;
}

export function validateRatingAnswer(question: RatingQuestion, value: unknown): RelativeIssue[] {
  const problem = checkScaleValue(question, value);
  return problem === undefined ? [] : [issueAt([], problem)];
}

/** Every criterion needs a score: a rubric with gaps cannot be compared across annotators. */
export function validateRubricAnswer(question: RubricQuestion, value: unknown): RelativeIssue[] {
  const names = question.criteria.map((criterion) => criterion.name);
  if (!isPlainObject(value)) {
    return [
      issueAt([], `expected an object with a score for each of ${quoteList(names)}; got ${describeValue(value)}`),
    ];
  }
  const issues: RelativeIssue[] = [];
  for (const criterion of question.criteria) {
    const score = readOwn(value, criterion.name);
    if (score === undefined) {
      issues.push(issueAt([criterion.name], `missing score for criterion ${JSON.stringify(criterion.name)}`));
      continue;
    }
    const problem = checkScaleValue(criterion, score);
    if (problem !== undefined) issues.push(issueAt([criterion.name], problem));
  }
  for (const key of Object.keys(value)) {
    if (!names.includes(key)) {
      issues.push(issueAt([key], `unknown criterion ${JSON.stringify(key)}; expected one of ${quoteList(names)}`));
    }
  }
  return issues;
}

export function validatePairwiseAnswer(question: PairwiseQuestion, value: unknown): RelativeIssue[] {
  const allowed = question.allowTie ? ['a', 'b', 'tie'] : ['a', 'b'];
  if (typeof value === 'string' && allowed.includes(value)) return [];
  const prefix = value === 'tie' ? 'this question does not allow a tie; ' : '';
  return [issueAt([], prefix + expectedOneOf(allowed, value))];
}

/** A ranking is a permutation of candidate indexes, best first. */
export function validateRankingAnswer(question: RankingQuestion, value: unknown, data: unknown): RelativeIssue[] {
  const candidates = readOwn(data, question.field);
  const fieldName = JSON.stringify(question.field);
  if (!Array.isArray(candidates)) {
    return [issueAt([], `data field ${fieldName} must be an array of candidates; got ${describeValue(candidates)}`)];
  }
  const needed = Math.max(2, question.minCandidates ?? 2);
  if (candidates.length < needed) {
    return [issueAt([], `data field ${fieldName} must hold at least ${needed} candidates; got ${candidates.length}`)];
  }
  if (!Array.isArray(value)) {
    return [issueAt([], `expected an array of candidate indexes, best first; got ${describeValue(value)}`)];
  }
  const last = candidates.length - 1;
  const issues: RelativeIssue[] = [];
  const ranked = new Set<number>();
  value.forEach((entry: unknown, index) => {
    if (!isIntegerInRange(entry, 0, last)) {
      issues.push(issueAt([index], `expected a candidate index from 0 to ${last}; got ${describeValue(entry)}`));
    } else if (ranked.has(entry)) {
      issues.push(issueAt([index], `candidate ${entry} is ranked more than once`));
    } else {
      ranked.add(entry);
    }
  });
  const missing = candidates.map((_candidate, index) => index).filter((index) => !ranked.has(index));
  if (missing.length > 0) {
    issues.push(issueAt([], `expected all ${candidates.length} candidates ranked; missing ${missing.join(', ')}`));
  }
  return issues;
}

/** Lengths count code points, like span offsets, so limits agree with Python clients. */
export function validateTextAnswer(question: TextQuestion, value: unknown): RelativeIssue[] {
  if (typeof value !== 'string') {
    return [issueAt([], `expected a string; got ${describeValue(value)}`)];
  }
  const issues: RelativeIssue[] = [];
  const length = codePointLength(value);
  if (question.minLength !== undefined && length < question.minLength) {
    issues.push(issueAt([], `expected at least ${countOf(question.minLength, 'character')}; got ${length}`));
  }
  if (length > question.maxLength) {
    issues.push(issueAt([], `expected at most ${countOf(question.maxLength, 'character')}; got ${length}`));
  }
  if (!question.multiline && /[\r\n]/.test(value)) {
    issues.push(issueAt([], 'expected a single line; got a line break'));
  }
  return issues;
}

export function validateApprovalAnswer(question: ApprovalQuestion, value: unknown): RelativeIssue[] {
  const decisions = question.allowEdit ? ['approve', 'reject', 'edit'] : ['approve', 'reject'];
  if (!isPlainObject(value)) {
    return [issueAt([], `expected an object with a decision (${quoteList(decisions)}); got ${describeValue(value)}`)];
  }
  const { decision, reason } = value;
  if (typeof decision !== 'string' || !decisions.includes(decision)) {
    const prefix = decision === 'edit' ? 'this question does not allow editing the action; ' : '';
    return [issueAt(['decision'], prefix + expectedOneOf(decisions, decision))];
  }
  if (decision === 'reject') {
    if (reason !== undefined && typeof reason !== 'string') {
      return [issueAt(['reason'], `expected a string; got ${describeValue(reason)}`)];
    }
    // A bare "reject" teaches the agent nothing; projects opt out with requireReason: false.
    if (question.requireReason && (reason === undefined || reason.trim() === '')) {
      return [issueAt(['reason'], 'a reason is required to reject')];
    }
  }
  if (decision === 'edit' && !isPlainObject(value.arguments)) {
    return [
      issueAt(['arguments'], `expected an object of edited tool arguments; got ${describeValue(value.arguments)}`),
    ];
  }
  return [];
}
