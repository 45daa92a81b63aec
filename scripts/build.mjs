#!/usr/bin/env node
// Builds the server (tsc) and the web app (Vite) into dist/, then writes dist/.build-stamp: a hash
// of every file the build reads. `--if-stale` builds only when that hash differs from the stamp,
// so `npm start` on an installed checkout starts at once (issue 9, point 1).
// Plain JavaScript on purpose: it has to run before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads, relative to the project root: folders walked recursively, and files. */
export const BUILD_INPUTS = {
  folders: ['src', 'bench', 'web', 'packages'],
  files: ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'],
};

/** Test files are not compiled (tsconfig.build.json excludes them): editing one needs no build. */
const isBuildInput = (relative) =>
  !/\.test\.tsx?$/.test(relative) &&
  !relative.split(path.sep).includes('node_modules') &&
  // A workspace package's own build output (packages/sdk/dist) is made by the build, not read by it.
  !(relative.startsWith(`packages${path.sep}`) && relative.split(path.sep).includes('dist'));

export const STAMP = path.join('dist', '.build-stamp');

/** SHA-256 over the path and content of every build input, in a stable order. */
export function sourceHash(root) {
  const hash = createHash('sha256');
  const files = [];
  const walk = (relative) => {
    const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && isBuildInput(child)) files.push(child);
    }
  };
  for (const folder of BUILD_INPUTS.folders) if (fs.existsSync(path.join(root, folder))) walk(folder);
  for (const file of BUILD_INPUTS.files) if (fs.existsSync(path.join(root, file))) files.push(file);
  files.sort();
  for (const file of files) {
    hash.update(file.split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ was built from exactly the sources on disk. */
export function buildIsCurrent(root) {
  const stamp = path.join(root, STAMP);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === sourceHash(root);
}

const DEFAULT_STEPS = [
  // The SDK first: the server and CLI import @tandem/sdk from its dist/ (issue 15).
  [process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'packages/sdk/tsconfig.json']],
  [process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']],
  [
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  ],
];

/**
 * Runs the build steps and stamps dist/ with the hash taken *before* building, so a source edited
 * during the build makes the next start build again. Returns what happened.
 * @example build(process.cwd(), { ifStale: true }) // → 'current' | 'built'
 */
export function build(
  root,
  { ifStale = false, steps = DEFAULT_STEPS, log = (line) => process.stderr.write(line) } = {},
) {
  const hash = sourceHash(root);
  const stamp = path.join(root, STAMP);
  if (ifStale && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) return 'current';
  if (ifStale) log('Sources changed since the last build: building (about a minute)…\n');
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      // A failed build must not leave an old stamp claiming the output is current.
      fs.rmSync(stamp, { force: true });
      throw new Error(`build step failed: ${args.join(' ')} (exit ${result.status ?? result.signal})`);
    }
  }
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `${hash}\n`);
  return 'built';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    build(root, { ifStale: process.argv.includes('--if-stale') });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
