import type { ActorContext } from '../../app-context';
import { executePrepared } from '../../db/prepared';
import { eventAccess } from '../permissions';
import { BookingStatus, type ExtraInfoBlocks, PermissionLevel } from '../../model';
import {
  DashboardGranularity,
  type DashboardOption,
  type DashboardOptionGroup,
  type DashboardRevenue,
  type DashboardTicket,
  type EventDashboard,
} from './dashboard.types';

/** DB1: a sale spanning at most this long is shown hour by hour, a longer one day by day. */
export const HOURLY_SPAN_HOURS = 72;

/**
 * DB1: every figure of the dashboard in ONE statement, so they are read from one snapshot (exact together, for the
 * data at the time of the request) and their number never depends on the number of bookings: PostgreSQL aggregates,
 * nothing is loaded booking by booking. Issue 15 (p99 ≤ 100 ms at 20,000 bookings): the event's bookings are not
 * materialized once (a CTE of every booking, then scanned and hashed again by each figure, cost more than it saved)
 * but read by each figure for itself, through `bookings_dashboard_index` (event and status, carrying the columns read:
 * index-only scans): per ticket and status (counts, prices, the sale's span); per hour made and per hour reserved
 * (the series: UTC hours first, then Paris local time per hour, not per booking); the reservations joined to their
 * check-ins, the live bookings to their chosen options and to their answers (of the event's own options and extra
 * information). Each join starts from the event's bookings and reaches the other table by an index on its booking
 * (check_ins' key, `booking_options_once`, `answers_one_per_requirement`, `payments_booking_id_index`): so a plan made
 * with stale statistics (a new event, 10,000 bookings not analyzed yet, as in test/api/dashboard.test.ts) stays a
 * loop of index lookups. A join of the chosen options and answers as one list (a union) was tried: the planner could
 * then loop over that list once per booking (10,000 bookings took 54 s). Every placeholder is the event but the third:
 * 'hour', 'day' or null (chosen by the sale's span). Revenue definitions: docs/dashboard.md.
 */
const DASHBOARD_SQL = `
with per as (
  select ticket_id, status, count(*) as n, coalesce(sum(price_cents), 0) as cents,
         count(*) filter (where price_cents = 0) as free,
         min(created_at) as first_at, max(greatest(created_at, reserved_at)) as last_at
    from bookings where event_id = ? group by ticket_id, status),
checked_in as (
  -- TT4: only reservations are checked in; one later put in opposition is no longer counted in.
  select b.ticket_id, count(*) as n
    from bookings b join check_ins c on c.booking_id = b.id
   where b.event_id = ? and b.status = 'RESERVED' and c.event_id = b.event_id
   group by b.ticket_id),
unit as (
  select coalesce(?::text,
    case when coalesce(max(last_at) - min(first_at), interval '0') <= make_interval(hours => ${HOURLY_SPAN_HOURS})
         then 'hour' else 'day' end) as u
    from per),
steps as (
  -- UTC hours first (plain arithmetic), then Paris hours or days per hour: Paris is a whole number of hours from UTC,
  -- so an hour never straddles two Paris steps, and the time zone is applied per hour, not per booking.
  select date_trunc(unit.u, h.at at time zone 'Europe/Paris') as at, sum(h.made) as bookings,
         sum(h.kept) as reservations, sum(h.cents) as cents
    from (select date_bin('1 hour', created_at, timestamptz '2000-01-01 00:00:00+00') as at, count(*) as made,
                 0 as kept, 0 as cents
            from bookings where event_id = ? group by 1
          union all
          select date_bin('1 hour', reserved_at, timestamptz '2000-01-01 00:00:00+00'), 0, count(*), sum(price_cents)
            from bookings where event_id = ? and status = 'RESERVED' group by 1) h, unit
   group by 1),
running as (
  select at, bookings, reservations, cents,
         sum(bookings) over w as bookings_total, sum(reservations) over w as reservations_total,
         sum(cents) over w as cents_total
    from steps window w as (order by at)),
event_tickets as (select id, name, capacity, places_taken, position, created_at from tickets where event_id = ?),
event_options as (
  select o.id, o.ticket_id, o.group_id, o.name, t.position as t_pos, t.created_at as t_at, o.position
    from options o join event_tickets t on t.id = o.ticket_id),
event_infos as (
  select x.id, x.ticket_id, x.label, x.blocks, t.position as t_pos, t.created_at as t_at, x.position
    from extra_infos x join event_tickets t on t.id = x.ticket_id)
select now() as computed_at,
  (select u from unit) as unit,
  (select coalesce(json_agg(json_build_object('ticketId', p.ticket_id, 'status', p.status, 'count', p.n,
      'cents', p.cents, 'free', p.free,
      'checkedIn', case when p.status = 'RESERVED' then coalesce(c.n, 0) else 0 end)), '[]')
     from per p left join checked_in c on c.ticket_id = p.ticket_id) as per,
  (select json_build_object(
      'toRefundCents', coalesce(sum(p.amount_cents) filter (where p.currency = 'EUR'), 0),
      'toRefundCount', count(*))
     from payments p join bookings b on b.id = p.booking_id
    where b.event_id = ? and (not p.conforming or p.problem is not null)) as refunds,
  (select coalesce(json_agg(json_build_object(
      'at', at at time zone 'Europe/Paris', 'bookings', bookings, 'reservations', reservations, 'revenueCents', cents,
      'bookingsTotal', bookings_total, 'reservationsTotal', reservations_total, 'revenueCentsTotal', cents_total)
      order by at), '[]')
     from running) as series,
  (select coalesce(json_agg(json_build_object(
      'ticketId', id, 'name', name, 'capacity', capacity, 'placesTaken', places_taken)
      order by position, created_at, id), '[]')
     from event_tickets) as tickets,
  (select coalesce(json_agg(json_build_object(
      'optionId', o.id, 'ticketId', o.ticket_id, 'groupId', o.group_id, 'name', o.name,
      'reserved', coalesce(f.reserved, 0), 'preReserved', coalesce(f.pre, 0))
      order by o.t_pos, o.t_at, o.ticket_id, o.position, o.id), '[]')
     from event_options o
     left join (
       select bo.option_id, count(*) filter (where b.status = 'RESERVED') as reserved,
              count(*) filter (where b.status = 'PRE_RESERVED') as pre
         from bookings b join booking_options bo on bo.booking_id = b.id
        where b.event_id = ? and b.status in ('PRE_RESERVED', 'RESERVED')
          and bo.option_id in (select id from event_options)
        group by bo.option_id) f on f.option_id = o.id) as options,
  (select coalesce(json_agg(json_build_object('groupId', g.id, 'ticketId', g.ticket_id, 'name', g.name)
      order by t.position, t.created_at, t.id, g.position, g.id), '[]')
     from option_groups g join event_tickets t on t.id = g.ticket_id) as groups,
  (select coalesce(json_agg(json_build_object(
      'extraInfoId', x.id, 'ticketId', x.ticket_id, 'label', x.label, 'blocks', x.blocks,
      'waiting', coalesce(f.waiting, 0), 'validated', coalesce(f.validated, 0))
      order by x.t_pos, x.t_at, x.ticket_id, x.position, x.id), '[]')
     from event_infos x
     left join (
       select a.extra_info_id, count(*) filter (where a.validated_at is null) as waiting,
              count(a.validated_at) as validated
         from bookings b join answers a on a.booking_id = b.id
        where b.event_id = ? and b.status in ('PRE_RESERVED', 'RESERVED')
          and a.extra_info_id in (select id from event_infos)
        group by a.extra_info_id) f on f.extra_info_id = x.id) as answers`;

/** The dashboard's one statement for an event (`?` placeholders), prepared under `name`; bench/dashboard.bench.ts runs it bare. */
export function dashboardStatement(eventId: string, granularity: DashboardGranularity | null) {
  const unit = granularity === null ? null : granularity === DashboardGranularity.HOUR ? 'hour' : 'day';
  const e = eventId;
  return { name: 'event-dashboard', sql: DASHBOARD_SQL, params: [e, e, unit, e, e, e, e, e, e] };
}

interface PerRow {
  ticketId: string;
  status: BookingStatus;
  count: number;
  cents: number;
  free: number;
  checkedIn: number;
}

interface OptionRow {
  optionId: string;
  ticketId: string;
  groupId: string | null;
  name: string;
  reserved: number;
  preReserved: number;
}

interface DashboardRow {
  computed_at: string | Date;
  unit: 'hour' | 'day';
  per: PerRow[];
  refunds: Pick<DashboardRevenue, 'toRefundCents' | 'toRefundCount'>;
  series: Array<Omit<EventDashboard['series'][number], 'at'> & { at: string }>;
  tickets: Array<Pick<DashboardTicket, 'ticketId' | 'name' | 'capacity' | 'placesTaken'>>;
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
  const { name, sql, params } = dashboardStatement(event.id, granularity);
  const [row] = await executePrepared<DashboardRow>(ctx.em, name, sql, params);
  const tickets: DashboardTicket[] = row.tickets.map((t) => {
    const of = (status: BookingStatus) => row.per.find((p) => p.ticketId === t.ticketId && p.status === status);
    const reserved = of(BookingStatus.RESERVED);
    return {
      ...t,
      preReserved: of(BookingStatus.PRE_RESERVED)?.count ?? 0,
      reserved: reserved?.count ?? 0,
      // TT4: only reservations are checked in; one later put in opposition is no longer counted in.
      checkedIn: reserved?.checkedIn ?? 0,
    };
  });
  const choice = ({ optionId, ticketId, name, reserved, preReserved }: OptionRow): DashboardOption => ({
    optionId,
    ticketId,
    name,
    reserved,
    preReserved,
  });
  return {
    computedAt: new Date(row.computed_at),
    granularity: row.unit === 'hour' ? DashboardGranularity.HOUR : DashboardGranularity.DAY,
    revenue: { ...revenueOf(row.per), ...row.refunds },
    series: row.series.map((p) => ({ ...p, at: new Date(p.at) })),
    tickets,
    options: row.options.filter((o) => !o.groupId).map(choice),
    groups: row.groups.map((g) =>
      groupFigures(g, row.options.filter((o) => o.groupId === g.groupId).map(choice), tickets),
    ),
    answers: row.answers.map((x) => {
      // XI3: every live booking of the ticket owes an answer; those without one are missing.
      const ticket = tickets.find((t) => t.ticketId === x.ticketId);
      return { ...x, missing: (ticket ? ticket.preReserved + ticket.reserved : 0) - x.waiting - x.validated };
    }),
  };
}

/** Paid, pending and lost revenue (docs/dashboard.md) from the counts per ticket and status. */
function revenueOf(per: PerRow[]): Omit<DashboardRevenue, 'toRefundCents' | 'toRefundCount'> {
  const sum = (statuses: BookingStatus[], k: 'count' | 'cents' | 'free') =>
    per.filter((p) => statuses.includes(p.status)).reduce((n, p) => n + p[k], 0);
  const reserved = [BookingStatus.RESERVED];
  return {
    paidCents: sum(reserved, 'cents'),
    paidCount: sum(reserved, 'count') - sum(reserved, 'free'),
    freeCount: sum(reserved, 'free'),
    pendingCents: sum([BookingStatus.PRE_RESERVED], 'cents'),
    pendingCount: sum([BookingStatus.PRE_RESERVED], 'count'),
    lostCents: sum([BookingStatus.OPPOSED], 'cents'),
    lostCount: sum([BookingStatus.OPPOSED], 'count'),
    endedCount: sum([BookingStatus.DELETED, BookingStatus.EXPIRED], 'count'),
  };
}

/**
 * OP2: a group's choices and its implicit "none": the ticket's live bookings that chose nothing in the group (a
 * booking holds at most one choice per group, a unique index, so the difference is exact).
 */
function groupFigures(
  g: { groupId: string; ticketId: string; name: string },
  choices: DashboardOption[],
  tickets: DashboardTicket[],
): DashboardOptionGroup {
  const ticket = tickets.find((t) => t.ticketId === g.ticketId);
  const sum = (k: 'reserved' | 'preReserved') => choices.reduce((n, c) => n + c[k], 0);
  const none: DashboardOption = {
    optionId: null,
    ticketId: g.ticketId,
    name: '',
    reserved: (ticket?.reserved ?? 0) - sum('reserved'),
    preReserved: (ticket?.preReserved ?? 0) - sum('preReserved'),
  };
  return { ...g, choices: [...choices, none] };
}
