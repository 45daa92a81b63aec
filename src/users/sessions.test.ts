import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';

function sessionCookie(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((c) => c.startsWith('tandem_session='));
  if (!header) throw new Error('no session cookie');
  return header.split(';')[0] as string;
}

for (const engine of ENGINES) {
  describe(`sessions and tokens on ${engine}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await openTestApp(engine);
      await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    });
    afterAll(async () => t.close());

    it('signs the web app in with an httpOnly, SameSite cookie and refuses changes without the CSRF header', async () => {
      const signIn = await t.app.inject({ method: 'POST', url: '/api/session', payload: { token: t.adminToken } });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json()).toMatchObject({ username: 'admin' });
      const raw = [signIn.headers['set-cookie']].flat().join(';');
      expect(raw).toMatch(/HttpOnly/);
      expect(raw).toMatch(/SameSite=Strict/);
      const cookie = sessionCookie(signIn.headers['set-cookie']);

      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ username: 'admin' });
      const forged = await t.app.inject({
        method: 'PATCH',
        url: '/api/projects/spam',
        headers: { cookie },
        payload: { name: 'Hijacked' },
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.json().error.details).toEqual([{ path: 'x-tandem-csrf', message: 'missing' }]);
      const real = await t.app.inject({
        method: 'PATCH',
        url: '/api/projects/spam',
        headers: { cookie, 'x-tandem-csrf': '1' },
        payload: { name: 'Spam triage' },
      });
      expect(real.statusCode).toBe(200);

      const out = await t.app.inject({
        method: 'DELETE',
        url: '/api/session',
        headers: { cookie, 'x-tandem-csrf': '1' },
      });
      expect(out.statusCode).toBe(204);
      expect([out.headers['set-cookie']].flat().join(';')).toMatch(/tandem_session=;/);
      const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(after.statusCode).toBe(401);
      expect(after.json().error.message).toMatch(/session has ended/);
    });

    it('refuses a bad sign-in, and tokens in URLs', async () => {
      const bad = await t.app.inject({ method: 'POST', url: '/api/session', payload: { token: 'tdm_nope' } });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().error.details).toEqual([{ path: 'token', message: 'not a valid token' }]);
      const inUrl = await t.app.inject({ method: 'GET', url: `/api/projects?access_token=${t.adminToken}` });
      expect(inUrl.statusCode).toBe(401);
    });

    it('expires, revokes and deactivates: each stops a token from working', async () => {
      const ada = await t.userClient('ada', 'annotator');
      const made = await ada.inject({
        method: 'POST',
        url: `/api/users/${ada.id}/tokens`,
        payload: { name: 'short', expiresInDays: 1 },
      });
      expect(made.statusCode).toBe(201);
      const { token, info } = made.json();
      expect(info).toMatchObject({ name: 'short', expiresAt: expect.any(String), revokedAt: null });
      const asShort = (url: string) =>
        t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect((await asShort('/api/me')).statusCode).toBe(200);

      // An expired token is refused (a fresh one: a token just used is trusted for up to 10 s).
      const again = await ada.inject({ method: 'POST', url: `/api/users/${ada.id}/tokens`, payload: { name: 'b' } });
      const second = again.json();
      await t.storage.db
        .updateTable('api_tokens')
        .set({ expires_at: Date.now() - 1 })
        .where('id', '=', second.info.id)
        .execute();
      const expired = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${second.token}` },
      });
      expect(expired.statusCode).toBe(401);

      const third = (
        await ada.inject({ method: 'POST', url: `/api/users/${ada.id}/tokens`, payload: { name: 'c' } })
      ).json();
      const revoke = await ada.inject({ method: 'DELETE', url: `/api/users/${ada.id}/tokens/${third.info.id}` });
      expect(revoke.statusCode).toBe(204);
      const revoked = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${third.token}` },
      });
      expect(revoked.statusCode).toBe(401);
      // Revoking applies at once even to a token this server has just trusted.
      const fourth = (
        await ada.inject({ method: 'POST', url: `/api/users/${ada.id}/tokens`, payload: { name: 'd' } })
      ).json();
      const asFourth = { authorization: `Bearer ${fourth.token}` };
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: asFourth })).statusCode).toBe(200);
      await ada.inject({ method: 'DELETE', url: `/api/users/${ada.id}/tokens/${fourth.info.id}` });
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: asFourth })).statusCode).toBe(401);
      const listed = (await ada.inject({ method: 'GET', url: `/api/users/${ada.id}/tokens` })).json().tokens;
      expect(listed.map((k: { name: string; revokedAt: string | null }) => [k.name, k.revokedAt !== null])).toEqual([
        ['test', false],
        ['short', false],
        ['b', false],
        ['c', true],
        ['d', true],
      ]);
      expect(JSON.stringify(listed)).not.toContain('tdm_');

      const grace = await t.userClient('grace', 'annotator');
      expect((await grace.inject({ method: 'GET', url: `/api/users/${ada.id}/tokens` })).statusCode).toBe(403);
      const off = await t.inject({ method: 'PATCH', url: `/api/users/${grace.id}`, payload: { active: false } });
      expect(off.json()).toMatchObject({ active: false });
      const fresh = (await t.inject({ method: 'POST', url: `/api/users/${grace.id}/tokens`, payload: {} })).json();
      const inactive = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${fresh.token}` },
      });
      expect(inactive.statusCode).toBe(401);
      const self = await t.inject({ method: 'PATCH', url: '/api/users/1', payload: { active: false } });
      expect(self.statusCode).toBe(400);
    });

    it('opens an event stream with a one-minute ticket for that project only', async () => {
      await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: 'other' } });
      const ticket = (await t.inject({ method: 'POST', url: '/api/projects/spam/events/ticket' })).json();
      expect(ticket).toMatchObject({ ticket: expect.stringMatching(/^tdt_/), expiresAt: expect.any(String) });
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const address = t.app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const open = async (slug: string) => {
        const controller = new AbortController();
        const response = await fetch(`${base}/api/projects/${slug}/events?ticket=${ticket.ticket}`, {
          signal: controller.signal,
        });
        controller.abort();
        return response.status;
      };
      expect(await open('spam')).toBe(200);
      expect(await open('other')).toBe(401);
    });
  });
}
