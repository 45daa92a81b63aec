import { describe, expect, it } from 'vitest';
import { majorityVote, weightedMajorityVote } from './majority.js';

const votes = [
  { item: 'q1', annotator: 'ann', label: 'spam' },
  { item: 'q1', annotator: 'bob', label: 'spam' },
  { item: 'q1', annotator: 'cat', label: 'ham' },
  { item: 'q2', annotator: 'ann', label: 'spam' },
  { item: 'q2', annotator: 'bob', label: 'ham' },
];

describe('majorityVote', () => {
  it('takes the most common label and reports vote shares in class order', () => {
    const result = majorityVote(votes);
    expect(result.classes).toEqual(['ham', 'spam']);
    expect(result.items[0]).toEqual({ item: 'q1', label: 'spam', posterior: [1 / 3, 2 / 3], tied: false });
  });

  it('breaks ties toward the class that comes first in class order, whatever the annotation order', () => {
    expect(majorityVote(votes).items[1]).toEqual({ item: 'q2', label: 'ham', posterior: [0.5, 0.5], tied: true });
    expect(majorityVote([...votes].reverse()).items.find((i) => i.item === 'q2')?.label).toBe('ham');
    expect(majorityVote(votes, { classes: ['spam', 'ham'] }).items[1]?.label).toBe('spam');
  });

  it('refuses labels outside the given classes and missing labels', () => {
    expect(() => majorityVote(votes, { classes: ['spam'] })).toThrow(/annotations.2.label/);
    expect(() => majorityVote([{ item: 1, annotator: 1, label: null as unknown as string }])).toThrow(/is missing/);
  });
});

describe('weightedMajorityVote', () => {
  it('lets a trusted annotator outvote two less trusted ones only when their weight says so', () => {
    const three = votes.slice(0, 3).map((vote) => ({ ...vote, label: vote.annotator === 'ann' ? 'ham' : 'spam' }));
    // ann (ham) vs bob + cat (spam, spam)
    expect(weightedMajorityVote(three, { ann: 0.9, bob: 0.6, cat: 0.6 }).items[0]?.label).toBe('spam');
    const trusted = weightedMajorityVote(
      three,
      new Map([
        ['ann', 1.5],
        ['bob', 0.6],
        ['cat', 0.6],
      ]),
    );
    expect(trusted.items[0]?.label).toBe('ham');
    expect(trusted.items[0]?.posterior[0]).toBeCloseTo(1.5 / 2.7, 12);
  });

  it('treats sums equal up to rounding as a tie, and all-zero weights as a uniform tie', () => {
    const result = weightedMajorityVote(
      [
        { item: 1, annotator: 'a', label: 'y' },
        { item: 1, annotator: 'b', label: 'y' },
        { item: 1, annotator: 'c', label: 'n' },
      ],
      { a: 0.1, b: 0.2, c: 0.3 },
    );
    expect(result.items[0]).toMatchObject({ label: 'n', tied: true });
    const zero = weightedMajorityVote([{ item: 1, annotator: 'a', label: 'y' }], { a: 0 });
    expect(zero.items[0]).toEqual({ item: 1, label: 'y', posterior: [1], tied: false });
  });

  it('needs a weight for every annotator unless a default is given', () => {
    expect(() => weightedMajorityVote(votes, { ann: 1, bob: 1 })).toThrow(/weights.cat: is missing/);
    expect(weightedMajorityVote(votes, { ann: 1, bob: 1 }, { defaultWeight: 0.5 }).items).toHaveLength(2);
    expect(() => weightedMajorityVote(votes, { ann: -1, bob: 1, cat: 1 })).toThrow(/finite number ≥ 0/);
  });
});
