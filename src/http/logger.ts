import type { DestinationStream } from 'pino';
import { type Logger, pino } from 'pino';

/** Query parameters whose values never reach the logs (EventSource sends its token this way). */
const SECRET_QUERY = /([?&](?:access_token|token)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
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
