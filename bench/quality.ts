import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type CategoricalAnnotation,
  dawidSkene,
  majorityVote,
  seededRandom,
} from '../src/quality/aggregation/index.js';
import { cohenKappa, fleissKappaFromUnits, krippendorffAlpha } from '../src/quality/metrics/index.js';

/**
 * Agreement metrics and Dawid-Skene on large synthetic data with real agreement in it (seeded),
 * against NLTK, statsmodels, scikit-learn and a vectorised NumPy alpha run on the same numbers
 * by /usr/bin/python3 (skipped with a note when it lacks them). Timed: the public functions on
 * plain JS arrays, median of a few runs after a warm-up; data generation is not timed.
 * Run: npm run bench:quality
 */

const PYTHON = process.env.TANDEM_BENCH_PYTHON ?? '/usr/bin/python3';
const UNITS = 100_000;
const RATERS = 5;
const CATEGORIES = 5;
const PAIRS = 1_000_000;
const DS_ITEMS = 100_000;
const DS_ANNOTATORS = 10;

interface Row {
  readonly name: string;
  readonly ms: number;
  readonly value: number;
  readonly targetMs: number;
  readonly peer?: string;
}

const random = seededRandom(20_240_611);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = (n: number) => Math.floor(random() * n);

/** Units × raters; each rater reports the unit's true category with probability 0.7, else a random one. */
function nominalUnits(missingShare: number): (number | null)[][] {
  return Array.from({ length: UNITS }, () => {
    const truth = pick(CATEGORIES);
    return Array.from({ length: RATERS }, () => {
      if (random() < missingShare) return null;
      return random() < 0.7 ? truth : pick(CATEGORIES);
    });
  });
}

/** Units × raters on a 1–7 scale: the true score plus Gaussian noise (sd 0.9), rounded and clamped. */
function intervalUnits(missingShare: number): (number | null)[][] {
  return Array.from({ length: UNITS }, () => {
    const truth = 1 + pick(7);
    return Array.from({ length: RATERS }, () =>
      random() < missingShare ? null : Math.min(7, Math.max(1, Math.round(truth + 0.9 * gaussian()))),
    );
  });
}

function timeMedian<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, result };
}

/** Writes units × raters as float64 (NaN = missing) for NumPy. */
function writeMatrix(file: string, units: readonly (readonly (number | null)[])[]): void {
  const flat = new Float64Array(units.length * RATERS);
  units.forEach((unit, u) => {
    unit.forEach((value, r) => {
      flat[u * RATERS + r] = value ?? Number.NaN;
    });
  });
  fs.writeFileSync(file, flat);
}

const PEER_SCRIPT = `
import json, sys, time, statistics
import numpy as np
dir = sys.argv[1]; units, raters = int(sys.argv[2]), int(sys.argv[3])
out = {}
def timed(name, runs, fn):
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter(); value = fn(); times.append((time.perf_counter() - t) * 1000)
    out[name] = {"ms": statistics.median(times), "value": float(value)}
def matrix(name):
    return np.fromfile(f"{dir}/{name}.bin", dtype=np.float64).reshape(units, raters)
def numpy_alpha(data, interval):
    # Coincidence-matrix alpha, vectorised (written for this bench).
    present = ~np.isnan(data)
    values, codes = np.unique(data[present], return_inverse=True)
    unit_index = np.nonzero(present)[0]
    counts = np.bincount(unit_index * len(values) + codes, minlength=data.shape[0] * len(values))
    counts = counts.reshape(data.shape[0], len(values)).astype(np.float64)
    m = counts.sum(1); keep = m >= 2; counts = counts[keep]; m = m[keep]
    weighted = counts / (m - 1)[:, None]
    o = weighted.T @ counts - np.diag(weighted.sum(0))
    n_c = o.sum(1); n = n_c.sum()
    delta = (values[:, None] - values[None, :]) ** 2 if interval else 1.0 - np.eye(len(values))
    return 1 - (n - 1) * (o * delta).sum() / (np.outer(n_c, n_c) * delta).sum()
try:
    from nltk.metrics.agreement import AnnotationTask
    from nltk.metrics.distance import interval_distance
    for name, distance in (("alpha-nominal", None), ("alpha-interval", interval_distance)):
        rows = matrix(name).tolist()
        triples = [(str(r), str(u), v) for u, row in enumerate(rows) for r, v in enumerate(row) if v == v]
        task = AnnotationTask(triples) if distance is None else AnnotationTask(triples, distance=distance)
        timed("nltk " + name, 3, task.alpha)
except ImportError as error:
    out["nltk"] = {"error": str(error)}
for name in ("alpha-nominal", "alpha-interval"):
    data = matrix(name)
    timed("numpy " + name, 5, lambda: numpy_alpha(data, name.endswith("interval")))
try:
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
    data = np.fromfile(f"{dir}/fleiss.bin", dtype=np.int32).reshape(units, raters)
    timed("statsmodels fleiss", 5, lambda: fleiss_kappa(aggregate_raters(data)[0]))
except ImportError as error:
    out["statsmodels"] = {"error": str(error)}
try:
    from sklearn.metrics import cohen_kappa_score
    a = np.fromfile(f"{dir}/cohen-a.bin", dtype=np.int32); b = np.fromfile(f"{dir}/cohen-b.bin", dtype=np.int32)
    timed("sklearn cohen", 5, lambda: cohen_kappa_score(a, b))
except ImportError as error:
    out["sklearn"] = {"error": str(error)}
print(json.dumps(out))
`;

type PeerResults = Record<string, { ms?: number; value?: number; error?: string }>;

function runPeers(dir: string): PeerResults | string {
  const script = path.join(dir, 'peers.py');
  fs.writeFileSync(script, PEER_SCRIPT);
  const run = spawnSync(PYTHON, [script, dir, String(UNITS), String(RATERS)], { encoding: 'utf8', timeout: 600_000 });
  if (run.error) return `cannot run ${PYTHON}: ${run.error.message}`;
  if (run.status !== 0) return `${PYTHON} failed: ${run.stderr.trim().split('\n').slice(-1)[0]}`;
  return JSON.parse(run.stdout) as PeerResults;
}

function main(): void {
  console.log(`Quality bench: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-quality-'));
  try {
    const nominal = nominalUnits(0.1);
    const interval = intervalUnits(0.1);
    const complete = nominalUnits(0);
    const a = Array.from({ length: PAIRS }, () => pick(CATEGORIES));
    const b = a.map((value) => (random() < 0.7 ? value : pick(CATEGORIES)));
    const reliabilities = Array.from(
      { length: DS_ANNOTATORS },
      (_, index) => 0.2 + (0.7 * index) / (DS_ANNOTATORS - 1),
    );
    const truth = Array.from({ length: DS_ITEMS }, () => pick(CATEGORIES));
    const annotations: CategoricalAnnotation[] = [];
    truth.forEach((trueClass, item) => {
      reliabilities.forEach((reliability, annotator) => {
        annotations.push({ item, annotator, label: random() < reliability ? trueClass : pick(CATEGORIES) });
      });
    });
    writeMatrix(path.join(dir, 'alpha-nominal.bin'), nominal);
    writeMatrix(path.join(dir, 'alpha-interval.bin'), interval);
    fs.writeFileSync(path.join(dir, 'fleiss.bin'), Int32Array.from(complete.flat() as number[]));
    fs.writeFileSync(path.join(dir, 'cohen-a.bin'), Int32Array.from(a));
    fs.writeFileSync(path.join(dir, 'cohen-b.bin'), Int32Array.from(b));

    const rows: Row[] = [];
    const alphaNominal = timeMedian(7, () => krippendorffAlpha(nominal).alpha);
    rows.push({ name: 'alpha-nominal', ms: alphaNominal.ms, value: alphaNominal.result, targetMs: 30 });
    const alphaInterval = timeMedian(7, () => krippendorffAlpha(interval, { level: 'interval' }).alpha);
    rows.push({ name: 'alpha-interval', ms: alphaInterval.ms, value: alphaInterval.result, targetMs: 30 });
    const fleiss = timeMedian(7, () => fleissKappaFromUnits(complete).kappa);
    rows.push({ name: 'fleiss', ms: fleiss.ms, value: fleiss.result, targetMs: 20 });
    const cohen = timeMedian(7, () => cohenKappa(a, b).kappa);
    rows.push({ name: 'cohen', ms: cohen.ms, value: cohen.result, targetMs: 20 });
    const ds = timeMedian(3, () => dawidSkene(annotations));
    const dsAccuracy = ds.result.items.filter((item, index) => item.label === truth[index]).length / DS_ITEMS;
    rows.push({ name: 'dawid-skene', ms: ds.ms, value: dsAccuracy, targetMs: 1000 });

    const peers = runPeers(dir);
    printResults(rows, peers);
    const votes = majorityVote(annotations).items;
    const mvAccuracy = votes.filter((item, index) => item.label === truth[index]).length / DS_ITEMS;
    console.log(
      `\nDawid-Skene on ${annotations.length.toLocaleString('en-US')} annotations (${DS_ITEMS.toLocaleString('en-US')} items × ${DS_ANNOTATORS} annotators, reliability 0.2–0.9, ${CATEGORIES} classes): ` +
        `${ds.result.iterations} iterations, converged ${ds.result.converged}; accuracy ${dsAccuracy.toFixed(4)} vs majority vote ${mvAccuracy.toFixed(4)}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PEERS: Record<string, readonly string[]> = {
  'alpha-nominal': ['nltk alpha-nominal', 'numpy alpha-nominal'],
  'alpha-interval': ['nltk alpha-interval', 'numpy alpha-interval'],
  fleiss: ['statsmodels fleiss'],
  cohen: ['sklearn cohen'],
};

const DATA: Record<string, string> = {
  'alpha-nominal': '100k units × 5 raters, 10 % missing',
  'alpha-interval': '100k units × 5 raters, 1–7, 10 % missing',
  fleiss: '100k subjects × 5 raters × 5 cat.',
  cohen: '1M pairs, 5 categories',
  'dawid-skene': '1M annotations (value = accuracy)',
};

function printResults(rows: readonly Row[], peers: PeerResults | string): void {
  const table: string[][] = [];
  for (const row of rows) {
    const verdict = row.ms <= row.targetMs ? 'MET' : 'MISSED';
    const tandem = [row.name, DATA[row.name] ?? '', row.ms.toFixed(1), row.value.toFixed(6)];
    const target = `≤ ${row.targetMs} ms ${verdict}`;
    const names = PEERS[row.name] ?? [];
    if (typeof peers === 'string' || names.length === 0) {
      table.push([...tandem, '—', '', '', '', target]);
      continue;
    }
    names.forEach((name, index) => {
      const peer = peers[name];
      const first = index === 0 ? tandem : ['', '', '', ''];
      const agrees =
        peer?.value !== undefined && Math.abs(peer.value - row.value) <= 1e-9 * Math.max(1, Math.abs(row.value));
      table.push([
        ...first,
        name,
        peer?.ms === undefined ? 'n/a' : peer.ms.toFixed(1),
        peer?.value === undefined ? '' : `${peer.value.toFixed(6)}${agrees ? '' : ' ≠'}`,
        peer?.ms === undefined ? '' : `${(peer.ms / row.ms).toFixed(1)}×`,
        index === 0 ? target : '',
      ]);
    });
  }
  const header = [
    'metric',
    'data',
    'Tandem ms',
    'Tandem value',
    'peer',
    'peer ms',
    'peer value',
    'peer/Tandem',
    'target',
  ];
  const widths = header.map((cell, column) => Math.max(cell.length, ...table.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column <= 1 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of table) console.log(line(row));
  if (typeof peers === 'string') console.log(`\nPeers skipped: ${peers}`);
  if (typeof peers === 'string') return;
  for (const [name, result] of Object.entries(peers))
    if (result.error) console.log(`\n${name} skipped: ${result.error}`);
}

main();
