// Structured JSON logs (pino) for the whole process; built once in the composition root and passed down.
// Logs go to stderr so that commands printing JSON results on stdout stay machine-readable.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'diplograph'): Logger {
  return pino({ name, level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: false }));
}
