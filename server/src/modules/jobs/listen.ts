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
