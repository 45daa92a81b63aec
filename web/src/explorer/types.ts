import type { ResponseBody } from '@tandem/sdk';

/** Shapes of the explorer API, from the generated contract (src/explorer/contracts.ts, item-details.ts). */

export type ExplorePage = ResponseBody<'/api/projects/{project}/explore', 'get'>;
export type ExplorerRow = ExplorePage['items'][number];
export type ItemDetails = ResponseBody<'/api/projects/{project}/items/{itemId}/details', 'get'>;
export type ItemReport = ItemDetails['reports'][number];
export type BulkReport = ResponseBody<'/api/projects/{project}/explore/bulk', 'post'>;

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
