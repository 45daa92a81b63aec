import type { ResponseBody } from '@tandem/sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiError, got, tandem } from '../api/client';
import type { JudgeConfigInput } from './judgeDraft';

type TestResult = ResponseBody<'/api/projects/{project}/judges/test', 'post'>;

/**
 * "Test on item": runs the settings as typed on one item (picked by id or from the first few)
 * and shows the verdict; nothing is stored. For LLM judges the item's fields are offered as
 * `{{field}}` hints for the prompt.
 */
export function TestPanel({
  slug,
  config,
  onField,
}: {
  slug: string;
  config: () => JudgeConfigInput;
  onField?: ((hint: string) => void) | undefined;
}) {
  const [itemId, setItemId] = useState('');
  const items = useQuery({
    queryKey: ['judge-test-items', slug],
    queryFn: () =>
      got(tandem.GET('/api/projects/{project}/items', { params: { path: { project: slug }, query: { limit: '10' } } })),
  });
  const list = items.data?.items ?? [];
  const chosen = list.find((item) => String(item.id) === itemId) ?? list[0];
  const id = itemId || (chosen ? String(chosen.id) : '');
  const test = useMutation<TestResult, ApiError>({
    mutationFn: () =>
      got(
        tandem.POST('/api/projects/{project}/judges/test', {
          params: { path: { project: slug } },
          body: { config: config(), itemId: Number(id) },
        }),
      ),
  });
  const fields = chosen
    ? [...Object.keys(chosen.data), ...Object.keys(chosen.metadata).map((k) => `metadata.${k}`)]
    : [];
  const r = test.data;
  return (
    <section
      aria-labelledby="judge-test-title"
      className="grid content-start gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="judge-test-title" className="text-sm font-semibold text-slate-900">
        Test on item
      </h2>
      <div className="flex items-end gap-2">
        <label className="text-xs font-medium text-slate-700">
          Item id
          <input
            value={id}
            onChange={(e) => setItemId(e.target.value.trim())}
            inputMode="numeric"
            className="mt-1 block w-24 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </label>
        <label className="flex-1 text-xs font-medium text-slate-700">
          Or pick
          <select
            value={id}
            onChange={(e) => setItemId(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          >
            {list.map((item) => (
              <option key={item.id} value={String(item.id)}>
                #{item.id} {item.externalId ?? ''} {JSON.stringify(item.data).slice(0, 40)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {onField && fields.length > 0 && (
        <p className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
          Fields:
          {fields.map((field) => (
            <button
              key={field}
              type="button"
              onClick={() => onField(`{{${field}}}`)}
              className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800 hover:bg-slate-200"
              title="Add to the prompt"
            >
              {`{{${field}}}`}
            </button>
          ))}
        </p>
      )}
      <button
        type="button"
        disabled={!id || test.isPending}
        onClick={() => test.mutate()}
        className="justify-self-start rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {test.isPending ? 'Testing…' : 'Test'}
      </button>
      <div role="status" aria-label="Test verdict" className="text-sm">
        {test.isError ? (
          <p className="text-red-700">{test.error.message}</p>
        ) : r ? (
          r.ok ? (
            <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-2 gap-y-1">
              <dt className="text-slate-500">Verdict</dt>
              <dd className={r.pass ? 'font-semibold text-emerald-700' : 'font-semibold text-red-700'}>
                {r.pass ? 'pass' : 'fail'} (score {r.score?.toFixed(2)})
              </dd>
              <dt className="text-slate-500">Reason</dt>
              <dd>{r.reason ?? '—'}</dd>
              <dt className="text-slate-500">Tokens</dt>
              <dd>{r.inputTokens === null ? '—' : `${r.inputTokens} in, ${r.outputTokens} out`}</dd>
              <dt className="text-slate-500">Latency</dt>
              <dd>{r.latencyMs} ms</dd>
            </dl>
          ) : (
            <p className="text-amber-800">No verdict: {r.error}</p>
          )
        ) : null}
      </div>
    </section>
  );
}
