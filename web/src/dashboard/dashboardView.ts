import type { TableAlternative } from './ChartCard';
import {
  agreementOption,
  annotatorsOption,
  methodsOption,
  queueOption,
  statusOption,
  throughputOption,
} from './chartOptions';
import type { ChartOption } from './EChart';
import { formatDuration, orderedStatuses, type ProjectStats, sum } from './stats';

export interface ChartView {
  readonly option: ChartOption;
  /** One sentence: the text alternative that is always on screen. */
  readonly summary: string;
  readonly table: TableAlternative;
  readonly empty?: string;
}

export type DashboardView = Record<
  'throughput' | 'status' | 'queue' | 'methods' | 'agreement' | 'annotators',
  ChartView
>;

/** Everything the dashboard draws from one stats response (built once per response). */
export function dashboardView(s: ProjectStats): DashboardView {
  const statuses = orderedStatuses(s.items);
  const itemCount = sum(statuses.map(([, n]) => n));
  const responses = sum(s.throughput.map((b) => b.responses));
  const decisions = sum(s.throughput.map((b) => b.decisions));
  const methods = Object.entries(s.decisionsByMethod);
  const scored = sum(s.agreement.map((b) => b.items));
  const high = sum(s.agreement.filter((b) => b.from >= 0.6).map((b) => b.items));
  const band = (b: { from: number; to: number }) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}`;
  return {
    throughput: {
      option: throughputOption(s),
      summary: `${responses} responses and ${decisions} decisions in the window.`,
      table: {
        columns: ['From', 'Responses', 'Decisions'],
        rows: s.throughput
          .filter((b) => b.responses + b.decisions > 0)
          .map((b) => [new Date(b.at).toLocaleString(), b.responses, b.decisions]),
      },
    },
    status: {
      option: statusOption(s),
      summary: `${itemCount} items: ${statuses.map(([k, n]) => `${n} ${k}`).join(', ') || 'none yet'}.`,
      table: { columns: ['Status', 'Items'], rows: statuses },
      ...(itemCount === 0 ? { empty: 'No items yet' } : {}),
    },
    queue: {
      option: queueOption(s),
      summary: `${s.queue.open} open, ${s.queue.leased} leased and ${s.queue.done} done task slots.`,
      table: {
        columns: ['Task slots', 'Count'],
        rows: [
          ['open', s.queue.open],
          ['leased', s.queue.leased],
          ['done', s.queue.done],
        ],
      },
    },
    methods: {
      option: methodsOption(s),
      summary: methods.length
        ? `${sum(methods.map(([, n]) => n))} current decisions: ${methods.map(([k, n]) => `${n} ${k}`).join(', ')}.`
        : 'No decisions yet.',
      table: { columns: ['Method', 'Decisions'], rows: methods },
      ...(methods.length === 0 ? { empty: 'No decisions yet' } : {}),
    },
    agreement: {
      option: agreementOption(s),
      summary: scored
        ? `${scored} decided items scored; ${high} with agreement 0.6 or above.`
        : 'No agreement scores yet.',
      table: { columns: ['Agreement', 'Items'], rows: s.agreement.map((b) => [band(b), b.items]) },
      ...(scored === 0 ? { empty: 'No agreement scores yet' } : {}),
    },
    annotators: {
      option: annotatorsOption(s),
      summary: s.annotators.length
        ? `${s.annotators.length} ${s.annotators.length === 1 ? 'person' : 'people'} gave ${sum(s.annotators.map((a) => a.responses))} responses.`
        : 'Nobody has answered yet.',
      table: {
        columns: ['Person', 'Responses', 'Mean time per task'],
        rows: s.annotators.map((a) => [a.username, a.responses, formatDuration(a.meanTimeMs)]),
      },
      ...(s.annotators.length === 0 ? { empty: 'Nobody has answered yet' } : {}),
    },
  };
}
