import type { FieldIssue } from '../errors.js';
import type { LabelSchema } from '../schemas/label-schema.js';
import type { JudgeConfig } from './contracts.js';
import { evaluateLlm, llmConfigProblems } from './llm.js';
import { evaluateRules, fieldText, ruleConfigProblems } from './rules.js';
import type { JudgeCallContext, JudgeItem, JudgeVerdict } from './verdict.js';
import { evaluateWebhook } from './webhook.js';

/** One judge kind: checks its settings against the project and evaluates an item. */
export interface JudgeKind<C extends JudgeConfig = JudgeConfig> {
  configProblems(config: C, labelSchema: LabelSchema): FieldIssue[];
  evaluate(config: C, item: JudgeItem, ctx: JudgeCallContext): Promise<JudgeVerdict>;
}

const ruleKind: JudgeKind<Extract<JudgeConfig, { kind: 'rule' }>> = {
  configProblems: (config) => ruleConfigProblems(config),
  evaluate: async (config, item) => {
    const verdict = evaluateRules(config, fieldText(item.data, config.field));
    return {
      pass: verdict.pass,
      score: verdict.score,
      confidence: null,
      answers: { checks: verdict.checks },
      reason: verdict.reason,
      inputTokens: null,
      outputTokens: null,
      cost: null,
    };
  },
};

/** The judge kinds by name: adding a kind is one entry here (and its config in contracts.ts). */
export const JUDGE_KINDS: { readonly [K in JudgeConfig['kind']]: JudgeKind<Extract<JudgeConfig, { kind: K }>> } = {
  rule: ruleKind,
  llm: { configProblems: llmConfigProblems, evaluate: evaluateLlm },
  webhook: { configProblems: () => [], evaluate: evaluateWebhook },
};

export function judgeKind(config: JudgeConfig): JudgeKind {
  return JUDGE_KINDS[config.kind] as JudgeKind;
}
