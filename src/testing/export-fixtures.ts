import type { TestApp } from './engines.js';

/** Projects (one per training format family) with items and decided answers, made through the API. */
export async function seedFormatProjects(t: TestApp): Promise<void> {
  const post = async (url: string, payload: unknown) => {
    const response = await t.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const decide = async (project: string, itemId: number, answer: Record<string, unknown>) =>
    post(`/api/projects/${project}/items/${itemId}/decision`, { answer, reason: 'test fixture' });

  await post('/api/projects', {
    name: 'NER',
    slug: 'ner',
    labelSchema: {
      questions: [{ name: 'entities', type: 'spans', field: 'text', labels: [{ value: 'PER' }, { value: 'ORG' }] }],
    },
  });
  const ner1 = await post('/api/projects/ner/items', {
    externalId: 'n1',
    data: { text: 'Ada Lovelace met Babbage at Acme Corp' },
  });
  const ner2 = await post('/api/projects/ner/items', { externalId: 'n2', data: { text: '🍕 Zoë joined\nAcme' } });
  await post('/api/projects/ner/items', { externalId: 'n3', data: { text: 'not decided' } });
  await decide('ner', ner1.id, {
    entities: [
      { start: 0, end: 12, label: 'PER' },
      { start: 17, end: 24, label: 'PER' },
      { start: 28, end: 37, label: 'ORG' },
    ],
  });
  await decide('ner', ner2.id, {
    entities: [
      { start: 2, end: 5, label: 'PER' },
      { start: 13, end: 17, label: 'ORG' },
    ],
  });

  await post('/api/projects', {
    name: 'Boxes',
    slug: 'boxes',
    labelSchema: {
      questions: [{ name: 'objects', type: 'bbox', field: 'image', labels: [{ value: 'cat' }, { value: 'dog' }] }],
    },
  });
  const box1 = await post('/api/projects/boxes/items', {
    externalId: 'b1',
    data: { image: 'https://example.test/1.jpg', width: 200, height: 100 },
  });
  const box2 = await post('/api/projects/boxes/items', {
    externalId: 'b2',
    data: { image: 'https://example.test/2.jpg' },
  });
  await decide('boxes', box1.id, {
    objects: [
      { label: 'cat', x: 10, y: 20, width: 50, height: 40 },
      { label: 'dog', x: 0, y: 0, width: 25, height: 100 },
    ],
  });
  await decide('boxes', box2.id, { objects: [{ label: 'dog', x: 50, y: 50, width: 50, height: 50 }] });

  await post('/api/projects', {
    name: 'Preferences',
    slug: 'prefs',
    labelSchema: {
      questions: [
        { name: 'better', type: 'pairwise', fields: ['a', 'b'] },
        { name: 'order', type: 'ranking', field: 'candidates', required: false },
      ],
    },
  });
  const pref1 = await post('/api/projects/prefs/items', {
    externalId: 'p1',
    data: { prompt: 'Say hi', a: 'Hello!', b: 'Go away', candidates: ['x', { text: 'y' }, 'z'] },
  });
  const pref2 = await post('/api/projects/prefs/items', {
    externalId: 'p2',
    data: { prompt: 'Add 2+2', a: '5', b: '4', candidates: ['one', 'two'] },
  });
  const pref3 = await post('/api/projects/prefs/items', {
    externalId: 'p3',
    data: { prompt: 'Tie', a: 'same', b: 'same', candidates: ['c1', 'c2'] },
  });
  await decide('prefs', pref1.id, { better: 'a', order: [2, 0, 1] });
  await decide('prefs', pref2.id, { better: 'b' });
  await decide('prefs', pref3.id, { better: 'tie' });
}

/** GET an export and return its status, headers and bytes. */
export async function download(t: TestApp, url: string) {
  const response = await t.inject({ method: 'GET', url });
  return {
    status: response.statusCode,
    type: String(response.headers['content-type']),
    bytes: response.rawPayload,
    text: response.body,
  };
}
