/**
 * Crude HTML-to-text for showing HTML mail to annotators. Not a sanitiser: the output is plain
 * text and must still be rendered as text, never as HTML.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
};

// Tags after which a reader expects a new line; everything else becomes a space.
const BLOCK_TAG = /<\/?(?:br|p|div|tr|li|ul|ol|table|h[1-6]|blockquote|center|hr)\b[^>]*>/gi;
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** True when text looks like an HTML document or fragment rather than prose mentioning a tag. */
export function looksLikeHtml(text: string): boolean {
  if (/<(?:!doctype\s+html|html|body)\b/i.test(text)) return true;
  const commonTags = text.match(/<\/?(?:p|br|div|font|table|tr|td|a|b|i|img|center|span)\b[^>]*>/gi);
  return (commonTags?.length ?? 0) >= 3;
}

/**
 * Strips tags, drops scripts, styles, titles and comments, and decodes common entities. Link targets are
 * kept as "text (url)" because where a link really goes is the strongest phishing signal.
 *
 * @example
 * htmlToText('<p>Hi <a href="http://x.test">here</a></p>'); // '\nHi here (http://x.test)\n'
 */
export function htmlToText(html: string): string {
  const withoutInvisible = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|title)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const withLinks = withoutInvisible.replace(ANCHOR, (_match, attributes: string, inner: string) => {
    const href = HREF.exec(attributes);
    const target = href?.[1] ?? href?.[2] ?? href?.[3];
    return target === undefined || target === '' ? ` ${inner} ` : ` ${inner} (${target}) `;
  });
  const withoutTags = withLinks.replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, ' ');
  return decodeHtmlEntities(withoutTags);
}

/** Decodes named entities from a short list, and all numeric ones that name a valid code point. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const isHex = body[1] === 'x' || body[1] === 'X';
      const codePoint = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
      const isValid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
      return isValid ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
