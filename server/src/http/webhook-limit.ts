import type { RequestHandler } from 'express';

/** A message of up to this size costs one token; a larger one one per started slice (a 64 KB body costs 16). */
const SLICE_BYTES = 4096;
/** Beyond this many sources tracked, the ones back to a full bucket (idle) are forgotten first. */
const MAX_SOURCES = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per key (a client IP), in this process's memory: `take` spends `cost` tokens of the key's bucket
 * and answers 0, or, when the bucket is short, the whole seconds until it holds them (nothing spent). Buckets refill
 * at `perMinute` up to `burst`; past MAX_SOURCES keys the idle ones are forgotten first.
 */
export function tokenBuckets(opts: { burst: number; perMinute: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const perMs = opts.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refill = (b: Bucket, t: number) => {
    b.tokens = Math.min(opts.burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
  };
  const forgetIdle = (t: number) => {
    for (const [ip, b] of buckets) {
      refill(b, t);
      if (b.tokens >= opts.burst) buckets.delete(ip);
    }
    // Still too many (a spread-out flood): the oldest-seen go, which only ever lets them through sooner.
    for (const ip of buckets.keys()) {
      if (buckets.size <= MAX_SOURCES / 2) break;
      buckets.delete(ip);
    }
  };

  return {
    take(key: string, cost = 1): number {
      const t = now();
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= MAX_SOURCES) forgetIdle(t);
        b = { tokens: opts.burst, at: t };
        buckets.set(key, b);
      } else refill(b, t);
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return 0;
      }
      return Math.max(1, Math.ceil((cost - b.tokens) / perMs / 1000));
    },
  };
}

/**
 * SEC2, PY5: a token bucket per source IP in front of /webhooks/*. It sheds a flood before any byte is read or any
 * row written (a PostgreSQL counter would cost a write per refused request, the very cost being shed). PayPal's few
 * IPN servers retry on any non-200, so the burst is generous and a legitimate message refused now arrives again
 * later. With N processes a source gets N times the limit.
 */
export function webhookRateLimit(opts: { burst: number; perMinute: number; now?: () => number }): RequestHandler {
  const buckets = tokenBuckets(opts);
  return (req, res, next) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? '?';
    // Before the body is read: its announced length (a body without one may be the largest accepted).
    const length = Number(req.headers['content-length']);
    const cost = Math.min(opts.burst, Math.max(1, Math.ceil((Number.isFinite(length) && length >= 0 ? length : 64 * 1024) / SLICE_BYTES)));
    const retryAfterSeconds = buckets.take(ip, cost);
    if (!retryAfterSeconds) {
      next();
      return;
    }
    res.set('Retry-After', String(retryAfterSeconds));
    res.set('Connection', 'close'); // the unread body is not worth reading
    res.status(429).json({ error: 'too many messages from this address', code: 'RATE_LIMITED', retryAfterSeconds });
  };
}
