import { useMutation, useQuery } from '@tanstack/react-query';
import { got, inProject, tandem } from '../api/client';
import type { ModelVersionView } from '../api/types';
import { ChartCard } from './ChartCard';
import type { ChartView } from './dashboardView';

/** Held-out accuracy per model version against the labels it learned from (issue 12, point 5). */
export function learningCurveView(versions: readonly ModelVersionView[]): ChartView {
  const measured = versions.filter((v) => v.heldOutAccuracy !== null);
  const last = versions.at(-1);
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)} %`);
  return {
    summary: last
      ? `Version ${last.version}: ${last.labelsUsed} labels, held-out accuracy ${pct(last.heldOutAccuracy)}`
      : 'No model trained yet',
    empty:
      versions.length === 0 ? 'The model trains once people have decided items with two different answers.' : undefined,
    option: {
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: 'labels', nameLocation: 'middle', nameGap: 22, min: 0 },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        {
          type: 'line',
          name: 'Held-out accuracy',
          data: measured.map((v) => [v.labelsUsed, v.heldOutAccuracy ?? 0]),
          showSymbol: true,
        },
      ],
    },
    table: {
      columns: ['Version', 'Question', 'Labels', 'Held-out accuracy'],
      rows: versions.map((v) => [v.version, v.question, v.labelsUsed, pct(v.heldOutAccuracy)]),
    },
  };
}

/** The learning curve, refreshed with the dashboard; managers get a "Train now" button. */
export function LearningCurveCard({
  slug,
  refreshKey,
  canTrain,
}: {
  slug: string;
  refreshKey: number;
  canTrain: boolean;
}) {
  const versions = useQuery({
    queryKey: ['model-versions', slug, refreshKey],
    queryFn: () => got(tandem.GET('/api/projects/{project}/model/versions', inProject(slug))),
    placeholderData: (previous) => previous,
  });
  const train = useMutation({
    mutationFn: () => got(tandem.POST('/api/projects/{project}/model/train', { ...inProject(slug), body: {} })),
  });
  return (
    <div className="flex flex-col gap-2">
      <ChartCard
        title="Learning curve (built-in model)"
        view={versions.data && learningCurveView(versions.data.versions)}
      />
      {canTrain && (
        <div className="flex items-center gap-3">
          <button
            type="button"
            disabled={train.isPending}
            onClick={() => train.mutate()}
            className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
          >
            Train now
          </button>
          <p role="status" className="text-sm text-slate-600">
            {train.isSuccess
              ? 'Training queued: the curve grows when it finishes.'
              : train.isError
                ? train.error.message
                : ''}
          </p>
        </div>
      )}
    </div>
  );
}
