import type { ExpressionBuilder } from 'kysely';
import { jsonText, readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { Database } from '../db/tables.js';
import type { Decision } from '../decisions/store.js';
import type { Project } from '../projects/store.js';
import { isRanked, rankFor } from '../queue/ordering.js';
import { applyRouting, planRouting, type StoredRoutedItem } from '../routing/apply.js';
import type { Policy } from '../routing/contracts.js';
import { routeItem } from '../routing/evaluate.js';
import { type ItemRank, rankKey, setItemRanks } from './ranking.js';

/** An item whose prediction may be replaced: undecided, unanswered, no slot claimed. */
export interface CandidateRow {
  readonly id: number;
  readonly external_id: string | null;
  readonly data: unknown;
  readonly prediction: unknown;
  readonly confidence: number | null;
  readonly metadata: unknown;
  readonly data_text: string | null;
}

/** A model's answer for one item, from the built-in model or an ML backend. */
export interface ItemPrediction {
  /** A single-choice option, or the options of a multi-choice question. */
  readonly answer: string | readonly string[];
  /** What routing reads (calibrated when the project recalibrates); null when the model gave none. */
  readonly confidence: number | null;
  /** The model's own confidence, kept beside a calibrated one; null when not recalibrated. */
  readonly rawConfidence: number | null;
  /** Every class's probability (ranks the queue); null: spread from `confidence`. */
  readonly probabilities: readonly number[] | null;
}

const unanswered = (eb: ExpressionBuilder<Database, 'items'>) =>
  eb.not(eb.exists(eb.selectFrom('responses').select('responses.id').whereRef('responses.item_id', '=', 'items.id')));

const unclaimed = (eb: ExpressionBuilder<Database, 'items'>) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom('tasks')
        .select('tasks.id')
        .whereRef('tasks.item_id', '=', 'items.id')
        .where((t) => t.or([t('tasks.state', '<>', 'queued'), t('tasks.claimed_by', 'is not', null)])),
    ),
  );

/**
 * The project's items a model may predict again: status queued or held, no answer, no claimed
 * slot — by id after `afterId` (pages), or among `ids`.
 */
export async function selectCandidates(
  storage: Storage,
  projectId: number,
  range: { afterId: number; limit: number } | { ids: readonly number[] },
): Promise<CandidateRow[]> {
  let query = storage.db
    .selectFrom('items')
    .select([
      'id',
      'external_id',
      'data',
      'prediction',
      'confidence',
      'metadata',
      jsonText(storage.engine, 'data').as('data_text'),
    ])
    .where('project_id', '=', projectId)
    .where('status', 'in', ['queued', 'held'])
    .where(unanswered)
    .where(unclaimed)
    .orderBy('id');
  if ('ids' in range) {
    if (range.ids.length === 0) return [];
    query = query.where('id', 'in', range.ids);
  } else query = query.where('id', '>', range.afterId).limit(range.limit);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), confidence: r.confidence === null ? null : Number(r.confidence) }));
}

/**
 * Writes predictions onto candidate items in the caller's transaction (with the model version
 * behind them), re-ranks their fresh slots when the ordering is ranked, and routes again —
 * with `policy` — those whose routing outcome changes with the new confidence. An item claimed
 * or answered since it was read is left alone.
 */
export async function applyPredictions(
  trx: Executor,
  project: Project,
  policy: { version: number; policy: Policy },
  question: string,
  rows: readonly CandidateRow[],
  predictions: ReadonlyMap<number, ItemPrediction>,
  modelVersion: number,
  now: number,
): Promise<{ rerouted: number; decisions: Decision[] }> {
  const changed: StoredRoutedItem[] = [];
  const ranks: ItemRank[] = [];
  const ordering = policy.policy.ordering;
  for (const row of rows) {
    const p = predictions.get(row.id);
    if (!p) continue;
    const before = {
      prediction: readJson<Record<string, unknown> | null>(row.prediction),
      confidence: row.confidence,
      metadata: readJson<Record<string, unknown>>(row.metadata) ?? {},
    };
    const after = {
      ...before,
      prediction: { ...(before.prediction ?? {}), [question]: p.answer },
      confidence: p.confidence,
    };
    await trx
      .updateTable('items')
      .set({
        prediction: JSON.stringify(after.prediction),
        confidence: after.confidence,
        raw_confidence: p.rawConfidence,
        model_version: modelVersion,
      })
      .where('id', '=', row.id)
      .where('status', 'in', ['queued', 'held'])
      .where(unanswered)
      .execute();
    if (isRanked(ordering)) {
      const key = rankKey(project.id, row.external_id, row.data_text);
      const probabilities = p.probabilities ?? (p.confidence === null ? null : [p.confidence, 1 - p.confidence]);
      ranks.push({ itemId: row.id, rank: rankFor(ordering, probabilities, key) });
    }
    const old = routeItem(policy.policy, before);
    const next = routeItem(policy.policy, after);
    if (JSON.stringify(old.outcome) === JSON.stringify(next.outcome)) continue;
    changed.push({
      itemId: row.id,
      externalId: row.external_id,
      // > 1: "routed before", so applyRouting withdraws the old slots (only while unanswered).
      revision: 2,
      item: after,
      plan: planRouting(project, policy.policy, after, row.external_id ?? row.data_text ?? '', now),
    });
  }
  const summary = await applyRouting(trx, project, policy.version, changed, now);
  // After re-routing, so re-opened slots get the rank from every class's probability too.
  await setItemRanks(trx, project.id, ranks);
  return { rerouted: changed.length, decisions: summary.decisions };
}
