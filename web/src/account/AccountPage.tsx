import { useMe } from '../api/auth';
import { TokensPanel } from './TokensPanel';

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
      <TokensPanel user={me} own />
    </section>
  );
}
