import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { poolStats } from '../db/transactions';

/** Liveness plus database reachability and pool figures (SEC2: used/free/waiting, transactions admitted/queued). */
export function healthz(orm: MikroORM): RequestHandler {
  return async (_req, res) => {
    const started = Date.now();
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: { status: 'up', latencyMs: Date.now() - started, pool: poolStats(orm.em) } });
    } catch {
      res.status(503).json({ status: 'degraded', database: { status: 'down', pool: poolStats(orm.em) } });
    }
  };
}
