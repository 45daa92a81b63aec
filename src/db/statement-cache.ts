import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Distinct statements kept prepared; beyond it the least recently used is dropped. */
const CACHE_SIZE = 500;

/**
 * What Kysely's SQLite dialect gets instead of the raw handle: the same database whose `prepare`
 * reuses a prepared statement for SQL it has seen (Kysely prepares every query anew, about a
 * quarter of a small request's CPU on SQLite; bench/queue --http-only). A statement still
 * iterating (an export's stream) is busy, so the same SQL then gets a fresh one. Statements
 * survive schema changes: SQLite re-prepares them itself.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql); // re-insert: the Map's order is the recency order
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
