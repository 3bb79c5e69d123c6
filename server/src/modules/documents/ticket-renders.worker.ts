import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { listen } from '../jobs';
import { renderQueuedTickets } from './stored-tickets';

/** The channel the ticket_renders triggers NOTIFY at commit (migration 20261205210000). */
export const TICKET_RENDERS_CHANNEL = 'ticket_renders';

export interface TicketRenders {
  /** Renders what is queued now (joins a run under way, and runs again after it if asked meanwhile). */
  run(): Promise<{ rendered: number; removed: number; failed: number }>;
  /** Stops listening and waits for the run under way. */
  stop(): Promise<void>;
}

/**
 * Issue 14: on a process running jobs, renders reservations' tickets in the background as soon as a commit queues
 * them (NOTIFY), one run at a time per process (several processes share the queue); the recurring job calls `run`
 * too, for claims left by a killed worker. Drawing runs on the render threads (render/render-pool.ts); the event loop
 * only sees the queue's statements and the files' writes.
 */
export function startTicketRenders(opts: {
  deps: Pick<AppDeps, 'signer' | 'storage' | 'clock' | 'renderer' | 'log'>;
  fork: () => EntityManager;
  databaseUrl: string;
}): TicketRenders {
  const { deps } = opts;
  let stopped = false;
  let current: Promise<{ rendered: number; removed: number; failed: number }> | null = null;
  let again = false;
  // Enough tickets at once to keep every render thread busy, and one more whose database and storage work overlaps.
  const concurrency = deps.renderer.threads.capacity + 1;
  const run = (): Promise<{ rendered: number; removed: number; failed: number }> => {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      const totals = { rendered: 0, removed: 0, failed: 0 };
      do {
        again = false;
        const r = await renderQueuedTickets(deps, opts.fork, { concurrency, stopped: () => stopped });
        totals.rendered += r.rendered;
        totals.removed += r.removed;
        totals.failed += r.failed;
      } while (again && !stopped);
      return totals;
    })().finally(() => (current = null));
    return current;
  };
  const kick = () => {
    if (stopped) return;
    run().catch((err) => deps.log.error({ err }, 'tickets: background rendering failed'));
  };
  const listener = listen({
    databaseUrl: opts.databaseUrl,
    channel: TICKET_RENDERS_CHANNEL,
    log: deps.log,
    onNotify: kick,
    connected: kick, // once listening: what was queued before (or while the connection was lost)
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
