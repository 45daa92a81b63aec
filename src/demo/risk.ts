import type { ParsedEmail } from './emails.js';

export type RiskLevel = 'low' | 'medium' | 'high';

// Mentions of money or credentials: what a successful phishing or scam mail would cost someone.
const MONEY_OR_CREDENTIALS = /password|bank|account|wire transfer|credit card|\$\s?\d/i;
const WEB_LINK = /https?:\/\//i;

/**
 * A rough triage level so reviewers can look at the dangerous items first: "high" when the mail
 * talks about money or credentials, "medium" when it links to the web, else "low".
 *
 * @example
 * assessEmailRisk({ subject: 'Verify your account', from: '', body: '' }); // 'high'
 */
export function assessEmailRisk(email: ParsedEmail): RiskLevel {
  const text = `${email.subject}\n${email.body}`;
  if (MONEY_OR_CREDENTIALS.test(text)) return 'high';
  if (WEB_LINK.test(text)) return 'medium';
  return 'low';
}
