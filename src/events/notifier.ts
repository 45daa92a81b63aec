import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Storage } from '../db/storage.js';

const CHANNEL = 'tandem_decided';

/**
 * Wakes callers waiting for an item's decision. In one process an EventEmitter is enough; with
 * PostgreSQL every server LISTENs, and a decision made by any server is NOTIFYed to all of them,
 * so `wait=` works however many Tandem servers share the database.
 */
export class DecisionNotifier {
  readonly #local = new EventEmitter();
  readonly #storage: Storage;
  #listener: pg.PoolClient | undefined;

  constructor(storage: Storage) {
    this.#storage = storage;
    this.#local.setMaxListeners(0);
  }

  /** Starts listening for other servers' decisions (PostgreSQL only). */
  async start(): Promise<void> {
    const pool = this.#storage.pgPool;
    if (!pool || this.#listener) return;
    const client = await pool.connect();
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      for (const id of message.payload.split(',')) this.#local.emit(`item:${id}`);
    });
    client.on('error', () => {
      // The pool replaces broken clients; waiters still wake on their own timeout.
    });
    await client.query(`listen ${CHANNEL}`);
    this.#listener = client;
  }

  async stop(): Promise<void> {
    const client = this.#listener;
    this.#listener = undefined;
    if (!client) return;
    try {
      await client.query(`unlisten ${CHANNEL}`);
    } finally {
      client.release();
    }
  }

  /** Announces committed decisions: locally at once, and to the other servers via NOTIFY. */
  async publish(itemIds: readonly number[]): Promise<void> {
    if (itemIds.length === 0) return;
    const pool = this.#storage.pgPool;
    if (pool) {
      // Chunks stay well under NOTIFY's 8,000-byte payload limit.
      for (let start = 0; start < itemIds.length; start += 500) {
        await pool.query('select pg_notify($1, $2)', [CHANNEL, itemIds.slice(start, start + 500).join(',')]);
      }
    } else {
      for (const id of itemIds) this.#local.emit(`item:${id}`);
    }
  }

  /** Calls `onDecided` when the item may have been decided; returns the unsubscribe function. */
  subscribe(itemId: number, onDecided: () => void): () => void {
    const event = `item:${itemId}`;
    this.#local.on(event, onDecided);
    return () => this.#local.off(event, onDecided);
  }
}

declare module '../jobs/registry.js' {
  interface JobServices {
    /** Wakes `wait=` callers after a job decides items (approval timeouts). */
    notifier: DecisionNotifier;
  }
}
