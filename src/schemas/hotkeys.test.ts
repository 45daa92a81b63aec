import { describe, expect, it } from 'vitest';
import { parseLabelSchema } from './label-schema.js';

const choice = (hotkey: string) => ({
  questions: [
    {
      name: 'verdict',
      type: 'single_choice',
      options: [
        { value: 'spam', hotkey: '1' },
        { value: 'ham', hotkey },
      ],
    },
  ],
});

/** Option keys that would shadow the workspace's own keys are refused (issue 9, point 9). */
describe('option hotkeys', () => {
  it.each([
    ['s', 'Skip'],
    ['S', 'Skip'],
    ['g', 'showing the guidelines'],
    ['?', 'the keyboard help'],
    [']', 'the next question'],
  ])('refuses %s, naming the field and what it would shadow', (key, shadowed) => {
    const result = parseLabelSchema(choice(key));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: ['questions', 0, 'options', 1, 'hotkey'],
        message: `${JSON.stringify(key)} is the workspace key for ${shadowed}; choose another key`,
      },
    ]);
  });

  it('accepts other keys, and refuses N only for box labels', () => {
    expect(parseLabelSchema(choice('h')).success).toBe(true);
    expect(parseLabelSchema(choice('n')).success).toBe(true);
    const boxes = parseLabelSchema({
      questions: [{ name: 'b', type: 'bbox', field: 'image', labels: [{ value: 'car', hotkey: 'n' }] }],
    });
    expect(boxes.success).toBe(false);
    const spans = parseLabelSchema({
      questions: [{ name: 'e', type: 'spans', field: 'text', labels: [{ value: 'PER', hotkey: 's' }] }],
    });
    expect(spans.success).toBe(false);
  });
});
