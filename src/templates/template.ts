import type { z } from 'zod';
import type { ImportFormat } from '../items/import-file.js';
import type { Policy } from '../routing/contracts.js';
import type { LabelSchemaInput } from '../schemas/index.js';

/**
 * A project template: everything a new project needs to be worked at once. One file per
 * template (src/templates/*.ts), listed once in `registry.ts`.
 */
export interface ProjectTemplate {
  /** Stable name used by the API and `tandem projects create --template NAME`. */
  readonly name: string;
  readonly title: string;
  /** One sentence: what the template is for. */
  readonly description: string;
  readonly labelSchema: LabelSchemaInput;
  /** Markdown shown beside every item. */
  readonly guidelines: string;
  /** The routing policy set when the project is created (partial: defaults fill the rest). */
  readonly policy: z.input<typeof Policy>;
  /** A small file that imports cleanly (no rejected row), to try the project at once. */
  readonly sample: { readonly format: ImportFormat; readonly content: string };
}

/** JSONL text from rows. */
export function jsonl(rows: readonly unknown[]): string {
  return `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
}

/**
 * A span of `text` covering the first occurrence of `part`, with offsets in Unicode code points
 * as the schema requires (so an emoji before it counts once).
 */
export function spanOf(text: string, part: string, label: string): { start: number; end: number; label: string } {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...part].length, label };
}
