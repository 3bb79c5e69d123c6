import type { ActorContext } from '../../app-context';
import { badInput } from '../../core/errors';
import { PermissionLevel } from '../../model';
import { shownName } from '../accounts';
import { eventAccess } from '../permissions';

/** What an event's audit log is about: the event itself (settings, permissions, exports, door), a ticket, a booking. */
export type EventAuditSubject = 'EVENT' | 'TICKET' | 'BOOKING';
/** Which part of an event's audit log to read. */
export type EventAuditScope = 'ALL' | 'SETTINGS' | 'BOOKINGS';

export interface EventAuditRow {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  reason: string | null;
  details: string | null;
  subject: EventAuditSubject;
  subjectId: string;
  /** The ticket's name or the booking's reference. */
  subjectLabel: string | null;
}

export interface EventAuditPage {
  nodes: EventAuditRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const SUBJECTS: Record<string, EventAuditSubject> = { Event: 'EVENT', Ticket: 'TICKET', Booking: 'BOOKING' };

/** A cursor is the last entry's id (the log's own order), opaque to clients. */
const encode = (id: string) => Buffer.from(`audit|${id}`).toString('base64url');
function decode(cursor: string): string {
  const m = /^audit\|(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badInput({ after: 'INVALID_FORMAT' }, 'Invalid cursor.');
  return m[1];
}

interface Row {
  id: string;
  at: Date;
  action: string;
  reason: string | null;
  data: unknown;
  subject_type: string;
  subject_id: string;
  first_name: string | null;
  last_name: string | null;
  has_actor: boolean;
  label: string | null;
}

/**
 * BK14, for a whole event (issue 15): every entry about the event, its tickets (and their options and extra
 * information, logged under the ticket) and its bookings, newest first, for the event's ADMINs. Three index-driven
 * branches, each stopped at the page's size, merged: the cost follows the page, not the log's length.
 */
export async function eventAuditLog(
  ctx: ActorContext,
  eventId: string,
  opts: { first: number; after?: string | null; scope: EventAuditScope },
): Promise<EventAuditPage> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  const limit = Math.min(Math.max(opts.first, 1), 200);
  const before = opts.after ? decode(opts.after) : null;
  const page = `${before ? 'and a.id < ?' : ''} order by a.id desc limit ${limit + 1}`;
  const branches: Array<{ sql: string; params: unknown[] }> = [];
  const at = before ? [before] : [];
  if (opts.scope !== 'BOOKINGS') {
    branches.push({
      sql: `select a.*, null::text as label from audit_log a
             where a.subject_type = 'Event' and a.subject_id = ? ${page}`,
      params: [event.id, ...at],
    });
    branches.push({
      sql: `select a.*, t.name as label from tickets t
              join audit_log a on a.subject_type = 'Ticket' and a.subject_id = t.id::text
             where t.event_id = ? ${page}`,
      params: [event.id, ...at],
    });
  }
  if (opts.scope !== 'SETTINGS') {
    branches.push({
      sql: `select a.*, b.reference as label from bookings b
              join audit_log a on a.subject_type = 'Booking' and a.subject_id = b.id::text
             where b.event_id = ? ${page}`,
      params: [event.id, ...at],
    });
  }
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select x.id::text as id, x.at, x.action, x.reason, x.data, x.subject_type, x.subject_id, x.label,
            u.first_name, u.last_name, x.actor_id is not null as has_actor
       from (${branches.map((b) => `(${b.sql})`).join(' union all ')}) x
       left join users u on u.id = x.actor_id
      order by x.id desc limit ${limit + 1}`,
    branches.flatMap((b) => b.params),
  );
  const language = ctx.viewer?.user.language;
  const nodes = rows.slice(0, limit).map((r): EventAuditRow => ({
    id: r.id,
    at: new Date(r.at),
    action: r.action,
    actorName: r.has_actor ? shownName(r.first_name, r.last_name, language) : null,
    reason: r.reason,
    details: r.data == null ? null : JSON.stringify(r.data),
    subject: SUBJECTS[r.subject_type],
    subjectId: r.subject_id,
    subjectLabel: r.label,
  }));
  return {
    nodes,
    endCursor: nodes.length ? encode(nodes[nodes.length - 1].id) : null,
    hasNextPage: rows.length > limit,
  };
}
