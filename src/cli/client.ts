import { createTandemClient, type TandemApiError, type TandemClient } from '@tandem/sdk';

/**
 * The CLI's API client is the SDK's (`@tandem/sdk`, issue 15): typed calls, retries on idempotent
 * requests, errors carrying the server's code. This file only says how those errors read in a
 * terminal.
 */

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export type ApiClient = TandemClient;

export function createClient(baseUrl: string, token?: string): ApiClient {
  const root = baseUrl.replace(/\/+$/, '');
  return createTandemClient({
    baseUrl: root,
    ...(token ? { token } : {}),
    networkErrorMessage: (cause) =>
      `Cannot reach Tandem at ${root} (${(cause as Error & { cause?: Error }).cause?.message ?? (cause as Error).message}). Is it running? Start it with "npm start", or pass --url.`,
  });
}

/** One line for the terminal: the code and message, then each refused field on its own line. */
export function describeApiError(error: TandemApiError): string {
  if (error.code === 'NETWORK') return error.message;
  if (!error.structured) return `HTTP ${error.status}: ${error.message.slice(0, 500)}`;
  const details = error.details.map((d) => `\n  ${d.path || '(body)'}: ${d.message}`).join('');
  return `${error.code}: ${error.message}${details}`;
}

/**
 * The success body of a typed call (`client.GET('/api/…', …)`). The client throws on every
 * non-2xx answer, so when this resolves the body is there.
 */
export async function got<R extends { data?: unknown }>(call: Promise<R>): Promise<NonNullable<R['data']>> {
  return (await call).data as NonNullable<R['data']>;
}
