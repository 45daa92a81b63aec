import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_RATE_LIMITS } from '../src/config.js';
import { installBodyDrain } from '../src/http/body-drain.js';
import { installInputGuard } from '../src/http/input-guard.js';
import { installRateLimits } from '../src/http/rate-limits.js';
import { installSecurityHeaders } from '../src/http/security-headers.js';
import { findJsonProblem, ITEM_JSON_LIMITS } from '../src/input/json-limits.js';
import { checkItemRow } from '../src/items/validate-row.js';
import type { Project } from '../src/projects/store.js';
import { benchProject, generateRowChunks } from './rows.js';
import { machineLine, percent, printTable } from './support.js';

/**
 * What the hardened edges (issue 8) cost on hot paths, each against a peer in the same process:
 *
 * 1. Rows: the NUL / depth / key scan that now runs first in every row check, against the whole
 *    row check (`checkItemRow`) and against `JSON.stringify` of the same rows (V8's own walk).
 *    Typical bench rows, and a worst case at the limits (1,000 keys; 32 levels).
 * 2. Requests: Fastify with our security headers, rate-limit hooks, input guard and body drain,
 *    against bare Fastify, answering the same tiny JSON over inject().
 * Times are CPU time of this process (best of 3, interleaved): the machine is shared.
 * Run: npm run bench:edges
 */

const ROWS = 100_000;
const REQUESTS = 20_000;
const TARGET_SCAN_SHARE = 0.15;
const TARGET_ADDED_MICROSECONDS = 60;

const project: Project = {
  id: 1,
  slug: benchProject.slug ?? 'bench',
  name: benchProject.name,
  description: '',
  guidelines: '',
  labelSchema: benchProject.labelSchema,
  policyVersion: 0,
  createdAt: 0,
  updatedAt: 0,
  archivedAt: null,
};

/** CPU milliseconds (user + system) of this process: on a shared machine, waiting for a core is not counted. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1_000;
}

function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  return cpuMs(start);
}

/** Best of three, interleaved by the caller, so a noisy neighbour hurts both sides alike. */
function best(samples: number[]): number {
  return Math.min(...samples);
}

function worstCaseRows(count: number): unknown[] {
  const wide = Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`field_${i}`, `value number ${i}`]));
  let deep: unknown = 'bottom';
  for (let level = 0; level < 30; level += 1) deep = { level, child: deep, list: [level, `${level}`] };
  return Array.from({ length: count }, (_, i) => ({
    externalId: `worst-${i}`,
    data: { text: 'worst case', wide, deep },
    prediction: { verdict: 'spam' },
    confidence: 0.5,
  }));
}

function benchRows(label: string, rows: readonly unknown[]) {
  const check: number[] = [];
  const scan: number[] = [];
  const stringify: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    check.push(
      time(() => {
        for (const row of rows) checkItemRow(project, row);
      }),
    );
    scan.push(
      time(() => {
        for (const row of rows) findJsonProblem(row, ITEM_JSON_LIMITS, [], { depth: 0 });
      }),
    );
    stringify.push(
      time(() => {
        for (const row of rows) JSON.stringify(row);
      }),
    );
  }
  return { label, rows: rows.length, check: best(check), scan: best(scan), stringify: best(stringify) };
}

async function app(hardened: boolean): Promise<FastifyInstance> {
  const instance = Fastify();
  if (hardened) {
    installSecurityHeaders(instance);
    await installRateLimits(instance, DEFAULT_RATE_LIMITS);
    installInputGuard(instance);
    installBodyDrain(instance);
  }
  instance.get('/api/things/:id', { config: { access: { signedIn: 'any' } } }, async (request) => ({
    id: (request.params as { id: string }).id,
    ok: true,
  }));
  await instance.ready();
  return instance;
}

async function perRequest(instance: FastifyInstance): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i += 1) {
    const response = await instance.inject({ method: 'GET', url: `/api/things/${i}?q=${i}` });
    if (response.statusCode !== 200) throw new Error(`unexpected ${response.statusCode}`);
  }
  return (cpuMs(start) * 1_000) / REQUESTS;
}

async function main(): Promise<void> {
  console.log(`Edges benchmark: ${ROWS.toLocaleString('en-US')} rows, ${REQUESTS.toLocaleString('en-US')} requests`);
  console.log(machineLine());
  const typical = [...generateRowChunks(ROWS, ROWS)][0] ?? [];
  const results = [
    benchRows('typical bench row (≈ 436 B)', typical),
    benchRows('worst case (1,000 keys, 32 deep)', worstCaseRows(2_000)),
  ];
  console.log('');
  printTable(
    [
      'rows (CPU time, best of 3)',
      'count',
      'row check',
      'of which scan',
      'scan share',
      'JSON.stringify (peer)',
      'scan / stringify',
    ],
    results.map((r) => [
      r.label,
      r.rows.toLocaleString('en-US'),
      `${((r.check * 1_000) / r.rows).toFixed(2)} µs`,
      `${((r.scan * 1_000) / r.rows).toFixed(2)} µs`,
      percent(r.scan / r.check),
      `${((r.stringify * 1_000) / r.rows).toFixed(2)} µs`,
      `${(r.scan / r.stringify).toFixed(2)}×`,
    ]),
  );

  const bare = await app(false);
  const hardened = await app(true);
  const bareTimes: number[] = [];
  const hardenedTimes: number[] = [];
  await perRequest(bare); // warm-up
  await perRequest(hardened);
  for (let round = 0; round < 3; round += 1) {
    bareTimes.push(await perRequest(bare));
    hardenedTimes.push(await perRequest(hardened));
  }
  await bare.close();
  await hardened.close();
  const plain = best(bareTimes);
  const guarded = best(hardenedTimes);
  console.log('');
  printTable(
    ['requests (inject, best of 3)', 'CPU µs / request'],
    [
      ['bare Fastify (peer)', plain.toFixed(1)],
      ['Fastify + headers, rate limits, input guard, drain', guarded.toFixed(1)],
      ['added', (guarded - plain).toFixed(1)],
    ],
  );
  console.log('');
  const typicalShare = (results[0]?.scan ?? 0) / (results[0]?.check ?? 1);
  console.log(
    `scan share of a typical row check = ${percent(typicalShare)}  (target ≤ ${percent(TARGET_SCAN_SHARE)})  ${typicalShare <= TARGET_SCAN_SHARE ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `added per request = ${(guarded - plain).toFixed(1)} µs, ${(guarded / plain).toFixed(2)}× bare  (target ≤ ${TARGET_ADDED_MICROSECONDS} µs)  ${guarded - plain <= TARGET_ADDED_MICROSECONDS ? 'MET' : 'MISSED'}`,
  );
}

await main();
