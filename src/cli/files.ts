import fs from 'node:fs';
import { CliError } from './client.js';

export function readTextFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${what} file "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export function readJsonFile(file: string, what: string): unknown {
  const text = readTextFile(file, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} file "${file}" is not valid JSON: ${(error as Error).message}`);
  }
}

export function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
