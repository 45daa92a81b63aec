import { createHash } from 'node:crypto';
import type { SampleReason, SamplingPolicy } from './contracts.js';

/**
 * Which traces become review items (issue 13 point 6); pure. The random draw is a hash of
 * (seed, trace id): the same trace is always in or out, on every server and in every test run.
 */

export const DEFAULT_SAMPLING: SamplingPolicy = {
  random: 0,
  thumbsDown: true,
  judgeFail: false,
  disagreement: true,
  boosts: [],
  caps: {},
  seed: '',
};

/** A number in [0, 1) fixed by the seed and the trace id. */
export function sampleDraw(seed: string, traceId: string): number {
  return createHash('sha256').update(`${seed}\u0000${traceId}`).digest().readUInt32BE(0) / 0x1_0000_0000;
}

export interface SamplingFacts {
  readonly traceId: string;
  readonly thumbs: 'up' | 'down' | null;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** The highest boost rate whose slice the trace is in, or undefined. */
function boostRate(policy: SamplingPolicy, metadata: Readonly<Record<string, unknown>>): number | undefined {
  let best: number | undefined;
  for (const boost of policy.boosts) {
    const inSlice = Object.entries(boost.metadata).every(([key, value]) => metadata[key] === value);
    if (inSlice && (best === undefined || boost.rate > best)) best = boost.rate;
  }
  return best;
}

/** Reasons to sample a trace when it arrives (or its feedback does), strongest first. */
export function arrivalReasons(policy: SamplingPolicy, trace: SamplingFacts): SampleReason[] {
  const reasons: SampleReason[] = [];
  if (policy.thumbsDown && trace.thumbs === 'down') reasons.push('thumbs_down');
  const draw = sampleDraw(policy.seed, trace.traceId);
  const boost = boostRate(policy, trace.metadata);
  if (boost !== undefined && boost > policy.random && draw < boost) reasons.push('boost');
  else if (draw < policy.random) reasons.push('random');
  return reasons;
}

export interface VerdictFacts {
  readonly pass: boolean;
}

/**
 * Reasons to sample a trace once judges have spoken: a judge contradicting the user's thumbs
 * (passes a thumbs-down, fails a thumbs-up), then any judge failing it.
 */
export function verdictReasons(
  policy: SamplingPolicy,
  thumbs: 'up' | 'down' | null,
  verdicts: readonly VerdictFacts[],
): SampleReason[] {
  const reasons: SampleReason[] = [];
  const contradicts = thumbs !== null && verdicts.some((v) => v.pass === (thumbs === 'down'));
  if (policy.disagreement && contradicts) reasons.push('disagreement');
  if (policy.judgeFail && verdicts.some((v) => !v.pass)) reasons.push('judge_fail');
  return reasons;
}

/** Today's sampled counts per reason (`*`: all) against the policy's daily caps. */
export class DailyBudget {
  private readonly counts: Map<string, number>;
  constructor(
    private readonly policy: SamplingPolicy,
    counts: ReadonlyMap<string, number>,
  ) {
    this.counts = new Map(counts);
  }

  /** The first reason whose cap (and the total cap) has room, counted as taken; else null. */
  take(reasons: readonly SampleReason[]): SampleReason | null {
    const total = this.counts.get('*') ?? 0;
    if (this.policy.caps.total !== undefined && total >= this.policy.caps.total) return null;
    for (const reason of reasons) {
      const cap = this.policy.caps.perReason?.[reason];
      const used = this.counts.get(reason) ?? 0;
      if (cap !== undefined && used >= cap) continue;
      this.counts.set(reason, used + 1);
      this.counts.set('*', total + 1);
      return reason;
    }
    return null;
  }

  /** Counts after the takes, to store. */
  snapshot(): ReadonlyMap<string, number> {
    return this.counts;
  }
}

/** The UTC day a time falls on, as the caps count it: `2026-12-03`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
