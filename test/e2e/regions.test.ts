/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2EEnv, openE2E, screenshot, signedInPage } from './support.js';

/**
 * The spans and box widgets in real Chromium, driven like a person: keyboard alone, and the mouse.
 * A tiny harness (built here with Vite, mounting one widget with a live value) checks the exact
 * values; the workspace tests then claim, label and submit, and read the decision over HTTP.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const HARNESS = path.join(ROOT, 'test-results/regions-harness');
// Code points: Z o e ̈ ␠ m e t ␠ 李 雷 ␠ a t ␠ t h e ␠ c a f é ␠ 👩 ZWJ 💻 ␠ i n ␠ Z ü r i c h (37)
const TEXT = 'Zoe\u0308 met 李雷 at the café 👩‍💻 in Zürich';
const LABELS = [{ value: 'PERSON' }, { value: 'PLACE' }, { value: 'THING', label: 'Thing', hotkey: 't' }];
const spansQuestion = { name: 'entities', type: 'spans', field: 'text', labels: LABELS };
const bboxQuestion = {
  name: 'boxes',
  type: 'bbox',
  field: 'image',
  labels: [
    { value: 'car', label: 'Car' },
    { value: 'person', label: 'Person' },
  ],
};
// A 400×300 picture (two shapes on a sky) so boxes have something to sit on; no network.
const IMAGE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#bfdbfe"/>' +
    '<rect y="220" width="400" height="80" fill="#86efac"/><rect x="40" y="170" width="150" height="60" rx="12" fill="#ef4444"/>' +
    '<circle cx="300" cy="150" r="30" fill="#f59e0b"/><rect x="285" y="180" width="30" height="60" fill="#1e3a8a"/></svg>',
)}`;

/** Builds a page that mounts one widget from `window.__harness` and mirrors its value in `window.__value`. */
async function buildHarness(): Promise<PreviewServer> {
  fs.rmSync(HARNESS, { recursive: true, force: true });
  fs.mkdirSync(HARNESS, { recursive: true });
  const widgets = path.relative(HARNESS, path.join(ROOT, 'web/src/workspace/widgets'));
  fs.writeFileSync(
    path.join(HARNESS, 'harness.css'),
    `@import "${path.relative(HARNESS, path.join(ROOT, 'web/src/styles.css'))}";\n@source "${widgets}";\n`,
  );
  fs.writeFileSync(
    path.join(HARNESS, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>harness</title></head>' +
      '<body class="bg-slate-50 text-slate-900"><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  fs.writeFileSync(
    path.join(HARNESS, 'main.tsx'),
    `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import './harness.css';
import { BboxWidget } from '${widgets}/BboxWidget';
import { SpansWidget } from '${widgets}/SpansWidget';
const config = (window as any).__harness;
function Harness() {
  const [value, setValue] = useState(config.value);
  (window as any).__value = value;
  const Widget = config.question.type === 'spans' ? SpansWidget : BboxWidget;
  return (
    <main style={{ maxWidth: 880, margin: '24px auto', padding: 24, background: 'white', borderRadius: 12 }}>
      <Widget question={config.question} data={config.data} value={value} onChange={setValue} active readOnly={config.readOnly} />
    </main>
  );
}
createRoot(document.getElementById('root')!).render(<Harness />);
`,
  );
  const outDir = path.join(HARNESS, 'dist');
  const shared = { configFile: false as const, root: HARNESS, logLevel: 'warn' as const };
  await build({ ...shared, plugins: [react(), tailwindcss()], build: { outDir, emptyOutDir: true } });
  return preview({ ...shared, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
}

async function openHarness(env: E2EEnv, server: PreviewServer, config: Record<string, unknown>): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 850 } });
  await context.addInitScript((value) => Object.assign(window, { __harness: value }), config);
  const page = await context.newPage();
  await page.goto(server.resolvedUrls?.local[0] ?? '');
  // Keys are live once the widget has mounted and its effects (the key listener) have run.
  await page.locator('[role="textbox"], [role="application"]').first().waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  return page;
}

const widgetValue = (page: Page) => page.evaluate(() => (window as unknown as { __value: unknown }).__value);

async function press(page: Page, keys: string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

/** The widget's announcement line (also shown on screen). */
const notice = (page: Page) => page.getByRole('status').first().textContent();

const times = (count: number, key: string): string[] => Array(count).fill(key);

/** The on-screen rectangle of code points [start, end) of the rendered text (one line). */
function textRect(page: Page, start: number, end: number) {
  return page.evaluate(
    ([from, to]) => {
      const point = (cp: number, last: boolean) => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-kind="text"]')) {
          const base = Number(el.dataset.cp);
          const chars = Array.from(el.textContent ?? '');
          const inside = last ? cp > base && cp <= base + chars.length : cp >= base && cp < base + chars.length;
          if (inside) return [el.firstChild as Text, chars.slice(0, cp - base).join('').length] as const;
        }
        throw new Error(`no code point ${cp}`);
      };
      const range = document.createRange();
      range.setStart(...point(from as number, false));
      range.setEnd(...point(to as number, true));
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    },
    [start, end],
  );
}

async function dragSelect(page: Page, start: number, end: number) {
  const rect = await textRect(page, start, end);
  await page.mouse.move(rect.left + 1, rect.y);
  await page.mouse.down();
  await page.mouse.move(rect.right - 1, rect.y, { steps: 5 });
  await page.mouse.up();
}

/** Drags between two points given in percent of the box widget's image. */
async function dragOnImage(page: Page, from: [number, number], to: [number, number]) {
  const box = await page.getByRole('application').boundingBox();
  if (!box) throw new Error('no drawing surface');
  const at = ([x, y]: [number, number]) => [box.x + (box.width * x) / 100, box.y + (box.height * y) / 100] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 8 });
  await page.mouse.up();
}

describe('region widgets in Chromium', () => {
  let env: E2EEnv;
  let harness: PreviewServer;
  beforeAll(async () => {
    [env, harness] = await Promise.all([openE2E(), buildHarness()]);
  });
  afterAll(async () => {
    await harness?.close();
    await env?.close();
  });

  it('labels spans with the keyboard alone, in code points', async () => {
    const page = await openHarness(env, harness, { question: spansQuestion, data: { text: TEXT } });
    await press(page, ['Home', 'Control+Shift+ArrowRight', '1']); // Zoë (with a combining mark)
    await press(page, [...times(5, 'ArrowRight'), 'Shift+ArrowRight', 'Shift+ArrowRight', '1']); // 李雷
    await press(page, [...times(13, 'ArrowRight'), ...times(3, 'Shift+ArrowRight'), 't']); // 👩‍💻
    await press(page, ['End', 'Control+Shift+ArrowLeft', '2']); // Zürich
    // A whole-text span: THING has its own key, so the digit 3 does nothing; t labels it, and the
    // span just made keeps the focus: Delete removes it.
    await press(page, ['Home', 'Shift+End', '3']);
    expect(await widgetValue(page)).toHaveLength(4);
    await press(page, ['t', 'Delete', 'Escape']);
    expect(await widgetValue(page)).toEqual([
      { start: 0, end: 4, label: 'PERSON' },
      { start: 9, end: 11, label: 'PERSON' },
      { start: 24, end: 27, label: 'THING' },
      { start: 31, end: 37, label: 'PLACE' },
    ]);
    await expect.poll(() => notice(page)).toContain('Removed Thing');
    await press(page, ['End', ...times(6, 'ArrowLeft'), ...times(3, 'Shift+ArrowLeft')]);
    await screenshot(page, 'widget-spans');
    // ↓ picks the spans (Tab belongs to the form); a label key relabels the picked one; Escape lets it go.
    await press(page, ['Escape', 'ArrowDown', 'ArrowDown', '2']);
    expect(((await widgetValue(page)) as { label: string }[])[1]?.label).toBe('PLACE');
    expect(await page.getByRole('listitem').nth(1).textContent()).toContain('“李雷”');
    await press(page, ['Escape', '2']);
    await expect.poll(() => notice(page)).toContain('Select some text first');
    await page.close();
  });

  it('maps a mouse selection across text nodes to code points', async () => {
    const page = await openHarness(env, harness, {
      question: { ...spansQuestion, allowOverlap: false },
      data: { text: TEXT },
      value: [{ start: 9, end: 11, label: 'PERSON' }],
    });
    await dragSelect(page, 19, 23); // café
    await page.getByRole('button', { name: /^PLACE/ }).click();
    await dragSelect(page, 24, 27); // 👩‍💻, one grapheme of three code points
    await page.keyboard.press('t');
    await dragSelect(page, 5, 14); // "met 李雷 at": crosses the labelled 李雷 and its tag
    await page.getByText('Selected “met 李雷 at” (5–14)').waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => notice(page)).toContain('Not added: it overlaps PERSON “李雷”');
    expect(await widgetValue(page)).toEqual([
      { start: 9, end: 11, label: 'PERSON' },
      { start: 19, end: 23, label: 'PLACE' },
      { start: 24, end: 27, label: 'THING' },
    ]);
    await page.getByRole('button', { name: 'Remove span 1: PERSON “李雷”' }).click();
    expect(await widgetValue(page)).toHaveLength(2);
    await page.close();
  });

  it('draws, moves, resizes and relabels boxes with the keyboard alone', async () => {
    const page = await openHarness(env, harness, {
      question: { ...bboxQuestion, maxBoxes: 3 },
      data: { image: IMAGE },
    });
    await page.getByRole('img').waitFor();
    await press(page, ['2', 'n', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Shift+ArrowDown']);
    await press(page, ['Alt+ArrowRight', 'Alt+ArrowRight', 'Alt+Shift+ArrowUp', 'Alt+ArrowLeft']);
    await press(page, ['n', '1', ...times(10, 'Shift+ArrowLeft'), 'Shift+Tab']);
    expect(await page.getByRole('listitem').first().getAttribute('aria-current')).toBe('true');
    await press(page, ['n', 'n']); // the third fits, the fourth does not (maxBoxes 3)
    await expect.poll(() => notice(page)).toContain('at most 3');
    await press(page, ['Delete']);
    expect(page.url()).toContain('127.0.0.1'); // Alt+← did not navigate back
    expect(await widgetValue(page)).toEqual([
      { label: 'person', x: 43, y: 45, width: 21, height: 15 },
      { label: 'car', x: 0, y: 40, width: 20, height: 20 },
    ]);
    await screenshot(page, 'widget-bbox');
    await page.close();
  });

  it('draws, moves and resizes a box with the mouse, clamped to the image', async () => {
    const page = await openHarness(env, harness, { question: bboxQuestion, data: { image: IMAGE } });
    await page.getByRole('img').waitFor();
    await dragOnImage(page, [10, 60], [50, 80]);
    const [drawn] = (await widgetValue(page)) as { x: number; y: number; width: number; height: number }[];
    expect(drawn).toMatchObject({ label: 'car' });
    for (const [key, want] of [
      ['x', 10],
      ['y', 60],
      ['width', 40],
      ['height', 20],
    ] as const) {
      expect(Math.abs((drawn?.[key] ?? 0) - want)).toBeLessThan(0.6);
    }
    await dragOnImage(page, [30, 70], [90, 95]); // move far right and down: stops at the edges
    const [moved] = (await widgetValue(page)) as { x: number; y: number; width: number; height: number }[];
    expect(moved?.x).toBeCloseTo(100 - (moved?.width ?? 0), 2);
    expect(moved?.y).toBeCloseTo(100 - (moved?.height ?? 0), 2);
    const handle = await page.locator('[data-handle="nw"]').boundingBox();
    const surface = await page.getByRole('application').boundingBox();
    if (!handle || !surface) throw new Error('no handle');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(surface.x - 50, surface.y - 50, { steps: 8 }); // past the corner of the image
    await page.mouse.up();
    expect(await widgetValue(page)).toEqual([{ label: 'car', x: 0, y: 0, width: 100, height: 100 }]);
    await page.close();
  });

  it('only shows an answer when read-only (adjudication)', async () => {
    const spans = [{ start: 31, end: 37, label: 'PLACE' }];
    const page = await openHarness(env, harness, {
      question: spansQuestion,
      data: { text: TEXT },
      value: spans,
      readOnly: true,
    });
    await press(page, ['Home', 'Shift+End', '1', 'ArrowDown', 'Delete']);
    expect(await widgetValue(page)).toEqual(spans);
    expect(await page.getByRole('button').count()).toBe(1); // "Show span 1", no labels, no Remove
    const boxes = [{ label: 'car', x: 10, y: 56, width: 38, height: 21 }];
    const boxPage = await openHarness(env, harness, {
      question: bboxQuestion,
      data: { image: IMAGE },
      value: boxes,
      readOnly: true,
    });
    await press(boxPage, ['n', 'Tab', 'Delete']);
    await dragOnImage(boxPage, [60, 10], [90, 40]);
    expect(await widgetValue(boxPage)).toEqual(boxes);
    await Promise.all([page.close(), boxPage.close()]);
  });
});

describe('region widgets in the workspace', () => {
  let env: E2EEnv;
  beforeAll(async () => {
    env = await openE2E();
  });
  afterAll(async () => env?.close());

  /** Seeds a one-question project with one item and opens its workspace as a new annotator. */
  async function openWork(slug: string, question: object, data: object) {
    await env.api('POST', '/api/projects', { name: slug, slug, labelSchema: { questions: [question] } });
    const item = await env.api<{ id: number }>('POST', `/api/projects/${slug}/items`, { data });
    const page = await signedInPage(env.browser, env.server.url, await env.person(`${slug}-annotator`, 'annotator'));
    await page.goto(`/projects/${slug}/work`);
    await page.locator('[role="textbox"][aria-readonly="true"], [role="application"]').waitFor();
    return { page, itemId: item.id };
  }

  const decisionOf = (slug: string, itemId: number) =>
    env.api<{ answer: Record<string, unknown> }>('GET', `/api/projects/${slug}/items/${itemId}/decision?wait=10`);

  it('submits keyboard-labelled spans; the decision holds code-point offsets', async () => {
    const { page, itemId } = await openWork('entities', spansQuestion, { text: TEXT });
    await press(page, ['Home', 'Control+Shift+ArrowRight', '1', ...times(5, 'ArrowRight')]); // Zoë
    await press(page, [...times(2, 'Shift+ArrowRight'), '1', ...times(13, 'ArrowRight')]); // 李雷
    await press(page, [...times(3, 'Shift+ArrowRight'), 't', 'End', 'Control+Shift+ArrowLeft', '2']); // 👩‍💻, Zürich
    await press(page, [...times(6, 'ArrowLeft'), ...times(3, 'Shift+ArrowLeft')]); // "in " selected, caret shown
    await screenshot(page, 'workspace-spans');
    await page.keyboard.press('Control+Enter');
    expect((await decisionOf('entities', itemId)).answer).toEqual({
      entities: [
        { start: 0, end: 4, label: 'PERSON' },
        { start: 9, end: 11, label: 'PERSON' },
        { start: 24, end: 27, label: 'THING' },
        { start: 31, end: 37, label: 'PLACE' },
      ],
    });
  });

  it('submits keyboard-drawn boxes; the decision holds percentages', async () => {
    const { page, itemId } = await openWork('scenes', bboxQuestion, { image: IMAGE });
    await press(page, ['n', ...times(6, 'Shift+ArrowLeft'), ...times(3, 'Shift+ArrowDown'), 'ArrowDown']); // the car
    await press(page, [...times(3, 'Alt+Shift+ArrowRight'), ...times(3, 'Alt+ArrowRight'), 'Alt+ArrowDown']);
    await press(page, ['Escape', '2', 'n', ...times(5, 'Shift+ArrowRight'), ...times(2, 'ArrowRight')]); // the person
    await press(page, [...times(4, 'Alt+ArrowLeft'), ...times(4, 'Alt+Shift+ArrowDown')]);
    await screenshot(page, 'workspace-bbox');
    await page.keyboard.press('Control+Enter');
    // Consensus stores boxes in a canonical order, not the order they were drawn.
    const { boxes } = (await decisionOf('scenes', itemId)).answer as { boxes: unknown[] };
    expect(boxes).toHaveLength(2);
    expect(boxes).toEqual(
      expect.arrayContaining([
        { label: 'car', x: 10, y: 56, width: 38, height: 21 },
        { label: 'person', x: 67, y: 40, width: 16, height: 40 },
      ]),
    );
  });
});
