import { jsonl, type ProjectTemplate } from './template.js';

const reviews = [
  'Arrived a day early and works exactly as described. Would buy again.',
  'The strap broke after two weeks. Customer service replaced it quickly, though.',
  'Fine for the price. Nothing special, nothing wrong.',
  'Terrible. The battery lasts an hour and the seller never answered my emails.',
  'Absolutely love it — the colour is even nicer than in the photos!',
  'Not what I ordered: I got the small size and had to send it back.',
];

/** Product reviews scored from very negative to very positive; three people per review. */
export const sentimentRating: ProjectTemplate = {
  name: 'sentiment-rating',
  title: 'Sentiment rating',
  description: 'Rate the sentiment of reviews or messages on a 1–5 scale; three people per text, median taken.',
  labelSchema: {
    questions: [
      {
        name: 'sentiment',
        type: 'rating',
        title: 'How does the writer feel?',
        min: 1,
        max: 5,
        labels: { '1': 'Very negative', '2': 'Negative', '3': 'Neutral', '4': 'Positive', '5': 'Very positive' },
      },
      {
        name: 'sarcasm',
        type: 'single_choice',
        title: 'Is it sarcastic?',
        required: false,
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
      },
    ],
  },
  guidelines: `# Sentiment

Rate how the **writer** feels about the product, from 1 (very negative) to 5 (very positive).
Use 3 when the text is neutral or mixed in equal parts. A complaint that ends well ("broke, but
they replaced it quickly") is usually a 3 or 4. Mark sarcasm only when the literal words say the
opposite of what the writer means.
`,
  policy: {
    default: { action: 'review', k: 3, role: 'annotator' },
    consensus: { threshold: 0.6, ratingAggregate: 'median' },
  },
  sample: {
    format: 'jsonl',
    content: jsonl(reviews.map((text, i) => ({ externalId: `review-${i + 1}`, data: { text } }))),
  },
};
