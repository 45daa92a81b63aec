// This branch's SDK types (they know the traces routes); the runtime client is the app's own.
import type { ResponseBody } from '@tandem/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { type ApiError, getProject, got, inProject, tandem } from '../api/client';
import { type ChartOption, EChart } from '../dashboard/EChart';

type SamplingView = ResponseBody<'/api/projects/{project}/traces/sampling', 'get'>;
type Policy = SamplingView['policy'];
type Report = ResponseBody<'/api/projects/{project}/traces/report', 'get'>;

const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)} %`);

/**
 * /projects/$project/traces: production traces (issue 13 point 6). The sampling policy form, the
 * report (table and a failure-rate line per slice), and the newest sampled traces with their items.
 */
export function TracesPage() {
  const { project: slug } = useParams({ from: '/projects/$project/traces' });
  const project = useQuery({ queryKey: ['project', slug], queryFn: () => getProject(slug) });
  return (
    <section aria-labelledby="traces-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 id="traces-title" className="text-2xl font-semibold">
          {project.data?.name ?? slug} · traces
        </h1>
        <Link to="/projects/$project/dashboard" params={{ project: slug }} className="ml-auto text-sm text-brand-700">
          Dashboard →
        </Link>
      </div>
      <SamplingForm slug={slug} />
      <ReportPanel slug={slug} />
      <RecentSampled slug={slug} />
    </section>
  );
}

function SamplingForm({ slug }: { slug: string }) {
  const current = useQuery({
    queryKey: ['sampling', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/traces/sampling', inProject(slug))),
  });
  if (current.isPending) return <div className="h-48 animate-pulse rounded-xl bg-slate-100" />;
  if (current.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        Could not load the sampling policy: {current.error.message}
      </p>
    );
  }
  return <SamplingFields slug={slug} view={current.data} />;
}

/** Boost lines as written in the form: `locale=fr: 0.25`. */
function boostsText(policy: Policy): string {
  return policy.boosts
    .map(
      (b) =>
        `${Object.entries(b.metadata)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}: ${b.rate}`,
    )
    .join('\n');
}

function parseBoosts(text: string): Policy['boosts'] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [slice = '', rate = ''] = line.split(':');
      const metadata = Object.fromEntries(
        slice.split(',').map((pair) => {
          const [key = '', value = ''] = pair.split('=');
          return [key.trim(), value.trim()];
        }),
      );
      return { metadata, rate: Number(rate.trim()) };
    });
}

function SamplingFields({ slug, view }: { slug: string; view: SamplingView }) {
  const client = useQueryClient();
  const policy = view.policy;
  const [random, setRandom] = useState(String(policy.random * 100));
  const [thumbsDown, setThumbsDown] = useState(policy.thumbsDown);
  const [judgeFail, setJudgeFail] = useState(policy.judgeFail);
  const [disagreement, setDisagreement] = useState(policy.disagreement);
  const [boosts, setBoosts] = useState(boostsText(policy));
  const [totalCap, setTotalCap] = useState(policy.caps.total === undefined ? '' : String(policy.caps.total));
  const [question, setQuestion] = useState(policy.review?.question ?? '');
  const [passValues, setPassValues] = useState(policy.review?.passValues.join(', ') ?? '');
  const save = useMutation<SamplingView, ApiError>({
    mutationFn: () =>
      got(
        tandem.PUT('/api/projects/{project}/traces/sampling', {
          ...inProject(slug),
          body: {
            random: Number(random) / 100,
            thumbsDown,
            judgeFail,
            disagreement,
            boosts: parseBoosts(boosts),
            caps: { ...policy.caps, ...(totalCap.trim() === '' ? { total: undefined } : { total: Number(totalCap) }) },
            seed: policy.seed,
            ...(question.trim()
              ? {
                  review: {
                    question: question.trim(),
                    passValues: passValues
                      .split(',')
                      .map((v) => v.trim())
                      .filter(Boolean),
                  },
                }
              : {}),
          },
        }),
      ),
    onSuccess: (saved) => client.setQueryData(['sampling', slug], saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const fieldError = (path: string) => save.error?.fieldMessage?.(path);
  const box = 'rounded border border-slate-300 px-2 py-1 text-sm';
  return (
    <form
      onSubmit={submit}
      aria-labelledby="sampling-title"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="sampling-title" className="text-lg font-semibold">
        Sampling <span className="text-sm font-normal text-slate-500">version {view.version}</span>
      </h2>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="grid gap-1">
          Random sample (%)
          <input
            className={box}
            type="number"
            min={0}
            max={100}
            step="any"
            value={random}
            onChange={(e) => setRandom(e.target.value)}
          />
          {fieldError('random') ? <span className="text-red-700">{fieldError('random')}</span> : null}
        </label>
        <label className="grid gap-1">
          Daily cap (all reasons)
          <input
            className={box}
            type="number"
            min={0}
            value={totalCap}
            onChange={(e) => setTotalCap(e.target.value)}
            placeholder="none"
          />
        </label>
        <fieldset className="grid gap-1">
          <legend>Always sample</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={thumbsDown} onChange={(e) => setThumbsDown(e.target.checked)} /> every
            thumbs-down
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={judgeFail} onChange={(e) => setJudgeFail(e.target.checked)} /> judge fails
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={disagreement} onChange={(e) => setDisagreement(e.target.checked)} /> judge
            contradicts the user
          </label>
        </fieldset>
      </div>
      <label className="grid gap-1 text-sm">
        Slice boosts, one a line (<code>key=value: rate</code>)
        <textarea className={box} rows={2} value={boosts} onChange={(e) => setBoosts(e.target.value)} />
        {fieldError('boosts.0.rate') ? <span className="text-red-700">{fieldError('boosts.0.rate')}</span> : null}
      </label>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="grid gap-1">
          Review question that says pass
          <input className={box} value={question} onChange={(e) => setQuestion(e.target.value)} />
          {fieldError('review.question') ? <span className="text-red-700">{fieldError('review.question')}</span> : null}
        </label>
        <label className="grid gap-1">
          Passing answers (comma-separated)
          <input className={box} value={passValues} onChange={(e) => setPassValues(e.target.value)} />
        </label>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={save.isPending}
          className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
        >
          Save sampling
        </button>
        <span role="status" className="text-sm text-slate-600">
          {save.isSuccess ? `Saved: version ${save.data.version}` : save.isError ? '' : ''}
        </span>
        {save.isError && !save.error.details?.length ? (
          <span role="alert" className="text-sm text-red-700">
            {save.error.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}

function ReportPanel({ slug }: { slug: string }) {
  const [slice, setSlice] = useState('');
  const [bucket, setBucket] = useState<'day' | 'week'>('day');
  const [days, setDays] = useState(30);
  const report = useQuery({
    queryKey: ['traces-report', slug, slice, bucket, days],
    queryFn: () => {
      const to = new Date();
      const from = new Date(to.getTime() - days * 86_400_000);
      return got(
        tandem.GET('/api/projects/{project}/traces/report', {
          params: {
            path: { project: slug },
            query: { from: from.toISOString(), to: to.toISOString(), bucket, ...(slice ? { slice } : {}) },
          },
        }),
      );
    },
  });
  const box = 'rounded border border-slate-300 px-2 py-1 text-sm';
  return (
    <section aria-labelledby="report-title" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="report-title" className="text-lg font-semibold">
        Report
      </h2>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="grid gap-1">
          Slice by metadata key
          <input
            className={box}
            value={slice}
            onChange={(e) => setSlice(e.target.value.trim())}
            placeholder="e.g. locale"
          />
        </label>
        <label className="grid gap-1">
          Bucket
          <select className={box} value={bucket} onChange={(e) => setBucket(e.target.value as 'day' | 'week')}>
            <option value="day">day</option>
            <option value="week">week</option>
          </select>
        </label>
        <label className="grid gap-1">
          Last
          <select className={box} value={days} onChange={(e) => setDays(Number(e.target.value))}>
            <option value={7}>7 days</option>
            <option value={30}>30 days</option>
            <option value={90}>90 days</option>
            <option value={365}>365 days</option>
          </select>
        </label>
      </div>
      {report.isPending ? (
        <div className="h-64 animate-pulse rounded-xl bg-slate-100" />
      ) : report.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load the report: {report.error.message}
        </p>
      ) : (
        <ReportBody report={report.data} />
      )}
    </section>
  );
}

function ReportBody({ report }: { report: Report }) {
  const t = report.totals;
  const option = useMemo<ChartOption>(() => {
    const starts = [...new Set(report.series.map((row) => row.start.slice(0, 10)))];
    const slices = [...new Set(report.series.map((row) => row.slice ?? 'all'))];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: starts },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)} %` } },
      series: slices.map((name) => ({
        name,
        type: 'line',
        connectNulls: true,
        data: starts.map(
          (start) =>
            report.series.find((row) => row.start.slice(0, 10) === start && (row.slice ?? 'all') === name)
              ?.failureRate ?? null,
        ),
      })),
    } as ChartOption;
  }, [report]);
  const reasons = Object.entries(t.sampledBy)
    .map(([reason, count]) => `${reason.replace('_', ' ')} ${count}`)
    .join(', ');
  return (
    <>
      <p className="text-sm" data-testid="report-summary">
        {t.received} received, {t.sampled} sampled{reasons ? ` (${reasons})` : ''}, {t.reviewed} reviewed, failure rate{' '}
        {percent(t.failureRate)} of {t.assessed} assessed.
      </p>
      {report.series.length > 0 ? <EChart option={option} height={220} /> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Traces per {report.bucket}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col">{report.bucket === 'day' ? 'Day' : 'Week of'}</th>
            {report.slice ? <th scope="col">{report.slice}</th> : null}
            <th scope="col">Received</th>
            <th scope="col">Sampled</th>
            <th scope="col">Reviewed</th>
            <th scope="col">Failed</th>
            <th scope="col">Failure rate</th>
          </tr>
        </thead>
        <tbody>
          {report.series.map((row) => (
            <tr key={`${row.start}-${row.slice}`} className="border-t border-slate-100">
              <td>{row.start.slice(0, 10)}</td>
              {report.slice ? <td>{row.slice}</td> : null}
              <td>{row.received}</td>
              <td>{row.sampled}</td>
              <td>{row.reviewed}</td>
              <td>{row.failed}</td>
              <td>{percent(row.failureRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function RecentSampled({ slug }: { slug: string }) {
  const recent = useQuery({
    queryKey: ['traces-sampled', slug],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/traces/sampled', {
          params: { path: { project: slug }, query: { limit: '20' } },
        }),
      ),
  });
  const list = recent.data?.traces ?? [];
  return (
    <section aria-labelledby="sampled-title" className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="sampled-title" className="text-lg font-semibold">
        Recently sampled
      </h2>
      {recent.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Could not load the sampled traces: {recent.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className="text-sm text-slate-600">{recent.isPending ? 'Loading…' : 'No trace sampled yet.'}</p>
      ) : (
        <ul className="grid gap-1 text-sm" aria-label="Sampled traces">
          {list.map((trace) => (
            <li key={trace.traceId} className="flex flex-wrap gap-3">
              <span className="font-mono">{trace.traceId}</span>
              <span className="text-slate-600">{trace.reason.replace('_', ' ')}</span>
              {trace.modelVersion ? <span className="text-slate-500">{trace.modelVersion}</span> : null}
              {trace.itemId !== null ? (
                <Link
                  to="/projects/$project/items/$itemId"
                  params={{ project: slug, itemId: String(trace.itemId) }}
                  className="text-brand-700"
                >
                  item {trace.itemId} →
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
