import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';

/**
 * Where webhooks may be sent (issue 8, server-side request forgery). A target URL is refused when
 * any address it resolves to is loopback, private (RFC 1918, fc00::/7), link-local (169.254/16
 * with the cloud metadata address, fe80::/10), unspecified, CGNAT, multicast, reserved or for
 * documentation, including IPv4 written as one number (`2130706433`) or in hex (`0x7f.1`) — the
 * URL parser turns those into dotted form — and IPv4 inside IPv6 (mapped, compatible, NAT64,
 * 6to4). `TANDEM_WEBHOOK_ALLOW_HOSTS` lists host names, addresses and CIDRs allowed anyway.
 * Checked when a webhook is created and again at every delivery, which connects only to the
 * addresses it checked (a DNS answer that changes in between cannot redirect it) and never
 * follows redirects.
 */

/** Longest webhook URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2_048;

const BLOCKED_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'shared carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'reserved for protocol assignments'],
  ['192.0.2.0', 24, 'reserved for documentation'],
  ['192.88.99.0', 24, 'reserved (6to4 relay)'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'reserved for benchmarking'],
  ['198.51.100.0', 24, 'reserved for documentation'],
  ['203.0.113.0', 24, 'reserved for documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];

const BLOCKED_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['100::', 64, 'discard-only'],
  ['2001::', 32, 'Teredo tunnelling'],
  ['2001:db8::', 32, 'reserved for documentation'],
  ['fc00::', 7, 'private (unique local)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
];

/** Each refused range as a one-range BlockList, so a refusal can say which kind it hit. */
const BLOCKED = [
  ...BLOCKED_V4.map(([start, prefix, name]) => ({ type: 'ipv4' as const, name, list: subnet(start, prefix, 'ipv4') })),
  ...BLOCKED_V6.map(([start, prefix, name]) => ({ type: 'ipv6' as const, name, list: subnet(start, prefix, 'ipv6') })),
];

function subnet(start: string, prefix: number, type: 'ipv4' | 'ipv6'): net.BlockList {
  const list = new net.BlockList();
  list.addSubnet(start, prefix, type);
  return list;
}

/** The allow-list: host names (exact, case-insensitive) and address ranges. */
interface AllowList {
  readonly hosts: ReadonlySet<string>;
  readonly ranges: net.BlockList;
  readonly empty: boolean;
}

let allowList: AllowList = buildAllowList([]);

/** Why an allow-list entry is unusable, or undefined when it is fine (config.ts checks each). */
export function allowEntryProblem(entry: string): string | undefined {
  const [address, prefix, extra] = entry.split('/');
  if (extra !== undefined || address === undefined) return 'use a host name, an address or a CIDR';
  const family = net.isIP(address);
  if (prefix !== undefined) {
    const bits = Number(prefix);
    if (family === 0 || !/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)) return 'not a valid CIDR';
    return undefined;
  }
  if (family !== 0) return undefined;
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(entry)
    ? undefined
    : 'not a host name, an address or a CIDR';
}

function buildAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const ranges = new net.BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = net.isIP(address);
    if (family === 0) hosts.add(entry.toLowerCase().replace(/\.$/, ''));
    else if (prefix !== undefined) ranges.addSubnet(address, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
    else ranges.addAddress(address, family === 4 ? 'ipv4' : 'ipv6');
  }
  return { hosts, ranges, empty: entries.length === 0 };
}

/** Sets the allow-list (from TANDEM_WEBHOOK_ALLOW_HOSTS at start-up; tests set their own). */
export function allowWebhookTargets(entries: readonly string[]): void {
  for (const entry of entries) {
    const problem = allowEntryProblem(entry);
    if (problem) throw new Error(`TANDEM_WEBHOOK_ALLOW_HOSTS: "${entry}": ${problem}`);
  }
  allowList = buildAllowList(entries);
}

export type TargetCheck =
  | { readonly ok: true; readonly url: URL; readonly addresses: readonly { address: string; family: 4 | 6 }[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Whether a webhook may be sent to `url` now: its length, scheme, and every address its host
 * resolves to. The addresses returned are the ones a delivery may connect to.
 */
export async function checkWebhookTarget(url: string): Promise<TargetCheck> {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) {
    return { ok: false, reason: `is ${url.length} characters long; at most ${MAX_WEBHOOK_URL_LENGTH}` };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'is not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: 'must be an http:// or https:// URL' };
  }
  // The URL parser has already turned 2130706433 and 0x7f.1 into 127.0.0.1; IPv6 comes in [].
  const host = parsed.hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  const hostAllowed = allowList.hosts.has(host);
  let addresses: { address: string; family: 4 | 6 }[];
  const literal = net.isIP(host);
  if (literal !== 0) {
    addresses = [{ address: host, family: literal as 4 | 6 }];
  } else {
    try {
      addresses = (await dns.lookup(host, { all: true, verbatim: true })).map((entry) => ({
        address: entry.address,
        family: entry.family as 4 | 6,
      }));
    } catch {
      return { ok: false, reason: `its host "${host}" does not resolve` };
    }
    if (addresses.length === 0) return { ok: false, reason: `its host "${host}" does not resolve` };
  }
  if (!hostAllowed) {
    for (const { address, family } of addresses) {
      const why = refusedRange(address, family);
      if (why) {
        const shown = address === host ? address : `${host} (${address})`;
        return {
          ok: false,
          reason: `points at ${shown}, a ${why} address; list it in TANDEM_WEBHOOK_ALLOW_HOSTS to allow it`,
        };
      }
    }
  }
  return { ok: true, url: parsed, addresses };
}

/** The kind of refused range `address` is in, or undefined when it may be used. */
export function refusedRange(address: string, family: 4 | 6): string | undefined {
  if (isAllowedAddress(address, family)) return undefined;
  if (family === 4) return rangeName(address, 'ipv4');
  const embedded = embeddedIPv4(address);
  if (embedded) {
    if (isAllowedAddress(embedded, 4)) return undefined;
    const inner = rangeName(embedded, 'ipv4');
    if (inner) return `${inner} (IPv4 ${embedded} inside IPv6)`;
  }
  return rangeName(address, 'ipv6');
}

function isAllowedAddress(address: string, family: 4 | 6): boolean {
  return !allowList.empty && allowList.ranges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function rangeName(address: string, type: 'ipv4' | 'ipv6'): string | undefined {
  return BLOCKED.find((range) => range.type === type && range.list.check(address, type))?.name;
}

/** IPv4 carried inside an IPv6 address: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64, 6to4. */
export function embeddedIPv4(address: string): string | undefined {
  const groups = ipv6Groups(address);
  if (!groups) return undefined;
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return v4(groups[6] as number, groups[7] as number);
  if (zero(0, 6) && ((groups[6] as number) !== 0 || (groups[7] as number) > 1)) {
    return v4(groups[6] as number, groups[7] as number);
  }
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return v4(groups[6] as number, groups[7] as number);
  if (groups[0] === 0x2002) return v4(groups[1] as number, groups[2] as number);
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (with or without a dotted IPv4 tail). */
function ipv6Groups(address: string): number[] | undefined {
  if (net.isIPv6(address) === false) return undefined;
  let text = address.toLowerCase().split('%')[0] as string;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined && missing !== 0) return undefined;
  const groups = [...left, ...Array(Math.max(0, missing)).fill('0'), ...right].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** Refused before connecting: the delivery records the reason and retries later (DNS may change). */
export class WebhookTargetRefused extends Error {}

/**
 * POSTs a webhook after checking its target, connecting only to the checked addresses and never
 * following a redirect (a 3xx is a failed delivery). Resolves with the response status.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs = 10_000,
): Promise<number> {
  return (await postChecked(url, headers, body, { timeoutMs, readBody: false })).status;
}

export interface CheckedReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The body as text (webhook judges read their verdict here); empty unless asked for. */
  readonly body: string;
}

/**
 * A `lookup` for http(s).request that answers only with addresses `checkWebhookTarget` accepted,
 * so a DNS answer that changes after the check cannot send the connection elsewhere.
 */
export function pinnedLookup(addresses: readonly { address: string; family: 4 | 6 }[]): LookupFunction {
  return (_hostname, lookupOptions, callback) => {
    const family = typeof lookupOptions === 'object' ? lookupOptions.family : undefined;
    const usable = addresses.filter((a) => !family || a.family === family);
    const first = usable[0] ?? addresses[0];
    if (!first) return callback(new Error('no checked address'), '', 0);
    if (typeof lookupOptions === 'object' && lookupOptions.all) {
      (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(null, usable);
      return;
    }
    callback(null, first.address, first.family);
  };
}

/**
 * POST (or GET) to a checked target (the rules of `postWebhook`) and read the reply, at most
 * `maxBytes` of body. Used by webhook judges (src/judges), which read a verdict from the answer,
 * and ML backends (src/model/backend).
 */
export async function postChecked(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; readBody: boolean; maxBytes?: number; signal?: AbortSignal; method?: 'GET' | 'POST' },
): Promise<CheckedReply> {
  const target = await checkWebhookTarget(url);
  if (!target.ok) throw new WebhookTargetRefused(`target refused: the URL ${target.reason}`);
  const pinned = pinnedLookup(target.addresses);
  const client = target.url.protocol === 'https:' ? https : http;
  const maxBytes = options.maxBytes ?? 1_000_000;
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  return await new Promise<CheckedReply>((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: options.method ?? 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned,
        agent: false,
        signal: AbortSignal.any(signals),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (!options.readBody) {
          response.resume();
          resolve({ status, headers: response.headers, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            request.destroy(new Error(`the reply is larger than ${maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
