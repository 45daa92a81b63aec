import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Storage } from '../src/db/storage.js';
import { type ExplorerFilter, ExplorerFilterQuery } from '../src/explorer/contracts.js';
import { type ExplorePageRequest, explorePage } from '../src/explorer/service.js';
import { ingestRows } from '../src/items/ingest.js';
import { createProject } from '../src/projects/service.js';
import type { Project } from '../src/projects/store.js';
import { Policy } from '../src/routing/contracts.js';
import { insertPolicyVersion } from '../src/routing/store.js';
import { benchProject, generateRowChunks } from './rows.js';
import {
  assertPostgresReachable,
  machineLine,
  openBenchPostgres,
  openBenchSqlite,
  printTable,
  seconds,
} from './support.js';

/**
 * Data explorer bench (issue 14): one page (50 rows + the capped count + decisions and reports of
 * the rows) over 1M items, for searches and filters, p50/p95 over repeated runs. Target: p95 ≤
 * 200 ms on each engine. Peer: the engine answering the bare page query (same WHERE, same order,
 * 50 ids, no count) written by hand, so the ratio is what Tandem's page costs over the database's
 * own floor.
 */
const TARGET_P95_MS = 200;
const RUNS = 15;

interface Case {
  readonly name: string;
  readonly query: Record<string, string>;
  readonly sort?: ExplorePageRequest['sort'];
  /** The hand-written peer: the same question as plain SQL (ids of the page only). */
  readonly peer: (storage: Storage, projectId: number) => Promise<unknown>;
}

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'sqlite-only': { type: 'boolean', default: false },
    'pg-only': { type: 'boolean', default: false },
  },
});
const ROWS = Number(values.rows.replaceAll('_', ''));

function peerPage(storage: Storage, projectId: number, where: string, order = 'id desc') {
  return sql
    .raw(`select id from items where project_id = ${projectId} and ${where} order by ${order} limit 50`)
    .execute(storage.db);
}

function searchWhere(storage: Storage, words: string[]): string {
  if (storage.engine === 'sqlite') {
    return `id in (select rowid from items_fts where items_fts match '${words.map((w) => `"${w}"*`).join(' ')}')`;
  }
  return `search @@ to_tsquery('simple', '${words.map((w) => `${w}:*`).join(' & ')}')`;
}

function tagWhere(storage: Storage, tag: string): string {
  return storage.engine === 'sqlite'
    ? `exists (select 1 from json_each(metadata, '$.tags') where value = '${tag}')`
    : `(metadata -> 'tags') ? '${tag}'`;
}

const CASES: readonly Case[] = [
  { name: 'newest page, no filter', query: {}, peer: (s, p) => peerPage(s, p, '1 = 1') },
  { name: 'status=queued', query: { status: 'queued' }, peer: (s, p) => peerPage(s, p, "status = 'queued'") },
  {
    name: 'confidence 0.40–0.45, by confidence',
    query: { minConfidence: '0.4', maxConfidence: '0.45' },
    sort: '-confidence',
    peer: (s, p) => peerPage(s, p, 'confidence >= 0.4 and confidence <= 0.45', 'confidence desc, id desc'),
  },
  { name: 'tag=vip', query: { tag: 'vip' }, peer: (s, p) => peerPage(s, p, tagWhere(s, 'vip')) },
  {
    name: 'search "zeppelin" (rare: 0.1 %)',
    query: { q: 'zeppelin' },
    peer: (s, p) => peerPage(s, p, searchWhere(s, ['zeppelin'])),
  },
  {
    name: 'search "invoice" (common)',
    query: { q: 'invoice' },
    peer: (s, p) => peerPage(s, p, searchWhere(s, ['invoice'])),
  },
  {
    name: 'search "bitcoin refund" + status',
    query: { q: 'bitcoin refund', status: 'queued' },
    peer: (s, p) => peerPage(s, p, `${searchWhere(s, ['bitcoin', 'refund'])} and status = 'queued'`),
  },
  {
    name: 'label verdict=spam (auto-accepted)',
    query: { label: 'verdict:spam' },
    peer: (s, p) =>
      peerPage(
        s,
        p,
        s.engine === 'sqlite'
          ? `exists (select 1 from decisions d where d.item_id = items.id and d.superseded_by is null and json_extract(d.answer, '$.verdict') = 'spam')`
          : `exists (select 1 from decisions d where d.item_id = items.id and d.superseded_by is null and d.answer->>'verdict' = 'spam')`,
      ),
  },
  {
    name: 'search "zeppelin" + label',
    query: { q: 'zeppelin', label: 'verdict:spam' },
    peer: (s, p) =>
      peerPage(
        s,
        p,
        `${searchWhere(s, ['zeppelin'])} and exists (select 1 from decisions d where d.item_id = items.id and d.superseded_by is null)`,
      ),
  },
];

async function fill(storage: Storage): Promise<Project> {
  const created = await createProject(storage, benchProject, null);
  // A tenth of the items (confidence ≥ 0.9) are auto-accepted, so label filters have decisions.
  const policy = Policy.parse({ rules: [{ when: { confidence: { gte: 0.9 } }, then: { action: 'auto_accept' } }] });
  const stored = await insertPolicyVersion(storage, created.id, policy, null, Date.now());
  const project: Project = { ...created, policyVersion: stored.version };
  const start = performance.now();
  let firstRow = 0;
  for (const chunk of generateRowChunks(ROWS, 10_000)) {
    // One row in a thousand carries a rare word, for a selective search.
    const rows = chunk.map((row, index) =>
      (firstRow + index) % 1_000 === 7 ? { ...row, data: { ...row.data, text: `${row.data.text} zeppelin` } } : row,
    );
    const outcome = await ingestRows(storage, project, rows, firstRow);
    if (outcome.rejected > 0) throw new Error(`fill: ${outcome.errors[0]?.message}`);
    firstRow += chunk.length;
  }
  if (storage.engine === 'postgres') await storage.pgPool?.query('vacuum analyze');
  else await sql`analyze`.execute(storage.db);
  console.log(`  filled ${ROWS.toLocaleString('en-US')} items via ingestRows in ${seconds(performance.now() - start)}`);
  return project;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm the cache and the plan once
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

async function benchEngine(name: string, storage: Storage): Promise<boolean> {
  console.log(`\n${name}`);
  const project = await fill(storage);
  const rows: string[][] = [];
  let allMet = true;
  for (const c of CASES) {
    const filter: ExplorerFilter = ExplorerFilterQuery.parse(c.query);
    let last = { total: 0, capped: false };
    const tandem = await time(async () => {
      const page = await explorePage(storage, project, filter, { sort: c.sort ?? '-id', page: 1, pageSize: 50 });
      last = { total: page.total, capped: page.totalCapped };
    });
    const peer = await time(() => c.peer(storage, project.id));
    const p95 = quantile(tandem, 0.95);
    const peerP95 = quantile(peer, 0.95);
    const met = p95 <= TARGET_P95_MS;
    allMet &&= met;
    rows.push([
      c.name,
      `${last.total.toLocaleString('en-US')}${last.capped ? '+' : ''}`,
      quantile(tandem, 0.5).toFixed(1),
      p95.toFixed(1),
      peerP95.toFixed(1),
      `${(p95 / Math.max(peerP95, 0.01)).toFixed(1)}×`,
      met ? 'MET' : 'MISSED',
    ]);
  }
  printTable(['page of 50', 'matches', 'p50 ms', 'p95 ms', 'peer p95', 'ratio', `p95 ≤ ${TARGET_P95_MS} ms`], rows);
  return allMet;
}

async function main(): Promise<void> {
  console.log(`Explorer bench: ${ROWS.toLocaleString('en-US')} items, ${RUNS} runs per case (${machineLine()})`);
  console.log('Peer: the bare page query (same WHERE and order, ids only, no count) sent straight to the engine.');
  console.log('Shared 2-core machine: figures vary between runs; compare the ratios of one run.');
  let met = true;
  if (!values['pg-only']) {
    const storage = await openBenchSqlite();
    try {
      met = (await benchEngine('SQLite', storage)) && met;
    } finally {
      await storage.close();
    }
  }
  if (!values['sqlite-only']) {
    await assertPostgresReachable();
    const storage = await openBenchPostgres(`bench_explorer_${process.pid}`);
    try {
      met = (await benchEngine('PostgreSQL', storage)) && met;
    } finally {
      await storage.close();
    }
  }
  console.log(`\nTarget: every page p95 ≤ ${TARGET_P95_MS} ms on each engine: ${met ? 'MET' : 'MISSED'}`);
}

await main();
