import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildIsCurrent } from '../scripts/build.mjs';
import { tempDir } from './support/server-process.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A fake project whose "build" appends a line to dist/builds, so the test sees every build. */
function fakeProject() {
  const root = tempDir('tandem-build-');
  fs.mkdirSync(path.join(root, 'src'));
  fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(root, 'src', 'a.test.ts'), 'test\n');
  fs.writeFileSync(path.join(root, 'package.json'), '{}\n');
  const steps = [
    [
      process.execPath,
      ['-e', "require('fs').mkdirSync('dist',{recursive:true});require('fs').appendFileSync('dist/builds','x\\n')"],
    ],
  ] as const;
  const builds = () =>
    fs
      .readFileSync(path.join(root, 'dist', 'builds'), 'utf8')
      .split('\n')
      .filter(Boolean).length;
  return { root, steps, builds, log: () => undefined };
}

describe('npm start builds only when sources changed (issue 9, point 1)', () => {
  it('builds a fresh checkout, then starts from the stamp until a source changes', () => {
    const project = fakeProject();
    expect(buildIsCurrent(project.root)).toBe(false);
    expect(build(project.root, { ...project, ifStale: true })).toBe('built');
    expect(build(project.root, { ...project, ifStale: true })).toBe('current');
    expect(project.builds()).toBe(1);

    // Touching a file without changing it, or editing a test, needs no build.
    const source = path.join(project.root, 'src', 'a.ts');
    fs.utimesSync(source, new Date(), new Date(Date.now() + 60_000));
    fs.writeFileSync(path.join(project.root, 'src', 'a.test.ts'), 'changed test\n');
    expect(build(project.root, { ...project, ifStale: true })).toBe('current');

    fs.writeFileSync(source, 'export const a = 2;\n');
    expect(buildIsCurrent(project.root)).toBe(false);
    expect(build(project.root, { ...project, ifStale: true })).toBe('built');
    fs.writeFileSync(path.join(project.root, 'src', 'b.ts'), 'export const b = 1;\n'); // a new file counts too
    expect(build(project.root, { ...project, ifStale: true })).toBe('built');
    expect(project.builds()).toBe(3);
    // A plain build always builds.
    expect(build(project.root, project)).toBe('built');
  });

  it('leaves no stamp behind a failed build, so the next start tries again', () => {
    const project = fakeProject();
    build(project.root, project);
    fs.writeFileSync(path.join(project.root, 'src', 'a.ts'), 'broken');
    expect(() => build(project.root, { ...project, steps: [[process.execPath, ['-e', 'process.exit(3)']]] })).toThrow(
      /exit 3/,
    );
    expect(fs.existsSync(path.join(project.root, 'dist', '.build-stamp'))).toBe(false);
  });

  it('`npm start` on a built checkout answers /healthz without building', async () => {
    // `npm test` builds first; a stale stamp here means the build does not stamp what it reads.
    expect(buildIsCurrent(ROOT), 'dist/ is older than the sources: run "npm run build"').toBe(true);
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      detached: true, // its own process group: npm, the shell and node stop together
      env: { ...process.env, PORT: '0', TANDEM_DATA_DIR: tempDir('tandem-start-'), TANDEM_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /Tandem is running: (http:\/\/\S+)/.exec(output);
          if (match?.[1]) finish(() => resolve(match[1] as string));
        }, 50);
        const deadline = setTimeout(
          () => finish(() => reject(new Error(`npm start did not start: ${output}`))),
          25_000,
        );
        const finish = (settle: () => void) => {
          clearInterval(timer);
          clearTimeout(deadline);
          settle();
        };
        child.once('exit', (code) => finish(() => reject(new Error(`npm start exited with ${code}: ${output}`))));
      });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(output).not.toMatch(/building/i);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
