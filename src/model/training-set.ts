import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { itemText } from './item-text.js';

export interface LabelledText {
  readonly itemId: number;
  readonly text: string;
  /** The option chosen, or the options chosen for a multi-choice question. */
  readonly label: string | readonly string[];
}

/**
 * Human labels for one question: the current decision of each item, when people made it
 * (consensus, adjudication, override, approval timeout excluded) — never an auto-accepted one,
 * which would teach the model its own guesses.
 */
export async function selectHumanLabels(db: Executor, projectId: number, question: string): Promise<LabelledText[]> {
  const rows = await db
    .selectFrom('decisions')
    .innerJoin('items', 'items.id', 'decisions.item_id')
    .select(['items.id as item_id', 'items.data', 'decisions.answer'])
    .where('decisions.project_id', '=', projectId)
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.method', 'in', ['consensus', 'adjudicated', 'override'])
    .orderBy('items.id')
    .execute();
  const labelled: LabelledText[] = [];
  for (const row of rows) {
    const label = readJson<Record<string, unknown>>(row.answer)?.[question];
    const usable = typeof label === 'string' || (Array.isArray(label) && label.every((l) => typeof l === 'string'));
    if (!usable) continue;
    labelled.push({
      itemId: Number(row.item_id),
      text: itemText(readJson(row.data)),
      label: label as string | string[],
    });
  }
  return labelled;
}

/** Counts the human labels a question has (what the retrain schedule compares with the last model). */
export async function countHumanLabels(db: Executor, projectId: number): Promise<number> {
  const row = await db
    .selectFrom('decisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .where('superseded_by', 'is', null)
    .where('method', 'in', ['consensus', 'adjudicated', 'override'])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * The evaluation slice: about one item in five, chosen by item id (Knuth's multiplicative hash),
 * so an item stays on the same side as labels arrive and versions are compared on like terms.
 * Below 10 labels nothing is held out (the model needs every label; accuracy would be noise).
 */
export function isHeldOut(itemId: number, labelCount: number): boolean {
  if (labelCount < 10) return false;
  return (Math.imul(itemId, 2_654_435_761) >>> 0) % 5 === 0;
}
