import type { PairwiseQuestion, RankingQuestion } from '../schemas/question-definitions.js';
import { asText, pickQuestion } from './questions.js';
import type { ExportFormat, ExportRecord } from './types.js';

type Pair = { prompt: string; chosen: string; rejected: string };

/** Data fields tried, in order, for the prompt the candidates answer. */
const PROMPT_FIELDS = ['prompt', 'question', 'instruction', 'input', 'query'];

/**
 * Preference pairs for DPO-style training (`prompt`, `chosen`, `rejected`, plus `id`) from a
 * pairwise question (the winner against the loser; ties are left out) or a ranking question
 * (the top candidate against each lower one, so n candidates give n-1 pairs).
 */
export const dpoFormat: ExportFormat = {
  name: 'dpo',
  description: 'DPO preference pairs (prompt, chosen, rejected) from a pairwise or ranking question',
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  check: (context) => void pickQuestion(context, ['pairwise', 'ranking'], 'dpo'),
  async *write(source, context) {
    const question = pickQuestion(context, ['pairwise', 'ranking'], 'dpo');
    for await (const page of source.pages()) {
      let chunk = '';
      for (const record of page) {
        const pairs = question.type === 'pairwise' ? pairwisePairs(question, record) : rankingPairs(question, record);
        const id = record.externalId ?? String(record.itemId);
        for (const pair of pairs) chunk += `${JSON.stringify({ ...pair, id })}\n`;
      }
      if (chunk !== '') yield chunk;
    }
  },
};

function promptOf(record: ExportRecord, candidateFields: readonly string[]): string {
  for (const key of PROMPT_FIELDS) if (Object.hasOwn(record.data, key)) return asText(record.data[key]);
  const other = Object.entries(record.data).find(
    ([key, value]) => !candidateFields.includes(key) && typeof value === 'string',
  );
  return other ? (other[1] as string) : '';
}

function pairwisePairs(question: PairwiseQuestion, record: ExportRecord): Pair[] {
  const choice = record.answer?.[question.name];
  if (choice !== 'a' && choice !== 'b') return [];
  const [fieldA, fieldB] = question.fields;
  const a = asText(record.data[fieldA]);
  const b = asText(record.data[fieldB]);
  const prompt = promptOf(record, question.fields);
  return [choice === 'a' ? { prompt, chosen: a, rejected: b } : { prompt, chosen: b, rejected: a }];
}

function rankingPairs(question: RankingQuestion, record: ExportRecord): Pair[] {
  const order = record.answer?.[question.name];
  const candidates = record.data[question.field];
  if (!Array.isArray(order) || !Array.isArray(candidates) || order.length < 2) return [];
  const prompt = promptOf(record, [question.field]);
  const best = asText(candidates[order[0] as number]);
  return order.slice(1).map((index) => ({ prompt, chosen: best, rejected: asText(candidates[index as number]) }));
}
