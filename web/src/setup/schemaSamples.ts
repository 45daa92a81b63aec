import type { LabelSchema, Question, QuestionType } from '../api/types';

/** What a new question of each type starts as, and the sample item the preview shows for a schema. */

export const QUESTION_TYPE_NAMES: readonly (readonly [QuestionType, string])[] = [
  ['single_choice', 'Single choice'],
  ['multi_choice', 'Multiple choice'],
  ['rating', 'Rating'],
  ['rubric', 'Rubric'],
  ['spans', 'Text spans'],
  ['pairwise', 'Pairwise (A vs B)'],
  ['ranking', 'Ranking'],
  ['text', 'Free text'],
  ['bbox', 'Bounding boxes'],
  ['approval', 'Agent action approval'],
];

type Common = Pick<Question, 'name' | 'title' | 'description' | 'required'>;

/** A new question of `type` that already passes validation, keeping the common fields. */
export function questionOfType(type: QuestionType, common: Common): Question {
  switch (type) {
    case 'single_choice':
      return {
        ...common,
        type,
        options: [
          { value: 'yes', label: 'Yes', hotkey: '1' },
          { value: 'no', label: 'No', hotkey: '2' },
        ],
      };
    case 'multi_choice':
      return {
        ...common,
        type,
        options: [
          { value: 'spam', label: 'Spam' },
          { value: 'phishing', label: 'Phishing' },
          { value: 'scam', label: 'Scam' },
        ],
      };
    case 'rating':
      return { ...common, type, min: 1, max: 5, labels: { '1': 'Poor', '5': 'Excellent' } };
    case 'rubric':
      return {
        ...common,
        type,
        criteria: [
          { name: 'accuracy', title: 'Accuracy', min: 1, max: 5 },
          { name: 'tone', title: 'Tone', min: 1, max: 5 },
        ],
      };
    case 'spans':
      return { ...common, type, field: 'text', labels: [{ value: 'PERSON' }, { value: 'ORG' }] };
    case 'pairwise':
      return { ...common, type, fields: ['response_a', 'response_b'], allowTie: true };
    case 'ranking':
      return { ...common, type, field: 'candidates' };
    case 'text':
      return { ...common, type, multiline: true };
    case 'bbox':
      return { ...common, type, field: 'image', labels: [{ value: 'car' }, { value: 'person' }] };
    case 'approval':
      return { ...common, type, field: 'action', allowEdit: true, requireReason: true };
  }
}

/** A name not yet used in the schema: verdict, verdict_2, … */
export function freshName(schema: LabelSchema, base: string): string {
  const taken = new Set(schema.questions.map((q) => q.name));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

// A 16:10 street scene drawn in SVG, so the bbox preview needs no network.
const SAMPLE_IMAGE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 320 200"><rect width="320" height="200" fill="#bfdbfe"/><rect y="130" width="320" height="70" fill="#94a3b8"/><rect x="40" y="110" width="110" height="40" rx="8" fill="#ef4444"/><circle cx="70" cy="152" r="12" fill="#1e293b"/><circle cx="125" cy="152" r="12" fill="#1e293b"/><circle cx="230" cy="95" r="12" fill="#f59e0b"/><rect x="222" y="108" width="16" height="40" rx="4" fill="#0f766e"/></svg>',
)}`;

const sampleText = 'Ada Lovelace met Charles Babbage at the Analytical Engine Company in London.';

/** Item data that every question of `schema` can be shown with. */
export function sampleDataFor(schema: LabelSchema): Record<string, unknown> {
  const data: Record<string, unknown> = { text: sampleText };
  for (const q of schema.questions) {
    switch (q.type) {
      case 'spans':
        if (q.field) data[q.field] = sampleText;
        break;
      case 'pairwise':
        if (q.fields?.[0]) data[q.fields[0]] = 'Paris is the capital of France.';
        if (q.fields?.[1]) data[q.fields[1]] = 'The capital of France is Lyon.';
        break;
      case 'ranking':
        if (q.field)
          data[q.field] = ['A concise, correct answer.', 'A long answer with one mistake.', 'An off-topic reply.'];
        break;
      case 'text':
        if (q.field) data[q.field] = 'Teh quick brown fox jumsp over the lazy dog.';
        break;
      case 'bbox':
        if (q.field) data[q.field] = SAMPLE_IMAGE;
        break;
      case 'approval':
        data[q.field || 'action'] = {
          tool: 'send_email',
          arguments: { to: 'customer@example.com', subject: 'Your refund', body: 'We refunded €40.' },
        };
        break;
      default:
        break;
    }
  }
  return data;
}
