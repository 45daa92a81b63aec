/** The routing policy as the form edits it (mirrors src/routing/contracts.ts `Policy`). */

export type WorkRole = 'annotator' | 'reviewer' | 'expert';
export type Risk = 'low' | 'medium' | 'high';

export type Outcome =
  | { action: 'auto_accept' }
  | { action: 'review' | 'escalate'; k?: number; role?: WorkRole; priority?: number }
  | { action: 'hold' };

export interface Condition {
  confidence?: { gte?: number; gt?: number; lte?: number; lt?: number };
  risk?: Risk | Risk[];
  tags?: { any?: string[]; all?: string[] };
  metadata?: Record<string, string | number | boolean>;
  hasPrediction?: boolean;
}

export interface Rule {
  name?: string;
  when: Condition;
  then: Outcome;
}

export interface Policy {
  rules: Rule[];
  default: Outcome;
  auditRate: number;
  leaseSeconds: number;
  blind?: boolean;
  consensus: { threshold: number; ratingAggregate: 'mean' | 'median'; adjudicatorRole: WorkRole };
  approval?: { timeoutSeconds: number; defaultOutcome: 'approve' | 'reject' | 'escalate'; escalateRole?: WorkRole };
  ordering?: Ordering;
  /** The built-in model's settings (kept as they are; `calibrate` is edited in the threshold advisor). */
  model?: { retrainEvery?: number; question?: string; calibrate?: 'isotonic' | 'none' };
}

export type OrderingStrategy = 'oldest' | 'uncertainty' | 'uncertainty_diversity' | 'random';
export type UncertaintyMeasure = 'least_confidence' | 'margin' | 'entropy';
export interface Ordering {
  strategy: OrderingStrategy;
  measure: UncertaintyMeasure;
  exploration: number;
}

export const DEFAULT_ORDERING: Ordering = { strategy: 'oldest', measure: 'least_confidence', exploration: 0 };

export const ORDERING_STRATEGIES: readonly (readonly [OrderingStrategy, string])[] = [
  ['oldest', 'Oldest first'],
  ['uncertainty', 'Most uncertain first (active learning)'],
  ['uncertainty_diversity', 'Most uncertain first, skipping near-duplicates'],
  ['random', 'Random'],
];

export const UNCERTAINTY_MEASURES: readonly (readonly [UncertaintyMeasure, string])[] = [
  ['least_confidence', 'Least confidence'],
  ['margin', 'Margin (top two classes)'],
  ['entropy', 'Entropy'],
];

export const WORK_ROLES: readonly (readonly [WorkRole, string])[] = [
  ['annotator', 'Annotator'],
  ['reviewer', 'Reviewer'],
  ['expert', 'Expert'],
];

export const ACTIONS: readonly (readonly [Outcome['action'], string])[] = [
  ['review', 'Review by k people'],
  ['auto_accept', 'Auto-accept the prediction'],
  ['escalate', 'Escalate to k people'],
  ['hold', 'Hold (no tasks)'],
];

/** The outcome to switch to when its action changes, with the server's defaults filled in. */
export function outcomeFor(action: Outcome['action']): Outcome {
  if (action === 'review') return { action, k: 1, role: 'annotator', priority: 0 };
  if (action === 'escalate') return { action, k: 1, role: 'expert', priority: 0 };
  return { action };
}

export const EMPTY_POLICY: Policy = {
  rules: [],
  default: outcomeFor('review'),
  auditRate: 0,
  leaseSeconds: 600,
  consensus: { threshold: 0.66, ratingAggregate: 'mean', adjudicatorRole: 'reviewer' },
};

/** Drops empty condition parts, so "no tags" is omitted rather than sent as `{any: []}`. */
export function cleanCondition(when: Condition): Condition {
  const result: Condition = {};
  const c = when.confidence;
  if (c) {
    const bounds = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
    if (Object.keys(bounds).length > 0) result.confidence = bounds;
  }
  const risks = asList(when.risk);
  if (risks.length > 0) result.risk = risks.length === 1 ? (risks[0] as Risk) : risks;
  const any = when.tags?.any?.filter(Boolean) ?? [];
  const all = when.tags?.all?.filter(Boolean) ?? [];
  if (any.length > 0 || all.length > 0)
    result.tags = { ...(any.length ? { any } : {}), ...(all.length ? { all } : {}) };
  if (when.metadata && Object.keys(when.metadata).length > 0) result.metadata = when.metadata;
  if (when.hasPrediction !== undefined) result.hasPrediction = when.hasPrediction;
  return result;
}

export function cleanPolicy(policy: Policy): Policy {
  return {
    ...policy,
    rules: policy.rules.map((rule) => ({ ...rule, name: rule.name || undefined, when: cleanCondition(rule.when) })),
  };
}

export function asList(risk: Risk | Risk[] | undefined): Risk[] {
  if (risk === undefined) return [];
  return Array.isArray(risk) ? risk : [risk];
}
