import type { FittedModel } from './core.js';

/** A fitted model as JSON-safe text fields (typed arrays as base64, little-endian as on x86/ARM). */
export interface SerializedModel {
  readonly format: 'tandem-tfidf-logreg/1';
  readonly classes: string[];
  readonly buckets: string;
  readonly idf: string;
  readonly weights: string;
  /** One-vs-rest sigmoids (multi-choice); absent for softmax models. */
  readonly multi?: boolean;
}

const toBase64 = (array: Int32Array | Float32Array): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function fromBase64<T extends Int32Array | Float32Array>(text: string, make: (b: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer: a Buffer's byteOffset need not be a multiple of 4.
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

export function serializeModel(model: FittedModel): SerializedModel {
  return {
    format: 'tandem-tfidf-logreg/1',
    classes: model.classes,
    buckets: toBase64(model.buckets),
    idf: toBase64(model.idf),
    weights: toBase64(model.weights),
    ...(model.multi ? { multi: true } : {}),
  };
}

export function deserializeModel(stored: SerializedModel): FittedModel {
  return {
    classes: stored.classes,
    buckets: fromBase64(stored.buckets, (b) => new Int32Array(b)),
    idf: fromBase64(stored.idf, (b) => new Float32Array(b)),
    weights: fromBase64(stored.weights, (b) => new Float32Array(b)),
    ...(stored.multi ? { multi: true } : {}),
  };
}
