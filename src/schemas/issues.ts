/** A problem found in a label schema or an answer, located by a path into the checked value. */
export type Issue = {
  readonly path: readonly (string | number)[];
  readonly message: string;
};

/**
 * One line for logs and CLI output.
 *
 * @example
 * formatIssue({ path: ['questions', 0, 'options', 1, 'value'], message: 'duplicate option value "spam"' });
 * // 'questions.0.options.1.value: duplicate option value "spam"'
 */
export function formatIssue(issue: Issue): string {
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

const MAX_QUOTED_LENGTH = 60;

/** Short English description of a value for "expected …; got …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    // Long item texts would drown the message; the path already says where to look.
    const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** "1 option", "2 options": counts in messages read as English. */
export function countOf(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** `"a", "b", "c"` — the list after "expected one of". */
export function quoteList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}
