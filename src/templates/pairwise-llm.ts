import { jsonl, type ProjectTemplate } from './template.js';

const pairs = [
  {
    prompt: 'Explain what a hash table is in one or two sentences.',
    response_a:
      'A hash table stores key–value pairs in an array, using a hash function to turn each key into the index where its value lives, so lookups take about constant time.',
    response_b: 'A hash table is a table of hashes. It is used in computers for storing things.',
  },
  {
    prompt: 'Write a polite reply declining a meeting on Friday.',
    response_a: 'No.',
    response_b:
      'Thank you for the invitation. Unfortunately I am not available on Friday — could we find another time next week?',
  },
  {
    prompt: 'What is 17 × 23?',
    response_a: '17 × 23 = 391.',
    response_b: '17 × 23 is 391 (17 × 20 = 340, plus 17 × 3 = 51).',
  },
  {
    prompt: 'Suggest a name for a bakery that only sells bread made with sourdough.',
    response_a: 'The Patient Loaf — because good sourdough takes its time.',
    response_b: 'Bread Shop.',
  },
];

/** Two model answers to one prompt, side by side: which is better (for preference data / DPO). */
export const pairwiseLlm: ProjectTemplate = {
  name: 'pairwise-llm',
  title: 'Pairwise LLM comparison',
  description: 'Compare two model responses to the same prompt and pick the better one (preference data).',
  labelSchema: {
    questions: [
      {
        name: 'preference',
        type: 'pairwise',
        title: 'Which response is better?',
        fields: ['response_a', 'response_b'],
        allowTie: true,
      },
      { name: 'why', type: 'text', title: 'Why? (optional)', required: false, multiline: true, maxLength: 2000 },
    ],
  },
  guidelines: `# Which response is better?

Read the **prompt** first, then both responses. Prefer the one that is correct, answers what was
asked, and is clear — in that order. Length is not quality: a short right answer beats a long
wrong one. Press **A** or **B**, or **T** when they are equally good (or equally bad).
`,
  policy: { default: { action: 'review', k: 3, role: 'annotator' }, consensus: { threshold: 0.6 }, blind: true },
  sample: {
    format: 'jsonl',
    content: jsonl(
      pairs.map((data, i) => ({ externalId: `pair-${i + 1}`, data, metadata: { tags: ['model-v2-vs-v1'] } })),
    ),
  },
};
