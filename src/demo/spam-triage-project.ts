import type { LabelSchemaInput } from '../schemas/index.js';

/**
 * The demo project's definition: what annotators read and answer. Kept apart from the sampling
 * code because it is copy, reviewed by people who never read the sampling.
 */

export interface DemoProjectDefinition {
  readonly name: string;
  readonly slug: string;
  readonly description: string;
  /** Markdown shown beside every item. */
  readonly guidelines: string;
  readonly labelSchema: LabelSchemaInput;
}

const SPAM_TRIAGE_GUIDELINES = `# Spam triage

Decide whether each email is **spam** or **not spam** from the point of view of the person who received it.

## Spam
- **Unsolicited bulk or commercial mail**: offers, "you have been selected", mortgage, pills, casino, SEO, mailing-list sellers — sent to many people who never asked for it.
- **Phishing**: asks you to "verify", "confirm" or "update" a password, bank or card details, or links to a look-alike domain (the real address of each link is shown in parentheses after its text).
- **Scams and fraud**: advance-fee ("Nigerian") letters, lottery wins, work-from-home schemes, fake invoices.
- **Malware carriers**: unexpected attachments (.exe, .scr, .zip, Office files with macros) or "open the attached document" with no context.

## Not spam
- Personal and work mail, replies in an existing thread, mailing-list discussion.
- **Newsletters and promotions the recipient signed up for**, even if they are pure advertising. A working unsubscribe link, a familiar sender and a list footer are good signs.
- Automated mail the recipient triggered: receipts, shipping notices, password resets they asked for, bug-tracker and commit notifications.

## When you are unsure
- Judge the sender and the intent, not the topic: a friend forwarding a joke about viagra is not spam; a polite, well-formatted offer from a stranger is.
- Look at where the links really go and who the mail is addressed to (a blank or undisclosed "To" suggests bulk mail).
- Bad grammar, shouting in capitals and many exclamation marks are hints, not proof.
- If you still cannot decide after about 30 seconds, pick the more likely answer rather than skipping: uncertain items are the ones that teach the model the most.

## "What gave it away?"
Only for spam: tick every signal that applies. Use **Other** for anything not listed. Leave it empty for mail that is not spam.
`;

/** The demo project as shown in Tandem, without its items. */
export const SPAM_TRIAGE_PROJECT: DemoProjectDefinition = {
  name: 'Spam triage (demo)',
  slug: 'spam-triage',
  description:
    'Label emails from the public SpamAssassin corpus as spam or not spam, checking the suggestions of a deliberately weak baseline model.',
  guidelines: SPAM_TRIAGE_GUIDELINES,
  labelSchema: {
    questions: [
      {
        name: 'verdict',
        type: 'single_choice',
        title: 'Is this email spam?',
        required: true,
        options: [
          { value: 'spam', label: 'Spam', hotkey: '1' },
          { value: 'ham', label: 'Not spam', hotkey: '2' },
        ],
      },
      {
        name: 'signals',
        type: 'multi_choice',
        title: 'What gave it away?',
        required: false,
        options: [
          { value: 'phishing', label: 'Phishing', hotkey: 'q' },
          { value: 'advertising', label: 'Advertising', hotkey: 'w' },
          { value: 'scam', label: 'Scam / fraud', hotkey: 'e' },
          { value: 'malware', label: 'Malware / attachment', hotkey: 'r' },
          { value: 'adult', label: 'Adult content', hotkey: 't' },
          { value: 'other', label: 'Other', hotkey: 'y' },
        ],
      },
    ],
  },
};
