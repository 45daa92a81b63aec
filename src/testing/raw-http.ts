import net from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** Whether the whole request body was written before the connection ended. */
  readonly sentAll: boolean;
  /** A socket error the client saw (EPIPE, ECONNRESET), if any. */
  readonly error: string | undefined;
}

/**
 * POSTs like the simplest client does: the whole body first, and only then reads the answer,
 * over a plain socket (not `inject()`), so tests see what the network does to an early answer.
 * `body` chunks are written one after another, respecting backpressure.
 */
export async function postWholeBodyThenRead(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  body: Iterable<Buffer>,
  timeoutMs = 20_000,
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const socket = net.connect(Number(url.port), url.hostname);
  const received: Buffer[] = [];
  let error: string | undefined;
  socket.on('error', (cause) => {
    error = cause.message;
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const head = [
    `POST ${path} HTTP/1.1`,
    `host: ${url.host}`,
    'transfer-encoding: chunked',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  socket.write(head);
  let sentAll = true;
  for (const chunk of body) {
    if (socket.destroyed) {
      sentAll = false;
      break;
    }
    const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    if (!socket.write(framed)) {
      await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), closed]);
    }
  }
  if (!socket.destroyed) socket.write('0\r\n\r\n');
  else sentAll = false;
  // Only now read the answer.
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const parsed = parseResponse(Buffer.concat(received));
    if (parsed) {
      socket.destroy();
      return { ...parsed, sentAll, error };
    }
    if (socket.destroyed || Date.now() > deadline) {
      socket.destroy();
      return {
        status: 0,
        headers: {},
        body: Buffer.concat(received).toString(),
        sentAll,
        error: error ?? 'no response',
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A complete response (content-length or chunked), or undefined while more is to come. */
function parseResponse(bytes: Buffer): Omit<RawResponse, 'sentAll' | 'error'> | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const lines = bytes.subarray(0, end).toString().split('\r\n');
  const status = Number(lines[0]?.split(' ')[1]);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(end + 4);
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    return rest.length >= length ? { status, headers, body: rest.subarray(0, length).toString() } : undefined;
  }
  if (headers['transfer-encoding'] === 'chunked') {
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', at);
      if (lineEnd === -1) return undefined;
      const size = Number.parseInt(rest.subarray(at, lineEnd).toString(), 16);
      if (size === 0) return { status, headers, body: Buffer.concat(parts).toString() };
      if (rest.length < lineEnd + 2 + size + 2) return undefined;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  return { status, headers, body: rest.toString() };
}
