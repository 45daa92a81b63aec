import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import type { CreateUserBody, TokenInfoView, UpdateUserBody, UserView } from './contracts.js';
import {
  countUsers,
  findUser,
  findUserByTokenHash,
  insertToken,
  insertUser,
  revokeTokenRow,
  type StoredToken,
  selectTokens,
  selectUsers,
  type User,
  updateUserRow,
} from './store.js';

export type { User } from './store.js';

/** Tokens are random and stored only as a SHA-256 hash; the plain token is shown once. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return `tdm_${randomBytes(24).toString('base64url')}`;
}

/** Creates a user. `actor` null: Tandem itself (bootstrap, demo seed). */
export async function createUser(storage: Storage, input: CreateUserBody, actor: User | null = null): Promise<User> {
  const now = Date.now();
  try {
    return await storage.db.transaction().execute(async (trx) => {
      const user = await insertUser(
        trx,
        { username: input.username, displayName: input.displayName ?? input.username, role: input.role },
        now,
      );
      await recordAudit(
        trx,
        {
          actorId: actor?.id ?? null,
          action: 'user.created',
          target: `user:${user.id}`,
          details: { username: user.username, role: user.role },
        },
        now,
      );
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TandemError('USERNAME_TAKEN', `User "${input.username}" already exists`, [
        { path: 'username', message: 'taken' },
      ]);
    }
    throw error;
  }
}

/** Changes a user's name, role or whether they may sign in (admins). */
export async function updateUser(storage: Storage, userId: number, patch: UpdateUserBody, actor: User): Promise<User> {
  if (userId === actor.id && (patch.active === false || (patch.role !== undefined && patch.role !== 'admin'))) {
    throw new TandemError('VALIDATION_FAILED', 'You cannot deactivate yourself or take away your own admin role', [
      { path: patch.active === false ? 'active' : 'role', message: 'ask another admin' },
    ]);
  }
  return storage.db.transaction().execute(async (trx) => {
    const user = await updateUserRow(trx, userId, patch);
    if (!user) throw new NotFoundError('USER_NOT_FOUND', `No user ${userId}`);
    await recordAudit(trx, { actorId: actor.id, action: 'user.updated', target: `user:${userId}`, details: patch });
    return user;
  });
}

export interface IssueTokenOptions {
  /** Register a known value (bootstrap, demo); otherwise a fresh random token. */
  readonly token?: string | undefined;
  readonly expiresAt?: number | null | undefined;
  readonly actor?: User | null | undefined;
}

/** Issues a new token for a user and returns it with its stored description. */
export async function issueToken(
  storage: Storage,
  userId: number,
  name: string,
  options: IssueTokenOptions = {},
): Promise<string> {
  return (await issueTokenWithInfo(storage, userId, name, options)).token;
}

export async function issueTokenWithInfo(
  storage: Storage,
  userId: number,
  name: string,
  options: IssueTokenOptions = {},
): Promise<{ token: string; info: StoredToken }> {
  const token = options.token ?? newToken();
  const now = Date.now();
  const info = await storage.db.transaction().execute(async (trx) => {
    const stored = await insertToken(
      trx,
      { userId, hash: hashToken(token), name, expiresAt: options.expiresAt ?? null },
      now,
    );
    await recordAudit(
      trx,
      {
        actorId: options.actor === undefined ? userId : (options.actor?.id ?? null),
        action: 'token.created',
        target: `user:${userId}`,
        details: { tokenId: stored.id, name, expiresAt: stored.expiresAt },
      },
      now,
    );
    return stored;
  });
  return { token, info };
}

export async function listTokens(storage: Storage, userId: number): Promise<TokenInfoView[]> {
  return (await selectTokens(storage.db, userId)).map(toTokenInfoView);
}

/** Revokes one of a user's tokens; it stops working at once on this server (others within 10 s). */
export async function revokeToken(storage: Storage, userId: number, tokenId: number, actor: User): Promise<void> {
  const now = Date.now();
  await storage.db.transaction().execute(async (trx) => {
    if (!(await revokeTokenRow(trx, userId, tokenId, now))) {
      throw new NotFoundError('TOKEN_NOT_FOUND', `User ${userId} has no live token ${tokenId}`);
    }
    await recordAudit(
      trx,
      { actorId: actor.id, action: 'token.revoked', target: `user:${userId}`, details: { tokenId } },
      now,
    );
  });
}

/** The user behind a bearer token (live, not expired, user active), or undefined. */
export async function authenticate(storage: Storage, token: string, now = Date.now()): Promise<User | undefined> {
  return findUserByTokenHash(storage.db, hashToken(token), now);
}

export async function getUser(storage: Storage, userId: number): Promise<User> {
  const user = await findUser(storage, { id: userId });
  if (!user) throw new NotFoundError('USER_NOT_FOUND', `No user ${userId}`);
  return user;
}

export async function listUsers(storage: Storage): Promise<User[]> {
  return selectUsers(storage);
}

/**
 * On an empty database, creates the first admin and returns its token (TANDEM_ADMIN_TOKEN when
 * set, else a fresh one) so the operator can sign in; returns undefined when users exist.
 */
export async function bootstrapAdmin(storage: Storage, token?: string): Promise<string | undefined> {
  if ((await countUsers(storage)) > 0) return undefined;
  try {
    const admin = await createUser(storage, { username: 'admin', displayName: 'Administrator', role: 'admin' });
    return await issueToken(storage, admin.id, 'bootstrap', { token, actor: null });
  } catch (error) {
    // Several servers starting at once on an empty database: one creates the admin, the rest go on.
    if (error instanceof TandemError && error.code === 'USERNAME_TAKEN') return undefined;
    throw error;
  }
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

export function toTokenInfoView(token: StoredToken): TokenInfoView {
  const iso = (value: number | null) => (value === null ? null : new Date(value).toISOString());
  return {
    id: token.id,
    name: token.name,
    createdAt: new Date(token.createdAt).toISOString(),
    lastUsedAt: iso(token.lastUsedAt),
    expiresAt: iso(token.expiresAt),
    revokedAt: iso(token.revokedAt),
  };
}
