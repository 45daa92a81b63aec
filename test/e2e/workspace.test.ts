import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/**
 * The annotator workspace in real Chromium, driven with the keyboard alone: every question type
 * the workspace owns is answered with keys, and the stored decisions are read back through the API.
 */

let env: E2EEnv;
let annotator: Page;

interface Decision {
  method: string;
  answer: Record<string, unknown>;
}

async function createProject(slug: string, questions: unknown[], items: unknown[], extra: object = {}) {
  await env.api('POST', '/api/projects', {
    name: `Workspace ${slug}`,
    slug,
    guidelines: '## How to label\n- Read the **whole** item first.\n- When unsure, skip it.',
    labelSchema: { questions },
    ...extra,
  });
  return addItems(slug, items);
}

async function addItems(slug: string, items: unknown[]): Promise<number[]> {
  if (items.length === 0) return [];
  const report = await env.api<{ items: { id: number }[] }>('POST', `/api/projects/${slug}/items/batch`, { items });
  return report.items.map((item) => item.id);
}

async function decision(slug: string, itemId: number): Promise<Decision> {
  return env.api<Decision>('GET', `/api/projects/${slug}/items/${itemId}/decision?wait=10`);
}

async function openWorkspace(page: Page, slug: string, firstText: string) {
  await page.goto(`/projects/${slug}/work`);
  await page.getByText(firstText, { exact: false }).first().waitFor({ timeout: 10_000 });
}

beforeAll(async () => {
  env = await openE2E();
  env.server.child.stderr?.on('data', (c) => process.stderr.write(`[server] ${c}`));
  env.server.child.on('exit', (code, signal) => process.stderr.write(`[server] exited ${code} ${signal}\n`));
  annotator = await signedInPage(env.browser, env.server.url, await env.person('ann', 'annotator'));
}, 60_000);

afterAll(async () => {
  await env?.close();
});

describe('the workspace, by keyboard', () => {
  it('labels a single choice item: keys pick options, Ctrl+Z undoes, Enter submits', async () => {
    const long = 'Dear friend, I am a prince with a large sum of money waiting for you. '.repeat(6);
    const [id] = await createProject(
      'single',
      [
        {
          name: 'verdict',
          type: 'single_choice',
          title: 'Is this spam?',
          options: [
            { value: 'spam', label: 'Spam' },
            { value: 'ham', label: 'Not spam' },
            { value: 'unsure', label: 'Cannot tell' },
          ],
        },
      ],
      [{ data: { subject: 'You won!', body: long }, prediction: { verdict: 'spam' }, confidence: 0.62 }],
    );
    await openWorkspace(annotator, 'single', 'You won!');
    await annotator.getByText('confidence 0.62').waitFor();
    await annotator.keyboard.press('2');
    await annotator.keyboard.press('3');
    await annotator.keyboard.press('Control+z');
    expect(await annotator.getByRole('radio', { name: 'Not spam' }).isChecked()).toBe(true);
    await screenshot(annotator, 'workspace-single_choice');
    await annotator.keyboard.press('?');
    await annotator.getByRole('heading', { name: 'Keyboard' }).waitFor();
    await screenshot(annotator, 'workspace-keys');
    await annotator.keyboard.press('?');
    await annotator.keyboard.press('Enter');
    expect((await decision('single', id as number)).answer).toEqual({ verdict: 'ham' });
    await annotator.getByText('All caught up').waitFor();
  });

  it('labels multi choice, rating and rubric items', async () => {
    const [multi] = await createProject(
      'multi',
      [
        {
          name: 'topics',
          type: 'multi_choice',
          title: 'Which topics apply?',
          options: ['billing', 'shipping', 'returns', 'other'].map((value) => ({ value })),
        },
      ],
      [{ data: { message: 'My parcel never came and I want my money back.' } }],
    );
    await openWorkspace(annotator, 'multi', 'My parcel never came');
    for (const key of ['1', '3', '2', '2']) await annotator.keyboard.press(key);
    await screenshot(annotator, 'workspace-multi_choice');
    await annotator.keyboard.press('Enter');
    expect((await decision('multi', multi as number)).answer).toEqual({ topics: ['billing', 'returns'] });

    const [rating] = await createProject(
      'rating',
      [
        {
          name: 'quality',
          type: 'rating',
          title: 'How good is the answer?',
          min: 1,
          max: 5,
          labels: { '1': 'Poor', '3': 'Fair', '5': 'Excellent' },
        },
      ],
      [{ data: { question: 'What is 2 + 2?', answer: 'It is 4.' } }],
    );
    await openWorkspace(annotator, 'rating', 'What is 2 + 2?');
    await annotator.keyboard.press('4');
    await annotator.keyboard.press('ArrowLeft');
    await screenshot(annotator, 'workspace-rating');
    await annotator.keyboard.press('Enter');
    expect((await decision('rating', rating as number)).answer).toEqual({ quality: 3 });

    const criterion = (name: string, title: string) => ({ name, title, min: 1, max: 5 });
    const [rubric] = await createProject(
      'rubric',
      [
        {
          name: 'scores',
          type: 'rubric',
          title: 'Score the summary',
          criteria: [criterion('accuracy', 'Accuracy'), criterion('tone', 'Tone'), criterion('clarity', 'Clarity')],
        },
      ],
      [{ data: { summary: 'The meeting moved to Tuesday; bring the Q3 numbers.' } }],
    );
    await openWorkspace(annotator, 'rubric', 'The meeting moved');
    // A digit scores the active criterion and moves on; ↑ goes back one.
    for (const key of ['4', '5', '3', 'ArrowUp', '2']) await annotator.keyboard.press(key);
    await screenshot(annotator, 'workspace-rubric');
    await annotator.keyboard.press('Enter');
    expect((await decision('rubric', rubric as number)).answer).toEqual({
      scores: { accuracy: 4, tone: 2, clarity: 3 },
    });
  });

  it('labels pairwise, ranking and text items', async () => {
    const [pair] = await createProject(
      'pairwise',
      [{ name: 'better', type: 'pairwise', title: 'Which reply is better?', fields: ['replyA', 'replyB'] }],
      [
        {
          data: {
            prompt: 'How do I reset my password?',
            replyA: 'Click “Forgot password” on the sign-in page and follow the e-mail.',
            replyB: 'Passwords cannot be reset.',
          },
        },
      ],
    );
    await openWorkspace(annotator, 'pairwise', 'How do I reset my password?');
    await annotator.keyboard.press('b');
    await annotator.keyboard.press('t');
    await annotator.keyboard.press('a');
    await screenshot(annotator, 'workspace-pairwise');
    await annotator.keyboard.press('Enter');
    expect((await decision('pairwise', pair as number)).answer).toEqual({ better: 'a' });

    const [ranking] = await createProject(
      'ranking',
      [{ name: 'order', type: 'ranking', title: 'Rank the titles, best first', field: 'titles' }],
      [{ data: { article: 'A study of sleep in cats.', titles: ['Cats sleep', 'Why cats nap 16 hours', 'Zzz'] } }],
    );
    await openWorkspace(annotator, 'ranking', 'A study of sleep in cats.');
    // Choose the 2nd candidate, move it up; then choose the last one and put it at place 2.
    for (const key of ['ArrowDown', 'Alt+ArrowUp', 'ArrowDown', 'ArrowDown', '2']) await annotator.keyboard.press(key);
    await screenshot(annotator, 'workspace-ranking');
    await annotator.keyboard.press('Enter');
    expect((await decision('ranking', ranking as number)).answer).toEqual({ order: [1, 2, 0] });

    const [text] = await createProject(
      'text',
      [{ name: 'fixed', type: 'text', title: 'Correct the transcript', field: 'transcript', minLength: 5 }],
      [{ data: { transcript: 'teh quick brown fox jumsp over the lazy dog' } }],
    );
    await openWorkspace(annotator, 'text', 'jumsp');
    // The field starts from the transcript and has the cursor: select it all and retype.
    await annotator.keyboard.press('Control+a');
    await annotator.keyboard.type('The quick brown fox jumps over the lazy dog.');
    await screenshot(annotator, 'workspace-text');
    await annotator.keyboard.press('Control+Enter');
    expect((await decision('text', text as number)).answer).toEqual({
      fixed: 'The quick brown fox jumps over the lazy dog.',
    });
  });

  it('approves, rejects with a reason and edits the arguments of agent actions', async () => {
    const action = (amount: number) => ({ action: { tool: 'refund', arguments: { orderId: `A-${amount}`, amount } } });
    const ids = await createProject(
      'approval',
      [{ name: 'review', type: 'approval', title: 'May the agent do this?' }],
      [{ data: action(10) }, { data: action(20) }, { data: action(30) }],
    );
    await openWorkspace(annotator, 'approval', 'A-10');
    await annotator.keyboard.press('a');
    await annotator.keyboard.press('Enter');
    await annotator.getByText('A-20').first().waitFor();
    await annotator.keyboard.press('r'); // the cursor goes to the reason
    await annotator.keyboard.press('Control+Enter'); // a reason is required: nothing is sent
    await annotator.getByText('A reason is required to reject.').waitFor();
    await annotator.keyboard.type('Refunds over 15 need a manager.');
    await annotator.keyboard.press('Control+Enter');
    await annotator.getByText('A-30').first().waitFor();
    await annotator.keyboard.press('e');
    await annotator.keyboard.press('Control+a');
    await annotator.keyboard.type('{"orderId": "A-30", "amount": ');
    await annotator.getByText('Not valid yet').waitFor();
    await annotator.keyboard.type('25}');
    await annotator.getByText('Valid JSON object').waitFor();
    await screenshot(annotator, 'workspace-approval');
    await annotator.keyboard.press('Control+Enter');
    const answers = await Promise.all(ids.map(async (id) => (await decision('approval', id)).answer));
    expect(answers).toEqual([
      { review: { decision: 'approve' } },
      { review: { decision: 'reject', reason: 'Refunds over 15 need a manager.' } },
      { review: { decision: 'edit', arguments: { orderId: 'A-30', amount: 25 } } },
    ]);
  });

  it('moves between questions with Tab, [ and ], and checks required answers first', async () => {
    const [id] = await createProject(
      'mixed',
      [
        { name: 'verdict', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] },
        { name: 'quality', type: 'rating', min: 1, max: 5 },
        { name: 'note', type: 'text', multiline: false, required: false },
      ],
      [{ data: { text: 'Mixed questions item' } }],
    );
    await openWorkspace(annotator, 'mixed', 'Mixed questions item');
    await annotator.keyboard.press('Enter');
    expect(await annotator.getByText('This question needs an answer.').count()).toBe(2);
    await screenshot(annotator, 'workspace-required');
    for (const key of ['1', ']', '4', '[', '2', 'Tab', '5', 'Tab']) await annotator.keyboard.press(key);
    await annotator.keyboard.type('looks fine');
    await annotator.keyboard.press('Enter'); // a single-line field submits on Enter
    expect((await decision('mixed', id as number)).answer).toEqual({ verdict: 'no', quality: 5, note: 'looks fine' });
  });
});

describe('the work loop', () => {
  it('shows the next item at once while the submit runs in the background, and skips with S', async () => {
    const ids = await createProject(
      'prefetch',
      [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
      ['first', 'second', 'third', 'fourth'].map((word) => ({ data: { text: `The ${word} item` } })),
    );
    await openWorkspace(annotator, 'prefetch', 'The first item');
    await annotator.getByText('next item ready').waitFor();
    // Hold every submit for 3 s: the next item must not wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await annotator.route('**/api/tasks/*/submit', async (route) => {
      await held;
      await route.continue();
    });
    await annotator.keyboard.press('1');
    await annotator.keyboard.press('Enter');
    await annotator.getByText('The second item').waitFor({ timeout: 1_000 });
    await annotator.getByText('saving 1…').waitFor({ timeout: 1_000 });
    release();
    expect((await decision('prefetch', ids[0] as number)).answer).toEqual({ ok: 'yes' });
    await annotator.unroute('**/api/tasks/*/submit');
    await annotator.getByText('next item ready').waitFor();
    await annotator.keyboard.press('s');
    await annotator.getByText('The third item').waitFor({ timeout: 1_000 });
    const second = await env.api<{ status: string }>('GET', `/api/projects/prefetch/items/${ids[1]}`);
    expect(second.status).toBe('queued');
  });

  it('keeps a refused answer, lets the person go back to fix it, and restores drafts after a reload', async () => {
    const ids = await createProject(
      'refused',
      [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
      ['one', 'two', 'three'].map((word) => ({ data: { text: `Refusal item ${word}` } })),
    );
    await openWorkspace(annotator, 'refused', 'Refusal item one');
    await annotator.route('**/api/tasks/*/submit', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'SCHEMA_MISMATCH',
            message: 'The answer does not fit the label schema',
            details: [{ path: 'answer.ok', message: 'the server says no' }],
          },
        }),
      }),
    );
    await annotator.keyboard.press('2');
    await annotator.keyboard.press('Enter');
    await annotator.getByText('Refusal item two').waitFor();
    await annotator.getByText(`Your answer for item ${ids[0]} was not saved.`).waitFor();
    await screenshot(annotator, 'workspace-refused');
    await annotator.unroute('**/api/tasks/*/submit');
    await annotator.getByRole('button', { name: 'Go back to it' }).focus();
    await annotator.keyboard.press('Enter');
    await annotator.getByText('Refusal item one').waitFor();
    await annotator.getByText('the server says no').waitFor();
    expect(await annotator.getByRole('radio', { name: 'no' }).isChecked()).toBe(true);
    await annotator.keyboard.press('1');
    await annotator.keyboard.press('Enter');
    expect((await decision('refused', ids[0] as number)).answer).toEqual({ ok: 'yes' });

    // Item two is back on screen; answer it half-way and reload: the draft comes back.
    await annotator.getByText('Refusal item two').waitFor();
    await annotator.keyboard.press('2');
    await annotator.reload();
    await annotator.getByText('Refusal item two').waitFor();
    await annotator.getByText('Your saved answer was restored').waitFor();
    expect(await annotator.getByRole('radio', { name: 'no' }).isChecked()).toBe(true);
    await annotator.keyboard.press('Enter');
    expect((await decision('refused', ids[1] as number)).answer).toEqual({ ok: 'no' });
  });

  it('keeps the answer and retries when the network fails', async () => {
    const [id] = await createProject(
      'offline',
      [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
      [{ data: { text: 'Offline item' } }],
    );
    await openWorkspace(annotator, 'offline', 'Offline item');
    let failures = 0;
    await annotator.route('**/api/tasks/*/submit', async (route) => {
      if (failures++ < 2) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await annotator.keyboard.press('2');
    await annotator.keyboard.press('Enter');
    await annotator.getByText('Cannot reach the Tandem server.').waitFor();
    expect((await decision('offline', id as number)).answer).toEqual({ ok: 'no' });
    await annotator.getByText('Cannot reach the Tandem server.').waitFor({ state: 'hidden' });
    await annotator.unroute('**/api/tasks/*/submit');
    expect(failures).toBe(3);
  });

  it('says when the queue is empty and picks up new items by itself', async () => {
    await createProject(
      'empty',
      [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
      [],
    );
    await annotator.goto('/projects/empty/work');
    await annotator.getByText('All caught up').waitFor();
    await screenshot(annotator, 'workspace-empty');
    await addItems('empty', [{ data: { text: 'A late arrival' } }]);
    await annotator.getByText('A late arrival').waitFor({ timeout: 15_000 });
  }, 30_000);
});

describe('adjudication', () => {
  it('shows the disagreeing responses; the reviewer picks one, edits it and it becomes the decision', async () => {
    const questions = [
      {
        name: 'verdict',
        type: 'single_choice',
        title: 'Is this spam?',
        options: [{ value: 'spam' }, { value: 'ham' }, { value: 'unsure' }],
      },
      { name: 'quality', type: 'rating', title: 'Writing quality', min: 1, max: 5 },
    ];
    await createProject('adjudicate', questions, []);
    await env.api('PUT', '/api/projects/adjudicate/policy', { default: { action: 'review', k: 3, role: 'annotator' } });
    const [id] = await addItems('adjudicate', [
      {
        data: { subject: 'Cheap meds', body: 'Order now and get 50% off all pills.' },
        prediction: { verdict: 'spam' },
        confidence: 0.55,
      },
    ]);
    for (const [name, answer] of [
      ['seed1', { verdict: 'spam', quality: 2 }],
      ['seed2', { verdict: 'ham', quality: 4 }],
    ] as const) {
      const token = await env.person(name, 'annotator');
      const call = async <T>(path: string, body?: unknown) => {
        const response = await fetch(`${env.server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        });
        expect(response.status).toBe(200);
        return (await response.json()) as T;
      };
      const claimed = await call<{ task: { id: number } }>('/api/projects/adjudicate/tasks/claim');
      await call(`/api/tasks/${claimed.task.id}/submit`, { answer, timeSpentMs: 42_000 });
    }
    await openWorkspace(annotator, 'adjudicate', 'Cheap meds');
    for (const key of ['3', 'Tab', '5', 'Enter']) await annotator.keyboard.press(key);
    await annotator.getByText('All caught up').waitFor();

    const reviewer = await signedInPage(env.browser, env.server.url, await env.person('rev', 'reviewer'));
    await openWorkspace(reviewer, 'adjudicate', 'Cheap meds');
    await reviewer.getByText('3 people answered').waitFor();
    await reviewer.keyboard.press('2'); // seed2's answer: ham, 4
    await reviewer.keyboard.press('e'); // edit the final answer: the rating becomes 3
    for (const key of [']', '3']) await reviewer.keyboard.press(key);
    await screenshot(reviewer, 'adjudication');
    await reviewer.keyboard.press('Enter');
    const decided = await decision('adjudicate', id as number);
    expect(decided.method).toBe('adjudicated');
    expect(decided.answer).toEqual({ verdict: 'ham', quality: 3 });
    await reviewer.context().close();
  }, 60_000);
});
