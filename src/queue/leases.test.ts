import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../db/storage.js';
import { ingestRows } from '../items/ingest.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject, getProject } from '../projects/service.js';
import type { Project } from '../projects/store.js';
import { submitTask } from '../responses/submit.js';
import { Policy } from '../routing/contracts.js';
import { insertPolicyVersion } from '../routing/store.js';
import { ENGINES, openTestStorage } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { createUser } from '../users/service.js';
import type { User } from '../users/store.js';
import { claimTask } from './service.js';

/** Lease expiry, driven with an explicit clock: no sweeper is needed for expired work to return. */
describe.each(ENGINES)('leases on %s', (engine) => {
  let storage: Storage;
  let project: Project;
  let ada: User;
  let grace: User;
  const minute = 60_000;
  beforeAll(async () => {
    storage = await openTestStorage(engine);
    project = await createProject(storage, CreateProjectBody.parse(spamProject), null);
    await insertPolicyVersion(
      storage,
      project.id,
      Policy.parse({ leaseSeconds: 60, default: { action: 'review', k: 1 } }),
      null,
      Date.now(),
    );
    project = await getProject(storage, 'spam'); // as each request does: the current policy version
    ada = await createUser(storage, { username: 'ada', role: 'annotator' });
    grace = await createUser(storage, { username: 'grace', role: 'annotator' });
  });
  afterAll(async () => storage.close());

  it('returns an expired claim to the queue and refuses the late submit once someone else holds it', async () => {
    await ingestRows(storage, project, [spamItem(1, { confidence: 0.5 })]);
    const now = Date.now();
    const adaTask = await claimTask(storage, project, ada, now);
    await expect(claimTask(storage, project, grace, now + 30_000)).rejects.toMatchObject({ code: 'QUEUE_EMPTY' });
    const graceTask = await claimTask(storage, project, grace, now + 2 * minute);
    expect(graceTask.id).toBe(adaTask.id);
    await expect(
      submitTask(storage, adaTask.id, ada, { answer: { verdict: 'spam' } }, now + 2 * minute + 1),
    ).rejects.toMatchObject({
      code: 'LEASE_LOST',
    });
    const result = await submitTask(storage, graceTask.id, grace, { answer: { verdict: 'ham' } }, now + 2 * minute + 2);
    expect(result.decision?.answer).toEqual({ verdict: 'ham' });
  });

  it('accepts a submit after the lease expired while the slot is still free', async () => {
    await ingestRows(storage, project, [spamItem(2, { confidence: 0.5 })]);
    const now = Date.now();
    const task = await claimTask(storage, project, ada, now);
    const late = await submitTask(storage, task.id, ada, { answer: { verdict: 'spam' } }, now + 5 * minute);
    expect(late.decision?.method).toBe('consensus');
  });
});
