import type { DestinationStream } from 'pino';
import { type Logger, pino } from 'pino';

/** Query parameter names (after decoding) whose values never reach the logs. */
const SECRET_NAME = /token|ticket|secret|session|password|key|auth/i;

/**
 * The URL as logged: every query parameter whose decoded name looks like a credential is
 * replaced by [redacted], whatever encoding the client used (`access%5Ftoken=` included).
 */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const parts = url
    .slice(start + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const rawName = eq < 0 ? part : part.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replaceAll('+', ' '));
      } catch {
        // An undecodable name is logged as sent, but its value is not.
        return `${rawName}=[redacted]`;
      }
      return SECRET_NAME.test(name) && eq >= 0 ? `${rawName}=[redacted]` : part;
    });
  return `${url.slice(0, start)}?${parts.join('&')}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * Tandem's structured logger: JSON lines, with request URLs stripped of tokens. (Authorization
 * headers are never logged: the request serializer lists the fields it keeps.)
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: {
        req: (request: LoggedRequest) => ({
          method: request.method,
          url: redactUrl(request.url ?? ''),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
    },
    destination ?? pino.destination(1),
  );
}
