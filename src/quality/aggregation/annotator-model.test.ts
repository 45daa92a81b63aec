import { describe, expect, it } from 'vitest';
import {
  type AnnotatorModel,
  decideWithModel,
  logOddsWeight,
  MIN_EVIDENCE,
  personWeight,
  weightedDecision,
} from './annotator-model.js';

const person = (answers: number, accuracy: number, gold = { answered: 0, correct: 0 }) => ({
  answers,
  confusion: [
    [accuracy, 1 - accuracy],
    [1 - accuracy, accuracy],
  ],
  seen: [answers / 2, answers / 2],
  gold,
});

/** A project that has seen almost only spam (prior 0.99). */
const model = (annotators: AnnotatorModel['annotators'], converged = true): AnnotatorModel => ({
  classes: ['spam', 'ham'],
  priors: [0.99, 0.01],
  converged,
  iterations: 12,
  items: 500,
  annotators,
});

describe('deciding with a stored annotator model', () => {
  it('falls back to majority when a voter has too little evidence or the fit did not converge', () => {
    const known = model({ a: person(200, 0.9), b: person(200, 0.9), c: person(3, 0.9) });
    expect(
      decideWithModel(known, [
        { annotator: 'a', label: 'ham' },
        { annotator: 'c', label: 'ham' },
      ]),
    ).toEqual({
      kind: 'fallback',
      reason: `a voter has fewer than ${MIN_EVIDENCE} answers in the fit`,
    });
    expect(decideWithModel(known, [{ annotator: 'new', label: 'ham' }]).kind).toBe('fallback');
    expect(decideWithModel(model({ a: person(200, 0.9) }, false), [{ annotator: 'a', label: 'ham' }])).toMatchObject({
      kind: 'fallback',
      reason: 'the fit did not converge',
    });
  });

  it('never lets the prior alone overrule unanimous voters', () => {
    // Two 0.8-accurate people both say ham; the 0.99 spam prior outweighs them (0.99·0.04 > 0.01·0.64).
    const decision = decideWithModel(model({ a: person(200, 0.8), b: person(200, 0.8) }), [
      { annotator: 'a', label: 'ham' },
      { annotator: 'b', label: 'ham' },
    ]);
    expect(decision).toMatchObject({ kind: 'model', label: 'ham', note: 'unanimous voters kept over the prior' });
    // …but its low posterior is the agreement, so a person looks at it (below any sane threshold).
    if (decision.kind === 'model') expect(decision.posterior[1]).toBeLessThan(0.2);
  });

  it('lets the model overrule unanimous voters it knows to be inverted', () => {
    const inverted = model({ a: person(200, 0.05), b: person(200, 0.05) });
    const decision = decideWithModel({ ...inverted, priors: [0.5, 0.5] }, [
      { annotator: 'a', label: 'ham' },
      { annotator: 'b', label: 'ham' },
    ]);
    expect(decision).toMatchObject({ kind: 'model', label: 'spam' });
  });

  it("does not let one person's few stray answers define a class that outvotes two agreeing people", () => {
    // The maximum-likelihood fit says: when the truth is "phishing" (a class nobody really uses, 3 %
    // of items, seen 4 times by a), a always says phishing. Taken at face value (0.03·1·0.25 beats
    // 0.3·0.02·0.72), a's lone vote would win; with a's evidence about phishing counted (4 items),
    // the two agreeing people do.
    const rows = (phishing: number[], stray: number) => [[0.98 - stray, 0.02, stray], [0.1, 0.85, 0.05], phishing];
    const three: AnnotatorModel = {
      classes: ['spam', 'ham', 'phishing'],
      priors: [0.3, 0.67, 0.03],
      converged: true,
      iterations: 40,
      items: 600,
      annotators: {
        a: { answers: 200, confusion: rows([0, 0, 1], 0.02), seen: [60, 130, 4], gold: { answered: 0, correct: 0 } },
        b: {
          answers: 200,
          confusion: rows([0.5, 0.5, 0], 0.02),
          seen: [60, 130, 10],
          gold: { answered: 0, correct: 0 },
        },
        c: {
          answers: 200,
          confusion: rows([0.5, 0.5, 0], 0.02),
          seen: [60, 130, 10],
          gold: { answered: 0, correct: 0 },
        },
      },
    };
    const decision = decideWithModel(three, [
      { annotator: 'a', label: 'phishing' },
      { annotator: 'b', label: 'spam' },
      { annotator: 'c', label: 'spam' },
    ]);
    expect(decision).toMatchObject({ kind: 'model', label: 'spam' });
    // A label most voters gave stays a candidate, recognised or not.
    const phishing = ['a', 'b', 'c'].map((annotator) => ({ annotator, label: 'phishing' }));
    expect(decideWithModel(three, phishing)).toMatchObject({ kind: 'model', label: 'phishing' });
  });

  it('ignores votes for an option removed from the schema instead of failing', () => {
    const known = model({ a: person(200, 0.9), b: person(200, 0.9) });
    const decision = decideWithModel({ ...known, priors: [0.5, 0.5] }, [
      { annotator: 'a', label: 'phishing' },
      { annotator: 'b', label: 'ham' },
    ]);
    expect(decision).toMatchObject({ kind: 'model', label: 'ham' });
  });

  it('weighs people by log-odds: chance weighs 0, worse than chance counts against', () => {
    expect(logOddsWeight(0.5, 2)).toBeCloseTo(0, 12);
    expect(logOddsWeight(0.25, 4)).toBeCloseTo(0, 12);
    expect(logOddsWeight(0.9, 2)).toBeCloseTo(Math.log(9), 12);
    expect(logOddsWeight(0.1, 2)).toBeCloseTo(-Math.log(9), 12);
    // One 0.95-accurate expert outvotes two 0.6-accurate people.
    const known = model({
      expert: person(10, 0.5, { answered: 40, correct: 38 }),
      x: person(200, 0.6),
      y: person(200, 0.6),
    });
    const result = weightedDecision(
      ['spam', 'ham'],
      [
        { annotator: 'expert', label: 'ham' },
        { annotator: 'x', label: 'spam' },
        { annotator: 'y', label: 'spam' },
      ],
      (a) => personWeight({ ...known, priors: [0.5, 0.5] }, a, 2),
    );
    expect(result).toMatchObject({ label: 'ham', informative: true });
    expect(personWeight(known, 'expert', 2).source).toBe('gold');
    expect(personWeight(known, 'x', 2).source).toBe('model');
  });

  it('says when the weights carry no information (nobody known): a plain vote', () => {
    const result = weightedDecision(
      ['spam', 'ham'],
      [
        { annotator: 'p', label: 'ham' },
        { annotator: 'q', label: 'ham' },
        { annotator: 'r', label: 'spam' },
      ],
      (a) => personWeight(undefined, a, 2),
    );
    expect(result).toMatchObject({ label: 'ham', informative: false });
  });
});
