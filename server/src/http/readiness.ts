import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';

/** How long /readyz waits for the database's answer to a trivial query before saying not ready. */
export const READY_DATABASE_TIMEOUT_MS = 2_000;
/** How long a "no migration pending" answer is reused (the check lists the migrations: not on every probe). */
const MIGRATIONS_CHECKED_TTL_MS = 30_000;

/** Whether this process still takes new traffic: false from the moment it is told to stop (`app.close()`). */
export class Readiness {
  private since: number | null = null;

  /** From now on /readyz answers 503 `draining`; requests are still served until the HTTP drain. */
  drain(): void {
    this.since ??= Date.now();
  }

  get draining(): boolean {
    return this.since !== null;
  }
}

class TimedOut extends Error {}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimedOut()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * For the reverse proxy: 200 `{"status":"ready"}` when this process can take traffic — the database answers a
 * trivial query within READY_DATABASE_TIMEOUT_MS, every migration this version knows is applied, and the process
 * is not draining; else 503 `{"status":"not ready","reason":"draining"|"database"|"migrations"}`.
 * (/livez says only that the process runs; /healthz gives the pool's figures.)
 */
export function readyz(orm: MikroORM, readiness: Readiness): RequestHandler {
  let migrationsCheckedAt = 0;
  const notReady = (res: Parameters<RequestHandler>[1], reason: string) =>
    res.status(503).json({ status: 'not ready', reason });
  return async (_req, res) => {
    res.set('cache-control', 'no-store');
    if (readiness.draining) return notReady(res, 'draining');
    try {
      await within(READY_DATABASE_TIMEOUT_MS, orm.em.getConnection().execute('select 1'));
    } catch {
      return notReady(res, 'database');
    }
    if (Date.now() - migrationsCheckedAt > MIGRATIONS_CHECKED_TTL_MS) {
      try {
        const pending = await within(READY_DATABASE_TIMEOUT_MS, orm.getMigrator().getPendingMigrations());
        if (pending.length) return notReady(res, 'migrations');
        migrationsCheckedAt = Date.now();
      } catch {
        return notReady(res, 'database');
      }
    }
    // Told to stop while checking: the proxy must see it at once.
    if (readiness.draining) return notReady(res, 'draining');
    res.json({ status: 'ready' });
  };
}
