import { roleCan } from '../access/model.js';
import { recordAudit } from '../audit/record.js';
import { chunked, type Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { TandemError, ValidationError } from '../errors.js';
import { enqueueJobs } from '../jobs/store.js';
import { selectJudge } from '../judges/store.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import type { Project } from '../projects/store.js';
import type { Role } from '../users/contracts.js';
import { type CreateEvalRunBody, EvalOutputInput, type EvalRunView, type PostOutputsResponse } from './contracts.js';
import { findGoldenVersion } from './golden-sets.js';
import { generateKey, queueScores, type RunJudge, withConcurrency } from './queue.js';
import { findRun, loadRunEntries, type RunState, type StoredRun } from './results.js';
import { type RowProblem, readRows } from './rows.js';
import { runFigures } from './stats.js';

/**
 * Eval runs (issue 13 point 4): one model/prompt version's outputs for every entry of one
 * golden-set version, posted by the caller or generated (`eval.generate` jobs), each scored by
 * the chosen judges (`eval.score` jobs). Outputs are written once: posting an entry's output
 * again is refused for that row.
 */

interface Actor {
  readonly id: number;
  /** The actor's role in the project (the access hook puts it on the request user). */
  readonly role?: Role;
}

async function resolveJudges(storage: Storage, project: Project, names: readonly string[]): Promise<RunJudge[]> {
  const judges: RunJudge[] = [];
  const issues = [];
  for (const [index, name] of [...new Set(names)].entries()) {
    const judge = await selectJudge(storage.db, project.id, name);
    if (!judge) issues.push({ path: `judges.${index}`, message: `the project has no judge "${name}"` });
    else {
      judges.push({ judgeId: judge.id, name, version: judge.version, concurrency: judge.config.concurrency });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return judges;
}

/** Stores posted outputs (a row each; bad rows are reported, the rest taken) and queues their scores. */
async function storeOutputs(
  trx: Executor,
  run: { id: number; projectId: number; versionId: number; judges: readonly RunJudge[] },
  given: { rows?: readonly unknown[] | undefined; jsonl?: string | undefined },
  now: number,
): Promise<PostOutputsResponse> {
  const { rows, problems } = readRows(EvalOutputInput, given);
  const entries = await trx
    .selectFrom('golden_entries')
    .select(['id', 'external_id'])
    .where('version_id', '=', run.versionId)
    .execute();
  const byExternal = new Map(entries.map((e) => [e.external_id, Number(e.id)]));
  const known = new Set(entries.map((e) => Number(e.id)));
  const taken = new Set(
    (await trx.selectFrom('eval_outputs').select('entry_id').where('run_id', '=', run.id).execute()).map((r) =>
      Number(r.entry_id),
    ),
  );
  const accepted: { entryId: number; value: EvalOutputInput }[] = [];
  const rejected: RowProblem[] = [...problems];
  for (const { row, value } of rows) {
    const entryId = value.entryId ?? byExternal.get(value.externalId as string);
    const field = value.entryId === undefined ? 'externalId' : 'entryId';
    if (entryId === undefined || !known.has(entryId)) {
      rejected.push({ row, path: field, message: 'is not an entry of the golden-set version' });
    } else if (taken.has(entryId)) {
      rejected.push({ row, path: field, message: 'already has an output in this run (outputs are written once)' });
    } else {
      taken.add(entryId);
      accepted.push({ entryId, value });
    }
  }
  const outputIds: number[] = [];
  for (const chunk of chunked(accepted, 200)) {
    const inserted = await trx
      .insertInto('eval_outputs')
      .values(
        chunk.map(({ entryId, value }) => ({
          project_id: run.projectId,
          run_id: run.id,
          entry_id: entryId,
          state: 'done',
          output: value.output,
          cost: value.cost ?? null,
          latency_ms: value.latencyMs ?? null,
          input_tokens: value.tokens?.input ?? null,
          output_tokens: value.tokens?.output ?? null,
          created_at: now,
          finished_at: now,
        })),
      )
      .returning('id')
      .execute();
    outputIds.push(...inserted.map((r) => Number(r.id)));
  }
  const scoresQueued = await queueScores(trx, run, outputIds, now);
  rejected.sort((a, b) => a.row - b.row);
  return { accepted: accepted.length, rejected: rejected.slice(0, 1_000), scoresQueued };
}

/** Creates a run; with `outputs` they are stored at once, with `generate` one job per entry is queued. */
export async function createEvalRun(
  storage: Storage,
  project: Project,
  body: CreateEvalRunBody,
  actor: Actor,
  now = Date.now(),
): Promise<{ run: EvalRunView; posted: PostOutputsResponse | null }> {
  assertProjectOpen(project, 'starting an eval run');
  if (body.generate && !(actor.role && roleCan(actor.role, 'manage'))) {
    // Generating sends a server secret (apiKeyEnv) to a host the caller picks: managers only.
    throw new TandemError('FORBIDDEN', 'Only managers and admins may start a run that generates its outputs', [
      { path: 'generate', message: 'needs the manage capability; post the outputs instead' },
    ]);
  }
  const version = await findGoldenVersion(storage.db, project, body.goldenSet, body.version);
  const judges = await resolveJudges(storage, project, body.judges);
  const { runId, posted } = await storage.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('eval_runs')
      .values({
        project_id: project.id,
        version_id: version.id,
        name: body.name,
        generate: body.generate ? JSON.stringify(body.generate) : null,
        judges: JSON.stringify(judges.map(({ judgeId, name, version: v }) => ({ judgeId, name, version: v }))),
        created_by: actor.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const runId = Number(row.id);
    const run = { id: runId, projectId: project.id, versionId: version.id, judges };
    let posted: PostOutputsResponse | null = null;
    if (body.outputs) posted = await storeOutputs(trx, run, { rows: body.outputs }, now);
    if (body.generate) {
      const generate = body.generate;
      const entries = await trx
        .selectFrom('golden_entries')
        .select('id')
        .where('version_id', '=', version.id)
        .orderBy('id')
        .execute();
      for (const chunk of chunked(entries, 200)) {
        const outputs = await trx
          .insertInto('eval_outputs')
          .values(
            chunk.map((e) => ({
              project_id: project.id,
              run_id: runId,
              entry_id: Number(e.id),
              state: 'queued',
              created_at: now,
            })),
          )
          .returning(['id', 'entry_id'])
          .execute();
        const jobIds = await enqueueJobs(
          trx,
          outputs.map((o) => ({
            type: 'eval.generate' as const,
            payload: { outputId: Number(o.id) },
            key: generateKey(runId, Number(o.entry_id), generate.concurrency),
            projectId: project.id,
          })),
          now,
        );
        for (const [index, o] of outputs.entries()) {
          await trx
            .updateTable('eval_outputs')
            .set({ job_id: jobIds[index] as number })
            .where('id', '=', Number(o.id))
            .execute();
        }
      }
    }
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'eval_run.created',
        projectId: project.id,
        target: `eval_run:${runId}`,
        details: {
          name: body.name,
          goldenSet: body.goldenSet,
          version: version.version,
          judges: body.judges,
          source: body.generate ? 'generated' : 'posted',
          ...(posted ? { accepted: posted.accepted, rejected: posted.rejected.length } : {}),
        },
      },
      now,
    );
    return { runId, posted };
  });
  return { run: await getEvalRun(storage, project, runId), posted };
}

/** Adds posted outputs to a run (rows for entries that have none yet). */
export async function postEvalOutputs(
  storage: Storage,
  project: Project,
  runId: number,
  given: { outputs?: readonly unknown[] | undefined; jsonl?: string | undefined },
  actor: Actor,
  now = Date.now(),
): Promise<PostOutputsResponse> {
  assertProjectOpen(project, 'posting eval outputs');
  const run = await findRun(storage.db, project, runId);
  if (run.generate) {
    throw new ValidationError([
      { path: 'outputs', message: 'this run generates its outputs; it takes no posted ones' },
    ]);
  }
  const judges = await withConcurrency(storage.db, project.id, run.judges);
  return storage.db.transaction().execute(async (trx) => {
    // Lock the run: two posts at once cannot both take the same entry.
    await trx.updateTable('eval_runs').set({ name: run.name }).where('id', '=', run.id).execute();
    const result = await storeOutputs(
      trx,
      { id: run.id, projectId: project.id, versionId: run.versionId, judges },
      { rows: given.outputs, jsonl: given.jsonl },
      now,
    );
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'eval_run.outputs_posted',
        projectId: project.id,
        target: `eval_run:${run.id}`,
        details: { accepted: result.accepted, rejected: result.rejected.length },
      },
      now,
    );
    return result;
  });
}

function counts(states: readonly RunState[]) {
  const c = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const state of states) c[state] += 1;
  return c;
}

export async function runView(storage: Storage, run: StoredRun): Promise<EvalRunView> {
  const entries = await loadRunEntries(storage.db, run);
  const outputs = counts(entries.map((e) => e.view.state).filter((s): s is RunState => s !== 'missing'));
  const scores = counts(entries.flatMap((e) => e.view.scores.map((s) => s.state)));
  const figures = runFigures(entries);
  return {
    id: run.id,
    name: run.name,
    goldenSet: run.goldenSet,
    version: run.version,
    source: run.generate ? 'generated' : 'posted',
    model: run.generate?.model ?? null,
    judges: run.judges.map(({ name, version }) => ({ name, version })),
    entries: run.entries,
    outputs,
    scores,
    passRate: figures.passRate,
    meanScore: figures.meanScore,
    cost: figures.cost,
    latencyMs: figures.latencyMs,
    complete: outputs.done + outputs.failed === run.entries && scores.queued === 0 && scores.running === 0,
    createdAt: new Date(run.createdAt).toISOString(),
  };
}

export async function getEvalRun(storage: Storage, project: Project, runId: number): Promise<EvalRunView> {
  return runView(storage, await findRun(storage.db, project, runId));
}

export async function listEvalRuns(storage: Storage, project: Project): Promise<{ runs: EvalRunView[] }> {
  const rows = await storage.db
    .selectFrom('eval_runs')
    .select('id')
    .where('project_id', '=', project.id)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  const runs: EvalRunView[] = [];
  for (const row of rows) runs.push(await getEvalRun(storage, project, Number(row.id)));
  return { runs };
}

export async function listEvalOutputs(
  storage: Storage,
  project: Project,
  runId: number,
  query: { after: number; limit: number },
) {
  const run = await findRun(storage.db, project, runId);
  const entries = await loadRunEntries(storage.db, run, query.after, query.limit + 1);
  const page = entries.slice(0, query.limit).map((e) => e.view);
  return { outputs: page, next: entries.length > query.limit ? (page[page.length - 1]?.entryId ?? null) : null };
}
