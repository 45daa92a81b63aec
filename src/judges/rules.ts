import { Ajv, type ValidateFunction } from 'ajv';
import type { FieldIssue } from '../errors.js';
import type { RuleCheck, RuleJudgeConfig } from './contracts.js';

/** Rule judges (issue 13 point 1): pure checks over one text field; no storage, no network. */

export interface CheckResult {
  readonly type: RuleCheck['type'];
  readonly pass: boolean;
  /** Why it failed, for people reading the verdict. */
  readonly detail: string | null;
}

export interface RuleVerdict {
  readonly pass: boolean;
  /** Share of checks passed. */
  readonly score: number;
  readonly checks: readonly CheckResult[];
  readonly reason: string | null;
}

const ajv = new Ajv({ allErrors: false, strict: false });
// Compiled schemas by their JSON text: a judge version never changes, so neither does its schema.
const compiled = new Map<string, ValidateFunction>();

function schemaValidator(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, validate);
  }
  return validate;
}

/** Problems a rule config has that zod cannot see: regexes that do not compile, bad JSON Schemas. */
export function ruleConfigProblems(config: RuleJudgeConfig, path = 'config'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  config.checks.forEach((check, index) => {
    const at = `${path}.checks.${index}`;
    if (check.type === 'regex') {
      try {
        new RegExp(check.pattern, check.flags);
      } catch (error) {
        issues.push({
          path: `${at}.pattern`,
          message: `is not a valid regular expression: ${(error as Error).message}`,
        });
      }
    }
    if (check.type === 'json' && check.schema) {
      try {
        schemaValidator(check.schema);
      } catch (error) {
        issues.push({ path: `${at}.schema`, message: `is not a valid JSON Schema: ${(error as Error).message}` });
      }
    }
    if (check.type === 'length' && check.min !== undefined && check.max !== undefined && check.min > check.max) {
      issues.push({ path: `${at}.min`, message: `must be at most max (${check.max})` });
    }
  });
  return issues;
}

/** The text a rule judge reads: the field as a string (other JSON values as their JSON text). */
export function fieldText(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Runs every check on the text; the verdict passes when all pass.
 *
 * @example
 * evaluateRules({ checks: [{ type: 'pii', detect: ['email'] }] } as RuleJudgeConfig, 'mail me: a@b.io').pass // false
 */
export function evaluateRules(config: Pick<RuleJudgeConfig, 'checks'>, text: string): RuleVerdict {
  const checks = config.checks.map((check) => runCheck(check, text));
  const passed = checks.filter((c) => c.pass).length;
  const failed = checks.filter((c) => !c.pass);
  return {
    pass: failed.length === 0,
    score: checks.length === 0 ? 1 : passed / checks.length,
    checks,
    reason: failed.length === 0 ? null : failed.map((c) => c.detail).join('; '),
  };
}

function runCheck(check: RuleCheck, text: string): CheckResult {
  const result = (pass: boolean, detail: string) => ({ type: check.type, pass, detail: pass ? null : detail });
  switch (check.type) {
    case 'regex': {
      const matched = new RegExp(check.pattern, check.flags).test(text);
      return check.expect === 'match'
        ? result(matched, `does not match /${check.pattern}/`)
        : result(!matched, `matches /${check.pattern}/`);
    }
    case 'contains':
    case 'not_contains': {
      const found = check.caseSensitive
        ? text.includes(check.value)
        : text.toLowerCase().includes(check.value.toLowerCase());
      return check.type === 'contains'
        ? result(found, `does not contain "${check.value}"`)
        : result(!found, `contains "${check.value}"`);
    }
    case 'length': {
      const length = [...text].length;
      if (check.min !== undefined && length < check.min)
        return result(false, `is ${length} characters; at least ${check.min}`);
      if (check.max !== undefined && length > check.max)
        return result(false, `is ${length} characters; at most ${check.max}`);
      return result(true, '');
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return result(false, 'is not valid JSON');
      }
      if (!check.schema) return result(true, '');
      const validate = schemaValidator(check.schema);
      if (validate(value)) return result(true, '');
      const first = validate.errors?.[0];
      return result(
        false,
        `does not fit the JSON Schema: ${first?.instancePath || '(root)'} ${first?.message ?? ''}`.trim(),
      );
    }
    case 'pii': {
      const found = detectPii(text, check.detect);
      return result(found.length === 0, `holds personal data: ${found.map((f) => f.kind).join(', ')}`);
    }
  }
}

export interface PiiFinding {
  readonly kind: typeof import('./contracts.js').PII_KINDS[number];
  readonly text: string;
  readonly start: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Card candidates: 13–19 digits, optionally grouped by spaces or dashes.
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
// IBAN: country code, 2 check digits, 11–30 letters/digits, optionally in groups of four.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// Phone: an optional +country code, then 7–15 digits with spaces, dots, dashes or brackets.
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}/g;

/** PII in a text: emails, phone numbers, card numbers passing Luhn, IBANs passing mod 97. */
export function detectPii(text: string, kinds: readonly PiiFinding['kind'][]): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const taken: [number, number][] = [];
  const add = (kind: PiiFinding['kind'], match: RegExpMatchArray) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    findings.push({ kind, text: match[0], start });
  };
  if (kinds.includes('email')) for (const m of text.matchAll(EMAIL)) add('email', m);
  if (kinds.includes('iban')) for (const m of text.matchAll(IBAN)) if (ibanValid(m[0])) add('iban', m);
  if (kinds.includes('card'))
    for (const m of text.matchAll(CARD)) if (luhnValid(m[0].replace(/\D/g, ''))) add('card', m);
  if (kinds.includes('phone')) {
    for (const m of text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '').length;
      // Dates (2026-11-21, 21.11.2026) have the shape of a short number; they are not phones.
      const date = /^\d{4}[-./]\d{2}[-./]\d{2}$|^\d{2}[-./]\d{2}[-./]\d{4}$/.test(m[0].trim());
      if (digits >= 7 && digits <= 15 && !date) add('phone', m);
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The Luhn checksum of a digit string (card numbers). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to 10–35, the number mod 97 is 1. */
export function ibanValid(candidate: string): boolean {
  const iban = candidate.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
