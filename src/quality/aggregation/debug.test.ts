import { it } from 'vitest';
import { dawidSkene } from './dawid-skene.js';
import { majorityVote } from './majority.js';
import { simulateAnnotations } from './simulate.js';

it('debug', () => {
  const scenarios: [string, number[], number, number[] | undefined][] = [
    ['0.8/0.6/rand K3', [0.8, 0.6, 0], 3, undefined],
    ['0.7/0.7/rand K3 imb', [0.7, 0.7, 0], 3, [6, 3, 1]],
    ['0.8/0.6/rand K3 imb', [0.8, 0.6, 0], 3, [6, 3, 1]],
    ['5 annot 0.6 K3 imb', [0.6, 0.5, 0.6, 0.4, 0], 3, [6, 3, 1]],
  ];
  for (const smoothing of [0.01, 1, 5])
    for (const [name, rel, K, cw] of scenarios) {
      let wins = 0;
      let dsSum = 0;
      let mvSum = 0;
      let conv = 0;
      let its = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const { truth, annotations } = simulateAnnotations({
          items: 500,
          classes: K,
          annotators: rel.map((r) => ({ reliability: r })),
          seed,
          ...(cw ? { classWeights: cw } : {}),
        });
        const acc = (labels: readonly (string | number)[]) =>
          labels.filter((l, i) => l === truth[i]).length / truth.length;
        const fit = dawidSkene(annotations, { smoothing });
        const ds = acc(fit.items.map((i) => i.label));
        const mv = acc(majorityVote(annotations).items.map((i) => i.label));
        if (ds >= mv) wins++;
        dsSum += ds;
        mvSum += mv;
        if (fit.converged) conv++;
        its += fit.iterations;
      }
      console.log(
        's',
        smoothing,
        name,
        'DS>=MV',
        wins,
        '/40',
        'meanDS',
        (dsSum / 40).toFixed(3),
        'meanMV',
        (mvSum / 40).toFixed(3),
        'conv',
        conv,
        'meanIt',
        its / 40,
      );
    }
});
