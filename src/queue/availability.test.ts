import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';

/** Whether an item could be taken now, without taking it (issue 9, point 13). */
describe.each(ENGINES)('item availability on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  it('says open, held by someone else, answered by someone else, or yours', async () => {
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    const added = await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(1) });
    const itemId = added.json().id;
    const ada = await t.userClient('ada', 'annotator');
    const grace = await t.userClient('grace', 'annotator');
    const state = async (who: typeof ada) =>
      (await who.inject({ method: 'GET', url: `/api/projects/spam/items/${itemId}/availability` })).json();

    expect(await state(grace)).toMatchObject({ state: 'open', heldUntil: null });
    const claim = await ada.inject({ method: 'POST', url: '/api/projects/spam/tasks/claim' });
    expect(await state(grace)).toMatchObject({ state: 'held', heldUntil: claim.json().task.leaseExpiresAt });
    expect(await state(ada)).toMatchObject({ state: 'yours' });
    await ada.inject({
      method: 'POST',
      url: `/api/tasks/${claim.json().task.id}/submit`,
      payload: { answer: { verdict: 'ham' } },
    });
    expect(await state(grace)).toMatchObject({
      state: 'closed',
      message: expect.stringContaining('Someone else answered'),
    });
    // Nothing was claimed by asking.
    const queue = await t.inject({ method: 'GET', url: '/api/projects/spam/queue' });
    expect(queue.json()).toMatchObject({ leased: 0 });
    const missing = await grace.inject({ method: 'GET', url: '/api/projects/spam/items/999/availability' });
    expect(missing.json().error.code).toBe('ITEM_NOT_FOUND');
  });
});
