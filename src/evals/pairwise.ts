import { createHash } from 'node:crypto';
import { roleCan } from '../access/model.js';
import { projectStanding } from '../access/project-access.js';
import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import { chunked } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError, ValidationError } from '../errors.js';
import { ingestRows } from '../items/ingest.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import { findProject, type Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import type { HumanWinRate, SendPairsBody, SendPairsResponse } from './contracts.js';
import { findRun, loadRunEntries } from './results.js';
import { wilsonInterval } from './stats.js';

/**
 * Pairwise human scoring (issue 13 point 4): "send to people" turns each entry where both runs
 * have an output into a review item in a project of the caller's choice — the input, the two
 * outputs (which side is the run is decided per entry by a hash, so position bias evens out) and
 * that project's pairwise question (prefer A, B or tie). People's decisions feed the comparison's
 * human win rate. The external id `eval-pair:<run>:<baseline>:<entry>` makes a re-send idempotent.
 */

const pairPrefix = (runId: number, baselineId: number) => `eval-pair:${runId}:${baselineId}:`;

function runSideOf(externalId: string): 'a' | 'b' {
  return (createHash('sha256').update(externalId).digest()[0] ?? 0) % 2 === 0 ? 'a' : 'b';
}

function inputText(input: Record<string, unknown>): string {
  const values = Object.values(input);
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : JSON.stringify(input);
}

export async function sendPairsToPeople(
  storage: Storage,
  project: Project,
  body: SendPairsBody,
  user: User,
  now = Date.now(),
): Promise<SendPairsResponse> {
  const run = await findRun(storage.db, project, body.run);
  const baseline = await findRun(storage.db, project, body.baseline);
  const target = await findProject(storage, body.targetProject);
  const standing = target ? await projectStanding(storage.db, user, target.id) : undefined;
  if (!target || !standing?.visible) {
    throw new NotFoundError('PROJECT_NOT_FOUND', `No project "${body.targetProject}"`);
  }
  if (!roleCan(standing.role, 'write')) {
    throw new TandemError('FORBIDDEN', `You may not send items to "${target.slug}"`, [
      { path: 'targetProject', message: 'needs the write capability there' },
    ]);
  }
  assertProjectOpen(target, 'sending review items to it');
  const pairwise = target.labelSchema.questions.filter((q) => q.type === 'pairwise');
  const question = body.question ? pairwise.find((q) => q.name === body.question) : pairwise[0];
  if (question?.type !== 'pairwise') {
    throw new ValidationError([
      {
        path: body.question ? 'question' : 'targetProject',
        message: `"${target.slug}" has no pairwise question${body.question ? ` "${body.question}"` : ''}`,
      },
    ]);
  }
  const [fieldA, fieldB] = question.fields;
  const theirs = new Map((await loadRunEntries(storage.db, baseline)).map((e) => [e.externalId, e]));
  const inputs = new Map(
    (
      await storage.db
        .selectFrom('golden_entries')
        .select(['external_id', 'input', 'reference'])
        .where('version_id', '=', run.versionId)
        .execute()
    ).map((e) => [e.external_id, { input: readJson<Record<string, unknown>>(e.input), reference: e.reference }]),
  );
  const rows: unknown[] = [];
  let skipped = 0;
  for (const mine of await loadRunEntries(storage.db, run)) {
    const other = theirs.get(mine.externalId);
    const a = mine.view.state === 'done' ? mine.view.output : null;
    const b = other?.view.state === 'done' ? other.view.output : null;
    if (a === null || b === null || (body.onlyDifferent && a === b) || rows.length >= body.limit) {
      skipped += 1;
      continue;
    }
    const side = runSideOf(mine.externalId);
    const entry = inputs.get(mine.externalId);
    rows.push({
      externalId: `${pairPrefix(run.id, baseline.id)}${mine.externalId}`.slice(0, 255),
      data: {
        input: entry ? inputText(entry.input) : '',
        ...(entry?.reference ? { reference: entry.reference } : {}),
        [fieldA]: side === 'a' ? a : b,
        [fieldB]: side === 'a' ? b : a,
      },
      metadata: { evalRun: run.id, evalBaseline: baseline.id, evalEntry: mine.externalId, runSide: side },
    });
  }
  const outcome = await ingestRows(storage, target, rows, 0, user.id);
  const created = outcome.results.filter((r) => r.status === 'created').map((r) => r.id);
  await storage.db.transaction().execute(async (trx) => {
    const send = await trx
      .insertInto('eval_pairwise')
      .values({
        project_id: project.id,
        run_id: run.id,
        baseline_id: baseline.id,
        target_project_id: target.id,
        question: question.name,
        sent: outcome.results.length,
        created_by: user.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const chunk of chunked(created, 500)) {
      await trx
        .insertInto('eval_pairwise_items')
        .values(chunk.map((itemId) => ({ pairwise_id: Number(send.id), item_id: itemId, project_id: project.id })))
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorId: user.id,
        action: 'eval_run.sent_to_people',
        projectId: project.id,
        target: `eval_run:${run.id}`,
        details: {
          baseline: baseline.id,
          targetProject: target.slug,
          question: question.name,
          sent: outcome.results.length,
        },
      },
      now,
    );
  });
  return {
    targetProject: target.slug,
    question: question.name,
    sent: outcome.results.length,
    skipped,
    rejected: outcome.errors.slice(0, 100).map((e) => ({ row: e.row + 1, path: e.path, message: e.message })),
  };
}

/**
 * People's verdicts on pairs of these two runs (sent either way round), as a win rate of `runId`
 * with its Wilson interval; null when no pair was ever sent.
 */
export async function humanWinRate(storage: Storage, runId: number, baselineId: number): Promise<HumanWinRate | null> {
  const sends = await storage.db
    .selectFrom('eval_pairwise')
    .select(['id', 'run_id', 'baseline_id', 'target_project_id', 'question'])
    .where((eb) =>
      eb.or([
        eb.and([eb('run_id', '=', runId), eb('baseline_id', '=', baselineId)]),
        eb.and([eb('run_id', '=', baselineId), eb('baseline_id', '=', runId)]),
      ]),
    )
    .execute();
  if (sends.length === 0) return null;
  // Sends of the same pair, target and question count once, over the items they created.
  const groups = new Map<string, { send: (typeof sends)[number]; ids: number[] }>();
  for (const send of sends) {
    const key = `${send.run_id}:${send.baseline_id}:${send.target_project_id}:${send.question}`;
    const group = groups.get(key) ?? { send, ids: [] };
    group.ids.push(Number(send.id));
    groups.set(key, group);
  }
  let sent = 0;
  let wins = 0;
  let losses = 0;
  let ties = 0;
  for (const { send, ids } of groups.values()) {
    const flipped = Number(send.run_id) !== runId;
    const rows = await storage.db
      .selectFrom('items')
      .leftJoin('decisions', (join) =>
        join.onRef('decisions.item_id', '=', 'items.id').on('decisions.superseded_by', 'is', null),
      )
      .select(['items.metadata', 'decisions.answer'])
      .where('items.project_id', '=', Number(send.target_project_id))
      .where('items.id', 'in', (eb) =>
        eb.selectFrom('eval_pairwise_items').select('item_id').distinct().where('pairwise_id', 'in', ids),
      )
      .execute();
    for (const row of rows) {
      sent += 1;
      if (row.answer === null) continue;
      const picked = readJson<Record<string, unknown>>(row.answer)?.[send.question];
      if (picked === 'tie') {
        ties += 1;
        continue;
      }
      if (picked !== 'a' && picked !== 'b') continue;
      const side = readJson<Record<string, unknown>>(row.metadata)?.runSide;
      // The side holds the run of that send; flipped sends count for the other run.
      const sentRunWon = picked === side;
      if (sentRunWon !== flipped) wins += 1;
      else losses += 1;
    }
  }
  const decisive = wins + losses;
  const interval = wilsonInterval(wins, decisive);
  return {
    sent,
    decided: wins + losses + ties,
    wins,
    losses,
    ties,
    rate: decisive === 0 ? null : wins / decisive,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
  };
}
