import { describe, expect, it } from 'vitest';
import { dawidSkene } from './dawid-skene.js';

/**
 * crowd-kit's own Dawid-Skene expectations (Toloka/crowd-kit, tests/conftest.py and
 * tests/aggregation/test_ds_aggregation.py): the data and the expected values are theirs; our
 * defaults must reproduce them (issue #11). Worker and task ids of the `simple` case are shortened
 * (w1… in order of first appearance, the last three hex digits of each task id).
 */
const rows = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .map((row) => {
      const [annotator, item, label] = row.split(':') as [string, string, string];
      return { annotator, item, label };
    });

const labelsOf = (fit: ReturnType<typeof dawidSkene>) =>
  Object.fromEntries(fit.items.map((item) => [item.item, item.label]));

const toy = rows(`
  w1:t1:no w1:t2:yes w1:t3:yes w1:t4:yes w1:t5:yes w2:t1:yes w2:t2:yes w2:t3:no w2:t4:yes w2:t5:no
  w3:t2:yes w3:t3:no w3:t4:yes w3:t5:no w4:t1:yes w4:t2:no w4:t3:yes w4:t4:yes w4:t5:no
  w5:t1:no w5:t2:no w5:t3:no w5:t4:yes w5:t5:no`);
const toyTruth = { t1: 'yes', t2: 'yes', t3: 'no', t4: 'yes', t5: 'no' };

const simple = rows(`
  w1:eec:goose w1:efb:parrot w1:f03:goose w1:f05:goose w1:f02:parrot w1:f08:parrot w2:efb:parrot
  w2:ee8:chicken w2:f07:parrot w2:efd:chicken w2:ee4:chicken w2:f03:goose w3:ee8:chicken w3:eec:goose
  w3:f05:goose w3:f02:parrot w3:f08:parrot w4:eec:goose w4:ee8:chicken w4:f03:goose w4:ee4:chicken
  w5:eec:parrot w5:efb:parrot w5:f07:parrot w5:efd:parrot w5:ee4:parrot w5:f05:parrot w6:efb:parrot
  w6:ee8:goose w6:f02:parrot w6:f08:parrot w6:f07:parrot w6:efd:goose`);
const simpleTruth = {
  eec: 'goose',
  f03: 'goose',
  f05: 'goose',
  efb: 'parrot',
  f02: 'parrot',
  f08: 'parrot',
  f07: 'parrot',
  ee8: 'chicken',
  efd: 'chicken',
  ee4: 'chicken',
};

// test_dawid_skene_step_by_step: t1 lacks w3's answer.
const stepData = rows(`
  w1:t1:no w2:t1:yes w4:t1:yes w5:t1:no w1:t2:yes w2:t2:yes w3:t2:yes w4:t2:no w5:t2:no
  w1:t3:yes w2:t3:no w3:t3:no w4:t3:yes w5:t3:no w1:t4:yes w2:t4:yes w3:t4:yes w4:t4:yes w5:t4:yes
  w1:t5:yes w2:t5:no w3:t5:no w4:t5:no w5:t5:no`);
/** Per iteration: P(no) per task, priors [no, yes], and per worker [P(no|no), P(no|yes)]. */
const steps = [
  {
    probasNo: [0.5, 0.4, 0.6, 0.0, 0.8],
    priors: [0.46, 0.54],
    labels: ['no', 'yes', 'no', 'yes', 'no'],
    errorsNo: { w1: [0.22, 0.19], w2: [0.61, 0.22], w3: [0.78, 0.27], w4: [0.52, 0.3], w5: [1.0, 0.63] },
  },
  {
    probasNo: [0.35, 0.26, 0.87, 0.0, 0.95],
    priors: [0.49, 0.51],
    labels: ['yes', 'yes', 'no', 'yes', 'no'],
    errorsNo: { w1: [0.14, 0.25], w2: [0.75, 0.07], w3: [0.87, 0.09], w4: [0.5, 0.31], w5: [1.0, 0.61] },
  },
];

describe('Dawid-Skene against crowd-kit reference cases', () => {
  for (const maxIterations of [10, 100_500]) {
    it(`toy YSDA with ${maxIterations} iterations gives crowd-kit's labels`, () => {
      expect(labelsOf(dawidSkene(toy, { classes: ['no', 'yes'], maxIterations }))).toEqual(toyTruth);
    });
    it(`simple (3 classes, 6 workers incl. one always saying parrot) with ${maxIterations} iterations`, () => {
      const fit = dawidSkene(simple, { classes: ['chicken', 'goose', 'parrot'], maxIterations });
      expect(labelsOf(fit)).toEqual(simpleTruth);
    });
  }

  for (const [n, expected] of steps.entries()) {
    it(`step by step, iteration ${n}: posteriors, priors, labels and confusion within 0.005`, () => {
      const fit = dawidSkene(stepData, { classes: ['no', 'yes'], maxIterations: n });
      const byItem = new Map(fit.items.map((item) => [item.item, item]));
      ['t1', 't2', 't3', 't4', 't5'].forEach((task, index) => {
        expect(byItem.get(task)?.posterior[0]).toBeCloseTo(expected.probasNo[index] as number, 2);
        expect(byItem.get(task)?.label).toBe(expected.labels[index]);
      });
      expect(fit.priors[0]).toBeCloseTo(expected.priors[0] as number, 2);
      expect(fit.priors[1]).toBeCloseTo(expected.priors[1] as number, 2);
      for (const annotator of fit.annotators) {
        const [givenNo = Number.NaN, givenYes = Number.NaN] =
          expected.errorsNo[annotator.annotator as keyof typeof expected.errorsNo];
        // confusion[true][said]: crowd-kit's errors_[worker, said][true].
        expect(Math.abs((annotator.confusion[0]?.[0] as number) - givenNo)).toBeLessThanOrEqual(0.005);
        expect(Math.abs((annotator.confusion[1]?.[0] as number) - givenYes)).toBeLessThanOrEqual(0.005);
      }
    });
  }

  for (const overlap of [3, 300]) {
    it(`overlap ${overlap}: each task gets 1/3 no, 2/3 yes; priors 1/3, 2/3`, () => {
      const data = [];
      for (let worker = 0; worker < overlap; worker += 1) {
        for (let task = 0; task < 3; task += 1) {
          data.push({ item: task, annotator: worker, label: (worker - task) % 3 ? 'yes' : 'no' });
        }
      }
      const fit = dawidSkene(data, { classes: ['no', 'yes'], maxIterations: 20 });
      for (const item of fit.items) {
        expect(item.label).toBe('yes');
        expect(Math.abs((item.posterior[0] as number) - 1 / 3)).toBeLessThanOrEqual(0.005);
        expect(Math.abs((item.posterior[1] as number) - 2 / 3)).toBeLessThanOrEqual(0.005);
      }
      expect(Math.abs((fit.priors[0] as number) - 1 / 3)).toBeLessThanOrEqual(0.005);
    });
  }

  it('boolean labels: two agreeing workers outweigh one dissenter', () => {
    const fit = dawidSkene(
      [
        { annotator: 'w1', item: 't1', label: 'true' },
        { annotator: 'w1', item: 't2', label: 'true' },
        { annotator: 'w2', item: 't1', label: 'true' },
        { annotator: 'w2', item: 't2', label: 'true' },
        { annotator: 'w3', item: 't1', label: 'false' },
        { annotator: 'w3', item: 't2', label: 'false' },
      ],
      { classes: ['false', 'true'], maxIterations: 20 },
    );
    expect(labelsOf(fit)).toEqual({ t1: 'true', t2: 'true' });
  });
});
