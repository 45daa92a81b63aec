import { CreateProjectBody } from '../src/projects/contracts.js';

/**
 * Deterministic benchmark rows: the same seed gives the same rows byte for byte, so two loaders
 * (Tandem and the COPY reference) can be fed identical data in one run without holding it all.
 */

/** A small single-choice project; every generated prediction fits it. */
export const benchProject = CreateProjectBody.parse({
  name: 'Bench triage',
  slug: 'bench',
  labelSchema: {
    questions: [
      {
        name: 'verdict',
        type: 'single_choice',
        options: [{ value: 'spam' }, { value: 'ham' }, { value: 'unsure' }],
      },
    ],
  },
});

export interface BenchRow {
  readonly externalId: string;
  readonly data: { readonly text: string; readonly source: string; readonly lang: string };
  readonly prediction: { readonly verdict: string };
  readonly confidence: number;
  readonly metadata: { readonly tags: readonly string[]; readonly risk: string };
}

// Plain words, a few accented: no quote, backslash or control character, so the JSON needs no
// escapes and the PostgreSQL COPY peer in export.ts can emit the exact JSONL text.
const WORDS = (
  'invoice payment account offer winner urgent meeting report schedule delivery package refund ' +
  'password verify login bank transfer discount limited free click unsubscribe newsletter team ' +
  'project deadline review draft contract signature customer support ticket order shipping ' +
  'tracking number update security alert device location holiday travel booking hotel flight ' +
  'lunch coffee tomorrow today monday friday weekend please thanks regards hello dear friend ' +
  'prize lottery million dollars claim reward gift card crypto wallet bitcoin investment return ' +
  'guaranteed risk-free opportunity business proposal partnership agenda minutes budget quarter ' +
  'forecast sales pipeline lead prospect demo trial license renewal subscription plan upgrade ' +
  'café naïve résumé déjà vu façade Zürich Ångström'
).split(' ');
const SOURCES = ['inbox', 'support', 'sales', 'forum', 'chat', 'import'];
const LANGS = ['en', 'fr', 'de', 'es'];
const TAGS = ['hard', 'easy', 'new', 'vip', 'billing', 'phishing', 'promo', 'internal'];
const RISKS = ['low', 'medium', 'high'];
const VERDICTS = ['spam', 'ham', 'unsure'];

/** mulberry32: tiny, fast, good enough to vary benchmark text. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function makeRow(random: () => number, index: number): BenchRow {
  // 28–40 words ≈ 210–300 characters of text, so `data` serialises to ≈ 300 bytes.
  const wordCount = 28 + Math.floor(random() * 13);
  const words: string[] = [];
  for (let w = 0; w < wordCount; w++) words.push(pick(random, WORDS));
  const tagCount = 1 + Math.floor(random() * 3);
  const tags: string[] = [];
  for (let t = 0; t < tagCount; t++) tags.push(pick(random, TAGS));
  return {
    externalId: `bench-${index}`,
    data: { text: words.join(' '), source: pick(random, SOURCES), lang: pick(random, LANGS) },
    prediction: { verdict: pick(random, VERDICTS) },
    confidence: Math.round(random() * 1000) / 1000,
    metadata: { tags: [...new Set(tags)], risk: pick(random, RISKS) },
  };
}

/**
 * Yields `total` rows in arrays of `chunkSize`, generated lazily: only one chunk is alive at a
 * time, so a million rows never sit in memory together.
 */
export function* generateRowChunks(total: number, chunkSize: number, seed = 20240601): Generator<BenchRow[]> {
  const random = mulberry32(seed);
  for (let start = 0; start < total; start += chunkSize) {
    const chunk: BenchRow[] = [];
    const end = Math.min(total, start + chunkSize);
    for (let index = start; index < end; index++) chunk.push(makeRow(random, index));
    yield chunk;
  }
}
