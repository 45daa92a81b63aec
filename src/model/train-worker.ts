import { Worker } from 'node:worker_threads';
import { type FittedModel, modelCoreSource } from './core.js';

export interface TrainRequest {
  readonly texts: readonly string[];
  readonly labels: readonly (string | readonly string[])[];
  readonly classes: readonly string[];
  readonly seed?: number;
  /** One-vs-rest sigmoids for a multi-choice question (labels are option lists). */
  readonly multi?: boolean;
}

// The worker evaluates the model core's source text (see core.ts) and answers one request.
const WORKER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const core = ${modelCoreSource};
const { texts, labels, classes, seed, multi } = workerData;
const model = core.train(texts, labels, classes, { seed, multi });
parentPort.postMessage(model, [model.buckets.buffer, model.idf.buffer, model.weights.buffer]);
`;

/**
 * Fits a model in a worker thread so the server keeps answering requests while it trains
 * (6k mails take about a second of CPU). Rejects when the worker fails or `signal` aborts.
 */
export function trainInWorker(request: TrainRequest, signal?: AbortSignal): Promise<FittedModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, {
      eval: true,
      workerData: {
        texts: request.texts,
        labels: request.labels,
        classes: request.classes,
        seed: request.seed ?? 1,
        multi: request.multi === true,
      },
    });
    const abort = () => {
      void worker.terminate();
      reject(new Error('training aborted'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.once('message', (model: FittedModel) => {
      signal?.removeEventListener('abort', abort);
      resolve(model);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      signal?.removeEventListener('abort', abort);
      reject(error);
    });
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`training worker exited with code ${code}`));
    });
  });
}
