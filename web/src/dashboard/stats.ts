/** GET /api/projects/:p/stats (src/analytics/stats.ts `ProjectStats`) and helpers to read it. */
export interface ProjectStats {
  items: Record<string, number>;
  queue: { open: number; leased: number; done: number };
  bucketSeconds: number;
  throughput: { at: string; responses: number; decisions: number }[];
  decisionsByMethod: Record<string, number>;
  /** Consensus decisions re-made after a refit of the annotator model (flipped labels). */
  redecided: number;
  agreement: { from: number; to: number; items: number }[];
  annotators: { userId: number; username: string; responses: number; meanTimeMs: number | null }[];
}

/** Statuses in the order an item moves through them; unknown ones follow. */
export const STATUS_ORDER = ['pending', 'queued', 'adjudication', 'held', 'decided'];
export const STATUS_COLORS: Record<string, string> = {
  pending: '#cbd5e1',
  queued: '#6366f1',
  adjudication: '#f59e0b',
  held: '#94a3b8',
  decided: '#10b981',
};
export const METHOD_COLORS: Record<string, string> = {
  consensus: '#10b981',
  auto: '#6366f1',
  adjudicated: '#f59e0b',
  override: '#e11d48',
  timeout: '#64748b',
};

export function orderedStatuses(items: Record<string, number>): [string, number][] {
  const known = STATUS_ORDER.filter((s) => s in items);
  const other = Object.keys(items).filter((s) => !STATUS_ORDER.includes(s));
  return [...known, ...other].map((s) => [s, items[s] ?? 0]);
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function formatBucketTime(iso: string, bucketSeconds: number): string {
  const date = new Date(iso);
  return bucketSeconds >= 86_400
    ? date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
