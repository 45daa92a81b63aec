import type { CompareResponse, GateResponse } from './contracts.js';

/** The gate's Markdown report, for CI logs and PR comments (pure). */

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);
const num = (v: number | null, digits = 3) => (v === null ? '–' : String(Number(v.toFixed(digits))));
const spread = (s: { mean: number | null; p50: number | null; p95: number | null }, digits = 0) =>
  `${num(s.mean, digits)} / ${num(s.p50, digits)} / ${num(s.p95, digits)}`;
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Regressions listed in the report; the JSON has them all. */
const MAX_LISTED = 50;

export function gateMarkdown(gate: Omit<GateResponse, 'markdown'> & { goldenSet: string; version: number }): string {
  const c: CompareResponse = gate.comparison;
  const lines: string[] = [];
  lines.push(`## Tandem eval gate: ${gate.pass ? 'PASS ✅' : 'FAIL ❌'}`, '');
  lines.push(
    `Golden set \`${gate.goldenSet}\` v${gate.version} · run #${c.run.id} \`${cell(c.run.name)}\` against baseline #${c.baseline.id} \`${cell(c.baseline.name)}\``,
    '',
  );
  lines.push(`| | baseline #${c.baseline.id} | run #${c.run.id} |`, '| --- | --- | --- |');
  lines.push(`| entries scored | ${c.baseline.scored} | ${c.run.scored} |`);
  lines.push(`| pass rate | ${pct(c.baseline.passRate)} | ${pct(c.run.passRate)} |`);
  lines.push(`| mean score | ${num(c.baseline.meanScore)} | ${num(c.run.meanScore)} |`);
  lines.push(`| cost total | ${num(c.baseline.cost.total, 4)} | ${num(c.run.cost.total, 4)} |`);
  lines.push(`| cost mean / p50 / p95 | ${spread(c.baseline.cost, 5)} | ${spread(c.run.cost, 5)} |`);
  lines.push(`| latency ms mean / p50 / p95 | ${spread(c.baseline.latencyMs)} | ${spread(c.run.latencyMs)} |`);
  lines.push('');
  const w = c.winRate;
  lines.push(
    `**Win rate** of run #${c.run.id} over #${c.baseline.id}: ${pct(w.rate)} (95 % Wilson interval ${pct(w.low)} – ${pct(w.high)}; ${w.wins} wins, ${w.losses} losses, ${w.ties} ties of ${c.compared} entries)`,
  );
  if (c.human) {
    const h = c.human;
    lines.push(
      `**People's preference** (pairwise, ${h.decided} of ${h.sent} pairs decided): ${pct(h.rate)} for run #${c.run.id} (95 % Wilson interval ${pct(h.low)} – ${pct(h.high)}; ${h.wins} wins, ${h.losses} losses, ${h.ties} ties)`,
    );
  }
  lines.push(
    `**Regressions:** ${c.passToFail} pass → fail (${pct(c.regressionRate)}; allowed ${pct(gate.thresholds.maxRegression)}), ${c.regressions.length - c.passToFail} score drops; ${c.failToPass} fail → pass`,
  );
  if (gate.thresholds.minScore !== null) lines.push(`**Minimum pass rate:** ${pct(gate.thresholds.minScore)}`);
  lines.push('', '### Verdict', '');
  if (gate.pass) lines.push('- Pass: no threshold crossed.');
  for (const reason of gate.reasons) lines.push(`- ❌ ${reason}`);
  for (const warning of gate.warnings) lines.push(`- ⚠️ ${warning}`);
  if (gate.judges.length > 0) {
    lines.push('', '### Judges', '', '| judge | version | calibrated |', '| --- | --- | --- |');
    for (const j of gate.judges)
      lines.push(`| ${j.name} | v${j.version} | ${j.trusted ? 'yes' : `no: ${cell(j.why ?? '')}`} |`);
  }
  lines.push('', '### Regressions', '');
  if (c.regressions.length === 0) lines.push('None.');
  else {
    lines.push('| entry | change | baseline (pass, score) | run (pass, score) |', '| --- | --- | --- | --- |');
    for (const r of c.regressions.slice(0, MAX_LISTED)) {
      const side = (s: { pass: boolean; score: number }) => `${s.pass ? 'pass' : 'fail'}, ${num(s.score)}`;
      lines.push(
        `| ${cell(r.externalId)} | ${r.kind === 'pass_to_fail' ? 'pass → fail' : 'score drop'} | ${side(r.baseline)} | ${side(r.run)} |`,
      );
    }
    if (c.regressions.length > MAX_LISTED)
      lines.push('', `…and ${c.regressions.length - MAX_LISTED} more (see --json).`);
  }
  if (c.slices.length > 0) {
    lines.push(
      '',
      '### Slices',
      '',
      '| key | value | entries | baseline pass rate | run pass rate |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const s of c.slices) {
      lines.push(
        `| ${cell(s.key)} | ${cell(s.value)} | ${s.entries} | ${pct(s.baseline.passRate)} | ${pct(s.run.passRate)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
