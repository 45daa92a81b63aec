/** Small, readable fixtures shared by tests. */
export const spamSchema = {
  questions: [
    {
      name: 'verdict',
      type: 'single_choice',
      options: [
        { value: 'spam', label: 'Spam', hotkey: '1' },
        { value: 'ham', label: 'Not spam', hotkey: '2' },
      ],
    },
    {
      name: 'entities',
      type: 'spans',
      field: 'text',
      labels: [{ value: 'PERSON' }, { value: 'ORG' }],
      required: false,
    },
  ],
} as const;

export const spamProject = {
  name: 'Spam triage',
  slug: 'spam',
  guidelines: '# Spam\nMark unsolicited bulk mail as spam.',
  labelSchema: spamSchema,
};

export function spamItem(index: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    externalId: `mail-${index}`,
    data: { text: `Hello Ada, message number ${index} from Acme` },
    prediction: { verdict: index % 2 === 0 ? 'spam' : 'ham' },
    confidence: (index % 100) / 100,
    metadata: { tags: [index % 3 === 0 ? 'hard' : 'easy'], risk: 'low', source: 'fixture' },
    ...overrides,
  };
}
