import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

/** Workers see only what their tasks need: no gold markers, no blind pre-labels, no results. */
for (const engine of ENGINES) {
  describe(`what a worker sees on ${engine}`, () => {
    let t: TestApp;
    let ada: Awaited<ReturnType<TestApp['userClient']>>;

    beforeAll(async () => {
      t = await openTestApp(engine);
      await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
      await t.inject({
        method: 'PUT',
        url: '/api/projects/spam/policy',
        payload: { blind: true, quality: { goldRate: 1 } },
      });
      ada = await t.userClient('ada', 'annotator');
    });
    afterAll(async () => t.close());

    it('reads an item it holds without its pre-label, metadata or gold status', async () => {
      await t.inject({
        method: 'POST',
        url: '/api/projects/spam/items',
        payload: { ...spamItem(1, { confidence: 0.1 }), gold: { verdict: 'spam' } },
      });
      const real = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/items',
        payload: spamItem(2, { confidence: 0.1 }),
      });
      const claimed = await reviewer(ada.inject, 'spam').claim();
      expect(claimed.status).toBe(200);
      const itemId = claimed.body.item.id;
      const asManager = (await t.inject({ method: 'GET', url: `/api/projects/spam/items/${itemId}` })).json();
      expect(asManager.status).toBe('gold');
      const asWorker = await ada.inject({ method: 'GET', url: `/api/projects/spam/items/${itemId}` });
      expect(asWorker.statusCode).toBe(200);
      expect(asWorker.json()).toMatchObject({
        id: itemId,
        status: 'assigned',
        prediction: null,
        confidence: null,
        metadata: {},
      });

      // An item the worker never touched does not exist for them.
      const other = itemId === real.json().id ? itemId - 1 : real.json().id;
      const hidden = await ada.inject({ method: 'GET', url: `/api/projects/spam/items/${other}` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().error.code).toBe('ITEM_NOT_FOUND');
    });

    it('cannot list gold items, export, read decisions, stats or people', async () => {
      for (const url of [
        '/api/projects/spam/items?status=gold',
        '/api/projects/spam/export',
        '/api/projects/spam/items/1/decisions',
        '/api/projects/spam/stats',
        '/api/projects/spam/agreement',
        '/api/projects/spam/annotators',
        '/api/projects/spam/policy',
      ]) {
        const response = await ada.inject({ method: 'GET', url });
        expect({ url, status: response.statusCode, code: response.json().error?.code }).toEqual({
          url,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
    });

    it('lets a viewer read results but not send items or work', async () => {
      const viewer = await t.userClient('vera', 'viewer');
      expect((await viewer.inject({ method: 'GET', url: '/api/projects/spam/export' })).statusCode).toBe(200);
      const add = await viewer.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(9) });
      expect(add.statusCode).toBe(403);
      const claim = await viewer.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' });
      expect(claim.statusCode).toBe(403);
    });
  });
}
