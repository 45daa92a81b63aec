/** A small HTTP client for the CLI: every non-2xx answer becomes a CliError with the server's message. */

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export interface ApiClient {
  readonly baseUrl: string;
  request(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export function createClient(baseUrl: string, token?: string): ApiClient {
  const root = baseUrl.replace(/\/+$/, '');
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const request: ApiClient['request'] = async (method, path, init = {}) => {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, {
        method,
        headers: { ...auth, ...(init.headers ?? {}) },
        body: init.body as RequestInit['body'],
        ...(init.body && typeof (init.body as { pipe?: unknown }).pipe === 'function' ? { duplex: 'half' } : {}),
      } as RequestInit);
    } catch (error) {
      throw new CliError(
        `Cannot reach Tandem at ${root} (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}). Is it running? Start it with "npm start", or pass --url.`,
      );
    }
    if (!response.ok) throw await toCliError(response);
    return response;
  };
  return {
    baseUrl: root,
    request,
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await request(method, path, {
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
  };
}

async function toCliError(response: Response): Promise<CliError> {
  const text = await response.text();
  try {
    const { error } = JSON.parse(text) as {
      error: { code: string; message: string; details?: { path: string; message: string }[] };
    };
    const details = (error.details ?? []).map((d) => `\n  ${d.path || '(body)'}: ${d.message}`).join('');
    return new CliError(`${error.code}: ${error.message}${details}`);
  } catch {
    return new CliError(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
}
