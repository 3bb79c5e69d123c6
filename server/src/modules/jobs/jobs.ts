import PgBoss from 'pg-boss';
import type { Logger } from '../../core/logger';
import { WORKER_APPLICATION_NAME } from './hand-off';

export interface RecurringJob {
  /** Queue name. */
  name: string;
  /** Cron expression (pg-boss resolution: one minute). */
  cron: string;
  run(): Promise<unknown>;
}

/** How long stopping waits for a running job to finish. */
export const JOBS_STOP_TIMEOUT_MS = 10_000;

export interface Jobs {
  /** Asks any process's worker to run a job now (e.g. after a commit that left work behind). */
  trigger(name: string): Promise<void>;
  /** Takes no more jobs and waits for the running ones (up to JOBS_STOP_TIMEOUT_MS). */
  stop(): Promise<void>;
}

/**
 * Recurring work on a PostgreSQL job queue (pg-boss): with several server processes each cron tick runs once,
 * on whichever process fetches it; a job lost with a killed process is retried after its expiry.
 */
export async function startJobs(opts: { databaseUrl: string; log: Logger; jobs: RecurringJob[] }): Promise<Jobs> {
  const { log } = opts;
  const boss = new PgBoss({
    connectionString: opts.databaseUrl,
    schema: 'pgboss',
    max: 3,
    application_name: WORKER_APPLICATION_NAME, // processes without workers look for it (hand-off.ts)
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of opts.jobs) {
    // singleton: at most one running instance, on any process; ticks and triggers arriving meanwhile wait their turn.
    await boss.createQueue(job.name, { name: job.name, policy: 'singleton', expireInSeconds: 300, retryLimit: 3 });
    await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Paris' });
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async () => {
      const started = Date.now();
      const result = await job.run();
      log.info({ job: job.name, ms: Date.now() - started, result }, 'job done');
    });
  }
  return {
    async trigger(name) {
      await boss.send(name, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: JOBS_STOP_TIMEOUT_MS }),
  };
}
