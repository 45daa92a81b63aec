import type { Answer, LabelSchema, Question } from '../api/types';
import { codePointLength } from './widgets/TextWidget';

/**
 * Answers on the client: the starting answer for an item (the model's pre-label, text pre-fills),
 * the checks worth doing before a submit, and matching server error paths to questions.
 */

/** The answer an item starts with: the prediction's answers to known questions, texts from `data[field]`. */
export function initialAnswer(
  schema: LabelSchema,
  item: { data: Record<string, unknown>; prediction: Answer | null },
): Answer {
  const answer: Answer = {};
  for (const question of schema.questions) {
    const predicted = item.prediction?.[question.name];
    if (predicted !== undefined && predicted !== null) answer[question.name] = predicted;
    else if (question.type === 'text' && question.field && typeof item.data[question.field] === 'string') {
      answer[question.name] = item.data[question.field];
    }
  }
  return answer;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** What is wrong with one question's value before it is sent, or undefined. */
export function checkQuestion(question: Question, value: unknown): string | undefined {
  const required = question.required ?? true;
  if (question.type === 'multi_choice' && value === undefined) return undefined; // "none apply" is an answer
  if (isEmpty(value)) {
    if (!required) return undefined;
    if (question.type === 'ranking') return 'Rank the candidates (K keeps the order shown).';
    return 'This question needs an answer.';
  }
  switch (question.type) {
    case 'rubric': {
      const scores = (value ?? {}) as Record<string, unknown>;
      const missing = question.criteria.filter((c) => scores[c.name] === undefined).map((c) => c.title ?? c.name);
      return missing.length > 0 ? `Score every criterion (missing: ${missing.join(', ')}).` : undefined;
    }
    case 'text': {
      const length = codePointLength(String(value));
      if (question.minLength !== undefined && length < question.minLength)
        return `Write at least ${question.minLength} characters.`;
      if (question.maxLength !== undefined && length > question.maxLength)
        return `Write at most ${question.maxLength} characters.`;
      return undefined;
    }
    case 'approval': {
      const v = value as { decision?: string; reason?: string; arguments?: unknown };
      if (!v.decision) return required ? 'Approve, reject or edit the action.' : undefined;
      if (v.decision === 'reject' && (question.requireReason ?? true) && !v.reason?.trim())
        return 'A reason is required to reject.';
      if (v.decision === 'edit' && v.arguments === undefined)
        return 'The edited arguments are not a valid JSON object.';
      return undefined;
    }
    case 'multi_choice': {
      const count = Array.isArray(value) ? value.length : 0;
      if (question.minSelected !== undefined && count < question.minSelected)
        return `Choose at least ${question.minSelected}.`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Problems keyed by question name (empty when the answer may be sent). */
export function checkAnswer(schema: LabelSchema, answer: Answer): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const question of schema.questions) {
    const problem = checkQuestion(question, answer[question.name]);
    if (problem) problems[question.name] = problem;
  }
  return problems;
}

/** The answer as sent: known questions only, unanswered ones left out, "none apply" as []. */
export function answerToSend(schema: LabelSchema, answer: Answer): Answer {
  const sent: Answer = {};
  for (const question of schema.questions) {
    const value = answer[question.name];
    if (question.type === 'multi_choice' && value === undefined && (question.required ?? true))
      sent[question.name] = [];
    else if (!isEmpty(value)) sent[question.name] = value;
  }
  return sent;
}

/**
 * The messages for one question from a map of field paths, accepting the server's
 * `answer.<question>…` paths and bare `<question>…` ones; nested paths keep their tail.
 */
export function messagesFor(errors: Readonly<Record<string, string>> | undefined, name: string): string[] {
  if (!errors) return [];
  const messages: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const bare = path.startsWith('answer.') ? path.slice('answer.'.length) : path;
    if (bare === name) messages.push(message);
    else if (bare.startsWith(`${name}.`)) messages.push(`${bare.slice(name.length + 1)}: ${message}`);
  }
  return messages;
}
