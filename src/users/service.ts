import { createHash, randomBytes } from 'node:crypto';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import type { CreateUserBody, UserView } from './contracts.js';
import { countUsers, findUser, findUserByTokenHash, insertToken, insertUser, selectUsers, type User } from './store.js';

export type { User } from './store.js';

/** Tokens are random and stored only as a SHA-256 hash; the plain token is shown once. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return `tdm_${randomBytes(24).toString('base64url')}`;
}

export async function createUser(storage: Storage, input: CreateUserBody): Promise<User> {
  try {
    return await insertUser(
      storage,
      { username: input.username, displayName: input.displayName ?? input.username, role: input.role },
      Date.now(),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TandemError('USERNAME_TAKEN', `User "${input.username}" already exists`, [
        { path: 'username', message: 'taken' },
      ]);
    }
    throw error;
  }
}

/** Issues a new token for a user; pass `token` to register a known value (bootstrap, demo). */
export async function issueToken(storage: Storage, userId: number, name: string, token = newToken()): Promise<string> {
  await insertToken(storage, userId, hashToken(token), name, Date.now());
  return token;
}

/** The user behind a bearer token, or undefined. */
export async function authenticate(storage: Storage, token: string): Promise<User | undefined> {
  return findUserByTokenHash(storage, hashToken(token));
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
    return await issueToken(storage, admin.id, 'bootstrap', token);
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
    createdAt: new Date(user.createdAt).toISOString(),
  };
}
