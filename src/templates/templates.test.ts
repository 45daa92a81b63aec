import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { TEMPLATES } from './registry.js';
import { sampleRows } from './service.js';

describe.each(ENGINES)('project templates on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  it('offers the seven templates the issue asks for', async () => {
    const listed = await t.inject({ method: 'GET', url: '/api/templates' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().templates.map((x: { name: string }) => x.name)).toEqual([
      'text-classification',
      'ner',
      'sentiment-rating',
      'pairwise-llm',
      'rag-rubric',
      'image-boxes',
      'agent-approval',
    ]);
  });

  it.each(TEMPLATES.map((template) => template.name))(
    '%s: the sample imports with 0 rejected rows, under the template policy, and can be worked',
    async (name) => {
      const template = TEMPLATES.find((x) => x.name === name);
      const created = await t.inject({
        method: 'POST',
        url: `/api/templates/${name}/projects`,
        payload: { slug: `t-${name}` },
      });
      expect(created.statusCode, created.body).toBe(201);
      const body = created.json();
      expect(body.sample.errors).toEqual([]);
      expect(body.sample.rejected).toBe(0);
      expect(body.sample.created).toBe(template ? sampleRows(template) : -1);
      expect(body.sample.created).toBeGreaterThanOrEqual(3);
      expect(body.project.guidelines).toBe(template?.guidelines);

      const policy = await t.inject({ method: 'GET', url: `/api/projects/t-${name}/policy` });
      expect(policy.json().version).toBe(body.policyVersion);
      expect(body.policyVersion).toBe(1);

      // The file served for download is the one that imported cleanly.
      const sample = await t.inject({ method: 'GET', url: `/api/templates/${name}/sample` });
      expect(sample.statusCode).toBe(200);
      expect(sample.body).toBe(template?.sample.content);

      // Someone can take the first task (the admin may do every role).
      const claim = await t.inject({ method: 'POST', url: `/api/projects/t-${name}/tasks/claim` });
      expect(claim.statusCode, claim.body).toBe(200);
      await t.inject({ method: 'POST', url: `/api/tasks/${claim.json().task.id}/release` });
    },
  );

  it('lets the caller override the schema and skip the sample; an unknown template is 404 naming the choices', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/api/templates/sentiment-rating/projects',
      payload: { name: 'My ratings', sample: false },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ project: { name: 'My ratings', slug: 'my-ratings' }, sample: null });

    const unknown = await t.inject({ method: 'POST', url: '/api/templates/nope/projects', payload: {} });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('TEMPLATE_NOT_FOUND');
    expect(unknown.json().error.details[0].message).toContain('text-classification');

    const annotator = await t.userClient('ann', 'annotator');
    expect((await annotator.inject({ method: 'GET', url: '/api/templates' })).statusCode).toBe(403);
  });
});
