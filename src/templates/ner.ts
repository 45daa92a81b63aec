import { jsonl, type ProjectTemplate, spanOf } from './template.js';

const sentences: { text: string; entities: [string, string][] }[] = [
  {
    text: 'Grace Hopper joined the Eckert–Mauchly Computer Corporation in Philadelphia in 1949.',
    entities: [
      ['Grace Hopper', 'PERSON'],
      ['Eckert–Mauchly Computer Corporation', 'ORG'],
      ['Philadelphia', 'LOCATION'],
      ['1949', 'DATE'],
    ],
  },
  {
    text: 'On 3 May the Lisbon office of Northwind opened with Maria Santos as its first manager.',
    entities: [
      ['3 May', 'DATE'],
      ['Lisbon', 'LOCATION'],
      ['Northwind', 'ORG'],
    ],
  },
  { text: 'Kenji Watanabe flew from Osaka to Nairobi on Tuesday 🛫 to meet the Acme team.', entities: [] },
  {
    text: 'The Red Cross opened a field hospital near Tripoli after the floods of September 2023.',
    entities: [
      ['Red Cross', 'ORG'],
      ['Tripoli', 'LOCATION'],
    ],
  },
  { text: 'Ada Lovelace wrote her notes on the Analytical Engine in London.', entities: [['London', 'LOCATION']] },
];

/** Names of people, organisations, places and dates marked in running text. */
export const ner: ProjectTemplate = {
  name: 'ner',
  title: 'Named entities (NER)',
  description: 'Mark people, organisations, places and dates in text as spans; the model’s spans are pre-filled.',
  labelSchema: {
    questions: [
      {
        name: 'entities',
        type: 'spans',
        title: 'Mark every named entity',
        field: 'text',
        labels: [
          { value: 'PERSON', label: 'Person', hotkey: 'p' },
          { value: 'ORG', label: 'Organisation', hotkey: 'o' },
          { value: 'LOCATION', label: 'Location', hotkey: 'l' },
          { value: 'DATE', label: 'Date', hotkey: 'd' },
        ],
        allowOverlap: false,
      },
    ],
  },
  guidelines: `# Named entities

Select each name and press its label key: **P** person, **O** organisation, **L** location,
**D** date. The model's guesses are already marked; fix wrong ones and add the missing ones.

- Mark the whole name (\`Grace Hopper\`, not \`Grace\`), without titles (\`Dr.\`) or trailing punctuation.
- Dates include days, months and years (\`3 May\`, \`September 2023\`), not times of day.
- A text with no entities is fine: submit it empty.
`,
  policy: { default: { action: 'review', k: 2, role: 'annotator' }, consensus: { threshold: 0.7 } },
  sample: {
    format: 'jsonl',
    content: jsonl(
      sentences.map((s, i) => ({
        externalId: `sentence-${i + 1}`,
        data: { text: s.text },
        ...(s.entities.length > 0
          ? {
              prediction: { entities: s.entities.map(([part, label]) => spanOf(s.text, part, label)) },
              confidence: 0.6,
            }
          : {}),
      })),
    ),
  },
};
