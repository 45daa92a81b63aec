import type { Storage } from '../db/storage.js';
import type { ItemFilter } from '../items/contracts.js';
import { selectLabelStudioBindings } from '../label-studio/bindings-store.js';
import type { Project } from '../projects/store.js';
import { liveRecordSource } from './live-source.js';
import { EXPORT_FORMATS, type ExportFormatName } from './registry.js';
import type { ExportContext, RecordSource } from './types.js';

/** A download ready to stream: its type, file name and chunks. */
export interface ExportDownload {
  readonly contentType: string;
  readonly fileName: string;
  readonly chunks: AsyncIterable<string | Uint8Array>;
}

export async function exportContext(
  storage: Storage,
  project: Project,
  question: string | undefined,
): Promise<ExportContext> {
  return {
    projectSlug: project.slug,
    labelSchema: project.labelSchema,
    question,
    labelStudioBindings: await selectLabelStudioBindings(storage.db, project.id),
  };
}

/**
 * Exports a project's items (filtered, as they are now) in any registered format. JSONL and CSV
 * keep their own fast path (src/items/export.ts); the others read records from the registry's
 * source. A format that does not fit the label schema fails here, before any byte is sent.
 */
export async function exportProjectItems(
  storage: Storage,
  project: Project,
  filter: ItemFilter,
  formatName: ExportFormatName,
  question?: string,
): Promise<ExportDownload> {
  const format = EXPORT_FORMATS[formatName];
  const context = await exportContext(storage, project, question);
  format.check?.(context);
  const chunks =
    'live' in format
      ? format.live(storage, project, filter)
      : format.write(liveRecordSource(storage, project.id, filter), context);
  return { contentType: format.contentType, fileName: `${project.slug}.${format.extension}`, chunks };
}

/** Exports records from any source (a snapshot) in a registered format. */
export function exportRecords(
  source: RecordSource,
  context: ExportContext,
  formatName: ExportFormatName,
  fileStem: string,
): ExportDownload {
  const format = EXPORT_FORMATS[formatName];
  format.check?.(context);
  return {
    contentType: format.contentType,
    fileName: `${fileStem}.${format.extension}`,
    chunks: format.write(source, context),
  };
}
