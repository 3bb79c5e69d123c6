import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { DomainError } from '../../core/errors';
import { Event, EventVisibility, PermissionLevel } from '../../model';
import { audit } from '../audit';
import { eventAccess } from '../permissions';

/** What stands between a draft and its publication (issue 15: publishing with a checklist). */
export enum PublishProblem {
  NO_TICKET = 'NO_TICKET',
  EVENT_OVER = 'EVENT_OVER',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  SALES_OVER = 'SALES_OVER',
  PAID_WITHOUT_ONLINE_PAYMENT = 'PAID_WITHOUT_ONLINE_PAYMENT',
}

/** Problems that forbid publishing; the others are warnings the organizer publishes past knowingly. */
const BLOCKING: ReadonlySet<PublishProblem> = new Set([
  PublishProblem.NO_TICKET,
  PublishProblem.EVENT_OVER,
  PublishProblem.EVENT_CANCELLED,
]);

export interface PublishCheck {
  problem: PublishProblem;
  blocking: boolean;
}

/**
 * The checklist, read in one statement: tickets, paid ones (a price or a paid option), tickets still on sale, and
 * whether an active online payment account is chosen. A paid ticket without one is allowed (organizers may take
 * cash or cheques, BK7) but said: attendees then can't pay online.
 */
async function problemsOf(em: EntityManager, now: Date, event: Event): Promise<PublishCheck[]> {
  const [r] = await em.execute<Array<{ tickets: string; paid: string; on_sale: string; online: boolean }>>(
    `select count(t.id) as tickets,
            count(t.id) filter (where t.price_cents > 0
              or exists (select 1 from options o where o.ticket_id = t.id and o.price_cents > 0)) as paid,
            count(t.id) filter (where t.sales_close_at is null or t.sales_close_at > ?) as on_sale,
            exists (select 1 from payment_accounts a
                     where a.id in (e.paypal_account_id, e.lydia_account_id) and a.deactivated_at is null) as online
       from events e left join tickets t on t.event_id = e.id
      where e.id = ?
      group by e.id`,
    [now, event.id],
  );
  const problems: PublishProblem[] = [];
  if (event.cancelledAt) problems.push(PublishProblem.EVENT_CANCELLED);
  if (event.endsAt <= now) problems.push(PublishProblem.EVENT_OVER);
  if (Number(r.tickets) === 0) problems.push(PublishProblem.NO_TICKET);
  else if (Number(r.on_sale) === 0) problems.push(PublishProblem.SALES_OVER);
  if (Number(r.paid) > 0 && !r.online) problems.push(PublishProblem.PAID_WITHOUT_ONLINE_PAYMENT);
  return problems.map((problem) => ({ problem, blocking: BLOCKING.has(problem) }));
}

/** The checklist of an event, for EDIT (it tells about the event's set-up). */
export async function publishChecklist(ctx: ActorContext, eventId: string): Promise<PublishCheck[]> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.EDIT);
  return problemsOf(ctx.em, ctx.deps.clock.now(), event);
}

/**
 * Publishes a draft (EDIT): it becomes PUBLIC, INTERNAL or UNLISTED unless a blocking problem stands (CONFLICT with
 * `extensions.problems`). The event row is locked so that two publications, or a publication and a ticket's
 * deletion in the same instant, see each other. Audited as `event.published` with the warnings published past.
 */
export async function publishEvent(ctx: ActorContext, eventId: string, visibility: EventVisibility): Promise<Event> {
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.EDIT);
    // Read again under the row's lock: an edit (or another publication) committed meanwhile counts.
    await em.execute('select 1 from events where id = ? for update', [event.id]);
    await em.refresh(event);
    if (visibility === EventVisibility.DRAFT)
      throw new DomainError('CONFLICT', 'Publishing makes the event PUBLIC, INTERNAL or UNLISTED, not DRAFT.');
    if (event.visibility !== EventVisibility.DRAFT)
      throw new DomainError('CONFLICT', `The event is already published (${event.visibility}).`, {
        visibility: event.visibility,
      });
    const checks = await problemsOf(em, ctx.deps.clock.now(), event);
    const blocking = checks.filter((c) => c.blocking).map((c) => c.problem);
    if (blocking.length)
      throw new DomainError('CONFLICT', `The event can't be published yet: ${blocking.join(', ')}.`, {
        problems: blocking,
      });
    event.visibility = visibility;
    audit(ctx, em, {
      action: 'event.published',
      subjectType: 'Event',
      subjectId: event.id,
      data: { visibility, warnings: checks.map((c) => c.problem) },
    });
    return event;
  });
}
