import type { RelativeIssue } from './answer-helpers.js';
import { expectedOneOf, isIntegerInRange, isPlainObject, issueAt, readOwn } from './answer-helpers.js';
import { codePointLength } from './code-points.js';
import { countOf, describeValue } from './issues.js';
import type { BboxQuestion, SpansQuestion } from './question-definitions.js';

type CheckedSpan = { readonly index: number; readonly start: number; readonly end: number };

/**
 * Spans answer: `[{ start, end, label, text? }]` with offsets in code points of `data[field]`
 * (see code-points.ts for why).
 */
export function validateSpansAnswer(question: SpansQuestion, value: unknown, data: unknown): RelativeIssue[] {
  const source = readOwn(data, question.field);
  if (typeof source !== 'string') {
    return [
      issueAt(
        [],
        `data field ${JSON.stringify(question.field)} must be a string to annotate spans; got ${describeValue(source)}`,
      ),
    ];
  }
  if (!Array.isArray(value)) {
    return [issueAt([], `expected an array of spans; got ${describeValue(value)}`)];
  }
  if (source.length === 0 && value.length > 0) {
    return [
      issueAt(
        [],
        `data field ${JSON.stringify(question.field)} is empty, so no span fits; got ${countOf(value.length, 'span')}`,
      ),
    ];
  }

  // Split once: slicing by code point per span would be quadratic on long documents.
  const codePoints = Array.from(source);
  const length = codePoints.length;
  const labels = question.labels.map((label) => label.value);
  const issues: RelativeIssue[] = [];
  const wellFormed: CheckedSpan[] = [];

  value.forEach((span: unknown, index) => {
    if (!isPlainObject(span)) {
      issues.push(issueAt([index], `expected a span { start, end, label }; got ${describeValue(span)}`));
      return;
    }
    const { start, end, label, text } = span;
    const startValid = isIntegerInRange(start, 0, length - 1);
    const endValid = isIntegerInRange(end, 1, length);
    if (!startValid) {
      issues.push(
        issueAt([index, 'start'], `expected a code-point offset from 0 to ${length - 1}; got ${describeValue(start)}`),
      );
    }
    if (!endValid) {
      issues.push(
        issueAt([index, 'end'], `expected a code-point offset from 1 to ${length}; got ${describeValue(end)}`),
      );
    } else if (startValid && end <= start) {
      issues.push(issueAt([index, 'end'], `must be greater than start (${start}); got ${end}`));
    }
    if (typeof label !== 'string' || !labels.includes(label)) {
      issues.push(issueAt([index, 'label'], expectedOneOf(labels, label)));
    }
    if (!startValid || !endValid || end <= start) return;
    if (text !== undefined) {
      const expected = codePoints.slice(start, end).join('');
      if (text !== expected) {
        const message = describeTextMismatch(source, start, end, expected, text);
        issues.push(issueAt([index, 'text'], message));
      }
    }
    wellFormed.push({ index, start, end });
  });

  if (!question.allowOverlap) issues.push(...findOverlaps(wellFormed));
  return issues;
}

function describeTextMismatch(source: string, start: number, end: number, expected: string, got: unknown): string {
  const message = `expected ${describeValue(expected)} (the text at ${start}..${end}); got ${describeValue(got)}`;
  // The usual cause is a JavaScript client sending string.length-style offsets.
  const looksLikeUtf16 = source.slice(start, end) === got && codePointLength(source) !== source.length;
  return looksLikeUtf16 ? `${message}; offsets count Unicode code points, not UTF-16 code units` : message;
}

function findOverlaps(spans: readonly CheckedSpan[]): RelativeIssue[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const issues: RelativeIssue[] = [];
  let furthest: CheckedSpan | undefined;
  for (const span of byStart) {
    if (furthest !== undefined && span.start < furthest.end) {
      const other = span.index < furthest.index ? span : furthest;
      const later = span.index < furthest.index ? furthest : span;
      issues.push(
        issueAt(
          [later.index],
          `overlaps span ${other.index} (${other.start}..${other.end}); this question does not allow overlapping spans`,
        ),
      );
    }
    if (furthest === undefined || span.end > furthest.end) furthest = span;
  }
  return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}

// Percentages such as 33.3 + 66.7 add up to 100.00000000000001 in floating point.
const EDGE_TOLERANCE = 1e-9;

/** Bounding boxes in percent of the image: `[{ label, x, y, width, height }]`. */
export function validateBboxAnswer(question: BboxQuestion, value: unknown): RelativeIssue[] {
  if (!Array.isArray(value)) {
    return [issueAt([], `expected an array of boxes; got ${describeValue(value)}`)];
  }
  const issues: RelativeIssue[] = [];
  if (question.maxBoxes !== undefined && value.length > question.maxBoxes) {
    issues.push(issueAt([], `expected at most ${countOf(question.maxBoxes, 'box', 'boxes')}; got ${value.length}`));
  }
  const labels = question.labels.map((label) => label.value);
  value.forEach((box: unknown, index) => {
    if (!isPlainObject(box)) {
      issues.push(issueAt([index], `expected a box { label, x, y, width, height }; got ${describeValue(box)}`));
      return;
    }
    if (typeof box.label !== 'string' || !labels.includes(box.label)) {
      issues.push(issueAt([index, 'label'], expectedOneOf(labels, box.label)));
    }
    issues.push(
      ...checkBoxAxis(box, index, 'x', 'width', 'right'),
      ...checkBoxAxis(box, index, 'y', 'height', 'bottom'),
    );
  });
  return issues;
}

function checkBoxAxis(
  box: Record<string, unknown>,
  index: number,
  positionKey: 'x' | 'y',
  sizeKey: 'width' | 'height',
  edge: string,
): RelativeIssue[] {
  const position = box[positionKey];
  const size = box[sizeKey];
  const positionValid = isFiniteNumber(position) && position >= 0 && position <= 100;
  const sizeValid = isFiniteNumber(size) && size > 0 && size <= 100;
  const issues: RelativeIssue[] = [];
  if (!positionValid) {
    issues.push(issueAt([index, positionKey], `expected a percentage from 0 to 100; got ${describeValue(position)}`));
  }
  if (!sizeValid) {
    issues.push(issueAt([index, sizeKey], `expected a percentage above 0 and at most 100; got ${describeValue(size)}`));
  }
  if (positionValid && sizeValid && position + size > 100 + EDGE_TOLERANCE) {
    issues.push(
      issueAt(
        [index, sizeKey],
        `${positionKey} + ${sizeKey} must be at most 100 (the image's ${edge} edge); got ${position + size}`,
      ),
    );
  }
  return issues;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
