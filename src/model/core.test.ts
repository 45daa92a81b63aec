import { describe, expect, it } from 'vitest';
import { loadCorpus, parseEmail, verdictOfGroup } from '../demo/index.js';
import { createModelCore } from './core.js';
import { deserializeModel, serializeModel } from './serialize.js';
import { trainInWorker } from './train-worker.js';

const core = createModelCore();
const argmax = (p: Float64Array) => p.indexOf(Math.max(...p));

describe('built-in text model', () => {
  it('learns a toy vocabulary and gives unseen words no opinion beyond the prior', () => {
    const texts = ['cheap pills now', 'win cheap money', 'meeting at noon', 'lunch meeting tomorrow'];
    const labels = ['spam', 'spam', 'ham', 'ham'];
    const model = core.train(texts, labels);
    expect(model.classes).toEqual(['ham', 'spam']);
    const [spammy, hammy] = core.predict(model, ['cheap money pills', 'noon meeting']);
    expect(spammy?.[1]).toBeGreaterThan(0.8);
    expect(hammy?.[0]).toBeGreaterThan(0.8);
    const [unknown] = core.predict(model, ['zzqx']);
    expect(unknown?.[0]).toBeCloseTo(unknown?.[1] ?? 0, 1);
  });

  it('keeps options nobody picked yet as classes', () => {
    const model = core.train(['a b', 'c d'], ['x', 'y'], ['x', 'y', 'z']);
    expect(model.classes).toEqual(['x', 'y', 'z']);
    const [p] = core.predict(model, ['a b']);
    expect(p).toHaveLength(3);
    expect(argmax(p ?? new Float64Array())).toBe(0);
  });

  it('round-trips through its serialised form and through the worker thread', async () => {
    const texts = ['cheap pills now', 'win cheap money', 'meeting at noon', 'lunch meeting tomorrow'];
    const labels = ['spam', 'spam', 'ham', 'ham'];
    const inThread = core.train(texts, labels, [], { seed: 3 });
    const inWorker = await trainInWorker({ texts, labels, classes: [], seed: 3 });
    expect(Array.from(inWorker.weights)).toEqual(Array.from(inThread.weights));
    const restored = deserializeModel(JSON.parse(JSON.stringify(serializeModel(inWorker))));
    expect(core.predict(restored, ['cheap noon'])).toEqual(core.predict(inThread, ['cheap noon']));
  });

  it('separates SpamAssassin spam from ham on held-out mails (≥ 90 % right)', () => {
    const mails = loadCorpus().filter((_, i) => i % 10 === 0);
    const text = (raw: string) => {
      const e = parseEmail(raw);
      return `${e.subject}\n${e.from}\n${e.body}`;
    };
    const train = mails.filter((_, i) => i % 4 !== 0);
    const test = mails.filter((_, i) => i % 4 === 0);
    const t0 = performance.now();
    const model = core.train(
      train.map((m) => text(m.text)),
      train.map((m) => verdictOfGroup(m.group)),
    );
    const probs = core.predict(
      model,
      test.map((m) => text(m.text)),
    );
    const right = test.filter(
      (m, i) => model.classes[argmax(probs[i] ?? new Float64Array())] === verdictOfGroup(m.group),
    );
    console.log(
      `trained ${train.length} in ${(performance.now() - t0).toFixed(0)} ms; accuracy ${right.length / test.length}`,
    );
    expect(right.length / test.length).toBeGreaterThan(0.9);
  }, 300_000);
});
