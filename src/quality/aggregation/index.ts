export type {
  CategoricalAnnotation,
  CodedAnnotations,
  EncodeOptions,
  ItemConsensus,
  Key,
} from './annotations.js';
export { encodeAnnotations } from './annotations.js';
export type { AnnotatorConfusion, DawidSkeneOptions, DawidSkeneResult } from './dawid-skene.js';
export { dawidSkene } from './dawid-skene.js';
export type { CodedDawidSkene } from './dawid-skene-em.js';
export { dawidSkeneCoded } from './dawid-skene-em.js';
export type { AnnotatorWeights, CodedVotes, VoteConsensus, VoteResult } from './majority.js';
export { majorityVote, voteCoded, weightedMajorityVote } from './majority.js';
export type { SimulatedAnnotator, Simulation } from './simulate.js';
export { seededRandom, simulateAnnotations } from './simulate.js';
