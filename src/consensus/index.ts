export type { ConsensusResult, QuestionConsensus } from './aggregate.js';
export { aggregateQuestion, aggregateResponses } from './aggregate.js';
export type { Interval, Rect } from './overlap.js';
export { boxIoU, intervalIoU, matchF1 } from './overlap.js';
export { stableStringify } from './stable-stringify.js';
export type { AggregateOptions, Box, ConsensusResponse, QuestionAggregate, Span } from './types.js';
