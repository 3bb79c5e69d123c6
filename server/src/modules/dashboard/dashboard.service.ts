import type { ActorContext } from '../../app-context';
import { executePrepared } from '../../db/prepared';
import { eventAccess } from '../permissions';
import { type ExtraInfoBlocks, PermissionLevel } from '../../model';
import {
  DashboardGranularity,
  type DashboardOption,
  type DashboardOptionGroup,
  type EventDashboard,
} from './dashboard.types';

/** DB1: a sale spanning at most this long is shown hour by hour, a longer one day by day. */
export const HOURLY_SPAN_HOURS = 72;

/**
 * DB1: every figure of the dashboard in ONE statement, so they are read from one snapshot (exact together, for the
 * data at the time of the request) and their number never depends on the number of bookings: each part is an
 * aggregation in PostgreSQL, nothing is loaded booking by booking. `$1` the event, `$2` 'hour', 'day' or null (chosen
 * by the sale's span). Revenue definitions: docs/dashboard.md.
 */
const DASHBOARD_SQL = `
with b as (select id, ticket_id, status, price_cents, created_at, reserved_at from bookings where event_id = ?),
unit as (
  select coalesce(?::text,
    case when coalesce(greatest(max(created_at), max(reserved_at)) - min(created_at), interval '0')
              <= make_interval(hours => ${HOURLY_SPAN_HOURS}) then 'hour' else 'day' end) as u
  from b),
made as (select date_trunc(unit.u, b.created_at, 'Europe/Paris') as at, count(*) as n from b, unit group by 1),
kept as (
  select date_trunc(unit.u, b.reserved_at, 'Europe/Paris') as at, count(*) as n, sum(b.price_cents) as cents
    from b, unit where b.status = 'RESERVED' group by 1),
steps as (
  select coalesce(m.at, k.at) as at, coalesce(m.n, 0) as bookings, coalesce(k.n, 0) as reservations,
         coalesce(k.cents, 0) as cents
    from made m full join kept k on k.at = m.at),
running as (
  select at, bookings, reservations, cents,
         sum(bookings) over w as bookings_total, sum(reservations) over w as reservations_total,
         sum(cents) over w as cents_total
    from steps window w as (order by at))
select now() as computed_at,
  (select u from unit) as unit,
  (select json_build_object(
      'paidCents', coalesce(sum(price_cents) filter (where status = 'RESERVED'), 0),
      'paidCount', count(*) filter (where status = 'RESERVED' and price_cents > 0),
      'freeCount', count(*) filter (where status = 'RESERVED' and price_cents = 0),
      'pendingCents', coalesce(sum(price_cents) filter (where status = 'PRE_RESERVED'), 0),
      'pendingCount', count(*) filter (where status = 'PRE_RESERVED'),
      'lostCents', coalesce(sum(price_cents) filter (where status = 'OPPOSED'), 0),
      'lostCount', count(*) filter (where status = 'OPPOSED'),
      'endedCount', count(*) filter (where status in ('DELETED', 'EXPIRED')))
     from b) as revenue,
  (select json_build_object(
      'toRefundCents', coalesce(sum(p.amount_cents) filter (where p.currency = 'EUR'), 0),
      'toRefundCount', count(*))
     from payments p join b on b.id = p.booking_id
    where not p.conforming or p.problem is not null) as refunds,
  (select coalesce(json_agg(json_build_object(
      'at', at, 'bookings', bookings, 'reservations', reservations, 'revenueCents', cents,
      'bookingsTotal', bookings_total, 'reservationsTotal', reservations_total, 'revenueCentsTotal', cents_total)
      order by at), '[]')
     from running) as series,
  (select coalesce(json_agg(json_build_object(
      'ticketId', t.id, 'name', t.name, 'capacity', t.capacity, 'placesTaken', t.places_taken,
      'preReserved', coalesce(f.pre, 0), 'reserved', coalesce(f.reserved, 0), 'checkedIn', coalesce(f.checked_in, 0))
      order by t.position, t.created_at, t.id), '[]')
     from tickets t
     left join (
       select tb.ticket_id,
              count(*) filter (where tb.status = 'PRE_RESERVED') as pre,
              count(*) filter (where tb.status = 'RESERVED') as reserved,
              count(c.booking_id) filter (where tb.status = 'RESERVED') as checked_in
         from b tb left join check_ins c on c.booking_id = tb.id and c.event_id = ?
        group by tb.ticket_id) f on f.ticket_id = t.id
    where t.event_id = ?) as tickets,
  (select coalesce(json_agg(json_build_object(
      'optionId', o.id, 'ticketId', o.ticket_id, 'groupId', o.group_id, 'groupName', g.name, 'name', o.name,
      'reserved', f.reserved, 'preReserved', f.pre)
      order by t.position, t.created_at, t.id, g.position nulls first, g.id, o.position, o.id), '[]')
     from options o join tickets t on t.id = o.ticket_id
     left join option_groups g on g.id = o.group_id
     cross join lateral (
       select count(*) filter (where ob.status = 'RESERVED') as reserved,
              count(*) filter (where ob.status = 'PRE_RESERVED') as pre
         from booking_options bo join bookings ob on ob.id = bo.booking_id
        where bo.option_id = o.id) f
    where t.event_id = ?) as options,
  (select coalesce(json_agg(json_build_object(
      'groupId', g.id, 'ticketId', g.ticket_id, 'name', g.name) order by t.position, t.created_at, t.id, g.position, g.id), '[]')
     from option_groups g join tickets t on t.id = g.ticket_id
    where t.event_id = ?) as groups,
  (select coalesce(json_agg(json_build_object(
      'extraInfoId', x.id, 'ticketId', x.ticket_id, 'label', x.label, 'blocks', x.blocks,
      'waiting', f.waiting, 'validated', f.validated) order by t.position, t.created_at, t.id, x.position, x.id), '[]')
     from extra_infos x join tickets t on t.id = x.ticket_id
     cross join lateral (
       select count(*) filter (where a.validated_at is null) as waiting, count(a.validated_at) as validated
         from answers a join bookings ab on ab.id = a.booking_id
        where a.extra_info_id = x.id and ab.status in ('PRE_RESERVED', 'RESERVED')) f
    where t.event_id = ?) as answers`;

interface OptionRow {
  optionId: string;
  ticketId: string;
  groupId: string | null;
  groupName: string | null;
  name: string;
  reserved: number;
  preReserved: number;
}

interface DashboardRow {
  computed_at: string | Date;
  unit: 'hour' | 'day';
  revenue: Omit<EventDashboard['revenue'], 'toRefundCents' | 'toRefundCount'>;
  refunds: Pick<EventDashboard['revenue'], 'toRefundCents' | 'toRefundCount'>;
  series: Array<Omit<EventDashboard['series'][number], 'at'> & { at: string }>;
  tickets: EventDashboard['tickets'];
  options: OptionRow[];
  groups: Array<{ groupId: string; ticketId: string; name: string }>;
  answers: Array<{
    extraInfoId: string;
    ticketId: string;
    label: string;
    blocks: ExtraInfoBlocks;
    waiting: number;
    validated: number;
  }>;
}

/** DB1: the event's dashboard, for VIEW and above (PM3: the errors of every other read of the event's data). */
export async function eventDashboard(
  ctx: ActorContext,
  eventId: string,
  granularity: DashboardGranularity | null,
): Promise<EventDashboard> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.VIEW);
  const unit = granularity === null ? null : granularity === DashboardGranularity.HOUR ? 'hour' : 'day';
  const [row] = await executePrepared<DashboardRow>(ctx.em, 'event-dashboard', DASHBOARD_SQL, [
    event.id,
    unit,
    event.id,
    event.id,
    event.id,
    event.id,
    event.id,
  ]);
  return {
    computedAt: new Date(row.computed_at),
    granularity: row.unit === 'hour' ? DashboardGranularity.HOUR : DashboardGranularity.DAY,
    revenue: { ...row.revenue, ...row.refunds },
    series: row.series.map((p) => ({ ...p, at: new Date(p.at) })),
    tickets: row.tickets,
    options: row.options
      .filter((o) => !o.groupId)
      .map(({ optionId, ticketId, name, reserved, preReserved }) => ({
        optionId,
        ticketId,
        name,
        reserved,
        preReserved,
      })),
    groups: row.groups.map((g) => groupFigures(g, row.options, row.tickets)),
    answers: row.answers.map((x) => {
      // XI3: every live booking of the ticket owes an answer; those without one are missing.
      const ticket = row.tickets.find((t) => t.ticketId === x.ticketId);
      return { ...x, missing: (ticket ? ticket.preReserved + ticket.reserved : 0) - x.waiting - x.validated };
    }),
  };
}

/**
 * OP2: a group's choices and its implicit "none": the ticket's live bookings that chose nothing in the group (a
 * booking holds at most one choice per group, a unique index, so the difference is exact).
 */
function groupFigures(
  g: { groupId: string; ticketId: string; name: string },
  options: OptionRow[],
  tickets: EventDashboard['tickets'],
): DashboardOptionGroup {
  const choices: DashboardOption[] = options
    .filter((o) => o.groupId === g.groupId)
    .map(({ optionId, ticketId, name, reserved, preReserved }) => ({
      optionId,
      ticketId,
      name,
      reserved,
      preReserved,
    }));
  const ticket = tickets.find((t) => t.ticketId === g.ticketId);
  const sum = (k: 'reserved' | 'preReserved') => choices.reduce((n, c) => n + c[k], 0);
  choices.push({
    optionId: null,
    ticketId: g.ticketId,
    name: '',
    reserved: (ticket?.reserved ?? 0) - sum('reserved'),
    preReserved: (ticket?.preReserved ?? 0) - sum('preReserved'),
  });
  return { ...g, choices };
}
