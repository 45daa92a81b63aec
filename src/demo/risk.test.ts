import { describe, expect, it } from 'vitest';
import { assessEmailRisk } from './risk.js';

const email = (subject: string, body: string) => ({ subject, from: 'someone@example.com', body });

describe('assessEmailRisk', () => {
  it('is high when the mail talks about money or credentials', () => {
    expect(assessEmailRisk(email('Verify your Account', ''))).toBe('high');
    expect(assessEmailRisk(email('hi', 'Send your PASSWORD to http://x.test'))).toBe('high');
    expect(assessEmailRisk(email('hi', 'only $ 25 today'))).toBe('high');
    expect(assessEmailRisk(email('hi', 'please arrange a wire transfer'))).toBe('high');
  });

  it('is medium for a web link and low otherwise', () => {
    expect(assessEmailRisk(email('news', 'read more at https://example.com'))).toBe('medium');
    expect(assessEmailRisk(email('lunch', 'noon at the usual place? $ is on me'))).toBe('low');
  });
});
