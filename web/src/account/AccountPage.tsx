import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useMe } from '../api/auth';
import { ApiError, got, tandem } from '../api/client';
import type { User } from '../api/types';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Your account: who you are, and the API tokens machines use on your behalf. */
export function AccountPage() {
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <section aria-labelledby="account-heading" className="space-y-6">
      <h1 id="account-heading" className="text-2xl font-semibold">
        Your account
      </h1>
      <p className="text-sm text-slate-600">
        Signed in as <strong>{me.displayName}</strong> ({me.username}, {me.role}).
      </p>
      <TokensSection me={me} />
    </section>
  );
}

function TokensSection({ me }: { me: User }) {
  const client = useQueryClient();
  const key = ['tokens', me.id];
  const tokens = useQuery({
    queryKey: key,
    queryFn: () => got(tandem.GET('/api/users/{userId}/tokens', { params: { path: { userId: String(me.id) } } })),
  });
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useMutation({
    mutationFn: (body: { name: string; expiresInDays?: number }) =>
      got(tandem.POST('/api/users/{userId}/tokens', { params: { path: { userId: String(me.id) } }, body })),
    onSuccess: (result, body) => {
      setCreated({ name: result.info?.name ?? body.name, token: result.token });
      setName('');
      setDays('');
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (tokenId: number) =>
      tandem.DELETE('/api/users/{userId}/tokens/{tokenId}', {
        params: { path: { userId: String(me.id), tokenId: String(tokenId) } },
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name: name.trim() || 'api', ...(days ? { expiresInDays: Number(days) } : {}) });
  }
  const fieldError = (path: string) => (create.error instanceof ApiError ? create.error.fieldMessage(path) : undefined);

  return (
    <section aria-labelledby="tokens-heading" className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        For scripts, pipelines, agents and the <code>tandem</code> CLI (<code>Authorization: Bearer &lt;token&gt;</code>
        ). A token is shown once; revoke it when it leaks or is no longer needed.
      </p>
      <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3" noValidate>
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium text-slate-700">
            Name
          </label>
          <input
            id="token-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="ci, agent, notebook…"
            aria-invalid={fieldError('name') ? true : undefined}
            className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor="token-days" className="block text-sm font-medium text-slate-700">
            Expires after (days, optional)
          </label>
          <input
            id="token-days"
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
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono" data-testid="new-token">
            {created.token}
          </code>
        </div>
      )}
      {tokens.isError && (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Could not load tokens: {tokens.error.message}
        </p>
      )}
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Your API tokens</caption>
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
                      onClick={() => {
                        if (window.confirm(`Revoke the token "${token.name}"? Anything using it stops working.`)) {
                          revoke.mutate(token.id);
                        }
                      }}
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
    </section>
  );
}
