import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets (cookies, tokens, passwords) are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'billetterie' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.currentPassword',
        '*.newPassword',
        '*.privateToken',
        '*.vendor_id',
        '*.api_token_id',
        '*.lydiaPrivateTokenEnc',
      ],
      censor: '[redacted]',
    },
  });
}
