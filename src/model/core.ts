/**
 * The built-in text model (issue 12, point 1): hashed TF-IDF over word uni/bigrams and character
 * 3–4-grams, then multinomial logistic regression (softmax, L2) fitted by AdaGrad SGD — or, for
 * multi-choice questions (`multi: true`), one-vs-rest logistic regression: an independent sigmoid
 * per option on the same features, each answering "is this option chosen?".
 *
 * Everything lives inside ONE function with no imports and no outside references, because the
 * worker thread runs this function's source text (`modelCoreSource`): Node 20 cannot load a `.ts`
 * worker file when running from source, and the same code must run in tests and in `dist/`.
 */
export function createModelCore(options: { readonly cacheTerms?: boolean } = {}) {
  const DIMS = 1 << 20;
  const MAX_CHARS = 6_000;

  /** FNV-1a, 32 bits, folded into DIMS buckets. */
  function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h & (DIMS - 1);
  }

  /** Scratch counts shared by every call (one bucket → count slot each), zeroed after use. */
  const scratch = new Int32Array(DIMS);

  /** Benches retrain on the same texts many times; the server never caches (unbounded). */
  const termCache = options.cacheTerms ? new Map<string, ReturnType<typeof countTerms>>() : undefined;
  function termCounts(text: string): ReturnType<typeof countTerms> {
    if (!termCache) return countTerms(text);
    let counts = termCache.get(text);
    if (!counts) {
      counts = countTerms(text);
      termCache.set(text, counts);
    }
    return counts;
  }

  /** Term counts of one document: distinct buckets and their counts. */
  function countTerms(text: string): { readonly buckets: Int32Array; readonly counts: Int32Array } {
    const touched: number[] = [];
    const add = (key: string) => {
      const bucket = hash(key);
      if (scratch[bucket] === 0) touched.push(bucket);
      scratch[bucket] = (scratch[bucket] ?? 0) + 1;
    };
    const words =
      text
        .slice(0, MAX_CHARS)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    let previous = '';
    for (const word of words) {
      add(`w:${word}`);
      if (previous) add(`b:${previous} ${word}`);
      previous = word;
      // Character n-grams inside word boundaries catch spelling variants and obfuscation.
      const padded = ` ${word} `;
      if (padded.length <= 24) {
        for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
      }
    }
    const buckets = Int32Array.from(touched);
    const counts = new Int32Array(touched.length);
    touched.forEach((bucket, i) => {
      counts[i] = scratch[bucket] ?? 0;
      scratch[bucket] = 0;
    });
    return { buckets, counts };
  }

  interface Sparse {
    readonly index: Int32Array;
    readonly value: Float32Array;
  }

  /** Sublinear tf × idf, L2-normalised; buckets without a column (unseen in training) are dropped. */
  function vectorize(terms: ReturnType<typeof termCounts>, column: Int32Array, idf: Float32Array): Sparse {
    const index: number[] = [];
    const value: number[] = [];
    let norm = 0;
    for (let i = 0; i < terms.buckets.length; i++) {
      const col = column[terms.buckets[i] ?? 0] ?? -1;
      if (col < 0) continue;
      const weight = (1 + Math.log(terms.counts[i] ?? 1)) * (idf[col] ?? 0);
      index.push(col);
      value.push(weight);
      norm += weight * weight;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return { index: Int32Array.from(index), value: Float32Array.from(value, (v) => v * scale) };
  }

  /** bucket → column (−1: not a feature of this model). */
  function columnsOf(buckets: Int32Array): Int32Array {
    const column = new Int32Array(DIMS).fill(-1);
    buckets.forEach((bucket, col) => {
      column[bucket] = col;
    });
    return column;
  }

  /** A small seeded PRNG (mulberry32) so a training run is reproducible. */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  interface TrainOptions {
    readonly epochs?: number;
    readonly learningRate?: number;
    readonly l2?: number;
    readonly seed?: number;
    /** One-vs-rest sigmoids: each label is a list of options (a multi-choice answer). */
    readonly multi?: boolean;
  }

  /** A fitted model as plain data (typed arrays), ready to serialise. */
  interface FittedModel {
    readonly classes: string[];
    readonly buckets: Int32Array;
    readonly idf: Float32Array;
    /** Row-major (feature × class), then one bias per class at the end. */
    readonly weights: Float32Array;
    /** One-vs-rest: `predict` gives each class's own probability (they need not sum to 1). */
    readonly multi?: boolean;
  }

  function sigmoidInto(scores: Float64Array): void {
    for (let k = 0; k < scores.length; k++) scores[k] = 1 / (1 + Math.exp(-(scores[k] ?? 0)));
  }

  function softmaxInto(scores: Float64Array): void {
    let max = Number.NEGATIVE_INFINITY;
    for (const s of scores) if (s > max) max = s;
    let sum = 0;
    for (let k = 0; k < scores.length; k++) {
      const e = Math.exp((scores[k] ?? 0) - max);
      scores[k] = e;
      sum += e;
    }
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) / sum;
  }

  function scoresOf(model: FittedModel, x: Sparse, out: Float64Array): void {
    const K = model.classes.length;
    const biasAt = model.buckets.length * K;
    for (let k = 0; k < K; k++) out[k] = model.weights[biasAt + k] ?? 0;
    for (let j = 0; j < x.index.length; j++) {
      const base = (x.index[j] ?? 0) * K;
      const v = x.value[j] ?? 0;
      for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + (model.weights[base + k] ?? 0) * v;
    }
  }

  /**
   * Fits the model on `texts` labelled `labels`. Classes are the distinct labels, sorted, unless
   * `classes` lists them (options no one has picked yet keep a place and a probability). With
   * `multi`, a label is the list of options chosen for the text (possibly empty).
   */
  function train(
    texts: readonly string[],
    labels: readonly (string | readonly string[])[],
    classesIn?: readonly string[],
    options: TrainOptions = {},
  ): FittedModel {
    const multi = options.multi === true;
    const listed = labels.flatMap((l) => (typeof l === 'string' ? [l] : [...l]));
    const classes = [...new Set([...(classesIn ?? []), ...listed])].sort();
    const K = classes.length;
    const classOf = new Map(classes.map((c, i) => [c, i]));
    const counts = texts.map(termCounts);
    // Columns: the buckets seen in training; idf = ln((1+n)/(1+df)) + 1 (smoothed).
    const df = new Int32Array(DIMS);
    for (const c of counts) for (const bucket of c.buckets) df[bucket] = (df[bucket] ?? 0) + 1;
    const seen: number[] = [];
    df.forEach((n, bucket) => {
      if (n > 0) seen.push(bucket);
    });
    const buckets = Int32Array.from(seen);
    const column = columnsOf(buckets);
    const idf = Float32Array.from(seen, (bucket) => Math.log((1 + texts.length) / (1 + (df[bucket] ?? 0))) + 1);
    const xs = counts.map((c) => vectorize(c, column, idf));
    const ys = labels.map((l) => (typeof l === 'string' ? (classOf.get(l) ?? 0) : 0));
    const chosen = labels.map((l) => new Set((typeof l === 'string' ? [l] : l).map((c) => classOf.get(c) ?? -1)));
    const weights = new Float32Array(buckets.length * K + K);
    const model: FittedModel = multi ? { classes, buckets, idf, weights, multi } : { classes, buckets, idf, weights };
    if ((!multi && K < 2) || K === 0 || xs.length === 0) return model;

    const epochs = options.epochs ?? 12;
    const rate = options.learningRate ?? 0.5;
    const l2 = options.l2 ?? 1e-5;
    const next = random(options.seed ?? 1);
    const squared = new Float32Array(weights.length).fill(1e-8);
    const order = xs.map((_, i) => i);
    const p = new Float64Array(K);
    const biasAt = buckets.length * K;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
      }
      for (const n of order) {
        const x = xs[n];
        if (!x) continue;
        scoresOf(model, x, p);
        if (multi) sigmoidInto(p);
        else softmaxInto(p);
        const y = ys[n] ?? 0;
        const set = chosen[n];
        for (let k = 0; k < K; k++) {
          const target = multi ? (set?.has(k) ? 1 : 0) : k === y ? 1 : 0;
          const g = (p[k] ?? 0) - target;
          for (let j = 0; j < x.index.length; j++) {
            const at = (x.index[j] ?? 0) * K + k;
            const w = weights[at] ?? 0;
            const grad = g * (x.value[j] ?? 0) + l2 * w;
            const s = (squared[at] ?? 0) + grad * grad;
            squared[at] = s;
            weights[at] = w - (rate * grad) / Math.sqrt(s);
          }
          const at = biasAt + k;
          const s = (squared[at] ?? 0) + g * g;
          squared[at] = s;
          weights[at] = (weights[at] ?? 0) - (rate * g) / Math.sqrt(s);
        }
      }
    }
    return model;
  }

  /** Class probabilities for each text, in `model.classes` order (one-vs-rest: each its own). */
  function predict(model: FittedModel, texts: readonly string[]): Float64Array[] {
    const column = columnsOf(model.buckets);
    return texts.map((text) => {
      const p = new Float64Array(model.classes.length);
      if (model.classes.length === 1 && !model.multi) {
        p[0] = 1;
        return p;
      }
      scoresOf(model, vectorize(termCounts(text), column, model.idf), p);
      if (model.multi) sigmoidInto(p);
      else softmaxInto(p);
      return p;
    });
  }

  return { train, predict };
}

export type ModelCore = ReturnType<typeof createModelCore>;
export type FittedModel = ReturnType<ModelCore['train']>;

/** The source text the training worker evaluates (see the file comment). */
export const modelCoreSource = `(${createModelCore.toString()})()`;
