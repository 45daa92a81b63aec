import type { Storage } from '../db/storage.js';
import type { Role } from './contracts.js';

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly createdAt: number;
}

type UserRow = { id: number; username: string; display_name: string; role: string; created_at: number };

const userColumns = ['users.id', 'users.username', 'users.display_name', 'users.role', 'users.created_at'] as const;

function toUser(row: UserRow): User {
  return {
    id: Number(row.id),
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    createdAt: Number(row.created_at),
  };
}

export async function insertUser(
  storage: Storage,
  user: { username: string; displayName: string; role: Role },
  now: number,
): Promise<User> {
  const row = await storage.db
    .insertInto('users')
    .values({ username: user.username, display_name: user.displayName, role: user.role, created_at: now })
    .returning(['id', 'username', 'display_name', 'role', 'created_at'])
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function insertToken(storage: Storage, userId: number, hash: string, name: string, now: number) {
  await storage.db
    .insertInto('api_tokens')
    .values({ user_id: userId, token_hash: hash, name, created_at: now })
    .execute();
}

export async function findUserByTokenHash(storage: Storage, hash: string): Promise<User | undefined> {
  const row = await storage.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(userColumns)
    .where('api_tokens.token_hash', '=', hash)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
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
