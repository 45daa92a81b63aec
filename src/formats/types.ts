import type { LabelStudioBinding } from '../label-studio/config.js';
import type { LabelSchema } from '../schemas/label-schema.js';

/**
 * One exported item: what every format reads. `answer` is the item's decided answer (keyed by
 * question name) or null when it has no decision; JSON values are parsed.
 */
export interface ExportRecord {
  readonly itemId: number;
  readonly externalId: string | null;
  readonly data: Record<string, unknown>;
  readonly prediction: Record<string, unknown> | null;
  readonly confidence: number | null;
  readonly metadata: Record<string, unknown>;
  readonly decisionId: number | null;
  readonly answer: Record<string, unknown> | null;
}

/**
 * Where records come from: a live filter or a snapshot. `pages()` may be called more than once
 * (COCO writes images, then annotations), each call starting from the first record again.
 */
export interface RecordSource {
  pages(): AsyncIterable<readonly ExportRecord[]>;
}

export interface ExportContext {
  readonly projectSlug: string;
  readonly labelSchema: LabelSchema;
  /** `question=` from the request: which question a single-question format reads. */
  readonly question?: string | undefined;
  /** How questions map to Label Studio controls (kept when the project came from a config). */
  readonly labelStudioBindings?: readonly LabelStudioBinding[] | undefined;
}

/**
 * An export format: one file in src/formats, listed once in registry.ts. `write` streams the
 * file as chunks, reading the source a page at a time so memory stays flat. It must not write
 * the time or anything else that changes between runs: snapshot exports are byte-identical.
 */
export interface ExportFormat {
  readonly name: string;
  readonly description: string;
  readonly contentType: string;
  /** File name extension of the download (`jsonl`, `zip`, …). */
  readonly extension: string;
  /** Fails with a TandemError before any byte is sent when the schema has nothing to export. */
  check?(context: ExportContext): void;
  write(source: RecordSource, context: ExportContext): AsyncIterable<string | Uint8Array>;
}
