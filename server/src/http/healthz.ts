import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';

/** Liveness plus database reachability, for load balancers and the test harness. */
export function healthz(orm: MikroORM): RequestHandler {
  return async (_req, res) => {
    const started = Date.now();
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: { status: 'up', latencyMs: Date.now() - started } });
    } catch {
      res.status(503).json({ status: 'degraded', database: { status: 'down' } });
    }
  };
}
