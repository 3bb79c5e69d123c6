/**
 * SEC2: the API answers BUSY (HTTP 503, or a GraphQL error in-process) when a mutation could not be admitted or a
 * row lock was not granted in time; nothing was changed, so sending the same operation again is safe. The apps
 * retry a few times after the advised delay, spread with jitter so a crowd at a sale opening doesn't come back in
 * step, then show the error.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Milliseconds per second of `retryAfterSeconds` (tests shrink it). */
  msPerSecond: number;
  random: () => number;
}

const DEFAULT_POLICY: RetryPolicy = { attempts: 4, msPerSecond: 1000, random: Math.random };

interface Body {
  data?: unknown;
  errors?: Array<{ extensions?: { code?: unknown; retryAfterSeconds?: unknown } }>;
}

/** The delay a BUSY answer advises, in seconds, or null when the answer is anything else. */
async function busyDelay(response: Response): Promise<number | null> {
  if (response.status !== 503 && response.status !== 200) return null;
  let body: Body;
  try {
    body = (await response.clone().json()) as Body;
  } catch {
    return null;
  }
  const errors = body.errors ?? [];
  if (body.data || errors.length === 0 || !errors.every((e) => e.extensions?.code === 'BUSY')) return null;
  const advised = Number(errors[0].extensions?.retryAfterSeconds);
  return Number.isFinite(advised) && advised > 0 ? Math.min(advised, 5) : 1;
}

export function retryOnBusy(fetchImpl: typeof fetch, policy: RetryPolicy = DEFAULT_POLICY): typeof fetch {
  return async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetchImpl(input, init);
      if (attempt >= policy.attempts) return response;
      const seconds = await busyDelay(response);
      if (seconds === null) return response;
      // Between half and one and a half times the advice.
      await new Promise((r) => setTimeout(r, seconds * policy.msPerSecond * (0.5 + policy.random())));
    }
  };
}
