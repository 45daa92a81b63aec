import { jsonl, type ProjectTemplate } from './template.js';

const cases = [
  {
    question: 'How many days of paid leave do new employees get?',
    context:
      'Employee handbook §4.2: Full-time employees receive 25 days of paid leave per calendar year. In the first year, leave is pro-rated from the start date.',
    answer: 'New employees get 25 days of paid leave a year, pro-rated in their first year from the day they start.',
  },
  {
    question: 'Can I bring my dog to the office?',
    context: 'Office policy: Assistance animals are welcome in all buildings. Pets are not allowed inside.',
    answer: 'Yes, dogs are welcome in all of our buildings.',
  },
  {
    question: 'Who approves travel over 2,000 euros?',
    context:
      'Travel policy: Trips under 2,000 EUR are approved by your manager. Trips over 2,000 EUR also need approval from Finance.',
    answer: 'Your manager approves it.',
  },
];

/** A retrieval-augmented answer scored against its sources on three criteria. */
export const ragRubric: ProjectTemplate = {
  name: 'rag-rubric',
  title: 'RAG answer rubric',
  description: 'Score answers of a retrieval-augmented assistant for faithfulness, relevance and completeness.',
  labelSchema: {
    questions: [
      {
        name: 'scores',
        type: 'rubric',
        title: 'Score the answer',
        criteria: [
          {
            name: 'faithfulness',
            title: 'Faithful to the context',
            description: 'Every claim is supported by the retrieved context',
            min: 1,
            max: 5,
            labels: { '1': 'Contradicts it', '5': 'Fully supported' },
          },
          {
            name: 'relevance',
            title: 'Answers the question',
            min: 1,
            max: 5,
            labels: { '1': 'Off topic', '5': 'Exactly what was asked' },
          },
          {
            name: 'completeness',
            title: 'Complete',
            min: 1,
            max: 5,
            labels: { '1': 'Misses the point', '5': 'Nothing missing' },
          },
        ],
      },
      { name: 'comment', type: 'text', title: 'What is wrong? (optional)', required: false, maxLength: 2000 },
    ],
  },
  guidelines: `# Scoring RAG answers

Judge the **answer** only against the **context** shown — not against what you know.

- **Faithfulness**: a claim that the context does not support lowers this score, even if true.
- **Relevance**: does it answer the question that was asked?
- **Completeness**: does it leave out a condition or exception the context states?

Use the comment to quote the unsupported or missing part.
`,
  policy: {
    default: { action: 'review', k: 2, role: 'reviewer' },
    consensus: { threshold: 0.6, ratingAggregate: 'median' },
  },
  sample: {
    format: 'jsonl',
    content: jsonl(
      cases.map((data, i) => ({ externalId: `rag-${i + 1}`, data, metadata: { tags: ['handbook-bot'] } })),
    ),
  },
};
