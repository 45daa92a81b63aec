/**
 * Just enough MIME to show a human the readable text of a 2002-era email: header unfolding,
 * multipart splitting and the two transfer encodings. Anything unexpected degrades to "less text",
 * never to an exception, because the input is spam written to confuse parsers.
 */

/** One message or one MIME part: its headers (lower-cased names, first occurrence wins) and body. */
export interface MimeEntity {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/** Readable text found in an entity, and whether it still needs HTML stripping. */
export interface ReadableText {
  readonly text: string;
  readonly isHtml: boolean;
}

// RFC 5322 field names: printable ASCII except the colon.
const HEADER_FIELD = /^([!-9;-~]+):(.*)$/;
const CONTINUATION_LINE = /^[ \t]/;
// Real mail nests two or three levels; anything deeper is an attempt to make us recurse.
const MAX_MULTIPART_DEPTH = 5;

/** Splits raw text into headers and body. Tolerates an mbox "From " line, CRLF and a missing blank line. */
export function parseMimeEntity(raw: string): MimeEntity {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const headers = new Map<string, string>();
  // The field being read, or undefined before the first one; `keep` is false for repeats
  // (Received: appears a dozen times) whose folded lines must be skipped, not end the headers.
  let current: { readonly name: string; readonly keep: boolean } | undefined;
  let index = lines[0]?.startsWith('From ') ? 1 : 0;

  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      index += 1;
      break;
    }
    if (CONTINUATION_LINE.test(line) && current !== undefined) {
      // Unfolding: a folded line continues the previous field.
      if (current.keep) headers.set(current.name, `${headers.get(current.name) ?? ''} ${line.trim()}`);
      continue;
    }
    const field = HEADER_FIELD.exec(line);
    if (field === null) {
      // Not a header and no blank line before it: the body starts here.
      break;
    }
    const name = (field[1] ?? '').toLowerCase();
    current = { name, keep: !headers.has(name) };
    if (current.keep) headers.set(name, (field[2] ?? '').trim());
  }

  return { headers, body: lines.slice(index).join('\n') };
}

/** Finds the text a human should read: text/plain preferred over text/html, attachments skipped. */
export function findReadableText(entity: MimeEntity): ReadableText {
  // Spam often ships an empty text/plain part beside the HTML one that holds the message.
  const leaves = collectTextLeaves(entity, 0).filter((leaf) => leaf.text.trim() !== '');
  return leaves.find((leaf) => !leaf.isHtml) ?? leaves[0] ?? { text: '', isHtml: false };
}

function collectTextLeaves(entity: MimeEntity, depth: number): ReadableText[] {
  const contentType = entity.headers.get('content-type') ?? '';
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const boundary = headerParameter(contentType, 'boundary');

  if (mediaType.startsWith('multipart/') && boundary !== undefined && depth < MAX_MULTIPART_DEPTH) {
    const parts = splitMultipartBody(entity.body, boundary);
    if (parts.length > 0) {
      return parts.flatMap((part) => collectTextLeaves(parseMimeEntity(part), depth + 1));
    }
    // A multipart whose boundary never appears: show what is there rather than nothing.
  }

  const disposition = (entity.headers.get('content-disposition') ?? '').toLowerCase();
  const isText = mediaType === '' || mediaType.startsWith('text/') || mediaType.startsWith('multipart/');
  if (!isText || disposition.startsWith('attachment')) return [];

  const text = decodeTransferEncoding(
    entity.body,
    entity.headers.get('content-transfer-encoding') ?? '',
    headerParameter(contentType, 'charset'),
  );
  return [{ text, isHtml: mediaType === 'text/html' }];
}

/** Reads a parameter such as `boundary` or `charset` from a structured header value. */
export function headerParameter(headerValue: string, name: string): string | undefined {
  const pattern = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const match = pattern.exec(headerValue);
  return match?.[1] ?? match?.[2];
}

function splitMultipartBody(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) break;
    if (trimmed === delimiter) {
      if (current !== undefined) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    // Lines before the first delimiter are the preamble ("This is a MIME message…"): skipped.
    current?.push(line);
  }
  if (current !== undefined) parts.push(current.join('\n'));
  return parts;
}

/**
 * Undoes quoted-printable and base64. The corpus text is already a JS string, so bytes that
 * these encodings hide are decoded with the declared charset when Node knows it, else Latin-1.
 */
function decodeTransferEncoding(body: string, encoding: string, charset: string | undefined): string {
  const normalizedEncoding = encoding.trim().toLowerCase();
  if (normalizedEncoding === 'quoted-printable') {
    const binary = body
      .replace(/=[ \t]*\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    // Characters above 0xFF mean the text was never byte-encoded; leave it alone.
    return /[\u0100-\u{10ffff}]/u.test(binary) ? binary : decodeBytes(Buffer.from(binary, 'latin1'), charset);
  }
  if (normalizedEncoding === 'base64') {
    return decodeBytes(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'), charset);
  }
  return body;
}

function decodeBytes(bytes: Buffer, charset: string | undefined): string {
  try {
    // Without a declared charset, accept UTF-8 only if it is valid: most mail of the time is Latin-1.
    return new TextDecoder(charset ?? 'utf-8', { fatal: charset === undefined }).decode(bytes);
  } catch {
    // Invalid UTF-8, or a charset label Node does not know (spam invents them).
    return bytes.toString('latin1');
  }
}
