import { tandem } from '../api/client';

/** Formats that write one line per exported record (CSV after its header line). */
const LINE_FORMATS: Readonly<Record<string, number>> = { jsonl: 0, 'hf-jsonl': 0, dpo: 0, csv: 1 };

export interface ExportProgress {
  /** Records written so far (lines), or null for formats whose records cannot be counted as they arrive. */
  readonly rows: number | null;
  readonly bytes: number;
  /** Items the export reads (the server's Tandem-Export-Total, or the snapshot's count). */
  readonly total: number | null;
  readonly done: boolean;
}

/**
 * Streams an export through the SDK, reporting rows (line formats) or bytes as they arrive, then
 * saves the file under the server's name. The body is kept in memory until it is saved: fine for
 * exports a browser tab can hold; use the CLI or the API for very large files.
 */
export async function downloadExport(
  path: string,
  format: string,
  knownTotal: number | null,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<{ fileName: string; progress: ExportProgress }> {
  const response = await tandem.fetch('GET', path, { signal });
  const header = response.headers.get('tandem-export-total');
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : knownTotal;
  const headerLines = LINE_FORMATS[format];
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let lines = 0;
  const rows = () => (headerLines === undefined ? null : Math.max(0, lines - headerLines));
  const reader = response.body?.getReader();
  let lastReport = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    if (headerLines !== undefined) for (const byte of value) if (byte === 10) lines += 1;
    const now = performance.now();
    if (now - lastReport > 100) {
      lastReport = now;
      onProgress({ rows: rows(), bytes, total, done: false });
    }
  }
  const progress = { rows: rows(), bytes, total, done: true };
  onProgress(progress);
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `export.${format}`;
  const blob = new Blob(chunks as BlobPart[], {
    type: response.headers.get('content-type') ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { fileName, progress };
}
