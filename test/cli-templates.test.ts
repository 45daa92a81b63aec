import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, runCliAsync, type ServerProcess, startServerProcess } from './support/server-process.js';

/** `tandem projects create --template NAME` (issue 9, point 4). */
describe('tandem projects create --template', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startServerProcess();
    env = { TANDEM_URL: server.url, TANDEM_TOKEN: ADMIN_TOKEN };
  });
  afterAll(async () => server?.stop());

  it('lists the templates and creates a project with its policy and sample items', async () => {
    const listed = await runCliAsync(['projects', 'templates'], env);
    expect(listed.status).toBe(0);
    expect(
      listed.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')[0]),
    ).toEqual([
      'text-classification',
      'ner',
      'sentiment-rating',
      'pairwise-llm',
      'rag-rubric',
      'image-boxes',
      'agent-approval',
    ]);

    const created = await runCliAsync(['projects', 'create', '--template', 'ner', '--slug', 'people-places'], env);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Created from template ner: people-places\s+#\d+\s+Named entities \(NER\)/);
    expect(created.stdout).toMatch(/policy: version 1/);
    expect(created.stdout).toMatch(/sample: 5 items imported\n/);

    const bare = await runCliAsync(
      ['projects', 'create', '--template', 'text-classification', '--name', 'Tickets', '--no-sample'],
      env,
    );
    expect(bare.status).toBe(0);
    expect(bare.stdout).not.toMatch(/sample:/);
    const queue = await fetch(`${server.url}/api/projects/tickets/queue`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(((await queue.json()) as { items: Record<string, number> }).items).toEqual({});
  });

  it('names the templates when the one asked for does not exist', async () => {
    const result = await runCliAsync(['projects', 'create', '--template', 'sentiment'], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/TEMPLATE_NOT_FOUND: No template "sentiment"/);
    expect(result.stderr).toMatch(/sentiment-rating/);
  });
});
