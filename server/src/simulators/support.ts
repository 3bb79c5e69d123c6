/** Plumbing shared by the PayPal and Lydia simulators: links, bodies, JSON controls, delivery with retry, random ids. */
import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../core/logger';

/** Raw bytes of any POST body (PayPal's postback is compared byte for byte, so nothing may be re-encoded). */
export const rawBody = express.raw({ type: () => true, limit: '64kb' });
export const jsonBody = express.json({ limit: '64kb' });

export const bodyBytes = (req: Request): Buffer => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));

/** Absolute URL of the router handling `req`, wherever it is mounted. */
export const linkBase = (req: Request) => `${req.protocol}://${req.get('host')}${req.baseUrl}`;

/** The socket's own peer addresses of this machine's clients (never a forwarded header, which anyone can write). */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The JSON controls list open checkouts and pay them with any amount: on a reachable demo that is free tickets for
 * anyone. Only clients on this machine (the tests, the demo's scripts) may use them; others get what any unknown
 * path gets (the request leaves the simulator's router), so the controls are not even disclosed.
 */
export function loopbackOnly(req: Request, _res: Response, next: NextFunction) {
  if (LOOPBACK.has(req.socket.remoteAddress ?? '')) next();
  else next('router');
}

/** Only http(s) URLs are accepted where a merchant gives one (they end up in links, redirects and deliveries). */
export function isHttpUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function randomChars(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Parses a JSON control body, answering 400 with the issues when it does not fit. */
export function parseControl<T extends z.ZodType>(schema: T, req: Request, res: Response): z.infer<T> | undefined {
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return parsed.data;
  res.status(400).json({
    error: 'invalid control body',
    issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`),
  });
  return undefined;
}

export interface RetryPolicy {
  retries: number;
  retryDelayMs: number;
}

/** Optional per-call overrides of the retry policy, accepted by every control that sends something. */
export const retryOverrides = {
  retries: z.number().int().min(0).max(20).optional(),
  retryDelayMs: z.number().int().min(0).max(60_000).optional(),
};

export interface Delivery {
  /** HTTP status of each attempt (0: network error or timeout); grows while retries run. */
  readonly statuses: number[];
  /** Settles once the first attempt has been answered (or has failed). */
  readonly firstAttempt: Promise<void>;
  /** Settles when delivered (HTTP 200), out of retries, or cancelled. */
  readonly done: Promise<void>;
}

const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * POSTs form bodies to a merchant URL, retrying on anything but HTTP 200 with a doubling delay
 * (retryDelayMs, 2×, 4×…). `cancelAll` stops pending retries (on reset).
 */
export class Deliverer {
  private controller = new AbortController();

  constructor(
    private readonly log: Logger,
    private readonly defaults: RetryPolicy,
    private readonly headers: Record<string, string> = {},
  ) {}

  send(url: string, body: Buffer, overrides: Partial<RetryPolicy> = {}): Delivery {
    const retries = overrides.retries ?? this.defaults.retries;
    const retryDelayMs = overrides.retryDelayMs ?? this.defaults.retryDelayMs;
    const signal = this.controller.signal;
    const statuses: number[] = [];
    let firstAnswered = () => {};
    const firstAttempt = new Promise<void>((resolve) => (firstAnswered = resolve));
    const done = (async () => {
      try {
        for (let attempt = 0; attempt <= retries; attempt++) {
          if (attempt > 0) await sleep(retryDelayMs * 2 ** (attempt - 1), undefined, { signal });
          const status = await this.attempt(url, body, signal);
          statuses.push(status);
          firstAnswered();
          this.log.info({ url, status, attempt }, 'simulator delivery');
          if (status === 200) return;
        }
        this.log.warn({ url, statuses }, 'simulator delivery gave up');
      } catch (e) {
        if (!signal.aborted) this.log.error({ err: e, url }, 'simulator delivery failed');
      } finally {
        firstAnswered();
      }
    })();
    return { statuses, firstAttempt, done };
  }

  cancelAll() {
    this.controller.abort();
    this.controller = new AbortController();
  }

  private async attempt(url: string, body: Buffer, cancel: AbortSignal): Promise<number> {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.headers },
        body: new Uint8Array(body),
        redirect: 'manual',
        signal: AbortSignal.any([cancel, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch (e) {
      if (cancel.aborted) throw e;
      return 0;
    }
  }
}

/** Cents of a positive decimal amount with at most two decimals (`12.5`, `12.50`, `3`), else null. */
export function positiveAmountCents(amount: string | undefined): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(amount ?? '');
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? cents : null;
}

/** `1250` → `12.50`, `-1250` → `-12.50`. */
export function formatCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
