import type { LabelSchema, Question } from '../schemas/label-schema.js';
import type { LabelStudioBinding } from './config.js';
import { codePointToUtf16, utf16ToCodePoint } from './offsets.js';

/** One region or value of a Label Studio annotation or prediction. */
export interface LabelStudioResult {
  id?: string;
  from_name: string;
  to_name: string;
  type: string;
  value: Record<string, unknown>;
  original_width?: number;
  original_height?: number;
  image_rotation?: number;
}

type Span = { start: number; end: number; label: string };
type Box = { label: string; x: number; y: number; width: number; height: number };

/**
 * The bindings of a project that was not made from a Label Studio config: each question is its
 * own control, pointing at its data field (or at `text` when it has none).
 */
export function defaultBindings(schema: LabelSchema): LabelStudioBinding[] {
  return schema.questions.flatMap((question): LabelStudioBinding[] => {
    const base = { question: question.name, fromName: question.name };
    switch (question.type) {
      case 'single_choice':
      case 'multi_choice':
        return [{ ...base, toName: 'text', type: 'choices' }];
      case 'spans':
        return [{ ...base, toName: question.field, type: 'labels' }];
      case 'bbox':
        return [{ ...base, toName: question.field, type: 'rectanglelabels' }];
      case 'rating':
        return [{ ...base, toName: 'text', type: 'rating' }];
      case 'text':
        return [{ ...base, toName: question.field ?? 'text', type: 'textarea' }];
      case 'pairwise':
        return [{ ...base, toName: question.fields.join(','), type: 'pairwise' }];
      case 'ranking':
        return [{ ...base, toName: question.field, type: 'ranker', listName: question.field }];
      default:
        return [];
    }
  });
}

function regionId(binding: LabelStudioBinding, index: number): string {
  return `${binding.question}-${index}`;
}

/**
 * A Tandem answer (keyed by question name) as Label Studio results. Region ids are derived from
 * the question and position, so the same answer always gives the same results.
 */
export function answerToResults(
  schema: LabelSchema,
  bindings: readonly LabelStudioBinding[],
  answer: Record<string, unknown>,
  data: Record<string, unknown>,
): LabelStudioResult[] {
  const results: LabelStudioResult[] = [];
  for (const binding of bindings) {
    const question = schema.questions.find((candidate) => candidate.name === binding.question);
    const value = answer[binding.question];
    if (!question || value === undefined || value === null) continue;
    const base = { from_name: binding.fromName, to_name: binding.toName.split(',')[0] as string, type: binding.type };
    results.push(...toResults(question, binding, base, value, data));
  }
  return results;
}

function toResults(
  question: Question,
  binding: LabelStudioBinding,
  base: Omit<LabelStudioResult, 'value'>,
  value: unknown,
  data: Record<string, unknown>,
): LabelStudioResult[] {
  switch (question.type) {
    case 'single_choice':
      return [{ ...base, id: regionId(binding, 0), value: { choices: [value] } }];
    case 'multi_choice':
      return [{ ...base, id: regionId(binding, 0), value: { choices: value } }];
    case 'rating':
      return [
        {
          ...base,
          id: regionId(binding, 0),
          value: binding.type === 'number' ? { number: value } : { rating: value },
        },
      ];
    case 'text':
      return [{ ...base, id: regionId(binding, 0), value: { text: [value] } }];
    case 'pairwise':
      if (value !== 'a' && value !== 'b') return [];
      return [{ ...base, id: regionId(binding, 0), value: { selected: value === 'a' ? 'left' : 'right' } }];
    case 'ranking': {
      const candidates = data[question.field];
      if (!Array.isArray(candidates) || !Array.isArray(value)) return [];
      const ids = value.map((index) => candidateId(candidates, index as number));
      return [{ ...base, id: regionId(binding, 0), value: { ranker: { [binding.listName ?? binding.toName]: ids } } }];
    }
    case 'spans': {
      const text = data[question.field];
      if (typeof text !== 'string' || !Array.isArray(value)) return [];
      const points = Array.from(text);
      return (value as Span[]).map((span, index) => ({
        ...base,
        id: regionId(binding, index),
        value: {
          start: codePointToUtf16(text, span.start),
          end: codePointToUtf16(text, span.end),
          text: points.slice(span.start, span.end).join(''),
          labels: [span.label],
        },
      }));
    }
    case 'bbox': {
      if (!Array.isArray(value)) return [];
      const size = sizeOf(data);
      return (value as Box[]).map((box, index) => ({
        ...base,
        id: regionId(binding, index),
        ...(size ? { original_width: size.width, original_height: size.height } : {}),
        image_rotation: 0,
        value: { x: box.x, y: box.y, width: box.width, height: box.height, rotation: 0, rectanglelabels: [box.label] },
      }));
    }
    default:
      return [];
  }
}

function sizeOf(data: Record<string, unknown>): { width: number; height: number } | undefined {
  const { width, height } = data as { width?: unknown; height?: unknown };
  return typeof width === 'number' && typeof height === 'number' ? { width, height } : undefined;
}

/** Label Studio lists ranked items by their `id`; a candidate without one is named by its index. */
function candidateId(candidates: readonly unknown[], index: number): string {
  const candidate = candidates[index] as { id?: unknown } | undefined;
  return typeof candidate?.id === 'string' || typeof candidate?.id === 'number' ? String(candidate.id) : String(index);
}

/**
 * Label Studio results as a Tandem answer. Results for controls the project does not have are
 * ignored; what cannot be read is reported (`problems`) and left out of the answer.
 */
export function resultsToAnswer(
  schema: LabelSchema,
  bindings: readonly LabelStudioBinding[],
  results: readonly LabelStudioResult[],
  data: Record<string, unknown>,
): { answer: Record<string, unknown>; problems: string[] } {
  const answer: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const binding of bindings) {
    const question = schema.questions.find((candidate) => candidate.name === binding.question);
    const mine = results.filter((result) => result.from_name === binding.fromName);
    if (!question || mine.length === 0) continue;
    const value = fromResults(question, binding, mine, data, problems);
    if (value !== undefined) answer[question.name] = value;
  }
  return { answer, problems };
}

function fromResults(
  question: Question,
  binding: LabelStudioBinding,
  results: readonly LabelStudioResult[],
  data: Record<string, unknown>,
  problems: string[],
): unknown {
  const first = results[0]?.value ?? {};
  switch (question.type) {
    case 'single_choice': {
      const choices = first.choices;
      return Array.isArray(choices) ? choices[0] : undefined;
    }
    case 'multi_choice':
      return Array.isArray(first.choices) ? first.choices : undefined;
    case 'rating':
      return binding.type === 'number' ? first.number : first.rating;
    case 'text': {
      const text = first.text;
      return Array.isArray(text) ? text.join('\n') : typeof text === 'string' ? text : undefined;
    }
    case 'pairwise':
      return first.selected === 'left' ? 'a' : first.selected === 'right' ? 'b' : undefined;
    case 'ranking': {
      const candidates = data[question.field];
      const ranker = first.ranker as Record<string, unknown> | undefined;
      const ids = ranker ? (ranker[binding.listName ?? binding.toName] ?? Object.values(ranker)[0]) : undefined;
      if (!Array.isArray(candidates) || !Array.isArray(ids)) return undefined;
      const order = ids.map((id) => candidates.findIndex((_c, index) => candidateId(candidates, index) === String(id)));
      if (order.includes(-1)) {
        problems.push(`${binding.fromName}: a ranked id is not in data.${question.field}`);
        return undefined;
      }
      // Label Studio may leave unmoved items out; Tandem ranks all, so they follow in list order.
      const rest = candidates.map((_c, index) => index).filter((index) => !order.includes(index));
      return [...order, ...rest];
    }
    case 'spans': {
      const text = data[question.field];
      if (typeof text !== 'string') return undefined;
      return results.flatMap((result) => {
        const { start, end, labels } = result.value as { start?: unknown; end?: unknown; labels?: unknown };
        if (typeof start !== 'number' || typeof end !== 'number' || !Array.isArray(labels)) {
          problems.push(`${binding.fromName}: a region without start, end and labels`);
          return [];
        }
        return labels.map((label) => ({
          start: utf16ToCodePoint(text, start),
          end: utf16ToCodePoint(text, end),
          label,
        }));
      });
    }
    case 'bbox':
      return results.flatMap((result) => {
        const { x, y, width, height, rotation, rectanglelabels } = result.value as Record<string, unknown>;
        if (typeof rotation === 'number' && rotation !== 0) {
          problems.push(`${binding.fromName}: a rotated box (${rotation}°) does not map; it was left out`);
          return [];
        }
        if (!Array.isArray(rectanglelabels)) return [];
        return rectanglelabels.map((label) => ({ label, x, y, width, height }));
      });
    default:
      return undefined;
  }
}
