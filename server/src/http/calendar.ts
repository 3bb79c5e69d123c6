import { Router, type NextFunction, type Request, type Response } from 'express';
import { DomainError } from '../core/errors';
import type { GraphQLContext } from '../graphql/context';
import { bookingCalendar, eventCalendar, type CalendarDocument } from '../modules/calendar';
import { attachment } from './media';

/** `<id>.ics` → the id (anything else: no such file). */
const idOf = (file: string) => (file.endsWith('.ics') ? file.slice(0, -4) : null);

/** SEC5: absent, not signed in and not allowed all answer the same 404. */
function fail(e: unknown, res: Response, next: NextFunction) {
  if (e instanceof DomainError && ['NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN'].includes(e.code))
    res.status(404).json({ error: 'Not found.', code: 'NOT_FOUND' });
  else next(e);
}

function send(res: Response, doc: CalendarDocument, cache: string) {
  res.set({
    'content-type': doc.contentType,
    'content-disposition': attachment(doc.filename),
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
  });
  res.send(doc.body);
}

/**
 * CL1: calendar files at stable URLs. `/calendar/events/<id>.ics`: whoever may see the event (a public event's,
 * anyone); `/calendar/bookings/<id>.ics`: the booking's holder and sponsor (session cookie or API token).
 */
export function calendarRouter(contextFor: (req: Request) => Promise<GraphQLContext>): Router {
  const router = Router();
  /** `GET <path>/<id>.ics`: the file `build` makes for that id, as the viewer may see it. */
  const serve = (path: string, build: (ctx: GraphQLContext, id: string) => Promise<CalendarDocument>, cache: string) =>
    router.get(`${path}/:file`, async (req, res, next) => {
      try {
        const id = idOf(String(req.params.file));
        if (!id) return fail(new DomainError('NOT_FOUND', 'Not found.'), res, next);
        send(res, await build(await contextFor(req), id), cache);
      } catch (e) {
        fail(e, res, next);
      }
    });
  serve('/events', eventCalendar, 'private, max-age=300');
  serve('/bookings', bookingCalendar, 'private, no-store');
  return router;
}
