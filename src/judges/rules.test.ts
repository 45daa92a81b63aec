import { describe, expect, it } from 'vitest';
import { detectPii, evaluateRules, ibanValid, luhnValid } from './rules.js';

describe('rule checks', () => {
  it('finds cards only when Luhn holds and IBANs only when mod 97 holds', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('GB83 WEST 1234 5698 7654 32')).toBe(false);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    const found = detectPii('card 4111-1111-1111-1111 not 4111-1111-1111-1112, iban DE89 3704 0044 0532 0130 00', [
      'card',
      'iban',
    ]);
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['card', '4111-1111-1111-1111'],
      ['iban', 'DE89 3704 0044 0532 0130 00'],
    ]);
  });

  it('finds emails and phone numbers, not order numbers or dates', () => {
    const found = detectPii('Mail ada.l@example.co.uk or call (020) 7946 0958 / +1 415-555-0132', ['email', 'phone']);
    expect(found.map((f) => f.kind)).toEqual(['email', 'phone', 'phone']);
    expect(detectPii('Order 12345 shipped on 2026-11-21', ['email', 'phone'])).toEqual([]);
  });

  it('passes only when every check passes; the score is the share passed', () => {
    const verdict = evaluateRules(
      {
        checks: [
          { type: 'regex', pattern: '^Dear', flags: '', expect: 'match' },
          { type: 'contains', value: 'REGARDS', caseSensitive: false },
          { type: 'not_contains', value: 'guarantee', caseSensitive: false },
          { type: 'length', max: 20 },
        ],
      },
      'Dear Ada, we guarantee it. Regards',
    );
    expect(verdict.pass).toBe(false);
    expect(verdict.score).toBe(0.5);
    expect(verdict.reason).toBe('contains "guarantee"; is 34 characters; at most 20');
  });

  it('checks JSON validity and a JSON Schema', () => {
    const schema = { type: 'object', required: ['answer'], properties: { answer: { type: 'string' } } };
    const check = { type: 'json' as const, schema };
    expect(evaluateRules({ checks: [check] }, '{"answer": "yes"}').pass).toBe(true);
    expect(evaluateRules({ checks: [check] }, '{"answer": 3}').reason).toBe(
      'does not fit the JSON Schema: /answer must be string',
    );
    expect(evaluateRules({ checks: [{ type: 'json' }] }, '{oops').reason).toBe('is not valid JSON');
  });
});
