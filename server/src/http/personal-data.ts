import { Router, type Request } from 'express';
import { DomainError } from '../core/errors';
import type { GraphQLContext } from '../graphql/context';
import { personalDataArchive } from '../modules/accounts';
import { attachment } from './media';

/**
 * AC4: `GET /personal-data/archive.zip` streams everything held about the signed-in person (session cookie or API
 * token) as one ZIP: `data.json` and their uploaded files. 401 when signed out, 429 past the hourly bound.
 */
export function personalDataRouter(contextFor: (req: Request) => Promise<GraphQLContext>): Router {
  const router = Router();
  router.get('/archive.zip', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const archive = await personalDataArchive(ctx);
      res.setHeader('content-type', 'application/zip');
      res.setHeader('content-disposition', attachment(archive.fileName));
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      await archive.write(res);
    } catch (e) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof DomainError && e.code === 'UNAUTHENTICATED')
        res.status(401).json({ error: e.message, code: e.code });
      else if (e instanceof DomainError && e.code === 'RATE_LIMITED')
        res.status(429).json({ error: e.message, code: e.code, retryAfterSeconds: e.extensions.retryAfterSeconds });
      else next(e);
    }
  });
  return router;
}
