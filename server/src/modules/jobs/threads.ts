import type { MessagePort } from 'node:worker_threads';
import pino from 'pino';
import { safeError, type Logger } from '../../core/logger';

/** A log call made on a thread, for the process's logger (its level, redaction, serializers and destination). */
export interface ThreadLog {
  type: 'log';
  level: pino.Level;
  args: unknown[];
}

/** Errors cross threads as what `safeError` keeps of them (a structured clone would drop their code and cause). */
function cloneable(value: unknown): unknown {
  if (value instanceof Error) return safeError(value);
  if (!value || typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v instanceof Error ? safeError(v) : v]));
}

/**
 * The thread's side: a Logger whose calls (at `level` and above, the process logger's level) are posted to the host
 * thread, which writes them with its own logger (`logFromThread`), so a thread's lines are redacted and land where
 * the process's do.
 */
export function threadLogger(port: MessagePort, level: string): Logger {
  return pino(
    {
      level,
      hooks: {
        logMethod(args, _method, n) {
          const level = pino.levels.labels[n] as pino.Level;
          try {
            port.postMessage({ type: 'log', level, args: args.map(cloneable) } satisfies ThreadLog);
          } catch {
            // Something in the call can't cross (a function, a socket): its message, at least, is logged.
            const msg = args.find((a) => typeof a === 'string') ?? 'log call from a thread';
            port.postMessage({ type: 'log', level, args: [msg] } satisfies ThreadLog);
          }
        },
      },
    },
    { write: () => undefined },
  );
}

/** The host's side: writes a thread's log call with this process's logger. */
export function logFromThread(log: Logger, m: ThreadLog): void {
  const [first, ...rest] = m.args;
  (log[m.level] as (obj: unknown, ...more: unknown[]) => void)(first, ...rest);
}
