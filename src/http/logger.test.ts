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
      logger: createLogger('debug', sink), // requests are logged at debug
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

  it('keep the console readable: requests at debug, failures and slow requests still shown', async () => {
    const logs = (level: string) => {
      const out: { level: number; msg: string; req?: { url: string } }[] = [];
      const destination = new Writable({
        write(chunk, _encoding, done) {
          out.push(JSON.parse(String(chunk)));
          done();
        },
      });
      return { out, logger: createLogger(level, destination) };
    };
    const storage = await openTestStorage('sqlite');
    const token = (await bootstrapAdmin(storage)) as string;
    const notifier = new DecisionNotifier(storage);
    const auth = { authorization: `Bearer ${token}` };
    const atInfo = logs('info');
    const atDebug = logs('debug');
    const slowAtInfo = logs('info');
    const apps = [
      await buildApp({ storage, notifier, logger: atInfo.logger }),
      await buildApp({ storage, notifier, logger: atDebug.logger }),
      await buildApp({ storage, notifier, logger: slowAtInfo.logger, slowRequestMs: 0 }),
    ];
    try {
      for (const app of apps) {
        await app.inject({ method: 'GET', url: '/healthz' });
        await app.inject({ method: 'GET', url: '/api/projects', headers: auth });
      }
      await apps[0]?.inject({ method: 'GET', url: '/api/projects/nope', headers: auth }); // a 404, refused
      expect(atInfo.out).toEqual([]); // the default level shows no request lines, not even refusals
      expect(atDebug.out.filter((l) => l.msg === 'request completed').map((l) => l.req?.url)).toEqual([
        '/healthz',
        '/api/projects',
      ]);
      const slow = slowAtInfo.out.filter((l) => l.msg.startsWith('slow request'));
      expect(slow.map((l) => [l.level, l.req?.url])).toEqual([
        [40, '/healthz'],
        [40, '/api/projects'],
      ]);
    } finally {
      for (const app of apps) await app.close();
      await storage.close();
    }
  });
});
