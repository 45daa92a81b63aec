import { it } from 'vitest';
import { dawidSkene } from './dawid-skene.js';
import { majorityVote } from './majority.js';
import { simulateAnnotations } from './simulate.js';
it('debug', () => {
  for (const seed of [7, 1, 2, 3]) {
  const { truth, annotations } = simulateAnnotations({ items: 500, classes: 3, annotators: [{ reliability: 0.8 }, { reliability: 0.6 }, { reliability: 0 }], seed });
  const acc = (labels: readonly (string|number)[]) => labels.filter((l, i) => l === truth[i]).length / truth.length;
  const fit = dawidSkene(annotations);
  console.log(seed, 'mv', acc(majorityVote(annotations).items.map(i => i.label)), 'ds', acc(fit.items.map(i => i.label)), fit.iterations, fit.converged);
  console.log(JSON.stringify(fit.annotators.map(a => a.confusion.map(r => r.map(x => x.toFixed(2))))), fit.priors);
  // oracle with true params
  let ok = 0; let gf = 0; let gok=0;
  for (let i = 0; i < 500; i++) { const g = annotations[i*3]!.label, f = annotations[i*3+1]!.label; if (g !== f) { gf++; if (g === truth[i]) gok++; } if ((g === f ? g : g) === truth[i]) ok++; }
  console.log('follow-good acc', ok / 500, 'disagreements', gf, 'good right there', gok);
  }
});
