import type { CorpusMail } from './corpus.js';
import { verdictOfGroup } from './corpus.js';
import type { RandomSource } from './random.js';
import { shuffledCopy } from './random.js';

/** The mails shown to annotators and the disjoint few that train the demo's baseline model. */
export interface DemoSplit {
  readonly demoMails: readonly CorpusMail[];
  readonly trainingMails: readonly CorpusMail[];
}

/**
 * Training mails per group. Deliberately few, and without hard-ham, so the model is visibly
 * imperfect (83–93 % right depending on the seed, 85.5 % for the default) and annotators have
 * something to correct. Two ham for one spam, like the demo items: with balanced classes the
 * prior pushed the model into calling much of the ham spam, and accuracy swung from 68 to 89 %
 * between seeds.
 */
export const TRAINING_MAILS_PER_GROUP: Readonly<Record<string, number>> = {
  'easy-ham-1': 25,
  'easy-ham-2': 15,
  'spam-1': 10,
  'spam-2': 10,
};

// Hard-ham is 4 % of the corpus; the demo shows more of it because those are the interesting calls.
const HARD_HAM_SHARE = 0.1;

/**
 * Picks a stratified sample of `size` demo mails (spam at the corpus' own ratio, hard-ham
 * over-represented) and a disjoint training set, reproducibly for a given random source.
 *
 * @throws RangeError when `size` is not an integer between 1 and the number of mails left
 * after the training set is taken.
 */
export function splitCorpusForDemo(mails: readonly CorpusMail[], size: number, random: RandomSource): DemoSplit {
  const groups = groupMails(mails);
  const trainingMails: CorpusMail[] = [];
  const strata: Stratum[] = [];

  // Each group is shuffled once; training takes its head and the demo the following mails,
  // which makes the two sets disjoint by construction.
  for (const [group, groupMails] of groups) {
    const shuffled = shuffledCopy(groupMails, random);
    const trainingCount = Math.min(TRAINING_MAILS_PER_GROUP[group] ?? 0, shuffled.length);
    trainingMails.push(...shuffled.slice(0, trainingCount));
    strata.push({ pool: shuffled.slice(trainingCount), weight: demoWeight(group, groups, mails.length) });
  }

  const available = strata.reduce((total, stratum) => total + stratum.pool.length, 0);
  if (!Number.isInteger(size) || size < 1 || size > available) {
    throw new RangeError(`demo size must be an integer from 1 to ${available}, got ${size}`);
  }

  const counts = allocateWithCapacity(size, strata);
  const picked = strata.flatMap((stratum, index) => stratum.pool.slice(0, counts[index] ?? 0));
  // Interleave groups so the queue does not start with hundreds of ham in a row.
  return { demoMails: shuffledCopy(picked, random), trainingMails };
}

interface Stratum {
  readonly pool: readonly CorpusMail[];
  readonly weight: number;
}

function groupMails(mails: readonly CorpusMail[]): Map<string, CorpusMail[]> {
  const groups = new Map<string, CorpusMail[]>();
  for (const mail of mails) {
    const members = groups.get(mail.group) ?? [];
    members.push(mail);
    groups.set(mail.group, members);
  }
  // Sorted so that the order of random draws does not depend on the corpus file order.
  return new Map([...groups].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
}

/** Share of the demo a group should get: spam as in the corpus, hard-ham boosted, the rest easy ham. */
function demoWeight(group: string, groups: ReadonlyMap<string, readonly CorpusMail[]>, total: number): number {
  const sizeOf = (predicate: (name: string) => boolean): number =>
    [...groups].filter(([name]) => predicate(name)).reduce((sum, [, members]) => sum + members.length, 0);
  const isSpam = (name: string): boolean => verdictOfGroup(name) === 'spam';
  const isHardHam = (name: string): boolean => !isSpam(name) && name.startsWith('hard-');
  const isEasyHam = (name: string): boolean => !isSpam(name) && !isHardHam(name);

  const groupSize = groups.get(group)?.length ?? 0;
  const spamShare = sizeOf(isSpam) / total;
  if (isSpam(group)) return spamShare * (groupSize / sizeOf(isSpam));
  if (isHardHam(group)) return HARD_HAM_SHARE * (groupSize / sizeOf(isHardHam));
  return (1 - spamShare - HARD_HAM_SHARE) * (groupSize / sizeOf(isEasyHam));
}

/**
 * Splits `total` across strata in proportion to their weights (largest remainder, so counts sum
 * exactly), handing what a full stratum cannot take to the others.
 */
function allocateWithCapacity(total: number, strata: readonly Stratum[]): number[] {
  const counts = strata.map(() => 0);
  let remaining = total;
  while (remaining > 0) {
    const open = strata
      .map((_stratum, index) => index)
      .filter((index) => (counts[index] ?? 0) < (strata[index]?.pool.length ?? 0));
    if (open.length === 0) break;
    const shares = allocateByLargestRemainder(
      remaining,
      open.map((index) => strata[index]?.weight ?? 0),
    );
    open.forEach((stratumIndex, openIndex) => {
      const room = (strata[stratumIndex]?.pool.length ?? 0) - (counts[stratumIndex] ?? 0);
      const taken = Math.min(shares[openIndex] ?? 0, room);
      counts[stratumIndex] = (counts[stratumIndex] ?? 0) + taken;
      remaining -= taken;
    });
  }
  return counts;
}

function allocateByLargestRemainder(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  // Equal shares when no weights are given, so the loop above always makes progress.
  const exact = weights.map((weight) => (weightSum > 0 ? (total * weight) / weightSum : total / weights.length));
  const counts = exact.map(Math.floor);
  let leftover = total - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((left, right) => right.remainder - left.remainder || left.index - right.index);
  for (const { index } of byRemainder) {
    if (leftover <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return counts;
}
