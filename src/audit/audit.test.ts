import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { recordAudit } from './record.js';
import { sealAuditLog } from './seal.js';
import { verifyAuditLog } from './verify.js';

for (const engine of ENGINES) {
  describe(`the audit trail on ${engine}`, () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await openTestApp(engine);
    });
    afterAll(async () => t.close());

    it('records who changed what, and lets admins and managers read it', async () => {
      const ada = await t.userClient('ada', 'annotator');
      await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
      await t.inject({ method: 'PUT', url: '/api/projects/spam/policy', payload: { blind: true } });
      await t.inject({ method: 'PUT', url: '/api/projects/spam/policy', payload: { blind: true } }); // no change
      await t.inject({ method: 'PUT', url: '/api/projects/spam/members', payload: { userIds: [ada.id] } });
      const tokens = await t.inject({ method: 'POST', url: `/api/users/${ada.id}/tokens`, payload: { name: 'ci' } });
      await t.inject({ method: 'DELETE', url: `/api/users/${ada.id}/tokens/${tokens.json().info.id}` });

      const all = (await t.inject({ method: 'GET', url: '/api/audit?limit=50' })).json();
      const actions = all.records.map((r: { action: string }) => r.action);
      expect(actions).toEqual([
        'token.revoked',
        'token.created',
        'members.set',
        'policy.set',
        'project.created',
        'token.created',
        'user.created',
        'token.created',
        'user.created',
      ]);
      expect(all.records[3]).toMatchObject({
        actor: { username: 'admin' },
        project: { slug: 'spam' },
        target: 'policy:1',
        details: { version: 1, policy: { blind: true } },
      });
      expect(JSON.stringify(all)).not.toContain('tdm_');

      const policyOnly = (await t.inject({ method: 'GET', url: '/api/audit?action=policy.set' })).json();
      expect(policyOnly.records).toHaveLength(1);
      const page = (await t.inject({ method: 'GET', url: '/api/audit?limit=2' })).json();
      const next = (await t.inject({ method: 'GET', url: `/api/audit?limit=2&cursor=${page.nextCursor}` })).json();
      expect(next.records[0].id).toBeLessThan(page.records[1].id);
      const project = (await t.inject({ method: 'GET', url: '/api/projects/spam/audit' })).json();
      expect(project.records.map((r: { action: string }) => r.action)).toEqual([
        'members.set',
        'policy.set',
        'project.created',
      ]);
      expect((await ada.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    });

    it('verifies the chain, and names the first record someone edited or deleted', async () => {
      const ok = await verifyAuditLog(t.storage);
      expect(ok).toMatchObject({ ok: true, unsealed: 0, firstBroken: null });
      expect(ok.checked).toBeGreaterThanOrEqual(9);
      const api = (await t.inject({ method: 'GET', url: '/api/audit/verify' })).json();
      expect(api).toMatchObject({ ok: true, head: { seq: ok.checked, hash: ok.head?.hash } });

      const victim = await t.storage.db
        .selectFrom('audit_log')
        .select(['id', 'seq'])
        .where('action', '=', 'policy.set')
        .executeTakeFirstOrThrow();
      await t.storage.db
        .updateTable('audit_log')
        .set({ details: JSON.stringify({ version: 1, policy: { blind: false } }) })
        .where('id', '=', victim.id)
        .execute();
      const edited = await verifyAuditLog(t.storage);
      expect(edited.ok).toBe(false);
      expect(edited.firstBroken).toMatchObject({ seq: Number(victim.seq), id: Number(victim.id) });
      expect(edited.firstBroken?.reason).toMatch(/changed after it was sealed/);

      const earlier = Number(victim.seq) - 1;
      await t.storage.db.deleteFrom('audit_log').where('seq', '=', earlier).execute();
      const deleted = await verifyAuditLog(t.storage);
      expect(deleted.firstBroken).toMatchObject({ seq: earlier, id: null });
      expect(deleted.firstBroken?.reason).toMatch(/missing/);
    });
  });
}

for (const engine of ENGINES) {
  describe(`the audit trail of the work itself on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(engine, { webhookAllowHosts: ['127.0.0.1'] });
    });
    afterAll(async () => t.close());

    const actions = async () =>
      (await t.inject({ method: 'GET', url: '/api/projects/spam/audit?limit=100' }))
        .json()
        .records.map((r: { action: string; actor: { username: string } | null; details: unknown }) => ({
          action: r.action,
          actor: r.actor?.username ?? null,
          details: r.details,
        }));

    it('records items added, answers, decisions, overrides, pauses, webhooks and exports', async () => {
      const ada = await t.userClient('ada', 'annotator');
      await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
      await t.inject({
        method: 'PUT',
        url: '/api/projects/spam/policy',
        payload: { default: { action: 'review', k: 1 } },
      });
      const batch = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/items/batch',
        payload: { items: [spamItem(1), spamItem(2), { externalId: 'bad' }] },
      });
      expect(batch.json()).toMatchObject({ created: 2, rejected: 1 });
      const claim = await ada.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' });
      const task = claim.json().task;
      await ada.inject({
        method: 'POST',
        url: `/api/tasks/${task.id}/submit`,
        payload: { answer: { verdict: 'spam' } },
      });
      const itemId = claim.json().item.id;
      await t.inject({
        method: 'POST',
        url: `/api/projects/spam/items/${itemId}/decision`,
        payload: { answer: { verdict: 'ham' }, reason: 'newsletter' },
      });
      const hook = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/webhooks',
        payload: { url: 'http://127.0.0.1:9/hook', events: ['item.decided'] },
      });
      expect(hook.statusCode).toBe(201);
      await t.inject({ method: 'DELETE', url: `/api/projects/spam/webhooks/${hook.json().id}` });
      await t.inject({ method: 'POST', url: `/api/projects/spam/annotators/${ada.id}/resume` });
      expect((await t.inject({ method: 'GET', url: '/api/projects/spam/export?format=csv' })).statusCode).toBe(200);

      const log = await actions();
      const find = (action: string) => log.find((r: { action: string }) => r.action === action);
      expect(find('items.added')).toMatchObject({ actor: 'admin', details: { created: 2, updated: 0, rejected: 1 } });
      expect(find('response.submitted')).toMatchObject({ actor: 'ada', details: { taskId: task.id, phase: 'review' } });
      expect(find('decision.made')).toMatchObject({ actor: null, details: { method: 'consensus' } });
      expect(find('decision.overridden')).toMatchObject({
        actor: 'admin',
        details: { method: 'override', reason: 'newsletter' },
      });
      expect(find('webhook.created')).toMatchObject({ actor: 'admin', details: { url: 'http://127.0.0.1:9/hook' } });
      expect(find('webhook.deleted')).toMatchObject({ actor: 'admin' });
      expect(find('annotator.resumed')).toMatchObject({ actor: 'admin', details: { heldAnswers: 0 } });
      expect(find('export.started')).toMatchObject({ actor: 'admin', details: { format: 'csv' } });
      // Nothing secret: the webhook's signing secret never reaches the log.
      expect(JSON.stringify(log)).not.toContain(hook.json().secret);
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('sealing on postgres', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp('postgres');
    });
    afterAll(async () => t.close());

    it('seals a record that commits late after the ones sealed before it, whatever its id', async () => {
      await sealAuditLog(t.storage);
      const pool = t.storage.pgPool;
      if (!pool) throw new Error('no pool');
      const slow = await pool.connect();
      const fast = await pool.connect();
      try {
        await slow.query('begin');
        await slow.query(
          `insert into audit_log (created_at, action, details) values (1, 'project.updated', '{"who":"slow"}')`,
        );
        await recordAudit(t.storage.db, { actorId: null, action: 'project.updated', details: { who: 'fast' } });
        // The fast record (a later id) commits while the slow one (an earlier id) is still open.
        await sealAuditLog(t.storage);
        const pending = await sql<{ n: number }>`select count(*)::int as n from audit_log where seq is null`.execute(
          t.storage.db,
        );
        expect(pending.rows[0]?.n).toBe(0);
        await slow.query('commit');
        await sealAuditLog(t.storage);
        const verified = await verifyAuditLog(t.storage);
        expect(verified).toMatchObject({ ok: true, unsealed: 0 });
        const rows = await t.storage.db
          .selectFrom('audit_log')
          .select(['details', 'seq'])
          .where('action', '=', 'project.updated')
          .orderBy('seq')
          .execute();
        expect(rows.map((r) => (r.details as { who: string }).who)).toEqual(['fast', 'slow']);
      } finally {
        slow.release();
        fast.release();
      }
    });
  });
}
