/**
 * Issue 14: work of concurrent requests run together, as a database's group commit does. `batches(run)` returns a
 * function taking one item: an item arriving while fewer than `concurrency` batches run starts a batch at once (alone
 * when nothing else waits: no delay is ever added to wait for company); items arriving meanwhile wait and go together,
 * at most `max` at a time, in arrival order, when a batch ends. A sale opening's two thousand reads then cost
 * PostgreSQL a few dozen statements (and this process a few dozen round trips) instead of two thousand.
 *
 * With `key`, items of different keys never share a batch and each key has its own `concurrency` (the bookings of one
 * ticket go together, those of another ticket beside them); a key's state is dropped once it has nothing left.
 *
 * With `maxWaitMs`, an item that has waited that long without a batch leaves the queue and fails with `timedOut()`
 * (SEC2: a request waits a bounded time, as it would for a pool connection).
 *
 * `run` answers one result per item, in the items' order; when it throws, every item of that batch fails with its
 * error (the others are not affected).
 */
export function batches<I, O>(
  run: (items: I[]) => Promise<O[]>,
  opts: {
    max: number;
    concurrency: number;
    key?: (item: I) => string;
    maxWaitMs?: number;
    timedOut?: () => unknown;
  },
): (item: I) => Promise<O> {
  if (!(opts.max >= 1 && opts.concurrency >= 1)) throw new Error('batches: max and concurrency must be at least 1');
  interface Waiting {
    item: I;
    resolve: (o: O) => void;
    reject: (e: unknown) => void;
    timer?: NodeJS.Timeout;
  }
  interface Lane {
    waiting: Waiting[];
    running: number;
  }
  const lanes = new Map<string, Lane>();
  const next = (key: string, lane: Lane) => {
    while (lane.running < opts.concurrency && lane.waiting.length > 0) {
      const batch = lane.waiting.splice(0, opts.max);
      for (const w of batch) clearTimeout(w.timer);
      lane.running++;
      void (async () => {
        try {
          const results = await run(batch.map((w) => w.item));
          if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${results.length}`);
          batch.forEach((w, i) => w.resolve(results[i]));
        } catch (e) {
          for (const w of batch) w.reject(e);
        } finally {
          lane.running--;
          next(key, lane);
          if (lane.running === 0 && lane.waiting.length === 0) lanes.delete(key);
        }
      })();
    }
  };
  return (item) =>
    new Promise<O>((resolve, reject) => {
      const key = opts.key?.(item) ?? '';
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { waiting: [], running: 0 }));
      const waiting: Waiting = { item, resolve, reject };
      if (opts.maxWaitMs !== undefined) {
        const queue = lane;
        waiting.timer = setTimeout(() => {
          const i = queue.waiting.indexOf(waiting);
          if (i < 0) return; // taken into a batch meanwhile
          queue.waiting.splice(i, 1);
          reject(opts.timedOut?.() ?? new Error(`waited ${opts.maxWaitMs} ms for a batch`));
        }, opts.maxWaitMs);
        waiting.timer.unref();
      }
      lane.waiting.push(waiting);
      next(key, lane); // clears the timer of an item it takes
    });
}
