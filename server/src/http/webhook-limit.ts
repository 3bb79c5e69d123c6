import type { RequestHandler } from 'express';
import { tokenBuckets } from '../core/token-bucket';

/** A message of up to this size costs one token; a larger one one per started slice (a 64 KB body costs 16). */
const SLICE_BYTES = 4096;
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
    const cost = Math.min(
      opts.burst,
      Math.max(1, Math.ceil((Number.isFinite(length) && length >= 0 ? length : 64 * 1024) / SLICE_BYTES)),
    );
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
