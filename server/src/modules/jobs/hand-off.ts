import PgBoss from 'pg-boss';
import type { Logger } from '../../core/logger';

/**
 * The name the job runner's connections carry (`startJobs`): a process without workers looks for it in
 * `pg_stat_activity` to know whether a worker process is connected to the same database.
 */
export const WORKER_APPLICATION_NAME = 'billetterie-jobs';
/** How long an answer to "is a worker connected?" is reused. */
const WORKERS_SEEN_TTL_MS = 5_000;
/** Triggers of one job closer together than this are sent as one (a sale opening kicks the outbox per booking). */
const MIN_TRIGGER_INTERVAL_MS = 250;

/**
 * How a process that runs no jobs (JOBS=false, a web process) gets the work its changes leave behind (mail to send,
 * exports to build) done by a worker process (JOBS=true).
 */
export interface HandOff {
  /**
   * Queues job `name` for the worker processes when one is connected to the database, and resolves true; resolves
   * false when none is (one process with JOBS=false and no worker, as in the tests): the caller does the work itself.
   * Triggers close together are sent as one, after the last of them.
   */
  trigger(name: string): Promise<boolean>;
  /** Sends what is still waiting, then closes the queue's connections. */
  stop(): Promise<void>;
}

export function createHandOff(opts: {
  databaseUrl: string;
  log: Logger;
  /** One query on the process's own pool: whether a connection named WORKER_APPLICATION_NAME is open on this database. */
  workersConnected: () => Promise<boolean>;
}): HandOff {
  const { log } = opts;
  let seen: { up: boolean; at: number } | null = null;
  let looking: Promise<boolean> | null = null;
  let boss: Promise<PgBoss> | null = null;
  const waiting = new Map<string, NodeJS.Timeout>();
  const lastSent = new Map<string, number>();
  const sending = new Set<Promise<void>>();

  function workersUp(): Promise<boolean> {
    if (seen && Date.now() - seen.at < WORKERS_SEEN_TTL_MS) return Promise.resolve(seen.up);
    looking ??= opts
      .workersConnected()
      .catch((err) => {
        log.warn({ err }, 'could not tell whether a worker process is connected');
        return false;
      })
      .then((up) => {
        seen = { up, at: Date.now() };
        looking = null;
        return up;
      });
    return looking;
  }

  /** A producer only: no workers, no cron, no maintenance, no schema changes (the worker processes do those). */
  function producer(): Promise<PgBoss> {
    boss ??= (async () => {
      const b = new PgBoss({
        connectionString: opts.databaseUrl,
        schema: 'pgboss',
        max: 2,
        application_name: 'billetterie-web',
        supervise: false,
        schedule: false,
        migrate: false,
      });
      b.on('error', (err) => log.error({ err }, 'job queue error'));
      await b.start();
      return b;
    })().catch((err) => {
      boss = null;
      throw err;
    });
    return boss;
  }

  function send(name: string): void {
    waiting.delete(name);
    lastSent.set(name, Date.now());
    const done = producer()
      .then((b) => b.send(name, {}))
      .then(
        () => undefined,
        (err) => {
          // The worker's recurring run (every minute) still does the work; look again next time.
          seen = null;
          log.warn({ err, job: name }, 'could not queue the job for a worker process');
        },
      )
      .finally(() => sending.delete(done));
    sending.add(done);
  }

  return {
    async trigger(name) {
      if (!(await workersUp())) return false;
      if (!waiting.has(name)) {
        const wait = Math.max(0, (lastSent.get(name) ?? 0) + MIN_TRIGGER_INTERVAL_MS - Date.now());
        waiting.set(
          name,
          setTimeout(() => send(name), wait),
        );
      }
      return true;
    },
    async stop() {
      for (const [name, timer] of waiting) {
        clearTimeout(timer);
        send(name);
      }
      await Promise.all(sending);
      const b = await boss?.catch(() => null);
      await b?.stop({ graceful: false, wait: true, close: true });
    },
  };
}
