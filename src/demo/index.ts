export type { CorpusMail, Difficulty, Verdict } from './corpus.js';
export { difficultyOfGroup, externalIdOfMail, loadCorpus, verdictOfGroup } from './corpus.js';
export type { BuildDemoProjectOptions, DemoItem, DemoProject } from './demo-project.js';
export { buildDemoProject, DEFAULT_DEMO_SEED, DEFAULT_DEMO_SIZE } from './demo-project.js';
export type { ParsedEmail } from './emails.js';
export { MAX_BODY_CODE_POINTS, parseEmail } from './emails.js';
export type {
  LabeledText,
  NaiveBayesModel,
  NaiveBayesOptions,
  NaiveBayesPrediction,
} from './naive-bayes.js';
export { tokenize, trainNaiveBayes } from './naive-bayes.js';
export type { RandomSource } from './random.js';
export { createSeededRandom, shuffledCopy } from './random.js';
export type { RiskLevel } from './risk.js';
export { assessEmailRisk } from './risk.js';
export type { DemoProjectDefinition } from './spam-triage-project.js';
export { SPAM_TRIAGE_PROJECT } from './spam-triage-project.js';
