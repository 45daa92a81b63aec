import { jsonText, readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import type { Project } from '../projects/store.js';
import { isRanked, rankFor } from '../queue/ordering.js';
import { applyRouting, planRouting, type StoredRoutedItem } from '../routing/apply.js';
import { routeItem } from '../routing/evaluate.js';
import { policyOf } from '../routing/store.js';
import { createModelCore, type FittedModel } from './core.js';
import { itemText } from './item-text.js';
import { diversifyHead, type ItemRank, rankKey, setItemRanks } from './ranking.js';

const BATCH = 500;
const core = createModelCore();

export interface RefreshResult {
  readonly refreshed: number;
  readonly rerouted: number;
  readonly decisions: Decision[];
}

/**
 * Writes a new version's predictions onto the project's undecided items that nobody has started
 * (status queued or held, no answer, no claimed slot), BATCH items per transaction, and routes
 * again — with the project's current policy — those whose routing outcome changes with the new
 * confidence (e.g. now above the auto-accept threshold). Items someone holds keep their prediction:
 * the person sees what they claimed. With a ranked ordering (policy `ordering`), the items' fresh
 * slots get their new rank from the full class probabilities in the same transaction.
 */
export async function refreshPredictions(
  storage: Storage,
  project: Project,
  question: string,
  model: FittedModel,
  version: number,
  options: { now?: () => number; signal?: AbortSignal } = {},
): Promise<RefreshResult> {
  const clock = options.now ?? Date.now;
  const { version: policyVersion, policy } = await policyOf(storage, project);
  let cursor = 0;
  let refreshed = 0;
  let rerouted = 0;
  const decisions: Decision[] = [];
  for (;;) {
    options.signal?.throwIfAborted();
    const rows = await storage.db
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
      .where('project_id', '=', project.id)
      .where('status', 'in', ['queued', 'held'])
      .where('id', '>', cursor)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('responses').select('responses.id').whereRef('responses.item_id', '=', 'items.id'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('tasks')
              .select('tasks.id')
              .whereRef('tasks.item_id', '=', 'items.id')
              .where((eb) => eb.or([eb('tasks.state', '<>', 'queued'), eb('tasks.claimed_by', 'is not', null)])),
          ),
        ),
      )
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    cursor = Number(rows[rows.length - 1]?.id);
    const probabilities = core.predict(
      model,
      rows.map((r) => itemText(readJson(r.data))),
    );
    const now = clock();
    const batch = await storage.db.transaction().execute(async (trx) => {
      const changed: StoredRoutedItem[] = [];
      const ranks: ItemRank[] = [];
      for (const [i, row] of rows.entries()) {
        const p = probabilities[i];
        if (!p) continue;
        let best = 0;
        for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
        const before = {
          prediction: readJson<Record<string, unknown> | null>(row.prediction),
          confidence: row.confidence === null ? null : Number(row.confidence),
          metadata: readJson<Record<string, unknown>>(row.metadata) ?? {},
        };
        const after = {
          ...before,
          prediction: { ...(before.prediction ?? {}), [question]: model.classes[best] },
          confidence: p[best] ?? 0,
        };
        await trx
          .updateTable('items')
          .set({ prediction: JSON.stringify(after.prediction), confidence: after.confidence, model_version: version })
          .where('id', '=', Number(row.id))
          // The item may have been claimed or answered since the read: leave it then.
          .where('status', 'in', ['queued', 'held'])
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('responses').select('responses.id').whereRef('responses.item_id', '=', 'items.id'))),
          )
          .execute();
        if (isRanked(policy.ordering)) {
          const key = rankKey(project.id, row.external_id, row.data_text);
          ranks.push({ itemId: Number(row.id), rank: rankFor(policy.ordering, Array.from(p), key) });
        }
        const old = routeItem(policy, before);
        const next = routeItem(policy, after);
        if (JSON.stringify(old.outcome) === JSON.stringify(next.outcome)) continue;
        const auditKey = row.external_id ?? row.data_text ?? '';
        changed.push({
          itemId: Number(row.id),
          externalId: row.external_id,
          // > 1: "routed before", so applyRouting withdraws the old slots (only while unanswered).
          revision: 2,
          item: after,
          plan: planRouting(project, policy, after, auditKey, now),
        });
      }
      const summary = await applyRouting(trx, project, policyVersion, changed, now);
      // After re-routing, so re-opened slots get the rank from every class's probability too.
      await setItemRanks(trx, project.id, ranks);
      return { rerouted: changed.length, decisions: summary.decisions };
    });
    refreshed += rows.length;
    rerouted += batch.rerouted;
    decisions.push(...batch.decisions);
    if (rows.length < BATCH) break;
  }
  if (policy.ordering.strategy === 'uncertainty_diversity') await diversifyHead(storage, project.id);
  return { refreshed, rerouted, decisions };
}
