import { describe, expect, it } from 'vitest';
import { ItemInput } from '../items/contracts.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { validateAnswer } from '../schemas/index.js';
import { buildDemoProject, DEFAULT_DEMO_SIZE } from './demo-project.js';

describe('buildDemoProject', () => {
  // Built once: each build reads the whole corpus from disk.
  const demo = buildDemoProject();

  it('has the requested size, with unique ids and a truth label for every item', () => {
    expect(demo.items).toHaveLength(DEFAULT_DEMO_SIZE);
    const ids = demo.items.map((item) => item.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^spamassassin-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(demo.truth.size).toBe(DEFAULT_DEMO_SIZE);
    expect(ids.every((id) => demo.truth.has(id))).toBe(true);
  });

  it('is reproducible for a seed and different for another seed', () => {
    const again = buildDemoProject({ size: DEFAULT_DEMO_SIZE, seed: 7 });
    expect(again.items).toEqual(demo.items);
    expect(again.trainingExternalIds).toEqual(demo.trainingExternalIds);
    const other = buildDemoProject({ seed: 8 });
    expect(other.items.map((item) => item.externalId)).not.toEqual(demo.items.map((item) => item.externalId));
    // Two corpus reads and parses: slow on a shared machine.
  }, 90_000);

  it('honours a custom size and rejects impossible ones', () => {
    expect(buildDemoProject({ size: 25, seed: 3 }).items).toHaveLength(25);
    expect(() => buildDemoProject({ size: 0 })).toThrow(RangeError);
    expect(() => buildDemoProject({ size: 2.5 })).toThrow(RangeError);
    expect(() => buildDemoProject({ size: 6_046 })).toThrow(RangeError);
  });

  it('trains the model on about 60 mails, none of which is a demo item', () => {
    expect(demo.trainingExternalIds.length).toBeGreaterThanOrEqual(50);
    expect(demo.trainingExternalIds.length).toBeLessThanOrEqual(70);
    const demoIds = new Set(demo.items.map((item) => item.externalId));
    expect(demo.trainingExternalIds.filter((id) => demoIds.has(id))).toEqual([]);
  });

  it('samples spam at roughly the corpus ratio and includes hard ham', () => {
    const spamShare = [...demo.truth.values()].filter((verdict) => verdict === 'spam').length / DEFAULT_DEMO_SIZE;
    expect(spamShare).toBeGreaterThan(0.27);
    expect(spamShare).toBeLessThan(0.36);
    const hardHam = demo.items.filter((item) => item.metadata.corpus_group === 'hard-ham-1');
    expect(hardHam.length).toBeGreaterThanOrEqual(20);
    expect(hardHam.every((item) => item.metadata.tags.includes('hard'))).toBe(true);
  });

  it('gives an imperfect model (the built-in one, trained on 60 mails): 80–92 % right, with some low-confidence suggestions', () => {
    const correct = demo.items.filter((item) => demo.truth.get(item.externalId) === item.prediction.verdict);
    const accuracy = correct.length / demo.items.length;
    const lowConfidence = demo.items.filter((item) => item.confidence < 0.8);
    console.info(
      `demo model: accuracy ${(accuracy * 100).toFixed(1)} % on ${demo.items.length} items, ` +
        `${lowConfidence.length} suggestions below 0.8 confidence`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
    expect(accuracy).toBeLessThanOrEqual(0.92);
    expect(lowConfidence.length).toBeGreaterThanOrEqual(10);
    expect(demo.items.every((item) => item.confidence >= 0.5 && item.confidence <= 0.999)).toBe(true);
    expect(demo.items.every((item) => Math.round(item.confidence * 1000) / 1000 === item.confidence)).toBe(true);
  });

  it('keeps the true label out of item data and predictions', () => {
    for (const item of demo.items) {
      expect(Object.keys(item.data).sort()).toEqual(['body', 'from', 'subject']);
      expect(Object.keys(item.prediction)).toEqual(['verdict']);
    }
  });

  it('tags difficulty and risk from the mail', () => {
    expect(new Set(demo.items.flatMap((item) => item.metadata.tags))).toEqual(new Set(['easy', 'hard']));
    expect(new Set(demo.items.map((item) => item.metadata.risk))).toEqual(new Set(['low', 'medium', 'high']));
    const hardItems = demo.items.filter((item) => item.metadata.tags.includes('hard'));
    expect(hardItems.every((item) => ['hard-ham-1', 'spam-2'].includes(item.metadata.corpus_group))).toBe(true);
  });

  it('describes the spam-triage project and its label schema', () => {
    const project = CreateProjectBody.parse(demo.project);
    expect(project).toMatchObject({ name: 'Spam triage (demo)', slug: 'spam-triage' });
    const guidelineLines = project.guidelines?.trim().split('\n').length ?? 0;
    expect(guidelineLines).toBeGreaterThanOrEqual(15);
    expect(guidelineLines).toBeLessThanOrEqual(30);
    const choices = project.labelSchema.questions.map((question) => ({
      name: question.name,
      type: question.type,
      required: question.required,
      options: 'options' in question ? question.options.map((option) => `${option.value}:${option.hotkey}`) : [],
    }));
    expect(choices).toEqual([
      { name: 'verdict', type: 'single_choice', required: true, options: ['spam:1', 'ham:2'] },
      {
        name: 'signals',
        type: 'multi_choice',
        required: false,
        options: ['phishing:q', 'advertising:w', 'scam:e', 'malware:r', 'adult:t', 'other:y'],
      },
    ]);
  });

  it('produces items that the items API accepts for this project', () => {
    const { labelSchema } = CreateProjectBody.parse(demo.project);
    for (const item of demo.items) {
      expect(ItemInput.safeParse(item).success).toBe(true);
      expect(validateAnswer(labelSchema, item.prediction, item.data, { partial: true })).toEqual([]);
    }
  });
});
