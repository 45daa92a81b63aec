import type { TestApp } from './engines.js';

type Inject = TestApp['inject'];

/**
 * Acts like a person working a queue over the HTTP API: claim, answer, submit, skip, release.
 * Each call returns the parsed body and status so tests read like the user's session.
 */
export function reviewer(inject: Inject, project: string) {
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  };
  return {
    claim: () => call('POST', `/api/projects/${project}/tasks/claim`),
    submit: (
      taskId: number,
      answer: Record<string, unknown>,
      extra: { idempotencyKey?: string; timeSpentMs?: number } = {},
    ) => call('POST', `/api/tasks/${taskId}/submit`, { answer, ...extra }),
    skip: (taskId: number) => call('POST', `/api/tasks/${taskId}/skip`),
    release: (taskId: number) => call('POST', `/api/tasks/${taskId}/release`),
    heartbeat: (taskId: number) => call('POST', `/api/tasks/${taskId}/heartbeat`),
    /** Claims and answers with `answerFor(item)` until the queue is empty; returns how many it did. */
    async workUntilEmpty(answerFor: (item: { id: number; data: Record<string, unknown> }) => Record<string, unknown>) {
      let done = 0;
      for (;;) {
        const claimed = await call('POST', `/api/projects/${project}/tasks/claim`);
        if (claimed.status === 404 && claimed.body.error.code === 'QUEUE_EMPTY') return done;
        if (claimed.status !== 200) throw new Error(`claim failed: ${JSON.stringify(claimed.body)}`);
        const submitted = await call('POST', `/api/tasks/${claimed.body.task.id}/submit`, {
          answer: answerFor(claimed.body.item),
        });
        if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
        done += 1;
      }
    },
  };
}
