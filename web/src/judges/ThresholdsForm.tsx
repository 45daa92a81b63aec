import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';

/** The project's calibration bar: κ and pairs a judge version needs to count as calibrated. */
export function ThresholdsForm({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const client = useQueryClient();
  const thresholds = useQuery({
    queryKey: ['judge-thresholds', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/judge-thresholds', inProject(slug))),
  });
  const [minKappa, setMinKappa] = useState('');
  const [minPairs, setMinPairs] = useState('');
  useEffect(() => {
    if (!thresholds.data) return;
    setMinKappa(String(thresholds.data.minKappa));
    setMinPairs(String(thresholds.data.minPairs));
  }, [thresholds.data]);
  const save = useMutation<unknown, ApiError>({
    mutationFn: () =>
      got(
        tandem.PUT('/api/projects/{project}/judge-thresholds', {
          ...inProject(slug),
          body: { minKappa: Number(minKappa), minPairs: Number(minPairs) },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['judge-thresholds', slug] });
      void client.invalidateQueries({ queryKey: ['judges', slug] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const input = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm';
  return (
    <form
      onSubmit={submit}
      aria-label="Calibration thresholds"
      className="grid content-start gap-2 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm"
    >
      <h2 className="text-sm font-semibold text-slate-900">Calibration bar</h2>
      <p className="text-xs text-slate-600">
        A judge version is calibrated with at least this many items people decided and Cohen's κ at or above this.
      </p>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs font-medium text-slate-700">
          Minimum κ
          <input
            value={minKappa}
            onChange={(e) => setMinKappa(e.target.value)}
            disabled={!canEdit}
            inputMode="decimal"
            className={input}
          />
        </label>
        <label className="text-xs font-medium text-slate-700">
          Minimum pairs
          <input
            value={minPairs}
            onChange={(e) => setMinPairs(e.target.value)}
            disabled={!canEdit}
            inputMode="numeric"
            className={input}
          />
        </label>
      </div>
      {canEdit && (
        <button
          type="submit"
          disabled={save.isPending}
          className="justify-self-start rounded-md border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Save bar
        </button>
      )}
      <p role="status" className="text-xs">
        {save.isError ? <span className="text-red-700">{save.error.message}</span> : save.isSuccess ? 'Saved.' : null}
      </p>
    </form>
  );
}
