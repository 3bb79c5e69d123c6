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
