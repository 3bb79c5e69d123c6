// DB1: an event's sales in bulk, straight into PostgreSQL (the dashboard's statement test and bench/dashboard.bench.ts).
import type { Knex } from '@mikro-orm/postgresql';

export const DASHBOARD = `query($id: ID!, $g: DashboardGranularity) { event(id: $id) { id dashboard(granularity: $g) {
  computedAt granularity
  revenue { paidCents paidCount freeCount pendingCents pendingCount lostCents lostCount endedCount toRefundCents toRefundCount }
  series { at bookings reservations revenueCents bookingsTotal reservationsTotal revenueCentsTotal }
  tickets { ticketId name capacity placesTaken preReserved reserved checkedIn }
  options { optionId ticketId name reserved preReserved }
  groups { groupId ticketId name choices { optionId name reserved preReserved } }
  answers { extraInfoId ticketId label blocks waiting validated missing } } } }`;

/**
 * `count` bookings of one ticket (unlimited capacity) over the last `days` days: every third a reservation (a third of
 * those checked in), every fifth in opposition, the others pre-reservations; each chooses `optionId` when given and
 * answers `extraInfoId` when given (validated for reservations). Background ticket renders are dropped.
 */
export async function insertSales(
  knex: Knex,
  o: { eventId: string; ticketId: string; count: number; days?: number; optionId?: string; extraInfoId?: string },
): Promise<void> {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  await knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: Array<{ id: string; status: string }> }>(
      `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name,
                             status, price_cents, reserved_at, ended_at, opposition_reason, created_at, updated_at)
       select gen_random_uuid(), 'DB' || upper(substr(md5(? || i), 1, 12)), ?, ?, 'sale-' || ? || '-' || i || '@example.org',
              'Test', 'Vente ' || i, s.status, 1500,
              case when s.status in ('RESERVED', 'OPPOSED') then at + interval '1 hour' end,
              case when s.status = 'OPPOSED' then at + interval '2 hours' end,
              case when s.status = 'OPPOSED' then 'Remboursé' end, at, at
         from generate_series(1, ?::int) i,
              lateral (select now() - (? * interval '1 day') * (i::float / ?) - interval '3 hours' as at) t,
              lateral (select case when i % 5 = 0 then 'OPPOSED' when i % 3 = 0 then 'RESERVED' else 'PRE_RESERVED' end
                         as status) s
       returning id, status`,
      [tag, o.eventId, o.ticketId, tag, o.count, o.days ?? 20, o.count],
    );
    const ids = rows.map((r) => r.id);
    const reserved = rows.filter((r) => r.status === 'RESERVED').map((r) => r.id);
    if (o.optionId)
      await trx.raw(
        `insert into booking_options (id, booking_id, option_id, name, price_cents)
         select gen_random_uuid(), b, ?, 'Option', 0 from unnest(?::uuid[]) b`,
        [o.optionId, ids],
      );
    if (o.extraInfoId)
      await trx.raw(
        `insert into answers (id, booking_id, extra_info_id, text_value, updated_at, validated_at)
         select gen_random_uuid(), b, ?, 'Rien', now(), case when b = any(?::uuid[]) then now() end
           from unnest(?::uuid[]) b`,
        [o.extraInfoId, reserved, ids],
      );
    await trx.raw(
      `insert into check_ins (booking_id, event_id, checked_in_at, method)
       select b, ?, now(), 'MANUAL' from unnest(?::uuid[]) with ordinality as r(b, n) where n % 3 = 0`,
      [o.eventId, reserved],
    );
    const { rows: queue } = await trx.raw<{ rows: Array<{ q: string | null }> }>(
      `select to_regclass('ticket_render_queue') as q`,
    );
    if (queue[0].q) await trx.raw(`delete from ticket_render_queue where booking_id = any(?::uuid[])`, [ids]);
  });
}
