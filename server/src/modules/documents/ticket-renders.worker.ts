import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { wokenWorker } from '../jobs';
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
  // Enough tickets at once to keep every render thread busy, and one more whose database and storage work overlaps.
  const concurrency = deps.renderer.threads.capacity + 1;
  return wokenWorker({
    databaseUrl: opts.databaseUrl,
    channel: TICKET_RENDERS_CHANNEL,
    log: deps.log,
    failure: 'tickets: background rendering failed',
    task: (stopped) => renderQueuedTickets(deps, opts.fork, { concurrency, stopped }),
    fold: (a, b) => ({
      rendered: a.rendered + b.rendered,
      removed: a.removed + b.removed,
      failed: a.failed + b.failed,
    }),
  });
}
