import type { Answer, AuditRecord, Decision, Item } from '../api/types';

/** Shapes of the explorer API (src/explorer/contracts.ts, item-details.ts). */

export interface ExplorerRow {
  id: number;
  externalId: string | null;
  status: string;
  preview: string;
  prediction: Answer | null;
  confidence: number | null;
  modelVersion: string | null;
  tags: string[];
  gold: boolean;
  decision: { answer: Answer; method: string; agreement: number | null } | null;
  openReports: number;
  createdAt: string;
  updatedAt: string;
}

export interface ExplorePage {
  items: ExplorerRow[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

export interface ItemReport {
  id: number;
  itemId: number;
  reason: string;
  reportedBy: { id: number; username: string };
  status: 'open' | 'requeued' | 'closed';
  createdAt: string;
  resolvedBy: { id: number; username: string } | null;
  resolvedAt: string | null;
  resolution: string | null;
}

export interface ItemDetails {
  item: Item;
  modelVersion: string | null;
  goldAnswer: Answer | null;
  responses: {
    id: number;
    taskId: number;
    phase: string;
    person: { id: number; username: string };
    answer: Answer;
    timeSpentMs: number | null;
    goldCorrect: boolean | null;
    createdAt: string;
  }[];
  slots: {
    id: number;
    phase: string;
    role: string;
    state: string;
    claimedBy: { id: number; username: string } | null;
    createdAt: string;
    completedAt: string | null;
  }[];
  decisions: (Decision & { decidedByUsername: string | null })[];
  reports: ItemReport[];
  audit: AuditRecord[];
}

export interface BulkReport {
  action: BulkAction;
  matched: number;
  done: number;
  skipped: { itemId: number; reason: string }[];
}

export type BulkAction = 'send_back' | 'mark_gold' | 'archive' | 'delete';

/** The explorer filter as URL search parameters (the same names as the API's query). */
export const FILTER_KEYS = [
  'q',
  'status',
  'label',
  'annotator',
  'minAgreement',
  'maxAgreement',
  'minConfidence',
  'maxConfidence',
  'modelVersion',
  'tag',
  'meta',
  'gold',
  'reported',
  'adjudication',
  'createdFrom',
  'createdTo',
  'updatedFrom',
  'updatedTo',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ExplorerSearch = Partial<Record<FilterKey | 'sort' | 'page', string>>;

export function validateExplorerSearch(search: Record<string, unknown>): ExplorerSearch {
  const out: ExplorerSearch = {};
  for (const key of [...FILTER_KEYS, 'sort', 'page'] as const) {
    const value = search[key];
    if (typeof value === 'string' && value !== '') out[key] = value.slice(0, 500);
    else if (typeof value === 'number') out[key] = String(value);
  }
  return out;
}

/** The filter part of the search (no sort or page), for bulk actions and export. */
export function filterOf(search: ExplorerSearch): Partial<Record<FilterKey, string>> {
  const out: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) if (search[key]) out[key] = search[key];
  return out;
}

export function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  return params.toString();
}
