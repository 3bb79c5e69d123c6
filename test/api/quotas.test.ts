// CP1 (issue 15): an event's total capacity and named quotas shared by tickets, kept by PostgreSQL's places trigger
// under real concurrency over HTTP; the organizers' API to set them; what attendees see.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { expirePreReservations } from '../../server/src/modules/bookings';
import { useApp, type TestApp } from '../support/app';
import { code, DELETE, GIVE, MARK_PAID, OPPOSE, sql } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import type { GraphQLResponse } from '../support/graphql';
import { clientAs, insertSignedInPeople, type SignedInPerson } from '../support/sessions';

const LIVE = `('PRE_RESERVED', 'RESERVED')`;
const QUOTA = `id name capacity placesTaken tickets { id }`;
const CREATE_QUOTA = `mutation($e: ID!, $i: QuotaInput!) { createQuota(eventId: $e, input: $i) { ${QUOTA} } }`;
const UPDATE_QUOTA = `mutation($id: ID!, $i: QuotaInput!) { updateQuota(id: $id, input: $i) { ${QUOTA} } }`;
const DELETE_QUOTA = `mutation($id: ID!) { deleteQuota(id: $id) }`;
const BOOK_ID = `mutation($i: BookInput!) { book(input: $i) { id } }`;
const SET_CAPACITY = `mutation($e: ID!, $c: Int) { setEventCapacity(eventId: $e, capacity: $c) { id capacity placesTaken } }`;

const people = (t: TestApp, count: number) =>
  insertSignedInPeople(t.app.db.url, { prefix: `cp1-${randomUUID().slice(0, 8)}-`, count });

/** One `book`, sent again after BUSY as the apps do (SEC2: BUSY changed nothing). */
async function bookRetrying(c: ReturnType<typeof clientAs>, ticketId: string): Promise<GraphQLResponse> {
  for (let attempt = 1; ; attempt++) {
    const res = await book(c, ticketId);
    if (code(res) !== 'BUSY' || attempt === 4) return res;
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 700));
  }
}

function tally(results: GraphQLResponse[]) {
  const out: Record<string, number> = {};
  for (const r of results) {
    const k = r.data?.book
      ? 'ok'
      : `${code(r)}${r.errors?.[0]?.extensions?.scope ? `/${r.errors[0].extensions.scope}` : ''}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/**
 * Every counter of the event as PostgreSQL keeps it, next to the live bookings that should make it up. The event's
 * own counter is kept only while it has a total; without one, its places are its tickets' (what the API answers).
 */
async function counters(t: TestApp, eventId: string) {
  const db = sql(t);
  const [event] = await db.execute(
    `select case when e.capacity is null
              then (select coalesce(sum(places_taken), 0)::int from tickets where event_id = e.id)
              else e.places_taken end as taken,
            (select count(*)::int from bookings where event_id = e.id and status in ${LIVE}) as live
       from events e where id = ?`,
    [eventId],
  );
  const quotas = await db.execute(
    `select q.name, q.places_taken as taken,
       (select count(*)::int from bookings b join ticket_quotas tq on tq.ticket_id = b.ticket_id
         where tq.quota_id = q.id and b.status in ${LIVE}) as live
       from quotas q where q.event_id = ? order by q.name`,
    [eventId],
  );
  const tickets = await db.execute(
    `select t.name, t.places_taken as taken,
       (select count(*)::int from bookings b where b.ticket_id = t.id and b.status in ${LIVE}) as live
       from tickets t where t.event_id = ? order by t.name`,
    [eventId],
  );
  return { event, quotas, tickets };
}

/** Asserts every counter equals its live bookings, and returns the counts. */
async function trueCounters(t: TestApp, eventId: string) {
  const c = await counters(t, eventId);
  for (const row of [c.event, ...c.quotas, ...c.tickets]) expect(row.taken, JSON.stringify(row)).to.equal(row.live);
  return c;
}

describe('API: event total capacity and quotas (CP1)', function () {
  this.timeout(180_000);
  const t = useApp();

  async function quotaEvent(opts: { quota: number; tickets?: number; total?: number | null; ticketCapacity?: number }) {
    const ev = await organizerEvent(t, { name: `Repas ${randomUUID().slice(0, 6)}` });
    const tickets: string[] = [];
    for (let i = 0; i < (opts.tickets ?? 3); i++)
      tickets.push(await ev.ticket({ name: `Billet ${i}`, capacity: opts.ticketCapacity ?? 100, priceCents: 1500 }));
    const quota = (
      await ev.board.data(CREATE_QUOTA, {
        e: ev.eventId,
        i: { name: 'Repas', capacity: opts.quota, ticketIds: tickets },
      })
    ).createQuota;
    if (opts.total !== undefined) await ev.board.data(SET_CAPACITY, { e: ev.eventId, c: opts.total });
    return { ...ev, tickets, quota };
  }

  it('CP1: never sells beyond a shared quota: 150 concurrent bookings on 3 tickets sharing a quota of 40 → exactly 40 live, counters equal to the rows', async () => {
    const ev = await quotaEvent({ quota: 40 });
    const crowd = await people(t, 150);
    const answers = await Promise.all(
      crowd.map((p, i) => bookRetrying(clientAs(t.url, p), ev.tickets[i % ev.tickets.length])),
    );
    expect(tally(answers)).to.deep.equal({ ok: 40, 'SOLD_OUT/QUOTA': 110 });
    const soldOut = answers.find((a) => code(a) === 'SOLD_OUT')!.errors![0];
    expect(soldOut.extensions).to.deep.include({ scope: 'QUOTA', quota: 'Repas' });
    const c = await trueCounters(t, ev.eventId);
    expect(c.quotas).to.deep.equal([{ name: 'Repas', taken: 40, live: 40 }]);
    expect(c.event.taken).to.equal(40);
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from bookings where event_id = ?`, [ev.eventId]);
    expect(n, 'refused attempts leave no row').to.equal(40);
  });

  it('CP1: never sells beyond the event’s total: 120 concurrent bookings on 3 tickets with a total of 30 → exactly 30 live', async () => {
    const ev = await organizerEvent(t, { name: `Total ${randomUUID().slice(0, 6)}` });
    const tickets = [await ev.ticket({ name: 'A' }), await ev.ticket({ name: 'B' }), await ev.ticket({ name: 'C' })];
    const set = await ev.board.data(SET_CAPACITY, { e: ev.eventId, c: 30 });
    expect(set.setEventCapacity).to.deep.include({ capacity: 30, placesTaken: 0 });
    const crowd = await people(t, 120);
    const answers = await Promise.all(crowd.map((p, i) => bookRetrying(clientAs(t.url, p), tickets[i % 3])));
    expect(tally(answers)).to.deep.equal({ ok: 30, 'SOLD_OUT/EVENT': 90 });
    const c = await trueCounters(t, ev.eventId);
    expect(c.event).to.deep.equal({ taken: 30, live: 30 });
  });

  it('CP1: a deleted, expired or opposed booking frees its place in the quota and the total', async () => {
    const ev = await quotaEvent({ quota: 2, total: 3 });
    const [a, b, c, d] = await people(t, 4);
    const booked = async (p: SignedInPerson, ticket: string) =>
      (await clientAs(t.url, p).data(BOOK_ID, { i: { ticketId: ticket, optionIds: [] } })).book.id as string;
    const first = await booked(a, ev.tickets[0]);
    const second = await booked(b, ev.tickets[1]);
    const full = await book(clientAs(t.url, c), ev.tickets[2]);
    expect(code(full)).to.equal('SOLD_OUT');
    expect(full.errors![0].extensions).to.deep.include({ scope: 'QUOTA', quota: 'Repas' });

    await clientAs(t.url, a).data(DELETE, { id: first }); // BK6
    expect((await trueCounters(t, ev.eventId)).quotas[0].taken).to.equal(1);
    const third = await booked(c, ev.tickets[2]);

    await sql(t).execute(`update bookings set expires_at = now() - interval '1 minute' where id = ?`, [third]);
    expect(await expirePreReservations(t.app.deps, t.app.db.orm.em.fork())).to.equal(1); // BK10
    expect((await trueCounters(t, ev.eventId)).quotas[0].taken).to.equal(1);

    await ev.board.data(MARK_PAID, { i: { bookingId: second, method: 'CASH', amountCents: 1500, reference: '' } });
    await ev.board.data(OPPOSE, { id: second, r: 'Chèque sans provision' }); // BK8
    const after = await trueCounters(t, ev.eventId);
    expect(after.quotas[0].taken).to.equal(0);
    expect(after.event.taken).to.equal(0);
    await booked(d, ev.tickets[0]);
    expect((await trueCounters(t, ev.eventId)).event.taken).to.equal(1);
  });

  it('CP1/BK11: a gift forced by the organizer exceeds a full quota and the total alike; unforced it is SOLD_OUT', async () => {
    const ev = await quotaEvent({ quota: 1, total: 1 });
    const [a] = await people(t, 1);
    await book(clientAs(t.url, a), ev.tickets[0]);
    const give = (force: boolean) =>
      ev.board.request(GIVE, { i: { ticketId: ev.tickets[1], userEmail: 'alice@example.org', optionIds: [], force } });
    const refused = await give(false);
    expect(code(refused)).to.equal('SOLD_OUT');
    expect(refused.errors![0].extensions).to.deep.include({ scope: 'QUOTA', quota: 'Repas' });
    expect((await give(true)).errors).to.equal(undefined);
    const c = await trueCounters(t, ev.eventId);
    expect(c.quotas[0].taken, 'the quota is exceeded by the forced gift').to.equal(2);
    expect(c.event.taken, 'so is the total').to.equal(2);
    // Exceeded, the quota can still be renamed at its capacity, but not shrunk further.
    const renamed = await ev.board.data(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Dîner', capacity: 1, ticketIds: ev.tickets },
    });
    expect(renamed.updateQuota).to.deep.include({ name: 'Dîner', capacity: 1, placesTaken: 2 });
    const shrunk = await ev.board.request(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Dîner', capacity: 0, ticketIds: ev.tickets },
    });
    expect(shrunk.errors?.[0].extensions).to.deep.include({
      code: 'BAD_USER_INPUT',
      fields: { capacity: 'OUT_OF_RANGE' },
    });
  });

  it('CP1: a quota or the total can’t be set below the places taken; attaching and detaching tickets counts their bookings in and out', async () => {
    const ev = await quotaEvent({ quota: 10, tickets: 2 });
    const other = await ev.ticket({ name: 'Billet hors quota' });
    const [a, b, c] = await people(t, 3);
    await book(clientAs(t.url, a), ev.tickets[0]);
    await book(clientAs(t.url, b), ev.tickets[1]);
    await book(clientAs(t.url, c), other);

    const low = await ev.board.request(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Repas', capacity: 1, ticketIds: ev.tickets },
    });
    expect(low.errors?.[0].extensions).to.deep.include({
      code: 'BAD_USER_INPUT',
      fields: { capacity: 'OUT_OF_RANGE' },
    });
    const total = await ev.board.request(SET_CAPACITY, { e: ev.eventId, c: 2 });
    expect(total.errors?.[0].extensions).to.deep.include({
      code: 'BAD_USER_INPUT',
      fields: { capacity: 'OUT_OF_RANGE' },
    });
    expect((await ev.board.data(SET_CAPACITY, { e: ev.eventId, c: 3 })).setEventCapacity.placesTaken).to.equal(3);

    // Attaching the third ticket brings its live booking; detaching one takes it out, at once.
    const all = await ev.board.data(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Repas', capacity: 3, ticketIds: [...ev.tickets, other] },
    });
    expect(all.updateQuota.placesTaken).to.equal(3);
    const less = await ev.board.data(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Repas', capacity: 3, ticketIds: [other] },
    });
    expect(less.updateQuota).to.deep.include({ placesTaken: 1, tickets: [{ id: other }] });
    await trueCounters(t, ev.eventId);
    // Attaching beyond the capacity is refused.
    const tooMany = await ev.board.request(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Repas', capacity: 1, ticketIds: [other, ev.tickets[0]] },
    });
    expect(code(tooMany)).to.equal('BAD_USER_INPUT');
    // Bad input: a ticket of another event, a name used twice.
    const elsewhere = await (await organizerEvent(t, { name: 'Ailleurs' })).ticket();
    const foreign = await ev.board.request(UPDATE_QUOTA, {
      id: ev.quota.id,
      i: { name: 'Repas', capacity: 3, ticketIds: [elsewhere] },
    });
    expect(foreign.errors?.[0].extensions?.fields).to.deep.equal({ ticketIds: 'UNKNOWN_REFERENCE' });
    const twice = await ev.board.request(CREATE_QUOTA, {
      e: ev.eventId,
      i: { name: 'Repas', capacity: 3, ticketIds: [] },
    });
    expect(twice.errors?.[0].extensions?.fields).to.deep.equal({ name: 'DUPLICATE' });
    // Deleting the quota leaves the tickets' and the event's counts alone; the trigger goes on without it.
    expect((await ev.board.data(DELETE_QUOTA, { id: ev.quota.id })).deleteQuota).to.equal(ev.quota.id);
    // Setting no total lifts it.
    expect((await ev.board.data(SET_CAPACITY, { e: ev.eventId, c: null })).setEventCapacity.capacity).to.equal(null);
    await book(clientAs(t.url, (await people(t, 1))[0]), ev.tickets[0]);
    expect((await trueCounters(t, ev.eventId)).event.taken).to.equal(4);
    // Without a total the event's row is not touched by bookings; a total set again counts them all afresh.
    const tooFew = await ev.board.request(SET_CAPACITY, { e: ev.eventId, c: 3 });
    expect(tooFew.errors?.[0].extensions?.fields).to.deep.equal({ capacity: 'OUT_OF_RANGE' });
    await ev.board.data(SET_CAPACITY, { e: ev.eventId, c: 10 });
    const [row] = await sql(t).execute('select capacity, places_taken from events where id = ?', [ev.eventId]);
    expect(row).to.deep.equal({ capacity: 10, places_taken: 4 });
    expect((await trueCounters(t, ev.eventId)).event.taken).to.equal(4);
  });

  it('CP1: attaching, detaching and resizing while 90 bookings pour in keeps every counter equal to its bookings', async () => {
    const ev = await quotaEvent({ quota: 1000, total: 1000 });
    const crowd = await people(t, 90);
    const booking = Promise.all(crowd.map((p, i) => bookRetrying(clientAs(t.url, p), ev.tickets[i % 3])));
    const edits: string[] = [];
    for (let round = 0; round < 8; round++) {
      const ticketIds = round % 2 ? ev.tickets : [ev.tickets[round % 3]];
      const res = await ev.board.request(UPDATE_QUOTA, {
        id: ev.quota.id,
        i: { name: 'Repas', capacity: 1000 - round, ticketIds },
      });
      edits.push(code(res) ?? 'ok');
      edits.push(code(await ev.board.request(SET_CAPACITY, { e: ev.eventId, c: 1000 - round })) ?? 'ok');
    }
    expect(tally(await booking)).to.deep.equal({ ok: 90 });
    expect(
      edits.every((e) => e === 'ok' || e === 'BUSY'),
      edits.join(' '),
    ).to.equal(true);
    const c = await trueCounters(t, ev.eventId);
    expect(c.event.taken).to.equal(90);
  });

  it('CP1: only EDIT sets the total and quotas (VIEW and attendees get FORBIDDEN, anonymous callers UNAUTHENTICATED); changes are audited', async () => {
    const ev = await quotaEvent({ quota: 5 });
    await ev.grant('VIEW', 'chloe@example.org');
    const viewer = await t.signedIn('chloe@example.org');
    const attendee = await t.signedIn('alice@example.org');
    const i = { name: 'Vestiaire', capacity: 3, ticketIds: [] };
    for (const [c, expected] of [
      [viewer, 'FORBIDDEN'],
      [attendee, 'FORBIDDEN'],
      [t.client(), 'UNAUTHENTICATED'],
    ] as const) {
      expect(code(await c.request(CREATE_QUOTA, { e: ev.eventId, i })), expected).to.equal(expected);
      expect(code(await c.request(UPDATE_QUOTA, { id: ev.quota.id, i })), expected).to.equal(expected);
      expect(code(await c.request(DELETE_QUOTA, { id: ev.quota.id })), expected).to.equal(expected);
      expect(code(await c.request(SET_CAPACITY, { e: ev.eventId, c: 9 })), expected).to.equal(expected);
    }
    // VIEW sees the quotas and counts; attendees see neither, only what is left.
    const READ = `query($e: ID!) { event(id: $e) { capacity placesTaken quotas { name placesTaken } tickets { quotas { name } } } }`;
    const seen = (await viewer.data(READ, { e: ev.eventId })).event;
    expect(seen.quotas).to.deep.equal([{ name: 'Repas', placesTaken: 0 }]);
    expect(seen.tickets[0].quotas).to.deep.equal([{ name: 'Repas' }]);
    const public_ = (await attendee.data(READ, { e: ev.eventId })).event;
    expect(public_).to.deep.include({ placesTaken: null, quotas: [] });
    expect(public_.tickets[0].quotas).to.deep.equal([]);

    await ev.board.data(SET_CAPACITY, { e: ev.eventId, c: 50 });
    const [log] = await sql(t).execute(
      `select action, data from audit_log where subject_id = ? and action = 'event.capacity_set'`,
      [ev.eventId],
    );
    expect(log.data).to.deep.equal({ before: null, after: 50 });
    const [created] = await sql(t).execute(`select action from audit_log where subject_id = ?`, [ev.quota.id]);
    expect(created.action).to.equal('quota.created');
  });

  it('CP1: attendees see the least of what is left on the ticket, in its quotas and in the total; a full quota sells the ticket out', async () => {
    const ev = await quotaEvent({ quota: 3, tickets: 2, ticketCapacity: 10, total: 5 });
    const alone = await ev.ticket({ name: 'Seul', capacity: 10 });
    const LEFT = `query($e: ID!) { event(id: $e) { tickets { id placesLeft soldOut } } }`;
    const left = async () =>
      Object.fromEntries(
        (await t.client().data(LEFT, { e: ev.eventId })).event.tickets.map(
          (x: { id: string; placesLeft: number; soldOut: boolean }) => [x.id, [x.placesLeft, x.soldOut]],
        ),
      );
    expect(await left()).to.deep.equal({
      [ev.tickets[0]]: [3, false],
      [ev.tickets[1]]: [3, false],
      [alone]: [5, false],
    });
    const crowd = await people(t, 4);
    for (const p of crowd.slice(0, 3)) await book(clientAs(t.url, p), ev.tickets[0]);
    expect(await left()).to.deep.equal({ [ev.tickets[0]]: [0, true], [ev.tickets[1]]: [0, true], [alone]: [2, false] });
    await book(clientAs(t.url, crowd[3]), alone);
    expect((await left())[alone]).to.deep.equal([1, false]);
  });
});
