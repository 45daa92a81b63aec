import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, got, tandem } from '../api/client';

/**
 * Sign in with an API token (printed by `npm start`, or issued by an admin). The token is sent
 * once and exchanged for an httpOnly session cookie; the browser never keeps the token. A link
 * of the form /signin#token=… (the start banner prints them for the demo people) signs in at once.
 */
export function SignInPage() {
  const { reason } = useSearch({ from: '/signin' });
  const [token, setTokenInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fromLink = useRef(false);

  async function signIn(value: string) {
    setBusy(true);
    setError(null);
    try {
      const me = await got(tandem.POST('/api/session', { body: { token: value.trim() } }));
      queryClient.clear();
      queryClient.setQueryData(['me'], me);
      await navigate({ to: '/' });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'That token is not valid (unknown, revoked or expired). Check it and try again.'
          : caught instanceof ApiError && caught.status === 429
            ? caught.message
            : (caught as Error).message,
      );
    } finally {
      setBusy(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the link the page was opened with
  useEffect(() => {
    const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
    if (!match?.[1] || fromLink.current) return;
    fromLink.current = true;
    // The token leaves the address bar (and history) before anything else happens.
    window.history.replaceState(null, '', window.location.pathname);
    void signIn(decodeURIComponent(match[1]));
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void signIn(token);
  }

  return (
    <div className="mx-auto mt-16 max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">Sign in to Tandem</h1>
      {reason && (
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {reason}
        </p>
      )}
      <p className="mt-2 text-sm text-slate-600">
        Paste your API token, or open one of the sign-in links{' '}
        <code className="rounded bg-slate-100 px-1">npm start</code> prints for the admin and each demo person; an admin
        can issue more tokens. The token is exchanged for a session; this browser does not keep it.
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
