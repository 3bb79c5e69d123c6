import type { MikroORM } from '@mikro-orm/postgresql';
import { parse as parseCookies } from 'cookie';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { pipeline, type Readable } from 'node:stream';
import type { AppDeps } from '../app-context';
import { DomainError } from '../core/errors';
import type { GraphQLContext } from '../graphql/context';
import { answerFileFor } from '../modules/bookings';
import { getEvent } from '../modules/events';
import { clubLogo } from '../modules/organizations';
import { holderTicket, templateFile, ticketFor } from '../modules/documents';
import { SESSION_COOKIE } from '../modules/accounts';
import { exportFor } from '../modules/exports';
import { exampleTemplate } from '../render/ticket-renderer';
import { ExportStatus } from '../model';

/** SEC5: the one answer for a file that does not exist and one the viewer may not see, whoever asks. */
function notFound(res: Response) {
  res.status(404).json({ error: 'Not found.', code: 'NOT_FOUND' });
}

/**
 * SEC5: NOT_FOUND, UNAUTHENTICATED and FORBIDDEN all answer 404 (a 401 or 403 would tell an existing object from
 * a random id); TICKET_UNAVAILABLE is only reached by those who may see the booking. Anything else goes on.
 */
function sendDomainError(e: unknown, res: Response, next: NextFunction) {
  if (e instanceof DomainError && ['NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN'].includes(e.code)) notFound(res);
  else if (e instanceof DomainError && e.code === 'TICKET_UNAVAILABLE')
    res
      .status(409)
      .json({ error: e.message, code: e.code, ...(e.extensions.reason ? { reason: e.extensions.reason } : {}) });
  else next(e);
}

/**
 * Streams a stored file as the response. `pipeline` destroys both ends when either fails or the client goes
 * away (no open file left behind, no unhandled `error`); a read error after the headers cuts the response.
 */
function send(stream: Readable, res: Response, log: AppDeps['log']) {
  pipeline(stream, res, (err) => {
    if (err && (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
      log.error({ err }, 'media: reading a stored file failed');
  });
}

/**
 * SEC6: every response here may carry user content: a browser must never run or sniff it as a page (a PDF or
 * an SVG opened from a link stays inert, scripts and plugins off, an opaque origin, nothing loaded).
 */
const INERT = "default-src 'none'; sandbox";

/** A safe Content-Disposition for a display name: ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachment(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Files served with the same rules as the data they belong to: an event's cover is visible to whoever
 * may see the event (EV1); an answer's file to the booking's holder, sponsor and VIEW+ admins. Anyone else,
 * signed in or not, gets the same 404 as for an id that does not exist (SEC5).
 */
export function mediaRouter(
  deps: AppDeps,
  orm: MikroORM,
  contextFor: (req: Request) => Promise<GraphQLContext>,
): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', INERT);
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  router.get('/events/:id/cover', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const event = await getEvent(ctx, String(req.params.id));
      const stream = event.coverKey ? await deps.storage.read(event.coverKey) : null;
      if (!stream || !event.coverMime) {
        stream?.destroy();
        notFound(res);
        return;
      }
      res.setHeader('content-type', event.coverMime);
      res.setHeader('cache-control', event.visibility === 'PUBLIC' ? 'public, max-age=3600' : 'private, max-age=3600');
      send(stream, res, deps.log);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  // Issue 13: a club's logo; clubs are public, so is their logo.
  router.get('/clubs/:id/logo', async (req, res, next) => {
    try {
      const ctx = await contextFor(req);
      const logo = await clubLogo(ctx.em, String(req.params.id));
      const stream = logo ? await deps.storage.read(logo.key) : null;
      if (!stream || !logo) {
        stream?.destroy();
        notFound(res);
        return;
      }
      res.setHeader('content-type', logo.mime);
      res.setHeader('cache-control', 'public, max-age=3600');
      send(stream, res, deps.log);
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
        notFound(res);
        return;
      }
      res.setHeader('content-type', file.mime);
      res.setHeader('content-length', String(file.size));
      res.setHeader('content-disposition', attachment(file.name));
      res.setHeader('cache-control', 'private, no-store');
      send(stream, res, deps.log);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  // TT2: a valid reservation's ticket, for the holder, sponsor and VIEW+: the stored file when it prints the current
  // data (rendered in the background, issue 14), else rendered now. A holder's or sponsor's download costs one prepared
  // statement (holderTicket); anyone else goes through the request's context and the booking's whole policy. The
  // stored file's ETag lets a browser revalidate (304) instead of downloading it again; every request is checked.
  router.get('/tickets/:file', async (req, res, next) => {
    try {
      const m = /^([0-9a-f-]{36})\.(png|pdf)$/.exec(String(req.params.file));
      if (!m) {
        notFound(res);
        return;
      }
      const format = m[2] as 'png' | 'pdf';
      const opts = { ifNoneMatch: req.headers['if-none-match'] };
      const cookie = req.headers.authorization ? undefined : req.headers.cookie;
      // The ORM's own EntityManager, not a fork per download (a fork was ~3% of the server's CPU per download):
      // holderTicket only sends statements, loads and persists no entity, and keeps a ticket drawn now in a fork.
      const doc =
        (cookie && (await holderTicket(deps, orm.em, parseCookies(cookie)[SESSION_COOKIE], m[1], format, opts))) ||
        (await ticketFor(await contextFor(req), m[1], format, opts));
      res.setHeader('cache-control', 'private, no-cache');
      if (doc.etag) res.setHeader('etag', doc.etag);
      if (doc.notModified || !doc.body) {
        res.status(304).end();
        return;
      }
      res.setHeader('content-type', doc.contentType);
      res.setHeader('content-length', String(doc.size));
      res.setHeader('content-disposition', attachment(doc.filename, req.query.inline ? 'inline' : 'attachment'));
      if (Buffer.isBuffer(doc.body)) res.end(doc.body);
      else send(doc.body, res, deps.log);
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
      const type = {
        PDF: 'application/pdf',
        XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ZIP: 'application/zip',
        TAR_GZ: 'application/gzip',
      }[exp.format];
      res.setHeader('content-type', type);
      if (exp.fileSize) res.setHeader('content-length', String(exp.fileSize));
      res.setHeader('content-disposition', attachment(exp.fileName ?? 'export'));
      res.setHeader('cache-control', 'private, no-store');
      send(stream, res, deps.log); // a cancelled download stops reading the file
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
        notFound(res);
        return;
      }
      res.setHeader('content-type', file.mime);
      res.setHeader('cache-control', 'private, max-age=86400'); // the URL changes with the template
      send(stream, res, deps.log);
    } catch (e) {
      sendDomainError(e, res, next);
    }
  });
  return router;
}
