import type { Question } from '../api/types';

/**
 * Answers in words, per question type, for one-line summaries (the model's pre-label, an
 * adjudication's per-question agreement). Never raw JSON: spans quote their text, boxes name their
 * labels, rankings list candidates (issue 9, point 10).
 */
export function describeAnswer(question: Question, value: unknown, data: Record<string, unknown>): string {
  if (value === undefined || value === null) return '—';
  const optionName = (options: { value: string; label?: string }[], v: unknown) =>
    options.find((o) => o.value === v)?.label ?? String(v);
  switch (question.type) {
    case 'single_choice':
      return optionName(question.options, value);
    case 'multi_choice':
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => optionName(question.options, v)).join(', ')
        : 'none';
    case 'rating': {
      const label = question.labels?.[String(value)];
      return label ? `${String(value)} (${label})` : String(value);
    }
    case 'rubric':
      return typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>)
            .map(([name, score]) => `${question.criteria.find((c) => c.name === name)?.title ?? name} ${String(score)}`)
            .join(' · ')
        : String(value);
    case 'spans': {
      if (!Array.isArray(value)) return String(value);
      const text = typeof data[question.field] === 'string' ? [...(data[question.field] as string)] : [];
      const spans = value as { start: number; end: number; label: string }[];
      if (spans.length === 0) return 'no spans';
      const quoted = spans.map(
        (s) => `${optionName(question.labels, s.label)} “${clip(text.slice(s.start, s.end).join(''), 24)}”`,
      );
      return `${spans.length} span${spans.length > 1 ? 's' : ''}: ${quoted.join(', ')}`;
    }
    case 'bbox': {
      if (!Array.isArray(value)) return String(value);
      const boxes = value as { label: string }[];
      if (boxes.length === 0) return 'no boxes';
      return `${boxes.length} box${boxes.length > 1 ? 'es' : ''}: ${boxes.map((b) => optionName(question.labels, b.label)).join(', ')}`;
    }
    case 'pairwise':
      return value === 'tie' ? 'tie' : `${String(value).toUpperCase()} is better`;
    case 'ranking':
      return Array.isArray(value) ? `best first: ${value.map((i) => `#${Number(i) + 1}`).join(' > ')}` : String(value);
    case 'text':
      return `“${clip(String(value), 60)}”`;
    case 'approval': {
      const decision = (value as { decision?: string; reason?: string }).decision ?? '?';
      const reason = (value as { reason?: string }).reason;
      return reason ? `${decision}: ${clip(reason, 40)}` : decision;
    }
    default:
      return String(value);
  }
}

function clip(text: string, max: number): string {
  const points = [...text];
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

/**
 * Confidence as the routing rules compare it: the value itself (never rounded up, so 0.949 does
 * not read as 0.95 next to a "≥ 0.95" rule; issue 9, point 14), at most three decimals.
 */
export function formatConfidence(confidence: number): string {
  const floored = Math.floor(confidence * 1000 + 1e-9) / 1000;
  return floored.toFixed(3).replace(/0+$/, '').replace(/\.$/, '.0');
}
