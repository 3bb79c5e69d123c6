import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request } from 'express';
import type { AppDeps } from '../app-context';
import { DomainError } from '../errors';
import type { GraphQLContext } from '../graphql/context';
import { getEvent } from '../modules/events';

/**
 * Files served with the same rules as the data they belong to: an event's cover is visible to whoever
 * may see the event (EV1); anyone else gets 404, as for the event itself.
 */
export function mediaRouter(deps: AppDeps, _orm: MikroORM, contextFor: (req: Request) => Promise<GraphQLContext>): Router {
  const router = Router();
  router.get('/events/:id/cover', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const event = await getEvent(ctx, String(req.params.id));
      const stream = event.coverKey ? await deps.storage.read(event.coverKey) : null;
      if (!stream || !event.coverMime) {
        res.status(404).json({ error: 'no cover' });
        return;
      }
      res.setHeader('content-type', event.coverMime);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', event.visibility === 'PUBLIC' ? 'public, max-age=3600' : 'private, max-age=3600');
      stream.on('error', next).pipe(res);
    } catch (e) {
      if (e instanceof DomainError && (e.code === 'NOT_FOUND' || e.code === 'UNAUTHENTICATED')) {
        res.status(e.code === 'NOT_FOUND' ? 404 : 401).json({ error: e.message });
        return;
      }
      next(e);
    }
  });
  return router;
}
