import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { Role } from './contracts.js';

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly createdAt: number;
  /** A deactivated person cannot sign in; their history stays. */
  readonly active: boolean;
}

type UserRow = {
  id: number;
  username: string;
  display_name: string;
  role: string;
  created_at: number;
  active: number;
};

const userColumns = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.role',
  'users.created_at',
  'users.active',
] as const;

function toUser(row: UserRow): User {
  return {
    id: Number(row.id),
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    createdAt: Number(row.created_at),
    active: Number(row.active) === 1,
  };
}

export async function insertUser(
  db: Executor,
  user: { username: string; displayName: string; role: Role },
  now: number,
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ username: user.username, display_name: user.displayName, role: user.role, created_at: now })
    .returning(['id', 'username', 'display_name', 'role', 'created_at', 'active'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function updateUserRow(
  db: Executor,
  userId: number,
  patch: { displayName?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
    })
    .where('id', '=', userId)
    .returning(['id', 'username', 'display_name', 'role', 'created_at', 'active'])
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export interface StoredToken {
  readonly id: number;
  readonly userId: number;
  readonly name: string;
  readonly createdAt: number;
  readonly lastUsedAt: number | null;
  readonly expiresAt: number | null;
  readonly revokedAt: number | null;
}

export async function insertToken(
  db: Executor,
  token: { userId: number; hash: string; name: string; expiresAt: number | null },
  now: number,
): Promise<StoredToken> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      token_hash: token.hash,
      name: token.name,
      created_at: now,
      expires_at: token.expiresAt,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return {
    id: Number(row.id),
    userId: token.userId,
    name: token.name,
    createdAt: now,
    lastUsedAt: null,
    expiresAt: token.expiresAt,
    revokedAt: null,
  };
}

export async function selectTokens(db: Executor, userId: number): Promise<StoredToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  const optional = (value: number | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    id: Number(row.id),
    userId: Number(row.user_id),
    name: row.name,
    createdAt: Number(row.created_at),
    lastUsedAt: optional(row.last_used_at),
    expiresAt: optional(row.expires_at),
    revokedAt: optional(row.revoked_at),
  }));
}

/** Revokes a live token of this user; false when there is none (unknown or already revoked). */
export async function revokeTokenRow(db: Executor, userId: number, tokenId: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The active user behind a live (not revoked, not expired) token; marks the token used. */
export async function findUserByTokenHash(db: Executor, hash: string, now: number): Promise<User | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([...userColumns, 'api_tokens.id as token_id', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', hash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  // "Last used" to the minute is enough, and saves a write on most requests.
  if (row.last_used_at === null || now - Number(row.last_used_at) > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', Number(row.token_id)).execute();
  }
  return toUser(row);
}

export async function findUser(storage: Storage, ref: { id?: number; username?: string }): Promise<User | undefined> {
  let query = storage.db.selectFrom('users').select(userColumns);
  if (ref.id !== undefined) query = query.where('id', '=', ref.id);
  if (ref.username !== undefined) query = query.where('username', '=', ref.username);
  const row = await query.executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function selectUsers(storage: Storage): Promise<User[]> {
  return (await storage.db.selectFrom('users').select(userColumns).orderBy('id').execute()).map(toUser);
}

export async function countUsers(storage: Storage): Promise<number> {
  const row = await storage.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
