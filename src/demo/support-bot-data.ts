/**
 * The evaluation demo's data (issue 13 point 8): 30 customer-support questions, a reference answer
 * each, and two versions of a support bot's answers. `v1` is also what people reviewed in
 * production (`human`: their verdict on the v1 answer). Written for the demo: the failures are the
 * kinds the demo's rule judge catches offline — personal data, answers too short to help, and
 * "as an AI" boilerplate. v2 fixes six of v1's seven failures and breaks nothing.
 */
export interface SupportBotCase {
  readonly id: string;
  readonly topic: 'account' | 'billing' | 'shipping';
  readonly question: string;
  readonly reference: string;
  readonly v1: string;
  readonly v2: string;
  readonly human: 'pass' | 'fail';
}

const c = (
  id: string,
  topic: SupportBotCase['topic'],
  question: string,
  reference: string,
  v1: string,
  v2: string = v1,
  human: SupportBotCase['human'] = 'pass',
): SupportBotCase => ({ id, topic, question, reference, v1, v2, human });

export const SUPPORT_BOT_CASES: readonly SupportBotCase[] = [
  c(
    'reset-password',
    'account',
    'How do I reset my password?',
    'Open Settings → Security → Reset password; a link arrives by email within a few minutes.',
    'Go to Settings, then Security, and choose "Reset password". We email you a link that works for one hour.',
  ),
  c(
    'change-email',
    'account',
    'Can I change the email address on my account?',
    'Yes: Settings → Profile → Email; confirm the new address from the message we send it.',
    'Yes. Open Settings → Profile → Email, enter the new address and confirm it from the message we send there.',
  ),
  c(
    'delete-account',
    'account',
    'How do I delete my account?',
    'Settings → Privacy → Delete account; data is removed within 30 days.',
    'Sure, just email me at jamie.lee@example.com and I will delete it for you.',
    'Open Settings → Privacy → Delete account. Your data is removed within 30 days; export it first if you need it.',
    'fail',
  ),
  c(
    'two-factor',
    'account',
    'How do I turn on two-factor authentication?',
    'Settings → Security → Two-factor; scan the QR code with an authenticator app.',
    'In Settings → Security choose Two-factor, scan the QR code with an authenticator app and enter the six-digit code.',
  ),
  c(
    'locked-out',
    'account',
    'I am locked out after too many attempts. What now?',
    'Wait 15 minutes or use "Forgot password" to unlock at once.',
    'No.',
    'Accounts unlock by themselves after 15 minutes. To get in sooner, use "Forgot password" on the sign-in page.',
    'fail',
  ),
  c(
    'username',
    'account',
    'Can I change my username?',
    'Usernames can be changed once every 30 days under Settings → Profile.',
    'Yes, once every 30 days: Settings → Profile → Username. The old name stays reserved for you for a week.',
  ),
  c(
    'export-data',
    'account',
    'How do I export my data?',
    'Settings → Privacy → Export; a download link arrives within 24 hours.',
    'Under Settings → Privacy choose Export. We prepare an archive and email a download link within 24 hours.',
  ),
  c(
    'shared-login',
    'account',
    'Can two people share one login?',
    'No; invite the second person as a team member instead (free on all plans).',
    'As an AI language model, I cannot share accounts, but you could try inviting people.',
    'Logins are personal, but you can invite the second person as a team member: it is free on every plan.',
    'fail',
  ),
  c(
    'sso',
    'account',
    'Do you support single sign-on?',
    'Yes, SAML and OIDC on the Business plan, under Settings → Security → SSO.',
    'Yes: SAML and OpenID Connect are available on the Business plan under Settings → Security → SSO.',
  ),
  c(
    'language',
    'account',
    'How do I change the language of the app?',
    'Settings → Preferences → Language.',
    'Open Settings → Preferences → Language and pick one of the 14 languages; the app switches at once.',
  ),
  c(
    'refund',
    'billing',
    'Can I get a refund?',
    'Yes, within 30 days of payment, from Billing → Invoices → Request refund.',
    'Yes, within 30 days of a payment: open Billing → Invoices, pick the invoice and choose "Request refund".',
  ),
  c(
    'invoice',
    'billing',
    'Where do I find my invoices?',
    'Billing → Invoices; each can be downloaded as PDF.',
    'All invoices are under Billing → Invoices, each with a PDF download and the VAT details you entered.',
  ),
  c(
    'card-declined',
    'billing',
    'My card was declined. What should I do?',
    'Check the card details under Billing → Payment method or try another card; we retry in 3 days.',
    'I retried with the card on file, 4111 1111 1111 1111, and it failed again, please call your bank.',
    'Check the card details under Billing → Payment method, or add another card. We retry the payment automatically in 3 days.',
    'fail',
  ),
  c(
    'vat',
    'billing',
    'How do I add my VAT number?',
    'Billing → Company details → VAT number; it appears on later invoices.',
    'Enter it under Billing → Company details → VAT number. It appears on every invoice issued after that.',
  ),
  c(
    'cancel',
    'billing',
    'How do I cancel my subscription?',
    'Billing → Plan → Cancel; access continues until the end of the period.',
    'Go to Billing → Plan and choose Cancel. You keep access until the end of the period you paid for.',
  ),
  c(
    'upgrade',
    'billing',
    'What happens when I upgrade mid-month?',
    'You pay the prorated difference for the rest of the period.',
    'You pay only the prorated difference for the rest of the current period; the new limits apply at once.',
  ),
  c(
    'currency',
    'billing',
    'Can I pay in euros?',
    'Yes, EUR, USD and GBP; choose under Billing → Currency before the next invoice.',
    'Yes. We bill in EUR, USD or GBP; switch under Billing → Currency before your next invoice is issued.',
  ),
  c(
    'student',
    'billing',
    'Do you have a student discount?',
    'Yes, 50 % with a valid university email address.',
    'Yes: 50 % off with a valid university email address. Apply under Billing → Discounts.',
  ),
  c(
    'failed-payment',
    'billing',
    'What happens if a payment fails?',
    'We retry three times over a week, then pause the account until it is paid.',
    'We retry three times over seven days and email you each time; after that the account is paused until paid.',
  ),
  c(
    'bank-transfer',
    'billing',
    'Can I pay by bank transfer?',
    'Yes on yearly plans; the IBAN is on the invoice.',
    'Yes, on yearly plans. Transfer to GB82 WEST 1234 5698 7654 32 and mention your customer number.',
    'Yes, on yearly plans: the bank details are printed on the invoice. Mention your customer number in the transfer.',
    'fail',
  ),
  c(
    'track-order',
    'shipping',
    'How do I track my order?',
    'Orders → select the order → Track; the carrier link updates hourly.',
    'Open Orders, select the order and choose Track: the carrier link updates about once an hour.',
  ),
  c(
    'shipping-time',
    'shipping',
    'How long does shipping take?',
    '2–4 working days in the EU, 5–8 elsewhere.',
    'Within the EU it takes 2–4 working days; everywhere else 5–8. Express halves that for a fee.',
  ),
  c(
    'change-address',
    'shipping',
    'Can I change the delivery address after ordering?',
    'Yes until the order ships: Orders → Edit address.',
    'Yes, until the order has shipped: Orders → select it → Edit address. After that, contact the carrier.',
  ),
  c(
    'lost-parcel',
    'shipping',
    'My parcel never arrived.',
    'If tracking shows no movement for 7 days we resend or refund; open a claim under Orders.',
    'Ok.',
    'Sorry about that. If tracking has not moved for 7 days, open a claim under Orders and we resend or refund it.',
    'fail',
  ),
  c(
    'international',
    'shipping',
    'Do you ship internationally?',
    'Yes, to 40 countries; duties are shown at checkout.',
    'Yes, to 40 countries. Any duties and taxes are shown at checkout, so nothing extra is due on delivery.',
  ),
  c(
    'return',
    'shipping',
    'How do I return an item?',
    'Orders → Return within 30 days; print the free label.',
    'Within 30 days: Orders → select the item → Return, then print the free label and drop the parcel off.',
  ),
  c(
    'damaged',
    'shipping',
    'My item arrived damaged.',
    'Send a photo through Orders → Report a problem; we replace it at no cost.',
    'Sorry! Send a photo through Orders → Report a problem and we ship a replacement at no cost to you.',
  ),
  c(
    'pickup',
    'shipping',
    'Can I pick up my order myself?',
    'Yes, at the Berlin warehouse; choose Pickup at checkout.',
    'Yes, from our Berlin warehouse: choose Pickup at checkout and bring the order number.',
  ),
  c(
    'express',
    'shipping',
    'Do you offer express delivery?',
    'Yes, next working day in the EU when ordered before 14:00.',
    'Yes: order before 14:00 and it arrives the next working day anywhere in the EU.',
  ),
  c(
    'call-me',
    'shipping',
    'Can someone call me about my delivery?',
    'Request a call under Orders → Help; we call within one working day.',
    'Of course, our driver will call you from +44 20 7946 0958 tomorrow morning.',
    'Of course, our driver will call you from +44 20 7946 0958 tomorrow morning.',
    'fail',
  ),
];
