import { randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import { authenticate, hashToken } from './service.js';
import { findUser, type User } from './store.js';

/** A web session lasts this long without use, and at most SESSION_MAX_MS in all. */
export const SESSION_IDLE_MS = 7 * 24 * 3_600_000;
export const SESSION_MAX_MS = 30 * 24 * 3_600_000;
/** An event-stream ticket opens a stream only within this time. */
export const TICKET_MS = 60_000;

export type SessionKind = 'web' | 'events';

/**
 * Signs in to the web app: checks an API token and opens a session whose secret goes into an
 * httpOnly cookie (src/http/session-routes.ts). The token itself is never stored by the browser.
 */
export async function startSession(storage: Storage, token: string, now = Date.now()) {
  const user = await authenticate(storage, token, now);
  if (!user) {
    throw new TandemError('UNAUTHENTICATED', 'This API token is not valid (revoked, expired or unknown)', [
      { path: 'token', message: 'not a valid token' },
    ]);
  }
  const secret = newSecret('tds');
  await storage.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        token_hash: hashToken(secret),
        user_id: user.id,
        kind: 'web',
        project_id: null,
        created_at: now,
        expires_at: now + SESSION_IDLE_MS,
        last_seen_at: now,
      })
      .execute();
    await recordAudit(trx, { actorId: user.id, action: 'session.started', target: `user:${user.id}` }, now);
  });
  return { user, secret, maxAgeSeconds: SESSION_IDLE_MS / 1_000 };
}

/** Ends a session (sign out); unknown secrets are ignored. */
export async function endSession(storage: Storage, secret: string, now = Date.now()): Promise<void> {
  await storage.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('sessions')
      .where('token_hash', '=', hashToken(secret))
      .returning(['user_id'])
      .executeTakeFirst();
    if (row) {
      const userId = Number(row.user_id);
      await recordAudit(trx, { actorId: userId, action: 'session.ended', target: `user:${userId}` }, now);
    }
  });
}

/**
 * The active user behind a session secret of this kind (and project, for event tickets), or
 * undefined. Web sessions slide: each use (at most once a minute) pushes the idle expiry on.
 */
export async function findSessionUser(
  storage: Storage,
  secret: string,
  kind: SessionKind,
  now = Date.now(),
  projectId?: number,
): Promise<User | undefined> {
  const row = await storage.db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'project_id', 'created_at', 'expires_at', 'last_seen_at'])
    .where('token_hash', '=', hashToken(secret))
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row || Number(row.expires_at) <= now) return undefined;
  if (kind === 'events' && Number(row.project_id) !== projectId) return undefined;
  const user = await findUser(storage, { id: Number(row.user_id) });
  if (!user?.active) return undefined;
  if (kind === 'web' && now - Number(row.last_seen_at) > 60_000) {
    const expiresAt = Math.min(now + SESSION_IDLE_MS, Number(row.created_at) + SESSION_MAX_MS);
    await storage.db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: expiresAt })
      .where('id', '=', Number(row.id))
      .execute();
  }
  return user;
}

/** A short-lived ticket that opens one project's event stream (EventSource cannot send headers). */
export async function issueEventsTicket(storage: Storage, user: User, projectId: number, now = Date.now()) {
  const ticket = newSecret('tdt');
  // Expired tickets are swept as new ones are issued, so the table stays small.
  await storage.db.deleteFrom('sessions').where('kind', '=', 'events').where('expires_at', '<', now).execute();
  await storage.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(ticket),
      user_id: user.id,
      kind: 'events',
      project_id: projectId,
      created_at: now,
      expires_at: now + TICKET_MS,
      last_seen_at: now,
    })
    .execute();
  return { ticket, expiresAt: new Date(now + TICKET_MS).toISOString() };
}

function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}
