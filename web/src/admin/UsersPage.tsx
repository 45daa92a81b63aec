import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { TokensPanel } from '../account/TokensPanel';
import { useMe } from '../api/auth';
import { ApiError, api } from '../api/client';
import type { Role, User } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyButton } from '../components/CopyButton';
import { RoleRules } from '../setup/MembersSection';
import { AdminArea } from './AdminNav';

const ROLES: readonly Role[] = ['annotator', 'reviewer', 'expert', 'viewer', 'engineer', 'manager', 'admin'];

/** /admin/users: everyone, their role and state; create, change role, deactivate; anyone's tokens. */
export function UsersPage() {
  return (
    <AdminArea>
      <Users />
    </AdminArea>
  );
}

function Users() {
  const client = useQueryClient();
  const { data: me } = useMe();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<{ users: User[] }>('GET', '/api/users') });
  const [message, setMessage] = useState('');
  const [tokensOf, setTokensOf] = useState<User | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const update = useMutation<User, ApiError, { user: User; patch: { role?: Role; active?: boolean } }>({
    mutationFn: ({ user, patch }) => api('PATCH', `/api/users/${user.id}`, patch),
    onSuccess: (user, { patch }) => {
      setDeactivating(null);
      void client.invalidateQueries({ queryKey: ['users'] });
      setMessage(
        patch.role
          ? `${user.displayName} is now ${user.role}.`
          : user.active
            ? `${user.displayName} can sign in again.`
            : `${user.displayName} is deactivated.`,
      );
    },
  });

  return (
    <section aria-labelledby="users-heading" className="space-y-6">
      <h1 id="users-heading" className="text-2xl font-semibold">
        Users and roles
      </h1>
      <CreateUserForm />
      <RoleRules />
      {users.isError && (
        <p role="alert" className="text-sm text-red-700">
          Could not load users: {users.error.message}
        </p>
      )}
      <p role="status" className="text-sm text-slate-700">
        {message}
      </p>
      {update.error && !deactivating && (
        <p role="alert" className="text-sm text-red-700">
          {update.error.message}
        </p>
      )}
      <table className="w-full rounded-xl border border-slate-200 bg-white text-left text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="text-slate-500">
          <tr>
            <th className="px-3 py-2 font-medium">Person</th>
            <th className="px-3 py-2 font-medium">Role</th>
            <th className="px-3 py-2 font-medium">State</th>
            <th className="px-3 py-2 font-medium">Since</th>
            <th className="px-3 py-2" />
          </tr>
        </thead>
        <tbody>
          {(users.data?.users ?? []).map((user) => {
            const self = user.id === me?.id;
            return (
              <tr key={user.id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <span className="font-medium text-slate-900">{user.displayName}</span>{' '}
                  <span className="text-slate-500">@{user.username}</span>
                  {self && <span className="ml-1 text-xs text-slate-500">(you)</span>}
                </td>
                <td className="px-3 py-2">
                  <select
                    aria-label={`Role of ${user.displayName}`}
                    value={user.role}
                    disabled={self}
                    title={self ? 'Nobody can change their own role: ask another admin' : undefined}
                    onChange={(e) => update.mutate({ user, patch: { role: e.target.value as Role } })}
                    className="rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-3 py-2">{user.active ? 'active' : 'deactivated'}</td>
                <td className="px-3 py-2">{new Date(user.createdAt).toLocaleDateString()}</td>
                <td className="space-x-1 px-3 py-2 text-right whitespace-nowrap">
                  <button
                    type="button"
                    onClick={() => setTokensOf(tokensOf?.id === user.id ? null : user)}
                    aria-expanded={tokensOf?.id === user.id}
                    className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50"
                  >
                    Tokens <span className="sr-only">of {user.displayName}</span>
                  </button>
                  {!self &&
                    (user.active ? (
                      <button
                        type="button"
                        onClick={() => setDeactivating(user)}
                        className="rounded px-2 py-1 text-red-700 hover:bg-red-50"
                      >
                        Deactivate <span className="sr-only">{user.displayName}</span>
                      </button>
                    ) : (
                      <button
                        type="button"
                        onClick={() => update.mutate({ user, patch: { active: true } })}
                        className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
                      >
                        Reactivate <span className="sr-only">{user.displayName}</span>
                      </button>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {tokensOf && <TokensPanel key={tokensOf.id} user={tokensOf} own={tokensOf.id === me?.id} />}
      <ConfirmDialog
        open={deactivating !== null}
        title={`Deactivate ${deactivating?.displayName ?? ''}?`}
        confirmLabel="Deactivate"
        danger
        busy={update.isPending}
        error={update.error?.message}
        onConfirm={() => deactivating && update.mutate({ user: deactivating, patch: { active: false } })}
        onClose={() => setDeactivating(null)}
      >
        <p>
          They are signed out and their tokens stop working. Their answers, decisions and audit history stay; you can
          reactivate them later.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function CreateUserForm() {
  const client = useQueryClient();
  const id = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('annotator');
  const [created, setCreated] = useState<{ user: User; token: string } | null>(null);
  const create = useMutation<{ user: User; token: string }, ApiError, void>({
    mutationFn: () =>
      api('POST', '/api/users', {
        username: username.trim(),
        role,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      }),
    onSuccess: (result) => {
      setCreated(result);
      setUsername('');
      setDisplayName('');
      void client.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const usernameError = create.error instanceof ApiError ? create.error.fieldMessage('username') : undefined;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        Add a person
      </h2>
      <form noValidate onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-username`} className="block text-sm font-medium text-slate-700">
            Username
          </label>
          <input
            id={`${id}-username`}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={usernameError ? true : undefined}
            aria-describedby={usernameError ? `${id}-username-error` : undefined}
            className="mt-1 w-48 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-display`} className="block text-sm font-medium text-slate-700">
            Display name (optional)
          </label>
          <input
            id={`${id}-display`}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            className="mt-1 w-56 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-role`} className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          Create user
        </button>
      </form>
      {create.error && (
        <p id={`${id}-username-error`} role="alert" className="mt-2 text-sm text-red-700">
          {usernameError ? `Username: ${usernameError}` : create.error.message}
        </p>
      )}
      {created && (
        <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p>
            <strong>{created.user.displayName}</strong> ({created.user.role}) can sign in with this token — give it to
            them now, it will not be shown again:
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 font-mono" data-testid="new-user-token">
              {created.token}
            </code>
            <CopyButton text={created.token} label="Copy token" />
          </div>
        </div>
      )}
    </section>
  );
}
