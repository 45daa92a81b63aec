import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import type { Project } from '../projects/store.js';
import type { Policy } from '../routing/contracts.js';
import {
  type AnnotatorModel,
  logOddsWeight,
  MIN_EVIDENCE,
  MIN_GOLD,
  modelAccuracy,
} from './aggregation/annotator-model.js';
import { storedModels } from './consensus-methods.js';
import { choiceQuestions } from './fits.js';

export const PreviewPolicyBody = z
  .object({
    k: z.number().int().min(1).max(10).optional().describe("Overlap; default: the policy default outcome's k"),
    method: z.enum(['majority', 'weighted', 'dawid_skene']).optional(),
    threshold: z.number().min(0).max(1).optional(),
  })
  .strict();
export type PreviewPolicyBody = z.infer<typeof PreviewPolicyBody>;

export const PolicyPreview = z.object({
  k: z.number().int(),
  method: z.enum(['majority', 'weighted', 'dawid_skene']),
  threshold: z.number(),
  classes: z.number().int().describe('Options of the first single-choice question (2 when there is none)'),
  assumedAccuracy: z
    .number()
    .nullable()
    .describe(
      'weighted / dawid_skene: the typical voter accuracy the figures assume (median over people the model knows)',
    ),
  splits: z.array(
    z.object({
      votes: z
        .array(z.number().int())
        .describe('How the k votes split, largest first: [2, 1] = two for one label, one for another'),
      agreement: z.number(),
      outcome: z.enum(['decided', 'adjudication']),
    }),
  ),
  warnings: z.array(z.string()),
});
export type PolicyPreview = z.infer<typeof PolicyPreview>;

/** Every way k votes can split over at most `classes` labels, largest share first. */
function splitsOf(k: number, classes: number): number[][] {
  const out: number[][] = [];
  const walk = (left: number, max: number, parts: number[]) => {
    if (left === 0) {
      out.push(parts);
      return;
    }
    if (parts.length === classes) return;
    for (let n = Math.min(left, max); n >= 1; n -= 1) walk(left - n, n, [...parts, n]);
  };
  walk(k, k, []);
  return out;
}

/**
 * Which vote splits a policy decides and which go to adjudication (issue 11 point 5), so a manager
 * sees before saving that, say, overlap 3 with threshold 0.66 never adjudicates under majority.
 * weighted / dawid_skene depend on who voted: the figures assume every voter has the typical
 * accuracy of the people the stored model knows, with symmetric errors.
 */
export async function previewPolicy(
  db: Executor,
  project: Project,
  policy: Policy,
  body: PreviewPolicyBody,
): Promise<PolicyPreview> {
  const k =
    body.k ?? (policy.default.action === 'review' || policy.default.action === 'escalate' ? policy.default.k : 1);
  const method = body.method ?? policy.consensus.method;
  const threshold = body.threshold ?? policy.consensus.threshold;
  const question = choiceQuestions(project)[0];
  const classes = question ? question.options.length : 2;
  const warnings: string[] = [];
  let accuracy: number | null = null;
  if (method !== 'majority') {
    const models = await storedModels(db, project);
    const model = question ? models.get(question.name) : undefined;
    const informed = model ? informedAccuracies(model, method) : [];
    if (informed.length === 0) {
      warnings.push(
        method === 'weighted'
          ? `Weights carry no information yet: nobody has ${MIN_GOLD} gold answers or ${MIN_EVIDENCE} answers in the annotator model, so every vote weighs the same and this is a majority vote.`
          : `The annotator model has no voter with ${MIN_EVIDENCE} answers yet: until it has, items are decided by majority vote (the evidence guard).`,
      );
    } else {
      const sorted = [...informed].sort((a, b) => a - b);
      accuracy = sorted[Math.floor((sorted.length - 1) / 2)] as number;
      if (informed.every((a) => Math.abs(a - (accuracy as number)) < 0.01)) {
        warnings.push(
          'Every informed voter has the same estimated accuracy: the weights carry no information beyond a majority vote.',
        );
      }
    }
  }
  const splits = splitsOf(k, classes).map((votes) => {
    const top = votes[0] as number;
    let agreement = top / k;
    if (accuracy !== null) {
      // Symmetric errors: each vote adds the log-odds weight to its label.
      const w = logOddsWeight(accuracy, classes);
      const scores = [...votes, ...new Array<number>(classes - votes.length).fill(0)].map((n) =>
        Math.exp(w * (n - top)),
      );
      agreement = 1 / scores.reduce((a, b) => a + b, 0);
    }
    const decided = agreement + 1e-9 >= threshold || k === 1;
    return { votes, agreement, outcome: decided ? ('decided' as const) : ('adjudication' as const) };
  });
  if (k === 1) warnings.push('With one answer per item every answer decides: nothing goes to adjudication.');
  else if (splits.every((s) => s.outcome === 'decided')) {
    const weakest = splits[splits.length - 1];
    warnings.push(
      `No split goes to adjudication: even ${weakest?.votes.join('–')} has agreement ${weakest?.agreement.toFixed(2)} ≥ ${threshold}.`,
    );
  }
  return { k, method, threshold, classes, assumedAccuracy: accuracy, splits, warnings };
}

function informedAccuracies(model: AnnotatorModel, method: 'weighted' | 'dawid_skene'): number[] {
  return Object.values(model.annotators).flatMap((person) => {
    if (method === 'weighted' && person.gold.answered >= MIN_GOLD) {
      return [(person.gold.correct + 1) / (person.gold.answered + 2)];
    }
    return model.converged && person.answers >= MIN_EVIDENCE ? [modelAccuracy(model, person)] : [];
  });
}
