import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { AppDeps } from '../app-context';
import { DomainError } from '../errors';
import type { GraphQLContext } from '../graphql/context';
import { answerFileFor } from '../modules/bookings';
import { getEvent } from '../modules/events';
import { exampleTemplate, templateFile, ticketFor } from '../modules/documents';
import { ExportStatus, exportFor } from '../modules/exports';

/** NOT_FOUND → 404, UNAUTHENTICATED → 401, FORBIDDEN → 403; anything else goes to the error handler. */
function sendDomainError(e: unknown, res: Response, next: NextFunction) {
  const status = e instanceof DomainError ? { NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403, TICKET_UNAVAILABLE: 409 }[e.code as string] : undefined;
  if (status) res.status(status).json({ error: (e as DomainError).message, code: (e as DomainError).code, ...((e as DomainError).extensions.reason ? { reason: (e as DomainError).extensions.reason } : {}) });
  else next(e);
}

/** A safe Content-Disposition for a display name: ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachment(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Files served with the same rules as the data they belong to: an event's cover is visible to whoever
 * may see the event (EV1); an answer's file to the booking's holder, sponsor and VIEW+ admins. Anyone else
 * gets 404, as for the data itself.
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
      sendDomainError(e, res, next);
    }
  });
  router.get('/answers/:id', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const file = await answerFileFor(ctx, String(req.params.id));
      const stream = await deps.storage.read(file.key);
      if (!stream) {
        res.status(404).json({ error: 'file missing' });
        return;
      }
      res.setHeader('content-type', file.mime);
      res.setHeader('content-length', String(file.size));
      res.setHeader('content-disposition', attachment(file.name));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      stream.on('error', next).pipe(res);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  // TT2: a valid reservation's ticket, rendered now from the current data, for the holder, sponsor and VIEW+.
  router.get('/tickets/:file', async (req, res, next) => {
    try {
      const m = /^([0-9a-f-]{36})\.(png|pdf)$/.exec(String(req.params.file));
      if (!m) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      const ctx = await contextFor(req);
      const doc = await ticketFor(ctx, m[1], m[2] as 'png' | 'pdf');
      res.setHeader('content-type', doc.contentType);
      res.setHeader('content-length', String(doc.body.length));
      res.setHeader('content-disposition', attachment(doc.filename, req.query.inline ? 'inline' : 'attachment'));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      res.end(doc.body);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  // EX1, EX2: a finished export, for whoever may see the event's bookings; only DONE exports have a file.
  router.get('/exports/:id', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const exp = await exportFor(ctx, String(req.params.id));
      const stream = exp.status === ExportStatus.DONE && exp.fileKey ? await deps.storage.read(exp.fileKey) : null;
      if (!stream) {
        res.status(404).json({ error: `export ${exp.status.toLowerCase()}`, status: exp.status });
        return;
      }
      const type = { PDF: 'application/pdf', XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ZIP: 'application/zip', TAR_GZ: 'application/gzip' }[exp.format];
      res.setHeader('content-type', type);
      if (exp.fileSize) res.setHeader('content-length', String(exp.fileSize));
      res.setHeader('content-disposition', attachment(exp.fileName ?? 'export'));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      stream.on('error', next);
      req.on('close', () => stream.destroy()); // a cancelled download stops reading the file
      stream.pipe(res);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  // TT1: the example template, and a ticket's template for its VIEW+ admins.
  let example: Promise<Buffer> | null = null;
  router.get('/templates/example.png', async (_req, res, next) => {
    try {
      const png = await (example ??= exampleTemplate());
      res.setHeader('content-type', 'image/png');
      res.setHeader('content-disposition', attachment('modele-billet-2480x1169.png'));
      res.setHeader('cache-control', 'public, max-age=86400');
      res.end(png);
    } catch (e) {
      example = null;
      next(e);
    }
  });
  router.get('/templates/:ticketId', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const file = await templateFile(ctx, String(req.params.ticketId));
      const stream = await deps.storage.read(file.key);
      if (!stream) {
        res.status(404).json({ error: 'file missing' });
        return;
      }
      res.setHeader('content-type', file.mime);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, max-age=86400'); // the URL changes with the template
      stream.on('error', next).pipe(res);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  return router;
}
