import { Client } from 'pg';
import type { Logger } from '../../core/logger';

export interface Listener {
  close(): Promise<void>;
}

/**
 * LISTENs on a PostgreSQL channel on its own connection and calls `onNotify` for each notification (delivered at
 * the notifying transaction's commit, to every listening process). A lost connection is opened again after
 * `retryMs`; `connected` is called each time the LISTEN is in place.
 */
export function listen(opts: {
  databaseUrl: string;
  channel: string;
  log: Logger;
  onNotify: () => void;
  /** Called each time the LISTEN is in place (notifications sent before were missed). */
  connected?: () => void;
  retryMs?: number;
}): Listener {
  const { log, channel } = opts;
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let client: Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const connect = async () => {
    if (closed) return;
    const c = new Client({ connectionString: opts.databaseUrl, application_name: `billetterie-listen-${channel}` });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === channel) opts.onNotify();
    });
    c.on('error', (err) => {
      log.warn({ err, channel }, 'listen: connection lost');
      retry(c);
    });
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
      opts.connected?.();
    } catch (err) {
      log.warn({ err, channel }, 'listen: could not connect');
      retry(c);
    }
  };
  const retry = (c: Client) => {
    if (closed || client !== c || timer) return;
    client = null;
    c.end().catch(() => undefined);
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, opts.retryMs ?? 5_000);
  };
  void connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}

/** A background task woken by NOTIFY (see `wokenWorker`). */
export interface WokenWorker<T> {
  /** Runs the task now (joins a run under way, and runs it again after that one if asked meanwhile). */
  run(): Promise<T>;
  /** Stops listening and waits for the run under way. */
  stop(): Promise<void>;
}

/**
 * Runs `task` on each notification of `channel` (and once the LISTEN is in place, for what was notified while it was
 * not), one run at a time per process: a wake-up during a run makes one more run after it, never two at once.
 * `stopped()` tells a long task to end early; its runs' results are folded with `fold` (the last one by default).
 */
export function wokenWorker<T>(opts: {
  databaseUrl: string;
  channel: string;
  log: Logger;
  /** What a failed run logs. */
  failure: string;
  task: (stopped: () => boolean) => Promise<T>;
  fold?: (total: T, next: T) => T;
}): WokenWorker<T> {
  let current: Promise<T> | null = null;
  let again = false;
  let stopped = false;
  const run = (): Promise<T> => {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      let total: T | undefined;
      do {
        again = false;
        const next = await opts.task(() => stopped);
        total = total === undefined || !opts.fold ? next : opts.fold(total, next);
      } while (again && !stopped);
      return total;
    })().finally(() => (current = null));
    return current;
  };
  const kick = () => {
    if (stopped) return;
    run().catch((err) => opts.log.error({ err }, opts.failure));
  };
  const listener = listen({
    databaseUrl: opts.databaseUrl,
    channel: opts.channel,
    log: opts.log,
    onNotify: kick,
    connected: kick,
  });
  return {
    run,
    async stop() {
      stopped = true;
      await listener.close();
      await current?.catch(() => undefined);
    },
  };
}
