import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** Where the JSON lines go (standard output by default; tests pass a stream in memory). */
  destination?: DestinationStream;
  /**
   * Log mail recipients and links (the development outbox, so a demo works without SMTP). Off unless asked:
   * production logs never carry emailed links or addresses (SEC3).
   */
  mailDetails?: boolean;
}

// What an error may show in a log. Anything else on it (a query and its parameters, PostgreSQL's `detail`
// and `where` quoting row values, a provider's response body) stays out, whatever the level (SEC3).
const ERROR_KEYS = [
  'type',
  'code',
  'errno',
  'syscall',
  'status',
  'statusCode',
  'constraint',
  'table',
  'column',
  'routine',
];

/** A PostgreSQL error, raw or wrapped by MikroORM (whose message is the SQL with its parameters inlined). */
const isDatabaseError = (err: Record<string, unknown>) =>
  typeof err.code === 'string' &&
  /^[0-9A-Z]{5}$/.test(err.code) &&
  ('severity' in err || 'routine' in err || 'sqlState' in err);

// Any other error quoting a statement (a driver's or the ORM's own) is withheld the same way.
const SQL = /\b(select\b[\s\S]*\bfrom|insert\s+into|update\b[\s\S]*\bset|delete\s+from)\b/i;

const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g;

/** The stack's frames without its first line(s), which repeat the message. */
const framesOf = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((l) => /^\s+at /.test(l))
        .join('\n')
    : undefined;

/**
 * Serializes an error with only the keys above; a database error's message is replaced by its SQLSTATE code.
 * pino-http hands its serializer an error already serialized by pino, the original in `raw`: the original is used.
 */
export function safeError(value: unknown, depth = 0): unknown {
  const raw =
    value && typeof value === 'object' && !(value instanceof Error) ? (value as { raw?: unknown }).raw : undefined;
  const err = raw instanceof Error ? raw : value;
  if (!err || typeof err !== 'object') return err;
  const e = err as Record<string, unknown>;
  const out: Record<string, unknown> = {
    type: err instanceof Error ? err.constructor.name : typeof e.type === 'string' ? e.type : 'Object',
  };
  if (depth > 3) return out;
  for (const k of ERROR_KEYS) if (k !== 'type' && e[k] !== undefined && typeof e[k] !== 'object') out[k] = e[k];
  const message = typeof e.message === 'string' ? e.message : '';
  if (isDatabaseError(e))
    out.message = `database error ${String(e.code)}${e.constraint ? ` (${String(e.constraint)})` : ''}`;
  else if (SQL.test(message)) out.message = '[withheld: the message quotes SQL]';
  else out.message = message.replace(ADDRESS, '[email]'); // e.g. an SMTP server's "<lea@…>: Recipient address rejected"
  // The stack's first line repeats the raw message: only its frames are kept.
  if (e.stack !== undefined) out.stack = framesOf(e.stack);
  if (e.cause !== undefined) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** Structured JSON logs; secrets (cookies, tokens, passwords) and personal data are redacted wherever they appear. */
export function createLogger(level: string, opts: LoggerOptions = {}): Logger {
  const mail = opts.mailDetails ? [] : ['to', '*.to', 'links', '*.links'];
  return pino(
    {
      level,
      base: { app: 'billetterie' },
      serializers: { err: safeError },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          'password',
          'token',
          'email',
          '*.password',
          '*.token',
          '*.email',
          '*.currentPassword',
          '*.newPassword',
          '*.privateToken',
          '*.vendor_id',
          '*.api_token_id',
          '*.lydiaPrivateTokenEnc',
          // Statements and their values, whoever logs them (SEC3): a statement belongs in a log without its values.
          ...['sql', 'query', 'parameters', 'params', 'bindings'].flatMap((k) => [k, `*.${k}`]),
          ...mail,
        ],
        censor: '[redacted]',
      },
    },
    opts.destination ?? pino.destination(1),
  );
}
