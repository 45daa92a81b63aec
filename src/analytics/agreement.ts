import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';

/** Decisions read for slicing (newest first); enough for a dashboard, bounded for big projects. */
const LIMIT = 50_000;

const Slice = z.object({ key: z.string(), items: z.number().int(), meanAgreement: z.number() });

export const AgreementBreakdown = z.object({
  decisions: z.number().int().describe('Human decisions with an agreement (auto decisions have none)'),
  overall: z.number().nullable(),
  byLabel: z.array(Slice.extend({ question: z.string() })).describe('Per decided value of each choice question'),
  byTag: z.array(Slice).describe('Per metadata tag'),
  byRisk: z.array(Slice),
});
export type AgreementBreakdown = z.infer<typeof AgreementBreakdown>;

/**
 * Agreement of the current human decisions overall, per decided label of each choice question,
 * and per metadata slice (tags, risk) — where do people disagree?
 */
export async function agreementBreakdown(storage: Storage, project: Project): Promise<AgreementBreakdown> {
  const rows = await storage.db
    .selectFrom('decisions')
    .innerJoin('items', 'items.id', 'decisions.item_id')
    .select(['decisions.agreement', 'decisions.answer', 'items.metadata'])
    .where('decisions.project_id', '=', project.id)
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.agreement', 'is not', null)
    .orderBy('decisions.id', 'desc')
    .limit(LIMIT)
    .execute();
  const groups = new Map<string, { question?: string; key: string; sum: number; n: number; kind: string }>();
  const add = (kind: string, key: string, agreement: number, question?: string) => {
    const id = `${kind}\u0000${question ?? ''}\u0000${key}`;
    const group = groups.get(id) ?? { kind, key, sum: 0, n: 0, ...(question ? { question } : {}) };
    group.sum += agreement;
    group.n += 1;
    groups.set(id, group);
  };
  const choices = project.labelSchema.questions.filter((q) => q.type === 'single_choice').map((q) => q.name);
  let total = 0;
  for (const row of rows) {
    const agreement = Number(row.agreement);
    total += agreement;
    const answer = readJson<Record<string, unknown>>(row.answer);
    for (const question of choices)
      if (typeof answer[question] === 'string') add('label', answer[question] as string, agreement, question);
    const metadata = readJson<Record<string, unknown>>(row.metadata);
    if (Array.isArray(metadata.tags)) for (const tag of metadata.tags) add('tag', String(tag), agreement);
    if (typeof metadata.risk === 'string') add('risk', metadata.risk, agreement);
  }
  const slices = (kind: string) =>
    [...groups.values()]
      .filter((g) => g.kind === kind)
      .map((g) => ({
        ...(g.question ? { question: g.question } : {}),
        key: g.key,
        items: g.n,
        meanAgreement: g.sum / g.n,
      }))
      .sort((a, b) => b.items - a.items);
  return {
    decisions: rows.length,
    overall: rows.length === 0 ? null : total / rows.length,
    byLabel: slices('label') as AgreementBreakdown['byLabel'],
    byTag: slices('tag'),
    byRisk: slices('risk'),
  };
}
