import { expect } from 'chai';
import { useApp } from '../support/app';
import { answerValue, GIVE, MARK_PAID, OPPOSE, DELETE, sql, VALIDATE } from '../support/booking-fixtures';
import { DASHBOARD, insertSales } from '../support/dashboard-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { pgStatements } from '../support/lane-answers';

const CHECK_IN = `mutation($e: ID!, $b: ID!) { checkIn(eventId: $e, bookingId: $b) { status } }`;
const EXPORTS = `query($id: ID!) { event(id: $id) { id exports { id } } }`;

describe('API: the event dashboard (DB1)', function () {
  this.timeout(60_000);
  // No job runner: background work (mail, ticket renders) is not counted among the dashboard's statements.
  const t = useApp({ env: { JOBS: 'false' } });
  let p: Record<'alice' | 'bruno' | 'chloe' | 'eve', ApiClient>;
  before(async () => {
    p = await signInAll(t, {
      alice: 'alice@example.org',
      bruno: 'bruno@example.org',
      chloe: 'chloe@example.org',
      eve: 'exterieur@example.org',
    });
  });

  const book = async (c: ApiClient, ticketId: string, optionIds: string[] = []) =>
    (await c.data(BOOK, { i: { ticketId, optionIds } })).book as { id: string; priceCents: number };

  /** A known set: paid, free, pending, opposed, deleted bookings, options, a group, answers, a check-in. */
  async function knownEvent() {
    const ev = await organizerEvent(t);
    const gala = await ev.ticket({ name: 'Gala', priceCents: 1500, capacity: 100 });
    const free = await ev.ticket({ name: 'Libre', priceCents: 0, capacity: 10 });
    const cloakroom = await ev.option(gala, 'Vestiaire', 200);
    const meal = await ev.group(gala, 'Repas', [
      ['Viande', 0],
      ['Végé', 0],
    ]);
    const allergies = await ev.extraInfo(gala, { label: 'Allergies', type: 'TEXT', blocks: 'ENTRY' });
    const size = await ev.extraInfo(free, { label: 'Taille', type: 'CHOICE', blocks: 'ENTRY', choices: ['S', 'M'] });

    const alice = await book(p.alice, gala, [cloakroom, meal.options[0]]);
    const aliceAnswer = (await answerValue(p.alice, alice.id, allergies, { text: 'Aucune' })).data!.answerExtraInfo.id;
    await ev.board.data(VALIDATE, { id: aliceAnswer });
    await ev.board.data(MARK_PAID, { i: { bookingId: alice.id, method: 'CASH', amountCents: 1700, reference: '' } });
    expect((await ev.board.data(CHECK_IN, { e: ev.eventId, b: alice.id })).checkIn.status).to.equal('OK');

    const bruno = await book(p.bruno, gala, [meal.options[1]]);
    await answerValue(p.bruno, bruno.id, allergies, { text: 'Arachides' });

    const chloe = await book(p.chloe, gala);
    await ev.board.data(MARK_PAID, { i: { bookingId: chloe.id, method: 'CARD', amountCents: 1500, reference: '' } });
    await ev.board.data(OPPOSE, { id: chloe.id, r: 'Remboursée' });

    const eve = await book(p.eve, free);
    const deleted = await book(ev.board, gala, [cloakroom]);
    await ev.board.data(DELETE, { id: deleted.id });
    // A payment that paid nothing (PY3: kept, flagged for a refund), recorded as the providers' path records it.
    await sql(t).execute(
      `insert into payments (id, booking_id, provider, method, amount_cents, currency, reference, conforming, problem)
       values (gen_random_uuid(), ?, 'MANUAL', 'CASH', 999, 'EUR', 'test', false, 'second payment')`,
      [bruno.id],
    );
    return { ev, gala, free, cloakroom, meal, allergies, size, alice, bruno, chloe, eve };
  }

  it('DB1: revenue paid / pending / lost, fill, options, group choices, answers and door figures match a known set of bookings', async () => {
    const k = await knownEvent();
    const d = (await k.ev.board.data(DASHBOARD, { id: k.ev.eventId })).event.dashboard;
    expect(d.revenue).to.deep.equal({
      paidCents: 1700,
      paidCount: 1,
      freeCount: 1,
      pendingCents: 1500,
      pendingCount: 1,
      lostCents: 1500,
      lostCount: 1,
      endedCount: 1,
      toRefundCents: 999,
      toRefundCount: 1,
    });
    expect(d.tickets).to.deep.equal([
      { ticketId: k.gala, name: 'Gala', capacity: 100, placesTaken: 2, preReserved: 1, reserved: 1, checkedIn: 1 },
      { ticketId: k.free, name: 'Libre', capacity: 10, placesTaken: 1, preReserved: 0, reserved: 1, checkedIn: 0 },
    ]);
    expect(d.options).to.deep.equal([
      { optionId: k.cloakroom, ticketId: k.gala, name: 'Vestiaire', reserved: 1, preReserved: 0 },
    ]);
    expect(d.groups).to.deep.equal([
      {
        groupId: k.meal.id,
        ticketId: k.gala,
        name: 'Repas',
        choices: [
          { optionId: k.meal.options[0], name: 'Viande', reserved: 1, preReserved: 0 },
          { optionId: k.meal.options[1], name: 'Végé', reserved: 0, preReserved: 1 },
          { optionId: null, name: '', reserved: 0, preReserved: 0 },
        ],
      },
    ]);
    expect(d.answers).to.deep.equal([
      {
        extraInfoId: k.allergies,
        ticketId: k.gala,
        label: 'Allergies',
        blocks: 'ENTRY',
        waiting: 1,
        validated: 1,
        missing: 0,
      },
      { extraInfoId: k.size, ticketId: k.free, label: 'Taille', blocks: 'ENTRY', waiting: 0, validated: 0, missing: 1 },
    ]);
    // Everything happened within the hour: one hourly step; what is still a reservation counts, with its price.
    expect(d.granularity).to.equal('HOUR');
    const last = d.series[d.series.length - 1];
    expect(last).to.include({ bookingsTotal: 5, reservationsTotal: 2, revenueCentsTotal: 1700 });
    expect(d.series.reduce((n: number, s: { bookings: number }) => n + s.bookings, 0)).to.equal(5);
    expect(new Date(d.computedAt).getTime()).to.be.closeTo(Date.now(), 60_000);

    // Exact at the time of the request: a new reservation and a check-in show on the next read.
    await k.ev.board.data(MARK_PAID, {
      i: { bookingId: k.bruno.id, method: 'CASH', amountCents: 1500, reference: '' },
    });
    const after = (await k.ev.board.data(DASHBOARD, { id: k.ev.eventId })).event.dashboard;
    expect(after.revenue).to.include({ paidCents: 3200, paidCount: 2, pendingCents: 0, pendingCount: 0 });
    expect(after.tickets[0]).to.include({ preReserved: 0, reserved: 2, checkedIn: 1 });
    expect(after.groups[0].choices[1]).to.include({ reserved: 1, preReserved: 0 });
  });

  it('DB1: the series counts bookings and reservations per Paris day (or hour), with running totals', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 1000, capacity: null });
    const a = await book(p.alice, ticket);
    const b = await book(p.bruno, ticket);
    const c = await book(p.chloe, ticket);
    for (const x of [a, b])
      await ev.board.data(MARK_PAID, { i: { bookingId: x.id, method: 'CASH', amountCents: 1000, reference: '' } });
    // 23:30 in Paris on 28 March (UTC+1), 00:30 on the 29th, and a week later (UTC+2 by then).
    const at = { [a.id]: '2026-03-28T22:30:00Z', [b.id]: '2026-03-28T23:30:00Z', [c.id]: '2026-04-05T10:00:00Z' };
    for (const [id, when] of Object.entries(at))
      await sql(t).execute(
        `update bookings set created_at = ?, reserved_at = case when reserved_at is null then null
        else ?::timestamptz + interval '10 minutes' end where id = ?`,
        [when, when, id],
      );

    const days = (await ev.board.data(DASHBOARD, { id: ev.eventId })).event.dashboard;
    expect(days.granularity, 'a sale over more than 72 hours goes day by day').to.equal('DAY');
    expect(days.series).to.deep.equal([
      {
        at: '2026-03-27T23:00:00.000Z',
        bookings: 1,
        reservations: 1,
        revenueCents: 1000,
        bookingsTotal: 1,
        reservationsTotal: 1,
        revenueCentsTotal: 1000,
      },
      {
        at: '2026-03-28T23:00:00.000Z',
        bookings: 1,
        reservations: 1,
        revenueCents: 1000,
        bookingsTotal: 2,
        reservationsTotal: 2,
        revenueCentsTotal: 2000,
      },
      {
        at: '2026-04-04T22:00:00.000Z',
        bookings: 1,
        reservations: 0,
        revenueCents: 0,
        bookingsTotal: 3,
        reservationsTotal: 2,
        revenueCentsTotal: 2000,
      },
    ]);
    const hours = (await ev.board.data(DASHBOARD, { id: ev.eventId, g: 'HOUR' })).event.dashboard;
    expect(hours.granularity).to.equal('HOUR');
    expect(hours.series.map((s: { at: string }) => s.at)).to.deep.equal([
      '2026-03-28T22:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-04-05T10:00:00.000Z',
    ]);
  });

  it('DB1: VIEW sees the dashboard; a stranger gets the error of the event’s other data, anonymous UNAUTHENTICATED', async () => {
    const ev = await organizerEvent(t);
    await ev.ticket();
    await ev.grant('VIEW', 'chloe@example.org');
    const seen = await p.chloe.request(DASHBOARD, { id: ev.eventId });
    expect(seen.errors, JSON.stringify(seen.errors)).to.equal(undefined);
    expect(seen.data!.event.dashboard.tickets).to.have.length(1);

    const stranger = await p.alice.request(DASHBOARD, { id: ev.eventId });
    const exportsOfStranger = await p.alice.request(EXPORTS, { id: ev.eventId });
    expect(stranger.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    expect(stranger.errors?.[0]?.extensions?.code).to.equal(exportsOfStranger.errors?.[0]?.extensions?.code);
    expect(stranger.data?.event ?? null, 'nothing leaks').to.equal(null);
    const anonymous = await t.client().request(DASHBOARD, { id: ev.eventId });
    expect(anonymous.errors?.[0]?.extensions?.code).to.equal('UNAUTHENTICATED');
    const draft = await organizerEvent(t, { visibility: 'DRAFT' });
    expect((await p.alice.request(DASHBOARD, { id: draft.eventId })).errors?.[0]?.extensions?.code).to.equal(
      'NOT_FOUND',
    );
  });

  it('DB1: the number of SQL statements per dashboard request is the same for 10 and 10,000 bookings', async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const ev = await organizerEvent(t);
      const ticket = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: null });
      const optionId = await ev.option(ticket, 'Navette', 0);
      const extraInfoId = await ev.extraInfo(ticket, { label: 'Régime', type: 'TEXT', blocks: 'ENTRY' });
      await ev.ticket({ name: 'Autre', priceCents: 0, capacity: 5 });
      await insertSales(sql(t).getKnex(), { eventId: ev.eventId, ticketId: ticket, count: n, optionId, extraInfoId });
      // The first request of a client warms nothing that the second would skip: measure a fresh sign-in's first.
      let res!: { data?: any; errors?: unknown };
      const statements = await pgStatements(async () => {
        res = await ev.board.request(DASHBOARD, { id: ev.eventId });
      });
      expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
      const d = res.data.event.dashboard;
      const opposed = Math.floor(n / 5);
      const reserved = Math.floor(n / 3) - Math.floor(n / 15);
      expect(d.revenue).to.include({ pendingCount: n - opposed - reserved, paidCount: reserved, lostCount: opposed });
      expect(d.tickets[0]).to.include({ reserved, preReserved: n - opposed - reserved });
      expect(d.tickets[0].checkedIn).to.equal(Math.floor(reserved / 3));
      expect(d.options[0]).to.include({ reserved, preReserved: n - opposed - reserved });
      expect(d.answers[0]).to.include({ validated: reserved, waiting: n - opposed - reserved, missing: 0 });
      expect(d.series.at(-1)).to.include({ bookingsTotal: n, reservationsTotal: reserved });
      counts.push(statements.length);
      process.stdout.write(`      (${n} bookings: ${statements.length} statements)\n`);
    }
    expect(counts[1], 'constant: nothing is read booking by booking').to.equal(counts[0]);
    // The session, the event, the viewer's clubs and the event's grants (the access check), and the figures.
    expect(counts[0]).to.be.at.most(5);
  });

  it('DB1: the dashboard of a given ticket counts it like any booking', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0, capacity: 1 });
    await ev.board.data(GIVE, { i: { ticketId: ticket, userEmail: 'chloe@example.org', optionIds: [] } });
    const d = (await ev.board.data(DASHBOARD, { id: ev.eventId })).event.dashboard;
    expect(d.tickets[0]).to.include({ capacity: 1, placesTaken: 1, reserved: 1 });
    expect(d.revenue).to.include({ freeCount: 1, paidCents: 0 });
  });
});
