import { createHash } from 'node:crypto';
import type { Condition, Outcome, Policy } from './contracts.js';

/** What routing needs to know about an item. */
export interface RoutableItem {
  readonly prediction: Record<string, unknown> | null;
  readonly confidence: number | null;
  readonly metadata: Record<string, unknown>;
  /** Judges' latest verdicts by judge name (src/judges); absent until a judge has settled. */
  readonly judges?: Readonly<Record<string, JudgeSignal>>;
  /** The end user's thumbs (`data.feedback.thumbs`, issue 13 point 2); absent or null when none. */
  readonly feedback?: Thumbs | null;
}

export type Thumbs = 'up' | 'down';

/** The user's thumbs an item's data carries (`{feedback: {thumbs: 'up' | 'down'}}`), else null. */
export function feedbackOf(data: unknown): Thumbs | null {
  if (typeof data !== 'object' || data === null) return null;
  const feedback = (data as Record<string, unknown>).feedback;
  if (typeof feedback !== 'object' || feedback === null) return null;
  const thumbs = (feedback as Record<string, unknown>).thumbs;
  return thumbs === 'up' || thumbs === 'down' ? thumbs : null;
}

/**
 * Whether a judge's verdict contradicts the user's thumbs: a judge passes what the user
 * thumbed down, or fails what they thumbed up. No thumbs or no verdict: no disagreement.
 */
export function judgeContradictsUser(
  judges: Readonly<Record<string, JudgeSignal>> | undefined,
  thumbs: Thumbs | null | undefined,
): boolean {
  if (!thumbs) return false;
  return Object.values(judges ?? {}).some((j) => !j.failed && j.pass !== null && j.pass === (thumbs === 'down'));
}

/** What routing reads of one judge's verdict on an item. */
export interface JudgeSignal {
  readonly pass: boolean | null;
  readonly score: number | null;
  readonly failed: boolean;
  /**
   * The judge may auto-decide: trust was asked for and its current version is calibrated
   * (issue 13 point 3). Anything but true keeps an `auto_accept` that reads this judge from
   * accepting: the item goes to review instead.
   */
  readonly trusted?: boolean;
}

export interface RoutingDecision {
  readonly outcome: Outcome;
  /** Index of the matching rule, or -1 for the default. */
  readonly ruleIndex: number;
  /**
   * Judges the matching `auto_accept` rule read that may not auto-decide: the outcome is review
   * instead (the policy's default when it reviews, else one annotator).
   */
  readonly untrustedJudges?: readonly string[];
}

const REVIEW_BY_ONE: Outcome = { action: 'review', k: 1, role: 'annotator', priority: 0 };

/**
 * The first rule whose condition holds decides; else the default. `auto_accept` needs a
 * prediction to accept, so without one that rule is passed over.
 */
export function routeItem(policy: Policy, item: RoutableItem): RoutingDecision {
  for (const [index, rule] of policy.rules.entries()) {
    if (rule.then.action === 'auto_accept' && item.prediction === null) continue;
    if (!matches(rule.when, item)) continue;
    if (rule.then.action === 'auto_accept') {
      const untrusted = judgesReadBy(rule.when, item).filter((name) => item.judges?.[name]?.trusted !== true);
      if (untrusted.length > 0) {
        const outcome = policy.default.action === 'review' ? policy.default : REVIEW_BY_ONE;
        return { outcome, ruleIndex: index, untrustedJudges: untrusted };
      }
    }
    return { outcome: rule.then, ruleIndex: index };
  }
  if (policy.default.action === 'auto_accept' && item.prediction === null) {
    return { outcome: { action: 'review', k: 1, role: 'annotator', priority: 0 }, ruleIndex: -1 };
  }
  return { outcome: policy.default, ruleIndex: -1 };
}

/** The judges whose verdicts a condition reads: those it names, and every judge for `judgesDisagree`. */
function judgesReadBy(condition: Condition, item: RoutableItem): string[] {
  const named = Object.keys(condition.judges ?? {});
  if (condition.judgesDisagree === undefined) return named;
  return [...new Set([...named, ...Object.keys(item.judges ?? {})])];
}

function matches(condition: Condition, item: RoutableItem): boolean {
  const { confidence, risk, tags, metadata, hasPrediction, judges, judgesDisagree, feedback, feedbackDisagrees } =
    condition;
  if (hasPrediction !== undefined && hasPrediction !== (item.prediction !== null)) return false;
  if (confidence) {
    const value = item.confidence;
    if (value === null) return false;
    if (confidence.gte !== undefined && !(value >= confidence.gte)) return false;
    if (confidence.gt !== undefined && !(value > confidence.gt)) return false;
    if (confidence.lte !== undefined && !(value <= confidence.lte)) return false;
    if (confidence.lt !== undefined && !(value < confidence.lt)) return false;
  }
  if (risk !== undefined) {
    const allowed = Array.isArray(risk) ? risk : [risk];
    if (!allowed.includes(item.metadata.risk as never)) return false;
  }
  if (tags) {
    const itemTags = Array.isArray(item.metadata.tags) ? (item.metadata.tags as unknown[]) : [];
    if (tags.any && !tags.any.some((tag) => itemTags.includes(tag))) return false;
    if (tags.all && !tags.all.every((tag) => itemTags.includes(tag))) return false;
  }
  if (metadata) {
    for (const [key, expected] of Object.entries(metadata)) if (item.metadata[key] !== expected) return false;
  }
  if (judges && !judgesMatch(judges, item.judges ?? {})) return false;
  if (judgesDisagree !== undefined) {
    const verdicts = Object.values(item.judges ?? {}).filter((j) => !j.failed && j.pass !== null);
    const disagree = verdicts.some((j) => j.pass) && verdicts.some((j) => !j.pass);
    if (disagree !== judgesDisagree) return false;
  }
  if (feedback !== undefined && item.feedback !== feedback) return false;
  if (feedbackDisagrees !== undefined && judgeContradictsUser(item.judges, item.feedback) !== feedbackDisagrees) {
    return false;
  }
  return true;
}

function judgesMatch(
  wanted: NonNullable<Condition['judges']>,
  verdicts: Readonly<Record<string, JudgeSignal>>,
): boolean {
  for (const [name, want] of Object.entries(wanted)) {
    const verdict = verdicts[name];
    if (!verdict) return false;
    if (want.failed !== undefined && want.failed !== verdict.failed) return false;
    if (want.pass !== undefined && (verdict.failed || verdict.pass !== want.pass)) return false;
    if (want.score) {
      const value = verdict.score;
      if (verdict.failed || value === null) return false;
      const { gte, gt, lte, lt } = want.score;
      if (gte !== undefined && !(value >= gte)) return false;
      if (gt !== undefined && !(value > gt)) return false;
      if (lte !== undefined && !(value <= lte)) return false;
      if (lt !== undefined && !(value < lt)) return false;
    }
  }
  return true;
}

/**
 * Whether an auto-accepted item is sampled for audit: a hash of (project, item key) compared with
 * the rate, so the same item is always chosen or not — reproducible across runs and servers.
 */
export function inAuditSample(rate: number, projectId: number, itemKey: string): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  const digest = createHash('sha256').update(`${projectId}:${itemKey}`).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000 < rate;
}
