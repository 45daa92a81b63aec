import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/server-process.js';

/** `tandem agreement` as a user runs it: the built CLI on real CSV files, no server. */
describe('tandem agreement', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('tandem-agreement-');
  });

  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  /** Observers × units, null = no rating, as long-format unit,rater,value rows. */
  const csvOf = (observers: readonly (readonly (number | string | null)[])[], names = 'ABCDEFGH') =>
    `unit,rater,value\n${observers
      .flatMap((row, rater) =>
        row.map((value, unit) => (value === null ? '' : `u${unit + 1},${names[rater]},${value}\n`)),
      )
      .join('')}`;

  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": nominal .743, interval .849.
  const krippendorff2011 = () =>
    write(
      'k2011.csv',
      csvOf([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
      ]),
    );

  it("prints Krippendorff's alpha and how many units and raters it rests on", () => {
    const file = krippendorff2011();
    const nominal = runCli(['agreement', file, '--metric', 'alpha']);
    expect(nominal.stderr).toBe('');
    expect(nominal.status).toBe(0);
    expect(nominal.stdout).toBe(
      'alpha (nominal) = 0.7434\nunits: 11 used, 1 dropped (fewer than 2 values); raters: 4; values: 40\n',
    );
    expect(runCli(['agreement', file, '--metric', 'alpha', '--level', 'interval']).stdout).toMatch(
      /^alpha \(interval\) = 0\.849\d/,
    );
  });

  it("prints weighted Cohen's kappa for two raters (R irr kappa2, anxiety raters 2 and 3: 0.2520325)", () => {
    const file = write(
      'anxiety.csv',
      csvOf(
        [
          [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
          [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2],
        ],
        'XY',
      ),
    );
    const result = runCli(['agreement', file, '--metric', 'cohen', '--weights', 'quadratic']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'cohen kappa (quadratic weights) = 0.2520\nunits: 20 rated by both, 0 skipped; raters: 2 (X, Y); categories: 5, inferred from the units rated by both\n',
    );
  });

  it("prints Fleiss' kappa and percent agreement for string labels", () => {
    const file = write('labels.csv', 'Unit,Rater,Value,Note\nq1,ann,spam,\nq1,bob,spam,x\nq2,ann,ham,\nq2,bob,spam,\n');
    expect(runCli(['agreement', file, '--metric', 'fleiss']).stdout).toBe(
      'fleiss kappa = -0.3333\nunits: 2; ratings per unit: 2; categories: 2\n',
    );
    expect(runCli(['agreement', file, '--metric', 'percent']).stdout).toMatch(/^percent agreement = 0\.5000\n/);
  });

  it('refuses bad files with a clear message and exit code 1', () => {
    const cases: [string, string, string[], RegExp][] = [
      ['empty.csv', '', ['--metric', 'alpha'], /empty\.csv is empty/],
      ['header-only.csv', 'unit,rater,value\n', ['--metric', 'alpha'], /has a header but no ratings/],
      ['columns.csv', 'unit,coder,score\n1,a,2\n', ['--metric', 'alpha'], /no "rater", "value" column/],
      [
        'words.csv',
        'unit,rater,value\n1,a,2\n1,b,high\n',
        ['--metric', 'alpha', '--level', 'interval'],
        /line 3: value "high" is not a number/,
      ],
      [
        'one-rater.csv',
        'unit,rater,value\n1,a,2\n2,a,3\n',
        ['--metric', 'cohen'],
        /cohen needs exactly 2 raters, but .* has 1 \("a"\)/,
      ],
      [
        'three.csv',
        'unit,rater,value\n1,a,2\n1,b,2\n1,c,3\n',
        ['--metric', 'cohen'],
        /has 3 \("a", "b", "c"\); use --metric fleiss or alpha/,
      ],
      [
        'uneven.csv',
        'unit,rater,value\n1,a,x\n1,b,x\n2,a,y\n',
        ['--metric', 'fleiss'],
        /same number of ratings for every unit/,
      ],
      [
        'twice.csv',
        'unit,rater,value\n1,a,x\n1,a,y\n',
        ['--metric', 'percent'],
        /line 3: rater "a" already rated unit "1" on line 2/,
      ],
      ['lonely.csv', 'unit,rater,value\n1,a,x\n2,b,y\n', ['--metric', 'alpha'], /no unit has two or more values/],
    ];
    for (const [name, content, flags, message] of cases) {
      const result = runCli(['agreement', write(name, content), ...flags]);
      expect(result.stderr, name).toMatch(message);
      expect(result.status, name).toBe(1);
      expect(result.stdout, name).toBe('');
    }
    expect(runCli(['agreement', path.join(dir, 'missing.csv'), '--metric', 'alpha']).stderr).toMatch(/ENOENT/);
  });

  it('treats flag mistakes as usage errors (exit code 2)', () => {
    const file = krippendorff2011();
    for (const flags of [['--metric', 'kappa'], [], ['--metric', 'alpha', '--weights', 'linear']]) {
      const result = runCli(['agreement', file, ...flags]);
      expect(result.status, flags.join(' ')).toBe(2);
    }
  });
});
