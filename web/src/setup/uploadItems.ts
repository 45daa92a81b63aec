import { ApiError, CSRF_HEADERS, type FieldIssue } from '../api/client';
import type { IngestReport } from '../api/types';

/** The content type the import endpoint expects for a file, from its name. */
export function importContentType(fileName: string): 'text/csv' | 'application/x-ndjson' | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'text/csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'application/x-ndjson';
  return undefined;
}

/**
 * Streams a file to POST /api/projects/:p/items/import. XMLHttpRequest rather than fetch because
 * only it reports upload progress; the server answers with a per-row report when it is done.
 */
export function uploadItemsFile(
  slug: string,
  file: File,
  onProgress: (sentFraction: number) => void,
  signal?: AbortSignal,
): Promise<IngestReport> {
  return new Promise((resolve, reject) => {
    const contentType = importContentType(file.name) ?? 'application/x-ndjson';
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/projects/${encodeURIComponent(slug)}/items/import`);
    xhr.setRequestHeader('content-type', contentType);
    for (const [name, value] of Object.entries(CSRF_HEADERS)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as IngestReport);
      const error = (body as { error?: { code: string; message: string; details?: FieldIssue[] } } | undefined)?.error;
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? `HTTP_${xhr.status}`,
          error?.message ?? xhr.statusText,
          error?.details ?? [],
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The upload failed: cannot reach the Tandem server.'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'Upload cancelled.'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
