import { jsonl, type ProjectTemplate } from './template.js';

const actions = [
  { tool: 'issue_refund', arguments: { orderId: 'A-1042', amount: 49.9, currency: 'EUR', reason: 'damaged item' } },
  { tool: 'send_email', arguments: { to: 'customer@example.com', subject: 'Your replacement is on its way' } },
  { tool: 'delete_account', arguments: { userId: 3187, keepInvoices: true } },
  { tool: 'update_shipping_address', arguments: { orderId: 'A-1043', city: 'Porto', postcode: '4000-123' } },
];

/** An agent's risky tool call waits for a person: approve, reject with a reason, or edit. */
export const agentApproval: ProjectTemplate = {
  name: 'agent-approval',
  title: 'Agent action approval',
  description:
    'An AI agent asks before a risky action (refund, email, deletion); a person approves, rejects or edits it.',
  labelSchema: {
    questions: [
      {
        name: 'go_ahead',
        type: 'approval',
        title: 'May the agent do this?',
        field: 'action',
        allowEdit: true,
        requireReason: true,
      },
    ],
  },
  guidelines: `# Approving agent actions

Check the **arguments** before approving: the right order or user, a plausible amount, a sensible
recipient. Reject with a short reason the agent can act on ("amount exceeds the order total"), or
edit the arguments and approve the corrected action. When nobody decides within 5 minutes the
action is rejected.
`,
  policy: {
    default: { action: 'review', k: 1, role: 'reviewer' },
    approval: { timeoutSeconds: 300, defaultOutcome: 'reject' },
  },
  sample: {
    format: 'jsonl',
    content: jsonl(actions.map((action, i) => ({ externalId: `action-${i + 1}`, data: { action } }))),
  },
};
