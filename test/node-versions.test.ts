import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Numeric parts of a version, missing parts undefined (`20`, `20.x`, `20.19`, `20.19.0`). */
function parts(version: string): (number | undefined)[] {
  return version
    .split('.')
    .slice(0, 3)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : undefined));
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Enough of npm's range syntax for the `engines.node` fields in our lockfile. */
function satisfies(version: string, range: string): boolean {
  const v = parts(version) as number[];
  return range.split('||').some((alternative) => {
    const tokens = alternative
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    return tokens.every((token) => {
      if (token === '*' || token === 'x') return true;
      const [, op = '', rest = ''] = /^([<>=^~]*)(.*)$/.exec(token) ?? [];
      const want = parts(rest);
      const floor = want.map((p) => p ?? 0);
      if (op === '>=') return compare(v, floor) >= 0;
      if (op === '>') return compare(v, floor) > 0;
      if (op === '<') return compare(v, floor) < 0;
      if (op === '<=') return compare(v, floor) <= 0;
      if (op === '^') return v[0] === want[0] && compare(v, floor) >= 0;
      // A bare or x-range version: every given part must match.
      return want.every((p, i) => p === undefined || v[i] === p);
    });
  });
}

/** The README says which Node versions work and which install warnings to expect (issue 9, point 3). */
describe('Node versions', () => {
  const minimum = /^>=(\d+\.\d+)$/.exec(JSON.parse(read('package.json')).engines.node)?.[1] ?? '';
  const readme = read('README.md');
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { engines?: { node?: string }; version?: string }>;
  };
  const needNewer = Object.entries(lock.packages)
    .filter(([, p]) => p.engines?.node && !satisfies(`${minimum}.0`, p.engines.node))
    .map(([where, p]) => ({ name: where.replace(/^.*node_modules\//, ''), range: p.engines?.node ?? '' }));

  it('reads the ranges as npm does', () => {
    expect(satisfies('20.19.0', '>=20.19')).toBe(true);
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.19.0', '^20.20.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '20.x || 22.x')).toBe(true);
    expect(satisfies('20.19.0', '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies('20.19.0', '^10 || ^12 || >=14')).toBe(true);
    expect(satisfies('20.19.0', '18 || >=22')).toBe(false);
  });

  it('states the minimum of package.json and names every dependency whose engines warn on it', () => {
    expect(minimum).toMatch(/^\d+\.\d+$/);
    const section = readme.slice(readme.indexOf(`Requires Node ≥ ${minimum}`));
    expect(section.length, `README must say "Requires Node ≥ ${minimum}"`).toBeLessThan(readme.length);
    const paragraph = section.slice(0, section.indexOf('\n\n'));
    expect(paragraph).toMatch(/tested on Node \d+\.\d+/i);
    expect(paragraph).toMatch(/EBADENGINE/);
    for (const { name } of needNewer) expect(paragraph, `README should name ${name}`).toContain(`\`${name}\``);
    // The README names no package that no longer warns.
    const named = [...paragraph.matchAll(/`([@\w./-]+)`/g)].map((m) => m[1]);
    const warning = named.filter((n) => n && lock.packages[`node_modules/${n}`]);
    expect(warning.sort()).toEqual(needNewer.map((p) => p.name).sort());
  });
});
