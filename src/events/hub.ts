import { sql } from 'kysely';
import type pg from 'pg';
import { readJson, snapshotHorizon } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { EventType, StoredEvent } from './outbox.js';

/** Channel appendEvents NOTIFYs (at commit) so every server's hub reads at once. */
export const EVENTS_CHANNEL = 'tandem_events';

/** A place in the event stream: events are read in (tx, id) order. */
export interface StreamPosition {
  readonly tx: number;
  readonly id: number;
}

interface Subscriber {
  readonly projectId: number;
  position: StreamPosition;
  /** Set until the hub has brought it up to the shared position. */
  joining: boolean;
  readonly send: (events: readonly StoredEvent[]) => void;
  readonly end: () => void;
}

const BATCH = 1_000;
const after = (a: StreamPosition, b: StreamPosition) => a.tx > b.tx || (a.tx === b.tx && a.id > b.id);

/**
 * One reader of the events table per server, shared by every open event stream (issue 10,
 * point 4: each SSE client used to poll every 500 ms, and could skip events).
 *
 * Why nothing is skipped: on PostgreSQL ids are taken when a row is inserted but become visible
 * when its transaction commits, so a later id can be seen first; a reader that remembers "the
 * last id sent" then passes over the earlier one for good. Here each event carries its
 * transaction's id (`tx`) and the hub reads in (tx, id) order, sending only events whose tx is
 * below the snapshot horizon `pg_snapshot_xmin(pg_current_snapshot())`: every transaction below
 * it has ended, so no event can still appear before the position already sent, and every event
 * that appears later has tx ≥ that horizon, after the position. Events at or above the horizon
 * (visible or not) wait for the next read; the hub re-reads soon while any wait. On SQLite one
 * writer commits at a time in id order, tx is 0 and there is no horizon.
 *
 * Woken by LISTEN/NOTIFY on PostgreSQL (appendEvents notifies at commit); otherwise it polls.
 */
export class EventHub {
  readonly #storage: Storage;
  readonly #pollMs: number;
  readonly #subscribers = new Set<Subscriber>();
  #position: StreamPosition | undefined;
  #loop: Promise<void> | undefined;
  #starting: Promise<void> | undefined;
  #stopped = false;
  #wakeUp: (() => void) | undefined;
  #woken = false;
  #listener: pg.PoolClient | undefined;
  /** Reads of the events table made by this hub (for tests: one per round, whatever the clients). */
  reads = 0;

  constructor(storage: Storage, options: { pollMs?: number } = {}) {
    this.#storage = storage;
    this.#pollMs = options.pollMs ?? (storage.engine === 'postgres' ? 2_000 : 250);
  }

  /** Open event streams on this server. */
  get clients(): number {
    return this.#subscribers.size;
  }

  /**
   * Sends the project's events after `from` (an event id the client already has, e.g. its
   * Last-Event-ID; undefined: only new events) to `send`, in order, until the returned function
   * is called; `end` is called if the hub stops first (the server is closing).
   */
  async subscribe(
    projectId: number,
    from: number | undefined,
    send: (events: readonly StoredEvent[]) => void,
    end: () => void = () => undefined,
  ): Promise<() => void> {
    if (this.#stopped) {
      end();
      return () => undefined;
    }
    await this.#start();
    const subscriber: Subscriber = {
      projectId,
      position: from === undefined ? (this.#position as StreamPosition) : await this.#positionOf(from),
      joining: from !== undefined,
      send,
      end,
    };
    this.#subscribers.add(subscriber);
    if (subscriber.joining) this.wake();
    return () => {
      this.#subscribers.delete(subscriber);
    };
  }

  wake(): void {
    this.#woken = true;
    this.#wakeUp?.();
  }

  /** Stops reading and ends every stream (`end` callbacks), e.g. when the server closes. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#starting?.catch(() => undefined);
    await this.#loop;
    for (const subscriber of this.#subscribers) subscriber.end();
    this.#subscribers.clear();
    const client = this.#listener;
    this.#listener = undefined;
    if (client) {
      await client.query(`unlisten ${EVENTS_CHANNEL}`).catch(() => undefined);
      client.release();
    }
  }

  // Two streams opening at once must not start two readers.
  #start(): Promise<void> {
    this.#starting ??= this.#begin();
    return this.#starting;
  }

  async #begin(): Promise<void> {
    this.#position = await this.#head();
    const pool = this.#storage.pgPool;
    if (pool) {
      const client = await pool.connect();
      client.on('notification', () => this.wake());
      client.on('error', () => {
        // The poll still runs; a broken listener only delays streams by one poll.
      });
      await client.query(`listen ${EVENTS_CHANNEL}`);
      this.#listener = client;
    }
    this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      let waiting = false;
      try {
        waiting = await this.#round();
      } catch {
        // A failed read is retried next round; the streams stay open.
      }
      if (this.#stopped) break;
      await this.#sleep(waiting ? 50 : this.#pollMs);
    }
  }

  /** Brings joining streams up to the shared position, then reads past it; true while events wait. */
  async #round(): Promise<boolean> {
    const shared = this.#position as StreamPosition;
    for (const subscriber of this.#subscribers) {
      if (!subscriber.joining) continue;
      // Catch-up for a stream resuming from an older event: its project only, up to `shared`.
      while (after(shared, subscriber.position)) {
        const { events } = await this.#read(subscriber.position, subscriber.projectId);
        const upTo = events.filter((event) => !after(event, shared));
        if (upTo.length > 0) subscriber.send(upTo);
        if (upTo.length < BATCH) subscriber.position = shared;
        else subscriber.position = upTo.at(-1) as StreamEvent;
      }
      subscriber.joining = false;
    }
    if (this.#subscribers.size === 0) return false;
    for (;;) {
      const { events, waiting } = await this.#read(this.#position as StreamPosition);
      const byProject = new Map<number, StreamEvent[]>();
      for (const event of events) byProject.set(event.projectId, [...(byProject.get(event.projectId) ?? []), event]);
      const last = events.at(-1);
      if (last) this.#position = { tx: last.tx, id: last.id };
      const reached = this.#position as StreamPosition;
      for (const subscriber of this.#subscribers) {
        // A stream that joined during this round catches up (to here) in the next one.
        if (subscriber.joining) continue;
        const mine = (byProject.get(subscriber.projectId) ?? []).filter((event) => after(event, subscriber.position));
        if (mine.length > 0) subscriber.send(mine);
        if (after(reached, subscriber.position)) subscriber.position = reached;
      }
      if (events.length < BATCH) return waiting;
    }
  }

  /** Events after `from` in (tx, id) order, below the horizon; `waiting` when later ones must wait. */
  async #read(from: StreamPosition, projectId?: number): Promise<{ events: StreamEvent[]; waiting: boolean }> {
    this.reads += 1;
    const result = await sql<EventRow>`
      select id, project_id, type, payload, created_at, tx, ${snapshotHorizon(this.#storage.engine)} as horizon
      from events
      where (tx > ${from.tx} or (tx = ${from.tx} and id > ${from.id}))
        ${projectId === undefined ? sql`` : sql`and project_id = ${projectId}`}
      order by tx, id
      limit ${BATCH}`.execute(this.#storage.db);
    const events: StreamEvent[] = [];
    for (const row of result.rows) {
      if (Number(row.tx) >= Number(row.horizon)) return { events, waiting: true };
      events.push({
        id: Number(row.id),
        tx: Number(row.tx),
        projectId: Number(row.project_id),
        type: row.type as EventType,
        payload: readJson(row.payload),
        createdAt: Number(row.created_at),
      });
    }
    return { events, waiting: false };
  }

  /** Where the stream stands now: the last event below the horizon. */
  async #head(): Promise<StreamPosition> {
    const result = await sql<{ tx: number; id: number }>`
      select tx, id from events where tx < ${snapshotHorizon(this.#storage.engine)}
      order by tx desc, id desc limit 1`.execute(this.#storage.db);
    const row = result.rows[0];
    return row ? { tx: Number(row.tx), id: Number(row.id) } : { tx: 0, id: 0 };
  }

  /** The position of an event a client already has (or the last one before it, if it is gone). */
  async #positionOf(eventId: number): Promise<StreamPosition> {
    const row = await this.#storage.db
      .selectFrom('events')
      .select(['tx', 'id'])
      .where('id', '<=', eventId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { tx: Number(row.tx), id: Number(row.id) } : { tx: 0, id: 0 };
  }

  #sleep(ms: number): Promise<void> {
    if (this.#woken) {
      this.#woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wakeUp = () => {
        this.#wakeUp = undefined;
        this.#woken = false;
        done();
      };
    });
  }
}

interface StreamEvent extends StoredEvent {
  readonly tx: number;
}

interface EventRow {
  id: number;
  project_id: number;
  type: string;
  payload: unknown;
  created_at: number;
  tx: number;
  horizon: number;
}
