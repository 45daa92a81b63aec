import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { TokenInfo, User } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyButton } from '../components/CopyButton';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/**
 * One person's API tokens: create (name, expiry; the secret shown once with a copy button), list
 * with last use and expiry, revoke. Used on the account page (your own) and by admins (anyone's).
 */
export function TokensPanel({ user, own }: { user: User; own: boolean }) {
  const client = useQueryClient();
  const key = ['tokens', user.id];
  const id = useId();
  const tokens = useQuery({
    queryKey: key,
    queryFn: () => api<{ tokens: TokenInfo[] }>('GET', `/api/users/${user.id}/tokens`),
  });
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenInfo | null>(null);
  const create = useMutation<{ token: string; info: TokenInfo }, ApiError, { name: string; expiresInDays?: number }>({
    mutationFn: (body) => api('POST', `/api/users/${user.id}/tokens`, body),
    onSuccess: (result) => {
      setCreated({ name: result.info.name, token: result.token });
      setName('');
      setDays('');
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation<unknown, ApiError, number>({
    mutationFn: (tokenId) => api('DELETE', `/api/users/${user.id}/tokens/${tokenId}`),
    onSuccess: () => {
      setRevoking(null);
      void client.invalidateQueries({ queryKey: key });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name: name.trim() || 'api', ...(days ? { expiresInDays: Number(days) } : {}) });
  }
  const fieldError = (path: string) => (create.error instanceof ApiError ? create.error.fieldMessage(path) : undefined);
  const whose = own ? 'Your' : `${user.displayName}'s`;

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {own ? 'API tokens' : `API tokens of ${user.displayName}`}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        For scripts, pipelines, agents and the <code>tandem</code> CLI (<code>Authorization: Bearer &lt;token&gt;</code>
        ). A token acts as {own ? 'you' : user.displayName}, is shown once, and can be revoked at any time.
      </p>
      <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium text-slate-700">
            Name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="ci, agent, notebook…"
            aria-invalid={fieldError('name') ? true : undefined}
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-days`} className="block text-sm font-medium text-slate-700">
            Expires after (days, optional)
          </label>
          <input
            id={`${id}-days`}
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value.replace(/\D/g, ''))}
            aria-invalid={fieldError('expiresInDays') ? true : undefined}
            className="mt-1 w-40 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          Create token
        </button>
      </form>
      {create.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {create.error.message}
        </p>
      )}
      {created && (
        <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p>
            Token <strong>{created.name}</strong> — copy it now, it will not be shown again:
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 font-mono" data-testid="new-token">
              {created.token}
            </code>
            <CopyButton text={created.token} label="Copy token" />
          </div>
        </div>
      )}
      {tokens.isError && (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Could not load tokens: {tokens.error.message}
        </p>
      )}
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">{whose} API tokens</caption>
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 font-medium">Name</th>
            <th className="py-1 font-medium">Created</th>
            <th className="py-1 font-medium">Last used</th>
            <th className="py-1 font-medium">Expires</th>
            <th className="py-1 font-medium">State</th>
            <th className="py-1" />
          </tr>
        </thead>
        <tbody>
          {(tokens.data?.tokens ?? []).map((token) => {
            const expired = token.expiresAt !== null && Date.parse(token.expiresAt) < Date.now();
            const state = token.revokedAt ? 'revoked' : expired ? 'expired' : 'active';
            return (
              <tr key={token.id} className="border-t border-slate-100">
                <td className="py-1.5 font-medium">{token.name}</td>
                <td className="py-1.5">{when(token.createdAt)}</td>
                <td className="py-1.5">{when(token.lastUsedAt)}</td>
                <td className="py-1.5">{token.expiresAt ? when(token.expiresAt) : 'never'}</td>
                <td className="py-1.5">{state}</td>
                <td className="py-1.5 text-right">
                  {state === 'active' && (
                    <button
                      type="button"
                      onClick={() => setRevoking(token)}
                      className="rounded px-2 py-1 text-red-700 hover:bg-red-50"
                    >
                      Revoke <span className="sr-only">{token.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke the token "${revoking?.name ?? ''}"?`}
        confirmLabel="Revoke token"
        danger
        busy={revoke.isPending}
        error={revoke.error?.message}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
      >
        <p>Anything using it stops working at once (on other servers within 10 seconds).</p>
      </ConfirmDialog>
    </section>
  );
}
