import { readJson } from '../db/dialect.js';
import { chunked } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { ValidationError } from '../errors.js';
import type { Project } from '../projects/store.js';
import type { ReportQuery, SamplingPolicy, TraceReport } from './contracts.js';
import { selectSamplingPolicy } from './store.js';

/** Decisions that are people's verdicts (not auto-accepts or timeouts). */
const HUMAN_METHODS = ['consensus', 'adjudicated', 'override'] as const;
const DAY_MS = 86_400_000;

/**
 * Traces received, sampled (by reason) and reviewed, and the failure rate per slice over time
 * (issue 13 point 6). A trace *failed* when people's current decision on its review item answers
 * the policy's `review.question` with a value outside `review.passValues`; with no human decision
 * (or no `review` set), when an auto judge failed it. Traces with neither are not assessed and stay
 * out of the rate's base. Times are the traces' own timestamps, buckets UTC days or weeks (Mondays).
 */
export async function traceReport(storage: Storage, project: Project, query: ReportQuery): Promise<TraceReport> {
  const to = query.to ? Date.parse(query.to) : Date.now();
  const from = query.from ? Date.parse(query.from) : to - 30 * DAY_MS;
  if (!(from < to)) throw new ValidationError([{ path: 'from', message: 'must be before `to`' }]);
  if (to - from > 400 * DAY_MS) throw new ValidationError([{ path: 'from', message: 'at most 400 days before `to`' }]);
  const { policy } = await selectSamplingPolicy(storage.db, project.id);
  const traces = await storage.db
    .selectFrom('traces')
    .select(['id', 'occurred_at', 'metadata', 'sample_reason', 'item_id'])
    .where('project_id', '=', project.id)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .execute();
  const human = await humanVerdicts(
    storage,
    traces.flatMap((t) => (t.item_id === null ? [] : [Number(t.item_id)])),
    policy,
  );
  const judged = await judgeVerdicts(
    storage,
    project.id,
    traces.map((t) => Number(t.id)),
  );

  const blank = () => ({ received: 0, sampled: 0, reviewed: 0, failed: 0, assessed: 0 });
  const totals = blank();
  const sampledBy: Record<string, number> = {};
  const series = new Map<string, ReturnType<typeof blank> & { start: string; slice: string | null }>();
  for (const trace of traces) {
    const start = bucketStart(Number(trace.occurred_at), query.bucket);
    const sliceValue = query.slice
      ? String(readJson<Record<string, unknown>>(trace.metadata)?.[query.slice] ?? '(none)')
      : null;
    const key = `${start}\u0000${sliceValue}`;
    let cell = series.get(key);
    if (!cell) {
      cell = { ...blank(), start: new Date(start).toISOString(), slice: sliceValue };
      series.set(key, cell);
    }
    const itemId = trace.item_id === null ? null : Number(trace.item_id);
    const decided = itemId === null ? undefined : human.get(itemId);
    const judgedPass = judged.get(Number(trace.id));
    const failed = decided?.fail ?? (judgedPass === undefined ? undefined : !judgedPass);
    for (const figures of [totals, cell]) {
      figures.received += 1;
      if (trace.sample_reason !== null) figures.sampled += 1;
      if (decided) figures.reviewed += 1;
      if (failed !== undefined) {
        figures.assessed += 1;
        if (failed) figures.failed += 1;
      }
    }
    if (trace.sample_reason !== null) sampledBy[trace.sample_reason] = (sampledBy[trace.sample_reason] ?? 0) + 1;
  }
  const rate = (f: { failed: number; assessed: number }) => (f.assessed === 0 ? null : f.failed / f.assessed);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    bucket: query.bucket,
    slice: query.slice ?? null,
    totals: { ...totals, failureRate: rate(totals), sampledBy },
    series: [...series.values()]
      .sort((a, b) => a.start.localeCompare(b.start) || String(a.slice).localeCompare(String(b.slice)))
      .map((cell) => ({ ...cell, failureRate: rate(cell) })),
  };
}

function bucketStart(ms: number, bucket: 'day' | 'week'): number {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  if (bucket === 'day') return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * DAY_MS;
}

/** Per item with a current human decision: whether it says fail (undefined without `review`). */
async function humanVerdicts(storage: Storage, itemIds: readonly number[], policy: SamplingPolicy) {
  const verdicts = new Map<number, { fail: boolean | undefined }>();
  for (const chunk of chunked(itemIds, 500)) {
    const rows = await storage.db
      .selectFrom('decisions')
      .select(['item_id', 'answer'])
      .where('item_id', 'in', chunk)
      .where('superseded_by', 'is', null)
      .where('method', 'in', [...HUMAN_METHODS])
      .execute();
    for (const row of rows) {
      let fail: boolean | undefined;
      if (policy.review) {
        const given = readJson<Record<string, unknown>>(row.answer)?.[policy.review.question];
        if (given !== undefined && given !== null) {
          const values = Array.isArray(given) ? given.map(String) : [String(given)];
          fail = !values.some((v) => policy.review?.passValues.includes(v));
        }
      }
      verdicts.set(Number(row.item_id), { fail });
    }
  }
  return verdicts;
}

/** Per trace with a done auto-judge verdict: whether every judge passed it. */
async function judgeVerdicts(storage: Storage, projectId: number, traceRowIds: readonly number[]) {
  const passes = new Map<number, boolean>();
  for (const chunk of chunked(traceRowIds, 500)) {
    const rows = await storage.db
      .selectFrom('trace_verdicts')
      .select(['trace_row_id', 'pass'])
      .where('project_id', '=', projectId)
      .where('state', '=', 'done')
      .where('trace_row_id', 'in', chunk)
      .execute();
    for (const row of rows) {
      const id = Number(row.trace_row_id);
      passes.set(id, (passes.get(id) ?? true) && Number(row.pass) === 1);
    }
  }
  return passes;
}
