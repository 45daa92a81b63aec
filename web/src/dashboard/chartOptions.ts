import type { ChartOption } from './EChart';
import { formatBucketTime, METHOD_COLORS, orderedStatuses, type ProjectStats, STATUS_COLORS } from './stats';

/** ECharts options for each dashboard chart, built from the stats response. */

const AXIS_LABEL = { color: '#475569', fontSize: 11 };
const SPLIT_LINE = { lineStyle: { color: '#e2e8f0' } };
// Axis labels stay inside the box (ECharts 6 replacement for containLabel).
const GRID = {
  left: 8,
  right: 20,
  top: 20,
  bottom: 4,
  outerBoundsMode: 'same' as const,
  outerBoundsContain: 'axisLabel' as const,
};
const TOOLTIP = { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } };

function bars(categories: string[], values: number[], colors: string[], horizontal = false): ChartOption {
  const category = { type: 'category' as const, data: categories, axisLabel: AXIS_LABEL, axisTick: { show: false } };
  const value = { type: 'value' as const, minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE };
  return {
    grid: GRID,
    tooltip: TOOLTIP,
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        barMaxWidth: horizontal ? 28 : 36,
        data: values.map((v, i) => ({ value: v, itemStyle: { color: colors[i % colors.length], borderRadius: 3 } })),
        label: { show: true, position: horizontal ? 'right' : 'top', color: '#0f172a', fontSize: 11 },
      },
    ],
  };
}

export function statusOption(stats: ProjectStats): ChartOption {
  const rows = orderedStatuses(stats.items);
  return bars(
    rows.map(([s]) => s),
    rows.map(([, n]) => n),
    rows.map(([s]) => STATUS_COLORS[s] ?? '#94a3b8'),
    true,
  );
}

export function queueOption(stats: ProjectStats): ChartOption {
  const { open, leased, done } = stats.queue;
  return bars(['open', 'leased', 'done'], [open, leased, done], ['#6366f1', '#f59e0b', '#10b981'], true);
}

export function throughputOption(stats: ProjectStats): ChartOption {
  // Bars, not lines: each bucket is a count of its own, and most buckets are often empty.
  const series = (name: string, color: string, key: 'responses' | 'decisions') => ({
    type: 'bar' as const,
    name,
    color,
    barMaxWidth: 10,
    barGap: '10%',
    itemStyle: { borderRadius: [2, 2, 0, 0] },
    data: stats.throughput.map((b) => b[key]),
  });
  return {
    grid: { ...GRID, top: 36 },
    tooltip: TOOLTIP,
    legend: { top: 0, right: 0, textStyle: { color: '#334155', fontSize: 12 } },
    xAxis: {
      type: 'category',
      data: stats.throughput.map((b) => formatBucketTime(b.at, stats.bucketSeconds)),
      axisLabel: AXIS_LABEL,
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    series: [series('Responses', '#6366f1', 'responses'), series('Decisions', '#10b981', 'decisions')],
  };
}

export function methodsOption(stats: ProjectStats): ChartOption {
  const entries = Object.entries(stats.decisionsByMethod);
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: {
      orient: 'vertical',
      right: 16,
      top: 'middle',
      textStyle: { color: '#334155', fontSize: 12 },
      formatter: (name: string) => `${name}  ${stats.decisionsByMethod[name] ?? 0}`,
    },
    series: [
      {
        type: 'pie',
        radius: ['45%', '75%'],
        center: ['35%', '50%'],
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { show: false },
        data: entries.map(([name, value]) => ({ name, value, itemStyle: { color: METHOD_COLORS[name] ?? '#94a3b8' } })),
      },
    ],
  };
}

export function agreementOption(stats: ProjectStats): ChartOption {
  return bars(
    stats.agreement.map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}`),
    stats.agreement.map((b) => b.items),
    stats.agreement.map((b) => (b.from >= 0.6 ? '#10b981' : b.from >= 0.3 ? '#f59e0b' : '#e11d48')),
  );
}

export function annotatorsOption(stats: ProjectStats): ChartOption {
  const people = stats.annotators.slice(0, 12);
  return bars(
    people.map((p) => p.username),
    people.map((p) => p.responses),
    ['#6366f1'],
    true,
  );
}
