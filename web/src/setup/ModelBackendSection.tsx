import type { RequestBody } from '@tandem/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';

type Settings = RequestBody<'/api/projects/{project}/model/backend', 'put'>;
type Protocol = NonNullable<Settings['protocol']>;

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/**
 * The project's ML backend (issue 12 point 4): URL, protocol, question, Authorization variable,
 * timeout; its health (status, model version, last error, last call) with "Check now", and
 * "Refresh predictions" (src/model/backend).
 */
export function ModelBackendSection({ slug }: { slug: string }) {
  const client = useQueryClient();
  const key = ['model-backend', slug];
  const current = useQuery({
    queryKey: key,
    queryFn: () => got(tandem.GET('/api/projects/{project}/model/backend', inProject(slug))),
  });
  const [url, setUrl] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('label_studio');
  const [question, setQuestion] = useState('');
  const [authHeaderEnv, setAuthHeaderEnv] = useState('');
  const [timeoutMs, setTimeoutMs] = useState('10000');
  const saved = current.data?.backend;
  useEffect(() => {
    if (!saved) return;
    setUrl(saved.settings.url);
    setProtocol(saved.settings.protocol);
    setQuestion(saved.settings.question);
    setAuthHeaderEnv(saved.settings.authHeaderEnv ?? '');
    setTimeoutMs(String(saved.settings.timeoutMs));
  }, [saved]);
  const refreshView = () => void client.invalidateQueries({ queryKey: key });
  const save = useMutation<unknown, ApiError, void>({
    mutationFn: () =>
      got(
        tandem.PUT('/api/projects/{project}/model/backend', {
          ...inProject(slug),
          body: {
            url: url.trim(),
            protocol,
            ...(question.trim() ? { question: question.trim() } : {}),
            ...(authHeaderEnv.trim() ? { authHeaderEnv: authHeaderEnv.trim() } : {}),
            timeoutMs: Number(timeoutMs),
          },
        }),
      ),
    onSuccess: refreshView,
  });
  const check = useMutation<unknown, ApiError, void>({
    mutationFn: () => got(tandem.POST('/api/projects/{project}/model/backend/check', inProject(slug))),
    onSuccess: refreshView,
  });
  const refresh = useMutation<{ items: number; jobs: number }, ApiError, void>({
    mutationFn: () => got(tandem.POST('/api/projects/{project}/model/backend/refresh', inProject(slug))),
    onSuccess: refreshView,
  });
  const ids = { url: useId(), protocol: useId(), question: useId(), env: useId(), timeout: useId() };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const fieldError = (path: string) => save.error?.fieldMessage(path);
  const input = 'mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm';
  const health = saved?.health;

  return (
    <div className="max-w-4xl space-y-6">
      <section aria-labelledby="backend-settings" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="backend-settings" className="text-base font-semibold">
          ML backend
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          An external model server predicts one choice question. Label Studio ML backends work unchanged (/health,
          /setup, /predict, /webhook); Tandem's JSON variant is simpler. New items are sent as they arrive; people's
          decisions train it through its webhook.
        </p>
        <form noValidate onSubmit={submit} className="mt-4 grid gap-3 sm:grid-cols-2">
          {(
            [
              [ids.url, 'Backend URL', url, setUrl, 'url', 'https://ml.example.com'],
              [ids.question, 'Question it predicts', question, setQuestion, 'question', 'first choice question'],
              [
                ids.env,
                'Authorization from environment variable',
                authHeaderEnv,
                setAuthHeaderEnv,
                'authHeaderEnv',
                'ML_BACKEND_TOKEN',
              ],
              [ids.timeout, 'Timeout (ms)', timeoutMs, setTimeoutMs, 'timeoutMs', '10000'],
            ] as const
          ).map(([id, label, value, set, path, placeholder]) => (
            <div key={path}>
              <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                {label}
              </label>
              <input
                id={id}
                value={value}
                onChange={(e) => set(e.target.value)}
                placeholder={placeholder}
                aria-invalid={fieldError(path) ? true : undefined}
                className={input}
              />
              {fieldError(path) && <p className="mt-1 text-sm text-red-700">{fieldError(path)}</p>}
            </div>
          ))}
          <div>
            <label htmlFor={ids.protocol} className="block text-sm font-medium text-slate-700">
              Protocol
            </label>
            <select
              id={ids.protocol}
              value={protocol}
              onChange={(e) => setProtocol(e.target.value as Protocol)}
              className={input}
            >
              <option value="label_studio">Label Studio ML backend</option>
              <option value="tandem">Tandem JSON</option>
            </select>
          </div>
          <div className="flex items-end gap-2 sm:col-span-2">
            <button
              type="submit"
              disabled={save.isPending}
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
            >
              Save backend
            </button>
            {save.error && !save.error.details?.length && (
              <p role="alert" className="text-sm text-red-700">
                {save.error.message}
              </p>
            )}
          </div>
        </form>
      </section>

      {saved && health && (
        <section aria-labelledby="backend-health" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="backend-health" className="text-base font-semibold">
            Backend health
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
            <dt className="text-slate-500">Status</dt>
            <dd data-testid="backend-status" className="sm:col-span-2 font-medium">
              {health.status === 'up' ? 'Up' : health.status === 'down' ? 'Down' : 'Not checked yet'}
            </dd>
            <dt className="text-slate-500">Model version</dt>
            <dd data-testid="backend-version" className="sm:col-span-2">
              {health.modelVersion ?? '—'}
            </dd>
            <dt className="text-slate-500">Last error</dt>
            <dd className="sm:col-span-2 break-words text-red-700">{health.lastError ?? '—'}</dd>
            <dt className="text-slate-500">Last call</dt>
            <dd className="sm:col-span-2">{when(health.lastCallAt)}</dd>
            <dt className="text-slate-500">Last checked</dt>
            <dd className="sm:col-span-2">{when(health.checkedAt)}</dd>
            <dt className="text-slate-500">Calls waiting</dt>
            <dd className="sm:col-span-2">{saved.pendingJobs}</dd>
          </dl>
          <div className="mt-4 flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={() => check.mutate()}
              disabled={check.isPending}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-50"
            >
              Check now
            </button>
            <button
              type="button"
              onClick={() => refresh.mutate()}
              disabled={refresh.isPending}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-50"
            >
              Refresh predictions
            </button>
            {refresh.data && (
              <p role="status" className="text-sm text-slate-700">
                Asked again about {refresh.data.items} items ({refresh.data.jobs} calls queued).
              </p>
            )}
            {(check.error ?? refresh.error) && (
              <p role="alert" className="text-sm text-red-700">
                {(check.error ?? refresh.error)?.message}
              </p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
