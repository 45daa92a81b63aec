import { sql } from 'kysely';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Storage } from '../db/storage.js';
import type { JobSettled } from '../jobs/runner.js';
import { summarizeJobs } from '../jobs/service.js';

/** The routes whose latency is a histogram of its own: the queue's hot paths. */
const TIMED_ROUTES: Readonly<Record<string, 'claim' | 'submit'>> = {
  'POST /api/projects/:project/tasks/claim': 'claim',
  'POST /api/tasks/:taskId/submit': 'submit',
};
const LATENCY_BUCKETS = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * Tandem's Prometheus metrics (issue 10, point 7), one registry per server: request histograms
 * and job outcomes counted as they happen; queue depth, job backlog and webhook lag read from the
 * database at each scrape (so every server reports the shared truth, not its own share).
 */
export class TandemMetrics {
  readonly registry = new Registry();
  readonly #claim: Histogram;
  readonly #submit: Histogram;
  readonly #jobAttempts: Counter<'type' | 'outcome'>;
  readonly #jobWait: Histogram<'type'>;
  readonly #jobRun: Histogram<'type'>;
  #sseClients: () => number = () => 0;

  constructor(storage: Storage) {
    const registers = [this.registry];
    const openStreams = () => this.#sseClients();
    collectDefaultMetrics({ register: this.registry, prefix: 'tandem_' });
    this.#claim = new Histogram({
      name: 'tandem_claim_duration_seconds',
      help: 'Task claims over HTTP, from request to response',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.#submit = new Histogram({
      name: 'tandem_submit_duration_seconds',
      help: 'Answer submits over HTTP, from request to response',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.#jobAttempts = new Counter({
      name: 'tandem_job_attempts_total',
      help: 'Job attempts run by this server, by type and outcome (done, retry, failed, cancelled, lost)',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.#jobWait = new Histogram({
      name: 'tandem_job_wait_seconds',
      help: 'From when a job was due to when this server started it (webhook.deliver: delivery lag)',
      labelNames: ['type'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
      registers,
    });
    this.#jobRun = new Histogram({
      name: 'tandem_job_run_seconds',
      help: 'How long job attempts ran',
      labelNames: ['type'],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30],
      registers,
    });
    new Gauge({
      name: 'tandem_sse_clients',
      help: 'Open event streams on this server',
      registers,
      collect() {
        this.set(openStreams());
      },
    });
    // The gauges below are read from the database: one read per scrape, shared by all of them
    // (each gauge's collect awaits it, so a scrape never shows the previous scrape's figures).
    const shared = { registers, collect: () => this.#readDatabase() };
    const queueDepth = new Gauge({
      name: 'tandem_queue_open_tasks',
      help: 'Task slots waiting to be claimed or held, per project',
      labelNames: ['project'],
      ...shared,
    });
    const oldestSlot = new Gauge({
      name: 'tandem_queue_oldest_open_task_age_seconds',
      help: 'Age of the oldest open task slot, per project',
      labelNames: ['project'],
      ...shared,
    });
    const jobGauges = {
      due: new Gauge({
        name: 'tandem_jobs_backlog',
        help: 'Jobs due and waiting, per type',
        labelNames: ['type'],
        ...shared,
      }),
      running: new Gauge({
        name: 'tandem_jobs_running',
        help: 'Jobs running, per type',
        labelNames: ['type'],
        ...shared,
      }),
      failed: new Gauge({
        name: 'tandem_jobs_failed',
        help: 'Jobs failed for good (not yet retried or pruned), per type',
        labelNames: ['type'],
        ...shared,
      }),
      age: new Gauge({
        name: 'tandem_jobs_oldest_due_age_seconds',
        help: 'How long the oldest due job has waited, per type (0 when none waits)',
        labelNames: ['type'],
        ...shared,
      }),
    };
    const webhookLag = new Gauge({
      name: 'tandem_webhook_oldest_pending_age_seconds',
      help: 'Age of the oldest event with a webhook delivery not yet made (0 when none)',
      ...shared,
    });
    const readSeconds = new Gauge({
      name: 'tandem_metrics_scrape_database_seconds',
      help: 'Time spent reading the database for the last scrape',
      ...shared,
    });
    this.#refresh = async () => {
      {
        const started = performance.now();
        const now = Date.now();
        const queue = await sql<{ slug: string; open: number; oldest: number }>`
          select p.slug as slug, count(t.id) as open, min(t.created_at) as oldest
          from tasks t join projects p on p.id = t.project_id
          where t.state = 'queued' and p.archived_at is null
          group by p.slug`.execute(storage.db);
        queueDepth.reset();
        oldestSlot.reset();
        for (const row of queue.rows) {
          queueDepth.set({ project: row.slug }, Number(row.open));
          oldestSlot.set({ project: row.slug }, Math.max(0, (now - Number(row.oldest)) / 1_000));
        }
        const jobs = await summarizeJobs(storage, undefined, now);
        for (const gauge of Object.values(jobGauges)) gauge.reset();
        for (const type of jobs.types) {
          jobGauges.due.set({ type: type.type }, type.due);
          jobGauges.running.set({ type: type.type }, type.running);
          jobGauges.failed.set({ type: type.type }, type.failed);
          jobGauges.age.set({ type: type.type }, type.oldestDueAgeSeconds ?? 0);
        }
        const pending = await storage.db
          .selectFrom('webhook_deliveries as d')
          .innerJoin('events as e', 'e.id', 'd.event_id')
          .select((eb) => eb.fn.min('e.created_at').as('oldest'))
          .where('d.status', '=', 'pending')
          .executeTakeFirst();
        const oldest = pending?.oldest === null || pending?.oldest === undefined ? null : Number(pending.oldest);
        webhookLag.set(oldest === null ? 0 : Math.max(0, (now - oldest) / 1_000));
        readSeconds.set((performance.now() - started) / 1_000);
      }
    };
  }

  readonly #refresh: () => Promise<void>;
  #reading: Promise<void> | undefined;

  /** One database read for all the gauges that collect during the same scrape. */
  #readDatabase(): Promise<void> {
    this.#reading ??= this.#refresh().finally(() => {
      this.#reading = undefined;
    });
    return this.#reading;
  }

  /** Counts open event streams from the server's hub. */
  countSseClients(count: () => number): void {
    this.#sseClients = count;
  }

  /** For the job runner's `onSettled`. */
  observeJob = (event: JobSettled): void => {
    this.#jobAttempts.inc({ type: event.job.type, outcome: event.outcome });
    this.#jobWait.observe({ type: event.job.type }, event.waitMs / 1_000);
    this.#jobRun.observe({ type: event.job.type }, event.runMs / 1_000);
  };

  /** For the HTTP app's onResponse hook: times the claim and submit routes. */
  observeRequest(method: string, routeUrl: string | undefined, elapsedMs: number): void {
    const route = TIMED_ROUTES[`${method} ${routeUrl}`];
    if (route === 'claim') this.#claim.observe(elapsedMs / 1_000);
    else if (route === 'submit') this.#submit.observe(elapsedMs / 1_000);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
