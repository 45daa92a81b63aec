import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { convertLabelStudioConfig } from './config.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

type Result = { from_name: string; to_name: string; type: string; value: Record<string, unknown> };
/** What Label Studio reads from a result: who, on what, which kind, the value (region ids aside). */
const essence = (results: Result[]) =>
  results.map(({ from_name, to_name, type, value }) => ({ from_name, to_name, type, value }));

describe('Label Studio config → label schema', () => {
  it('maps the public templates: Choices, Labels, RectangleLabels, Pairwise, TextArea, Ranker, Rating, Number', () => {
    expect(convertLabelStudioConfig(fixture('ner.xml')).labelSchema.questions).toEqual([
      {
        name: 'label',
        type: 'spans',
        field: 'ner',
        labels: [{ value: 'PER' }, { value: 'ORG' }, { value: 'LOC' }, { value: 'MISC' }],
        allowOverlap: true,
        required: true,
      },
    ]);
    expect(convertLabelStudioConfig(fixture('text-classification.xml')).labelSchema.questions[0]).toMatchObject({
      name: 'sentiment',
      type: 'single_choice',
      options: [{ value: 'Positive' }, { value: 'Negative' }, { value: 'Neutral' }],
    });
    expect(convertLabelStudioConfig(fixture('document-retrieval.xml')).labelSchema.questions[0]).toMatchObject({
      name: 'selection',
      type: 'multi_choice',
    });
    expect(convertLabelStudioConfig(fixture('object-detection.xml')).labelSchema.questions[0]).toMatchObject({
      type: 'bbox',
      field: 'image',
      labels: [{ value: 'Airplane' }, { value: 'Car' }],
    });
    expect(convertLabelStudioConfig(fixture('pairwise-classification.xml')).labelSchema.questions[0]).toMatchObject({
      name: 'pw',
      type: 'pairwise',
      fields: ['text1', 'text2'],
      allowTie: false,
    });
    expect(convertLabelStudioConfig(fixture('text-summarization.xml')).labelSchema.questions[0]).toMatchObject({
      name: 'answer',
      type: 'text',
    });
    const ranker = convertLabelStudioConfig(fixture('ranker-rating.xml'));
    expect(ranker.labelSchema.questions).toMatchObject([
      { name: 'rank', type: 'ranking', field: 'items' },
      { name: 'rating', type: 'rating', min: 1, max: 10 },
      { name: 'relevant', type: 'rating', min: 0, max: 3, step: 1 },
    ]);
    expect(ranker.bindings[0]).toEqual({
      question: 'rank',
      fromName: 'rank',
      toName: 'results',
      type: 'ranker',
      listName: 'results',
    });
  });

  it('names every tag that does not map, with its line', () => {
    let caught: { code: string; message: string; details: { path: string; message: string }[] } | undefined;
    try {
      convertLabelStudioConfig(fixture('unmapped.xml'));
    } catch (error) {
      caught = error as never;
    }
    expect(caught?.code).toBe('LABEL_STUDIO_CONFIG_INVALID');
    expect(caught?.details).toEqual([
      { path: 'line 3 <PolygonLabels>', message: expect.stringContaining('no polygon question') },
      { path: 'line 7 <Ranker>', message: expect.stringContaining('Buckets') },
    ]);
    expect(caught?.message).toContain('<PolygonLabels> on line 3');
  });

  it('reports XML that is not well-formed with its line', () => {
    expect(() => convertLabelStudioConfig('<View>\n  <Choices name="a" toName="t">\n</View>')).toThrow(/line 3/);
  });
});

describe.each(ENGINES)('Label Studio import and export on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  const createFromConfig = async (slug: string, config: string) => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: slug, slug, labelStudioConfig: config },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const importTasks = async (slug: string, body: string, type = 'application/json') => {
    const response = await t.inject({
      method: 'POST',
      url: `/api/projects/${slug}/items/import?format=label-studio`,
      headers: { 'content-type': type },
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const exportTasks = async (slug: string) => {
    const response = await t.inject({ method: 'GET', url: `/api/projects/${slug}/export?format=label-studio` });
    expect(response.statusCode).toBe(200);
    return JSON.parse(response.body);
  };

  it('refuses a config that does not map: 422 naming each tag and line', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'bad', labelStudioConfig: fixture('unmapped.xml') },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'line 3 <PolygonLabels>',
      'line 7 <Ranker>',
    ]);
  });

  it('imports NER tasks (UTF-16 offsets → code points), prediction and annotation, and exports them back', async () => {
    await createFromConfig('ls-ner', fixture('ner.xml'));
    const report = await importTasks('ls-ner', fixture('ner-tasks.json'));
    expect(report).toMatchObject({ received: 2, created: 2, rejected: 0, decided: 1, errors: [] });
    const items = (await t.inject({ method: 'GET', url: '/api/projects/ls-ner/items' })).json().items;
    expect(items[0]).toMatchObject({
      externalId: 'ls-101',
      status: 'decided',
      confidence: 0.83,
      metadata: { modelVersion: 'ner-v2' },
      prediction: { label: [{ start: 2, end: 14, label: 'PER' }] },
    });
    const decision = (
      await t.inject({ method: 'GET', url: `/api/projects/ls-ner/items/${items[0].id}/decision` })
    ).json();
    expect(decision).toMatchObject({
      method: 'override',
      answer: {
        label: [
          { start: 2, end: 14, label: 'PER' },
          { start: 27, end: 42, label: 'PER' },
          { start: 46, end: 52, label: 'LOC' },
        ],
      },
    });
    expect(decision.reason).toContain('annotation 7 by 3');

    const exported = await exportTasks('ls-ner');
    const original = JSON.parse(fixture('ner-tasks.json'));
    expect(exported[0].data).toEqual(original[0].data);
    expect(essence(exported[0].annotations[0].result)).toEqual(essence(original[0].annotations[0].result));
    expect(exported[0].predictions[0]).toMatchObject({ score: 0.83, model_version: 'ner-v2' });
    expect(essence(exported[0].predictions[0].result)).toEqual(essence(original[0].predictions[0].result));
    expect(exported[1]).toMatchObject({ data: original[1].data, annotations: [], predictions: [] });

    // Our export imported into a second project from the same config gives the same decisions.
    await createFromConfig('ls-ner-2', fixture('ner.xml'));
    await importTasks('ls-ner-2', JSON.stringify(exported));
    const again = await exportTasks('ls-ner-2');
    expect(
      again.map((task: { annotations: { result: Result[] }[] }) => task.annotations.map((a) => essence(a.result))),
    ).toEqual(
      exported.map((task: { annotations: { result: Result[] }[] }) => task.annotations.map((a) => essence(a.result))),
    );
  });

  it('round-trips the templates: boxes, pairwise, multiple choice, text area, ranker, rating and number', async () => {
    const cases = [
      ['object-detection', 'object-detection-tasks.json'],
      ['pairwise-classification', 'pairwise-classification-tasks.json'],
      ['document-retrieval', 'document-retrieval-tasks.json'],
      ['text-summarization', 'text-summarization-tasks.json'],
      ['ranker-rating', 'ranker-rating-tasks.json'],
    ] as const;
    for (const [config, tasks] of cases) {
      await createFromConfig(`ls-${config}`, fixture(`${config}.xml`));
      const report = await importTasks(`ls-${config}`, fixture(tasks));
      expect(report, config).toMatchObject({ rejected: 0, decided: 1, errors: [] });
      const exported = await exportTasks(`ls-${config}`);
      const original = JSON.parse(fixture(tasks));
      const originalResults: Result[] = (original[0].annotations ?? original[0].completions)[0].result;
      const exportedResults: Result[] = exported[0].annotations[0].result;
      // Label Studio matches results by from_name; the templates' own examples sometimes carry a
      // stray to_name (pairwise: "pw"), so values and names are compared, to_name by the config.
      expect(
        exportedResults.map(({ from_name, type, value }) => ({ from_name, type, value })),
        config,
      ).toEqual(
        originalResults.map(({ from_name, type, value }) => ({
          from_name,
          type,
          value: type === 'rectanglelabels' ? { ...value } : value,
        })),
      );
    }
  });

  it("stores an engineer's tasks without their annotations: only managers make decisions", async () => {
    await createFromConfig('ls-engineer', fixture('text-summarization.xml'));
    const engineer = await t.userClient('eve', 'engineer');
    const response = await engineer.inject({
      method: 'POST',
      url: '/api/projects/ls-engineer/items/import?format=label-studio',
      headers: { 'content-type': 'application/json' },
      payload: fixture('text-summarization-tasks.json'),
    });
    expect(response.json()).toMatchObject({
      created: 1,
      rejected: 0,
      decided: 0,
      errors: [{ row: 0, path: 'annotations', message: expect.stringContaining('only managers') }],
    });
  });

  it('reports bad tasks per row and keeps the good ones (JSONL upload)', async () => {
    await createFromConfig('ls-sentiment', fixture('text-classification.xml'));
    const report = await importTasks(
      'ls-sentiment',
      fixture('text-classification-tasks.jsonl'),
      'application/x-ndjson',
    );
    expect(report).toMatchObject({ received: 4, created: 3, decided: 1, rejected: 1 });
    expect(report.errors).toEqual([
      { row: 2, line: 3, code: 'INVALID_FILE', path: '', message: 'not valid JSON' },
      { row: 3, code: 'SCHEMA_MISMATCH', path: 'annotations.sentiment', message: expect.stringContaining('Great') },
    ]);
    const items = (await t.inject({ method: 'GET', url: '/api/projects/ls-sentiment/items' })).json().items;
    // The higher-scored prediction wins; the cancelled annotation is not a decision.
    expect(items[0]).toMatchObject({ prediction: { sentiment: 'Positive' }, confidence: 0.9, status: 'decided' });
    expect(items[1].status).not.toBe('decided');
  });
});
