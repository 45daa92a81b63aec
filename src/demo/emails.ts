import { htmlToText, looksLikeHtml } from './html-text.js';
import { findReadableText, parseMimeEntity } from './mime.js';

/** What an annotator is shown of one email. */
export interface ParsedEmail {
  readonly subject: string;
  readonly from: string;
  readonly body: string;
}

/** Bodies are cut to this many code points: enough to judge a mail, small enough to store and render. */
export const MAX_BODY_CODE_POINTS = 3_000;
/** Subject and From are single lines; spam sometimes stuffs kilobytes into them. */
export const MAX_HEADER_CODE_POINTS = 500;
// Bounds the regex work on hostile input (300 KB mails exist); nothing past it is ever shown.
const MAX_INPUT_CHARS = 200_000;

/**
 * Parses a raw email (headers, blank line, body) into subject, sender and readable body.
 * Never throws: malformed input yields empty fields or the raw text, not an error.
 *
 * The body keeps line breaks (at most one blank line in a row) but collapses runs of spaces,
 * HTML bodies are reduced to text, and control characters are dropped so they cannot upset a UI.
 *
 * @example
 * parseEmail('Subject: Hello\nFrom: Ann <ann@example.com>\n\nHi  there');
 * // { subject: 'Hello', from: 'Ann <ann@example.com>', body: 'Hi there' }
 */
export function parseEmail(raw: string): ParsedEmail {
  const input = typeof raw === 'string' ? raw.slice(0, MAX_INPUT_CHARS) : '';
  try {
    const entity = parseMimeEntity(input);
    const readable = findReadableText(entity);
    const text = readable.isHtml || looksLikeHtml(readable.text) ? htmlToText(readable.text) : readable.text;
    return {
      subject: toSingleLine(entity.headers.get('subject') ?? ''),
      from: toSingleLine(entity.headers.get('from') ?? ''),
      body: toReadableBlock(text),
    };
  } catch {
    // Defence in depth: the parsers above are written not to throw, but one bad mail must never
    // stop a whole demo import.
    return { subject: '', from: '', body: toReadableBlock(input) };
  }
}

function toSingleLine(value: string): string {
  return truncateCodePoints(value.replace(/\s+/g, ' ').trim(), MAX_HEADER_CODE_POINTS).trim();
}

function toReadableBlock(text: string): string {
  const collapsed = text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncateCodePoints(collapsed, MAX_BODY_CODE_POINTS).trimEnd();
}

/**
 * Keeps at most `limit` code points, never splitting a surrogate pair. Drops control characters
 * other than newline and tab, and lone surrogates (they cannot be stored as UTF-8).
 */
export function truncateCodePoints(text: string, limit: number): string {
  let result = '';
  let count = 0;
  for (const character of text) {
    if (count >= limit) break;
    const code = character.codePointAt(0) ?? 0;
    const isControl = (code < 0x20 && character !== '\n' && character !== '\t') || code === 0x7f;
    const isLoneSurrogate = code >= 0xd800 && code <= 0xdfff;
    if (isControl || isLoneSurrogate) continue;
    result += character;
    count += 1;
  }
  return result;
}
