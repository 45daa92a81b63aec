import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DecisionNotifier } from '../events/notifier.js';
import { openTestStorage } from '../testing/engines.js';
import { bootstrapAdmin } from '../users/service.js';
import { buildApp } from './app.js';
import { createLogger, redactUrl } from './logger.js';

describe('request logs', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  let close = async () => {};
  afterAll(async () => close());

  it('never contain secrets, from headers, bodies or the query string under any encoding', async () => {
    const storage = await openTestStorage('sqlite');
    const token = (await bootstrapAdmin(storage)) as string;
    const app = await buildApp({
      storage,
      notifier: new DecisionNotifier(storage),
      logger: createLogger('info', sink),
    });
    close = async () => {
      await app.close();
      await storage.close();
    };
    await app.inject({ method: 'GET', url: `/api/projects?access_token=${token}` });
    await app.inject({ method: 'GET', url: `/api/projects?access%5Ftoken=${token}` });
    await app.inject({ method: 'GET', url: `/api/projects?%74icket=${token}` });
    await app.inject({ method: 'GET', url: '/api/projects', headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: 'POST', url: '/api/session', payload: { token } });
    const log = lines.join('');
    expect(log).toMatch(/"url":"\/api\/projects\?access_token=\[redacted\]"/);
    expect(log).toMatch(/"url":"\/api\/projects\?access%5Ftoken=\[redacted\]"/);
    expect(log).not.toContain(token);
    expect(redactUrl('/x?a=1&token=abc&b=2')).toBe('/x?a=1&token=[redacted]&b=2');
    expect(redactUrl('/x?ok=1&%ZZ=abc')).toBe('/x?ok=1&%ZZ=[redacted]');
  });
});
