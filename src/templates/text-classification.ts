import type { ProjectTemplate } from './template.js';

const rows: [string, string, string, number][] = [
  ['ticket-1', 'I was charged twice for my March invoice, please refund one of them.', 'billing', 0.97],
  ['ticket-2', 'The export button spins forever and never downloads the file.', 'technical', 0.88],
  ['ticket-3', 'How do I change the email address on my account?', 'account', 0.91],
  ['ticket-4', 'Your app crashes when I rotate my phone while uploading.', 'technical', 0.62],
  ['ticket-5', 'Can I get a receipt with our company VAT number on it?', 'billing', 0.74],
  ['ticket-6', 'I would like to close my account and delete my data.', 'account', 0.55],
  ['ticket-7', 'Do you have an office in Lisbon? We would love to visit.', 'other', 0.41],
  ['ticket-8', 'Password reset emails never arrive, I checked the spam folder.', 'account', 0.68],
];

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Support tickets sorted into topics; a CSV sample shows the CSV import. */
export const textClassification: ProjectTemplate = {
  name: 'text-classification',
  title: 'Text classification',
  description: 'Sort short texts (support tickets, reviews, posts) into one of a few categories.',
  labelSchema: {
    questions: [
      {
        name: 'topic',
        type: 'single_choice',
        title: 'What is this ticket about?',
        options: [
          { value: 'billing', label: 'Billing', hotkey: '1' },
          { value: 'technical', label: 'Technical problem', hotkey: '2' },
          { value: 'account', label: 'Account', hotkey: '3' },
          { value: 'other', label: 'Other', hotkey: '4' },
        ],
      },
    ],
  },
  guidelines: `# Ticket topics

Choose the **one** topic the customer most needs help with.

- **Billing**: charges, refunds, invoices, receipts, plans and prices.
- **Technical problem**: something in the product does not work as expected.
- **Account**: signing in, passwords, profile details, closing an account.
- **Other**: anything else (questions about the company, praise, spam).

When a ticket mentions two topics, pick the one the customer asks us to *act* on.
`,
  policy: {
    rules: [{ name: 'confident model', when: { confidence: { gte: 0.9 } }, then: { action: 'auto_accept' } }],
    default: { action: 'review', k: 2, role: 'annotator' },
    auditRate: 0.05,
  },
  sample: {
    format: 'csv',
    content: `external_id,text,prediction,confidence\n${rows
      .map(([id, text, topic, confidence]) => [id, csvField(text), topic, String(confidence)].join(','))
      .join('\n')}\n`,
  },
};
