import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../../testing/engines.js';
import { spamProject } from '../../testing/fixtures.js';

describe.each(ENGINES)('projects API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  it('creates, reads, lists and updates a project', async () => {
    const created = await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    expect(created.statusCode).toBe(201);
    const project = created.json();
    expect(project).toMatchObject({ slug: 'spam', name: 'Spam triage', guidelines: spamProject.guidelines });
    expect(project.labelSchema.questions[0].name).toBe('verdict');

    const bySlug = await t.inject({ method: 'GET', url: '/api/projects/spam' });
    const byId = await t.inject({ method: 'GET', url: `/api/projects/${project.id}` });
    expect(bySlug.json()).toEqual(byId.json());

    const patched = await t.inject({
      method: 'PATCH',
      url: '/api/projects/spam',
      payload: { name: 'Spam triage v2', guidelines: 'New rules' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Spam triage v2', guidelines: 'New rules', slug: 'spam' });

    const list = await t.inject({ method: 'GET', url: '/api/projects' });
    expect(list.json().projects).toEqual([expect.objectContaining({ slug: 'spam', itemCounts: {} })]);
  });

  it('derives a slug from the name and refuses a taken slug with 409', async () => {
    const first = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { ...spamProject, slug: undefined, name: 'Évaluation Chat #2' },
    });
    expect(first.json().slug).toBe('evaluation-chat-2');
    const again = await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, name: 'x' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'PROJECT_SLUG_TAKEN', details: [{ path: 'slug' }] });
  });

  it('rejects an invalid label schema naming the field', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: 'Bad',
        labelSchema: { questions: [{ name: 'q', type: 'single_choice', options: [{ value: 'a' }, { value: 'a' }] }] },
      },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details[0].path).toMatch(/^labelSchema\.questions\.0\.options/);
  });

  it('rejects unknown fields, wrong types and unknown projects', async () => {
    const unknownField = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { ...spamProject, slug: 'other', colour: 'red' },
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error.message).toMatch(/colour/);

    const wrongType = await t.inject({ method: 'PATCH', url: '/api/projects/spam', payload: { name: 42 } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].path).toBe('name');

    const missing = await t.inject({ method: 'GET', url: '/api/projects/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('PROJECT_NOT_FOUND');
  });
});
