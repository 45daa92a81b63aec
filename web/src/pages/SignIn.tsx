import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, api, setToken } from '../api/client';
import type { User } from '../api/types';

/** Sign in with an API token (printed by `npm start`, or issued by an admin). */
export function SignInPage() {
  const [token, setTokenInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setToken(token.trim());
    try {
      const me = await api<User>('GET', '/api/me');
      queryClient.setQueryData(['me'], me);
      await navigate({ to: '/' });
    } catch (caught) {
      setToken(null);
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'That token is not valid. Check it and try again.'
          : (caught as Error).message,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mx-auto mt-16 max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">Sign in to Tandem</h1>
      <p className="mt-2 text-sm text-slate-600">
        Paste your API token. <code className="rounded bg-slate-100 px-1">npm start</code> prints one for the admin and
        for each demo person; an admin can issue more.
      </p>
      <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
        <div>
          <label htmlFor="token" className="block text-sm font-medium text-slate-700">
            API token
          </label>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(e) => setTokenInput(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'token-error' : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm shadow-sm focus:border-brand-600"
            placeholder="tdm_…"
          />
          {error && (
            <p id="token-error" role="alert" className="mt-2 text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={busy || token.trim() === ''}
          className="w-full rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
