import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { canManage, useMe } from '../api/auth';
import { type ApiError, getProject, got, type QueryOf, tandem } from '../api/client';
import type { LabelSchema } from '../api/types';
import { isTypingTarget } from '../workspace/widgets/hotkeys';
import { BulkBar } from './BulkBar';
import { FilterPanel } from './FilterPanel';
import { type ExplorePage, type ExplorerSearch, type FilterKey, filterOf, queryString } from './types';

const PAGE_SIZE = 50;
const SORTS = [
  ['-id', 'Newest first'],
  ['id', 'Oldest first'],
  ['-confidence', 'Confidence, high to low'],
  ['confidence', 'Confidence, low to high'],
  ['-updatedAt', 'Recently changed'],
  ['updatedAt', 'Least recently changed'],
] as const;

/**
 * /projects/$project/explore: find items by text and filters, page through them, open one,
 * act on a selection. Keys: / search, j/k move, x select, Enter open, [ and ] change page.
 */
export function ExplorerPage() {
  const { project: slug } = useParams({ from: '/projects/$project/explore' });
  const search = useSearch({ from: '/projects/$project/explore' });
  const navigate = useNavigate({ from: '/projects/$project/explore' });
  const { data: me } = useMe();
  const project = useQuery({
    queryKey: ['project', slug],
    queryFn: () => getProject(slug),
  });
  const page = Number(search.page ?? '1') || 1;
  const query = queryString({
    ...filterOf(search),
    sort: search.sort,
    page: String(page),
    pageSize: String(PAGE_SIZE),
  });
  const results = useQuery<ExplorePage, ApiError>({
    queryKey: ['explore', slug, query],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/explore', {
          params: {
            path: { project: slug },
            query: Object.fromEntries(new URLSearchParams(query)) as QueryOf<'/api/projects/{project}/explore'>,
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [cursor, setCursor] = useState(0);
  const [text, setText] = useState(search.q ?? '');
  const searchBox = useRef<HTMLInputElement>(null);
  const rows = results.data?.items ?? [];

  useEffect(() => setText(search.q ?? ''), [search.q]);
  // A new filter or page is a new selection.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the query changes
  useEffect(() => {
    setSelected(new Set());
    setAllMatching(false);
    setCursor(0);
  }, [query]);

  const go = (next: ExplorerSearch) => void navigate({ search: next });
  const applyFilter = (filter: Partial<Record<FilterKey, string>>) =>
    go({ ...filter, ...(search.sort ? { sort: search.sort } : {}) });
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const total = results.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const row = rows[cursor];
      if (event.key === '/') {
        event.preventDefault();
        searchBox.current?.focus();
      } else if (event.key === 'j') setCursor((c) => Math.min(rows.length - 1, c + 1));
      else if (event.key === 'k') setCursor((c) => Math.max(0, c - 1));
      else if (event.key === 'x' && row) toggle(row.id);
      else if (
        event.key === 'Enter' &&
        row &&
        !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
      ) {
        void navigate({
          to: '/projects/$project/items/$itemId',
          params: { project: slug, itemId: String(row.id) },
          search,
        });
      } else if (event.key === ']' && page < lastPage) go({ ...search, page: String(page + 1) });
      else if (event.key === '[' && page > 1) go({ ...search, page: String(page - 1) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    document.getElementById(`explore-row-${cursor}`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  const from = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const to = (page - 1) * PAGE_SIZE + rows.length;
  const totalText = `${total.toLocaleString()}${results.data?.totalCapped ? '+' : ''}`;

  return (
    <section aria-labelledby="explore-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 id="explore-title" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · explore
        </h1>
        <Link to="/projects/$project/dashboard" params={{ project: slug }} className="ml-auto text-sm text-brand-700">
          Dashboard →
        </Link>
      </div>
      <form
        aria-label="Search items"
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...filterOf(search), ...(search.sort ? { sort: search.sort } : {}), q: text.trim() || undefined });
        }}
      >
        <label htmlFor="explore-q" className="sr-only">
          Search item text
        </label>
        <input
          id="explore-q"
          ref={searchBox}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Search item text (press / )"
          className="w-full max-w-xl rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white">
          Search
        </button>
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
          Sort
          <select
            value={search.sort ?? '-id'}
            onChange={(e) => go({ ...filterOf(search), sort: e.target.value })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <details className="group" open={Object.keys(filterOf(search)).some((k) => k !== 'q')}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Filters</summary>
        <div className="mt-2">
          <FilterPanel
            search={search}
            schema={project.data?.labelSchema as LabelSchema | undefined}
            error={results.error}
            onApply={applyFilter}
          />
        </div>
      </details>
      <p role="status" className="min-h-5 text-sm text-slate-600">
        {results.isError
          ? ''
          : results.data
            ? `${from.toLocaleString()}–${to.toLocaleString()} of ${totalText} items`
            : 'Loading…'}
      </p>
      {results.isError && (
        <p role="alert" className="text-sm text-red-700">
          {results.error.message}
        </p>
      )}
      {canManage(me) && (
        <BulkBar
          slug={slug}
          search={search}
          selectedIds={[...selected]}
          allMatching={allMatching}
          total={total}
          totalCapped={results.data?.totalCapped ?? false}
          onSelectAllMatching={() => setAllMatching(true)}
          onDone={() => {
            setSelected(new Set());
            setAllMatching(false);
            void results.refetch();
          }}
        />
      )}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select every item on this page"
                  checked={rows.length > 0 && rows.every((r) => selected.has(r.id))}
                  onChange={(e) => {
                    setAllMatching(false);
                    setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set());
                  }}
                />
              </th>
              <th scope="col" className="px-3 py-2">
                Item
              </th>
              <th scope="col" className="px-3 py-2">
                Text
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Decision
              </th>
              <th scope="col" className="px-3 py-2">
                Model
              </th>
              <th scope="col" className="px-3 py-2">
                Tags
              </th>
              <th scope="col" className="px-3 py-2">
                Updated
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr
                key={row.id}
                id={`explore-row-${index}`}
                aria-current={index === cursor ? 'true' : undefined}
                className={`border-b border-slate-100 ${index === cursor ? 'bg-brand-50' : ''}`}
              >
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select item ${row.id}`}
                    checked={allMatching || selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <Link
                    to="/projects/$project/items/$itemId"
                    params={{ project: slug, itemId: String(row.id) }}
                    search={search}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {row.externalId ?? `#${row.id}`}
                  </Link>
                </td>
                <td className="max-w-md truncate px-3 py-2 text-slate-700" title={row.preview}>
                  {row.preview}
                </td>
                <td className="px-3 py-2">
                  {row.status}
                  {row.gold && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">gold</span>}
                  {row.openReports > 0 && (
                    <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">reported</span>
                  )}
                </td>
                <td className="px-3 py-2 text-slate-700">
                  {row.decision
                    ? `${Object.values(row.decision.answer).map(String).join(', ')} · ${row.decision.method}${row.decision.agreement === null ? '' : ` · ${Math.round(row.decision.agreement * 100)} %`}`
                    : '—'}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                  {row.modelVersion ?? '—'}
                  {row.confidence === null ? '' : ` · ${row.confidence.toFixed(2)}`}
                </td>
                <td className="px-3 py-2 text-slate-600">{row.tags.join(', ')}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-500">
                  {new Date(row.updatedAt).toLocaleString()}
                </td>
              </tr>
            ))}
            {results.data && rows.length === 0 && (
              <tr>
                <td colSpan={8} className="px-3 py-8 text-center text-slate-500">
                  No items match. Change the search or clear the filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex items-center gap-2 text-sm">
        <button
          type="button"
          disabled={page <= 1}
          onClick={() => go({ ...search, page: String(page - 1) })}
          className="rounded-md border border-slate-300 px-3 py-1.5 disabled:opacity-50"
        >
          ← Previous
        </button>
        <span className="text-slate-600">
          Page {page} of {lastPage.toLocaleString()}
          {results.data?.totalCapped ? '+' : ''}
        </span>
        <button
          type="button"
          disabled={!results.data || (page >= lastPage && !results.data.totalCapped) || rows.length < PAGE_SIZE}
          onClick={() => go({ ...search, page: String(page + 1) })}
          className="rounded-md border border-slate-300 px-3 py-1.5 disabled:opacity-50"
        >
          Next →
        </button>
        <span className="ml-auto text-xs text-slate-500">
          Keys: / search · j k move · x select · Enter open · [ ] pages
        </span>
      </nav>
    </section>
  );
}
