import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { LabelStudioBinding } from './config.js';

/**
 * The Label Studio bindings of a project made from a config, kept in `projects.settings` under
 * `labelStudio` (with the config itself, so it can be handed back); undefined for other projects.
 */
export async function selectLabelStudioBindings(
  db: Executor,
  projectId: number,
): Promise<LabelStudioBinding[] | undefined> {
  const row = await db.selectFrom('projects').select('settings').where('id', '=', projectId).executeTakeFirst();
  const settings = row ? readJson<{ labelStudio?: { bindings?: LabelStudioBinding[] } }>(row.settings) : undefined;
  return settings?.labelStudio?.bindings;
}

export async function storeLabelStudioConfig(
  db: Executor,
  projectId: number,
  config: string,
  bindings: readonly LabelStudioBinding[],
): Promise<void> {
  const row = await db.selectFrom('projects').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow();
  const settings = readJson<Record<string, unknown>>(row.settings) ?? {};
  await db
    .updateTable('projects')
    .set({ settings: JSON.stringify({ ...settings, labelStudio: { config, bindings } }) })
    .where('id', '=', projectId)
    .execute();
}
