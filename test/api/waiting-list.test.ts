// WL1–WL3 (issue 15): the waiting list of sold-out tickets. Places freed are offered to the next person, held for
// them alone by the same counters as bookings (PostgreSQL's places trigger), booked by them on either booking path,
// or passed on when the offer lapses; organizers with EDIT see, reorder, clear the list and offer by hand.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/src/db/embedded';
import { expirePreReservations } from '../../server/src/modules/bookings';
import { ShiftedClock } from '../../server/src/core/clock';
import { sweepWaitingList } from '../../server/src/modules/waiting-list';
import { useApp, type TestApp } from '../support/app';
import { code, DELETE, eventually, fields, MARK_PAID, OPPOSE, sql } from '../support/booking-fixtures';
import { book, openTicket, organizerEvent } from '../support/event-fixtures';
import { createUser, DEMO_PASSWORD, idOf } from '../support/fixtures';
import type { ApiClient, GraphQLResponse } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { clientAs, insertSignedInPeople, withPg, type SignedInPerson } from '../support/sessions';
import { spawnServer, waitForHealthy, type ServerProcess } from '../support/process';
import { testEnv } from '../support/env';

const LIVE = `('PRE_RESERVED', 'RESERVED')`;
const ENTRY = `id status position offerExpiresAt optionIds guest { firstName lastName email } personEmail ticket { id }`;
const JOIN = `mutation($i: JoinWaitingListInput!) { joinWaitingList(input: $i) { ${ENTRY} } }`;
const LEAVE = `mutation($e: ID!) { leaveWaitingList(eventId: $e) { id status } }`;
const MINE = `query($e: ID!) { event(id: $e) { myWaitingListEntry { ${ENTRY} } } }`;
const MY_ENTRIES = `{ myWaitingListEntries { ${ENTRY} event { id } } }`;
const LIST = `query($e: ID!, $f: Int, $o: Int) { event(id: $e) { waitingList(first: $f, offset: $o) { totalCount nodes { ${ENTRY} } } } }`;
const MOVE = `mutation($id: ID!, $p: Int!) { moveWaitingListEntry(id: $id, position: $p) { id position } }`;
const REMOVE = `mutation($id: ID!) { removeWaitingListEntry(id: $id) { id status } }`;
const CLEAR = `mutation($e: ID!) { clearWaitingList(eventId: $e) }`;
const OFFER = `mutation($id: ID!) { offerWaitingListPlace(id: $id) { id status offerExpiresAt } }`;
const SETTINGS = `mutation($e: ID!, $i: WaitingListSettingsInput!) { setWaitingListSettings(eventId: $e, input: $i) { id waitingListOpen waitingListOfferMinutes } }`;
const SET_CAPACITY = `mutation($e: ID!, $c: Int) { setEventCapacity(eventId: $e, capacity: $c) { id capacity } }`;
const CREATE_QUOTA = `mutation($e: ID!, $i: QuotaInput!) { createQuota(eventId: $e, input: $i) { id } }`;
const UPDATE_TICKET = `mutation($id: ID!, $i: UpdateTicketInput!) { updateTicket(id: $id, input: $i) { id capacity } }`;
/** Not the fast lane's shape (a nested field): the general path. */
const BOOK_GENERAL = `mutation($i: BookInput!) { book(input: $i) { id status ticket { id } } }`;
/** What the sale-opening fast lane answers (plain fields only): http/fast-book.ts. */
const FAST_BOOK = `mutation($i: BookInput!) { book(input: $i) { id status } }`;

const join = (c: ApiClient, ticketId: string, optionIds: string[] = [], guest?: Record<string, string>) =>
  c.request(JOIN, { i: { ticketId, optionIds, guest } });

/** Every counter of the event next to what should make it up: live bookings plus places held by offers (WL2). */
async function assertCounters(t: TestApp, eventId: string) {
  const rows = await sql(t).execute(
    `select 'ticket ' || t.name as what, t.places_taken as taken, t.capacity,
            (select count(*)::int from bookings b where b.ticket_id = t.id and b.status in ${LIVE})
          + (select count(*)::int from waiting_list_entries w where w.ticket_id = t.id and w.status = 'OFFERED') as held
       from tickets t where t.event_id = ?
     union all
     select 'quota ' || q.name, q.places_taken, q.capacity,
            (select count(*)::int from bookings b join ticket_quotas tq on tq.ticket_id = b.ticket_id
              where tq.quota_id = q.id and b.status in ${LIVE})
          + (select count(*)::int from waiting_list_entries w join ticket_quotas tq on tq.ticket_id = w.ticket_id
              where tq.quota_id = q.id and w.status = 'OFFERED')
       from quotas q where q.event_id = ?
     union all
     select 'event', e.places_taken, e.capacity,
            (select count(*)::int from bookings b where b.event_id = e.id and b.status in ${LIVE})
          + (select count(*)::int from waiting_list_entries w where w.event_id = e.id and w.status = 'OFFERED')
       from events e where e.id = ? and e.capacity is not null`,
    [eventId, eventId, eventId],
  );
  for (const r of rows) {
    expect(r.taken, JSON.stringify(r)).to.equal(r.held);
    if (r.capacity !== null) expect(r.taken, `${r.what} never above its capacity`).to.be.at.most(r.capacity);
  }
  return rows;
}

const statusOf = async (t: TestApp, entryId: string) =>
  (await sql(t).execute(`select status from waiting_list_entries where id = ?`, [entryId]))[0].status as string;

function tally(results: GraphQLResponse[]) {
  const out: Record<string, number> = {};
  for (const r of results) {
    const k = r.data?.book ? 'ok' : String(code(r));
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

describe('API: the waiting list (WL1–WL3)', function () {
  this.timeout(120_000);
  const clock = new ShiftedClock();
  const t = useApp({ env: { JOBS: 'true' }, clock });
  let n = 0;
  const people = async (count: number, over: Partial<Parameters<typeof insertSignedInPeople>[1]> = {}) =>
    (
      await insertSignedInPeople(t.app.db.url, {
        prefix: `wl-${randomUUID().slice(0, 6)}-${n++}-`,
        count,
        ...over,
      })
    ).map((p) => ({ ...p, c: clientAs(t.url, p) }));

  /** An event with one ticket of `capacity` places, already full (booked by others), and `waiting` people joined. */
  async function fullTicket(capacity = 1, opts: { priceCents?: number; waiting?: number; option?: string } = {}) {
    const ev = await organizerEvent(t, { name: `Liste ${randomUUID().slice(0, 6)}` });
    const ticket = await ev.ticket({ capacity, priceCents: opts.priceCents ?? 1500 });
    const option = opts.option ? await ev.option(ticket, opts.option, 200) : null;
    const holders = await people(capacity);
    const bookings: string[] = [];
    for (const h of holders) {
      const res = await book(h.c, ticket);
      expect(res.errors, 'the ticket fills').to.equal(undefined);
      bookings.push(res.data!.book.id);
    }
    const waiting = await people(opts.waiting ?? 3);
    const entries: string[] = [];
    for (const w of waiting)
      entries.push((await w.c.data(JOIN, { i: { ticketId: ticket, optionIds: [] } })).joinWaitingList.id);
    return { ...ev, addTicket: ev.ticket, ticket, option, holders, bookings, waiting, entries };
  }

  describe('WL1: joining', () => {
    it('WL1: only a sold-out ticket can be joined (PLACES_LEFT otherwise); each person sees their position', async () => {
      const ev = await organizerEvent(t, { name: `Places ${randomUUID().slice(0, 6)}` });
      const ticket = await ev.ticket({ capacity: 1 });
      const [a, b, c] = await people(3);
      const early = await join(b.c, ticket);
      expect(code(early)).to.equal('PLACES_LEFT');
      expect(early.errors![0].extensions!.placesLeft).to.equal(1);
      await book(a.c, ticket);
      const first = (await b.c.data(JOIN, { i: { ticketId: ticket, optionIds: [] } })).joinWaitingList;
      expect(first).to.deep.include({ status: 'WAITING', position: 1, guest: null, offerExpiresAt: null });
      const second = (await c.c.data(JOIN, { i: { ticketId: ticket, optionIds: [] } })).joinWaitingList;
      expect(second.position).to.equal(2);
      expect((await c.c.data(MINE, { e: ev.eventId })).event.myWaitingListEntry).to.deep.include({ position: 2 });
      expect((await a.c.data(MINE, { e: ev.eventId })).event.myWaitingListEntry, 'not on the list').to.equal(null);
      const mine = (await b.c.data(MY_ENTRIES)).myWaitingListEntries;
      expect(mine.map((e: { id: string; event: { id: string } }) => [e.id, e.event.id])).to.deep.equal([
        [first.id, ev.eventId],
      ]);
      // Leaving moves the next one up.
      expect((await b.c.data(LEAVE, { e: ev.eventId })).leaveWaitingList.status).to.equal('LEFT');
      expect((await c.c.data(MINE, { e: ev.eventId })).event.myWaitingListEntry.position).to.equal(1);
      expect(code(await b.c.request(LEAVE, { e: ev.eventId })), 'left already').to.equal('NOT_FOUND');
    });

    it('WL1: a ticket sold out by a quota it shares, or by the event’s total, can be joined (CP1)', async () => {
      const ev = await organizerEvent(t, { name: `Quota ${randomUUID().slice(0, 6)}` });
      const [x, y] = [await ev.ticket({ name: 'X', capacity: 10 }), await ev.ticket({ name: 'Y', capacity: 10 })];
      await ev.board.data(CREATE_QUOTA, { e: ev.eventId, i: { name: 'Repas', capacity: 1, ticketIds: [x, y] } });
      const [a, b] = await people(2);
      await book(a.c, x);
      const entry = (await b.c.data(JOIN, { i: { ticketId: y, optionIds: [] } })).joinWaitingList;
      expect(entry.status, 'Y is full through the quota').to.equal('WAITING');

      const total = await organizerEvent(t, { name: `Total ${randomUUID().slice(0, 6)}` });
      const z = await total.ticket({ capacity: 10 });
      await total.board.data(SET_CAPACITY, { e: total.eventId, c: 1 });
      const [c, d] = await people(2);
      await book(c.c, z);
      expect((await d.c.data(JOIN, { i: { ticketId: z, optionIds: [] } })).joinWaitingList.status).to.equal('WAITING');
    });

    it('WL1: the booking’s eligibility holds; one entry per person per event; not while holding a booking of it', async () => {
      const ev = await fullTicket(1, { waiting: 1 });
      const [w] = ev.waiting;
      expect(code(await join(w.c, ev.ticket)), 'one entry per person per event').to.equal('ON_WAITING_LIST');
      expect(code(await join(ev.holders[0].c, ev.ticket)), 'already booked').to.equal('ALREADY_BOOKED');
      // A ticket only a school’s students may book: an external person is not eligible, on the list either.
      const school = await idOf(t, 'school', 'enseeiht');
      const restricted = await ev.addTicket({ kind: 'RESTRICTED', capacity: 0, schoolIds: [school], name: 'N7' });
      const [outsider] = await people(1);
      const refused = await join(outsider.c, restricted);
      expect(code(refused)).to.equal('NOT_ELIGIBLE');
      // The list closed: nobody new joins.
      await ev.board.data(SETTINGS, { e: ev.eventId, i: { open: false, offerMinutes: 60 } });
      const [late] = await people(1);
      expect(code(await join(late.c, ev.ticket))).to.equal('WAITING_LIST_CLOSED');
      expect(code(await t.client().request(JOIN, { i: { ticketId: ev.ticket, optionIds: [] } }))).to.equal(
        'UNAUTHENTICATED',
      );
    });

    it('WL1: one entry per person per event under concurrency: 12 simultaneous joins → exactly one', async () => {
      const ev = await fullTicket(1, { waiting: 0 });
      const [p] = await people(1);
      const clients = Array.from({ length: 12 }, () => clientAs(t.url, p));
      const answers = await Promise.all(clients.map((c) => join(c, ev.ticket)));
      const codes = answers.map((a) => (a.data?.joinWaitingList ? 'ok' : code(a)));
      expect(codes.filter((c) => c === 'ok')).to.have.length(1);
      expect(
        codes.filter((c) => c !== 'ok').every((c) => c === 'ON_WAITING_LIST'),
        codes.join(),
      ).to.equal(true);
      const [{ n: rows }] = await sql(t).execute(
        `select count(*)::int as n from waiting_list_entries where event_id = ?`,
        [ev.eventId],
      );
      expect(rows).to.equal(1);
    });

    it('WL1, SEC1: hostile input — unknown ids, another event’s option, oversized guest fields, oneself as guest', async () => {
      const ev = await fullTicket(1, { waiting: 0, option: 'Vestiaire' });
      const other = await organizerEvent(t, { name: `Autre ${randomUUID().slice(0, 6)}` });
      const otherTicket = await other.ticket({ capacity: 5 });
      const otherOption = await other.option(otherTicket, 'Repas', 500);
      const [p] = await people(1);
      expect(code(await join(p.c, randomUUID()))).to.equal('NOT_FOUND');
      expect(code(await join(p.c, 'not-an-id'))).to.equal('NOT_FOUND');
      const foreign = await join(p.c, ev.ticket, [otherOption]);
      expect(code(foreign)).to.equal('BAD_USER_INPUT');
      expect(fields(foreign)).to.deep.equal({ optionIds: 'UNKNOWN_REFERENCE' });
      expect(fields(await join(p.c, ev.ticket, ['x']))).to.deep.equal({ optionIds: 'UNKNOWN_REFERENCE' });
      const huge = await join(p.c, ev.ticket, [], {
        firstName: 'A'.repeat(101),
        lastName: 'B',
        email: 'g@example.org',
      });
      expect(code(huge)).to.equal('BAD_USER_INPUT');
      const long = await join(p.c, ev.ticket, [], {
        firstName: 'A',
        lastName: 'B',
        email: `${'g'.repeat(400)}@example.org`,
      });
      expect(code(long)).to.equal('BAD_USER_INPUT');
      const self = await join(p.c, ev.ticket, [], { firstName: 'A', lastName: 'B', email: p.email });
      expect(fields(self)).to.deep.equal({ email: 'NOT_ALLOWED' });
      const blank = await join(p.c, ev.ticket, [], { firstName: ' ', lastName: 'B', email: 'g2@example.org' });
      expect(code(blank)).to.equal('BAD_USER_INPUT');
      const [{ n: rows }] = await sql(t).execute(
        `select count(*)::int as n from waiting_list_entries where user_id = ?`,
        [p.id],
      );
      expect(rows, 'nothing written').to.equal(0);
      // A guest entry, with an option, is kept as typed.
      const option = ev.option!;
      const guest = (
        await p.c.data(JOIN, {
          i: {
            ticketId: ev.ticket,
            optionIds: [option],
            guest: { firstName: 'Gil', lastName: 'Bert', email: 'Gil@Example.org' },
          },
        })
      ).joinWaitingList;
      expect(guest).to.deep.include({ optionIds: [option] });
      expect(guest.guest).to.deep.equal({ firstName: 'Gil', lastName: 'Bert', email: 'gil@example.org' });
    });
  });

  describe('WL2: offers', () => {
    it('WL2: a deleted pre-reservation’s place is held for the first person alone; the crowd gets SOLD_OUT; they book it (general path) without a second place', async () => {
      const ev = await fullTicket(1, { waiting: 3 });
      const crowd = await people(20);
      const [freeing, ...answers] = await Promise.all([
        ev.holders[0].c.request(DELETE, { id: ev.bookings[0] }),
        ...crowd.map((p) => book(p.c, ev.ticket)),
      ]);
      expect(freeing.errors).to.equal(undefined);
      const late = await Promise.all(crowd.map((p) => book(p.c, ev.ticket)));
      expect(tally([...answers, ...late])).to.deep.equal({ SOLD_OUT: 40 });
      expect(await statusOf(t, ev.entries[0])).to.equal('OFFERED');
      expect(await statusOf(t, ev.entries[1])).to.equal('WAITING');
      await assertCounters(t, ev.eventId);
      const mine = (await ev.waiting[0].c.data(MINE, { e: ev.eventId })).event.myWaitingListEntry;
      expect(mine.status).to.equal('OFFERED');
      expect(new Date(mine.offerExpiresAt).getTime() - Date.now()).to.be.within(1430 * 60_000, 1441 * 60_000);
      expect(code(await book(ev.waiting[1].c, ev.ticket)), 'the second in line waits').to.equal('SOLD_OUT');
      const booked = await book(ev.waiting[0].c, ev.ticket);
      expect(booked.errors).to.equal(undefined);
      expect(await statusOf(t, ev.entries[0])).to.equal('BOOKED');
      const [{ taken }] = await sql(t).execute(`select places_taken as taken from tickets where id = ?`, [ev.ticket]);
      expect(taken, 'the held place became the booking').to.equal(1);
      await assertCounters(t, ev.eventId);
    });

    it('WL2: an opposed reservation frees its place for the next person, who books it through the fast lane', async () => {
      const ev = await fullTicket(1, { waiting: 2 });
      await ev.board.data(MARK_PAID, { i: { bookingId: ev.bookings[0], amountCents: 1500, method: 'CASH' } });
      await ev.board.data(OPPOSE, { id: ev.bookings[0], r: 'Fraude' });
      expect(await statusOf(t, ev.entries[0])).to.equal('OFFERED');
      await assertCounters(t, ev.eventId);
      const res = await ev.waiting[0].c.request(FAST_BOOK, { i: { ticketId: ev.ticket, optionIds: [] } });
      expect(res.errors).to.equal(undefined);
      expect(res.data!.book.status).to.equal('PRE_RESERVED');
      expect(await statusOf(t, ev.entries[0])).to.equal('BOOKED');
      expect(code(await ev.waiting[1].c.request(FAST_BOOK, { i: { ticketId: ev.ticket, optionIds: [] } }))).to.equal(
        'SOLD_OUT',
      );
      await assertCounters(t, ev.eventId);
    });

    it('WL2: an offer not booked in time lapses (moved clock) and passes to the next; each is mailed once, in their language', async () => {
      const ev = await fullTicket(1, { waiting: 2 });
      await sql(t).execute(`update users set language = 'en' where id = ?`, [ev.waiting[1].id]);
      await ev.holders[0].c.data(DELETE, { id: ev.bookings[0] });
      const offer = await mailbox.waitFor(ev.waiting[0].email, (m) => /Une place vous attend/.test(m.subject));
      expect(offer.text).to.match(/vous est réservée jusqu’au/);
      expect(offer.links.some((l) => l.endsWith(`/events/${ev.eventId}`))).to.equal(true);
      clock.advance(1441 * 60_000);
      const swept = await sweepWaitingList(t.app.deps, t.app.db.orm.em.fork());
      expect(swept.lapsed).to.equal(1);
      expect(await statusOf(t, ev.entries[0])).to.equal('LAPSED');
      expect(await statusOf(t, ev.entries[1])).to.equal('OFFERED');
      await assertCounters(t, ev.eventId);
      await mailbox.waitFor(ev.waiting[0].email, (m) => /Place non réservée à temps/.test(m.subject));
      const english = await mailbox.waitFor(ev.waiting[1].email, (m) => /A place is waiting for you/.test(m.subject));
      expect(english.text).to.match(/held for you until/);
      await sweepWaitingList(t.app.deps, t.app.db.orm.em.fork());
      await mailbox.settled(t);
      expect(
        mailbox.to(ev.waiting[1].email).filter((m) => /place is waiting/.test(m.subject)),
        'once',
      ).to.have.length(1);
      expect(mailbox.to(ev.waiting[0].email).filter((m) => /Une place vous attend/.test(m.subject))).to.have.length(1);
      clock.advance(-1441 * 60_000);
    });

    it('WL2: a ticket’s capacity raised by 3 offers 3 places to the first 3 in line; the event’s total raised too', async () => {
      const ev = await fullTicket(1, { waiting: 5 });
      const { kind: _kind, ...update } = openTicket({ capacity: 4 });
      await ev.board.data(UPDATE_TICKET, { id: ev.ticket, i: update });
      const statuses = await Promise.all(ev.entries.map((e) => statusOf(t, e)));
      expect(statuses).to.deep.equal(['OFFERED', 'OFFERED', 'OFFERED', 'WAITING', 'WAITING']);
      await assertCounters(t, ev.eventId);

      const total = await organizerEvent(t, { name: `Total ${randomUUID().slice(0, 6)}` });
      const z = await total.ticket({ capacity: 10 });
      await total.board.data(SET_CAPACITY, { e: total.eventId, c: 1 });
      const [a, ...rest] = await people(3);
      await book(a.c, z);
      const ids = [];
      for (const r of rest) ids.push((await r.c.data(JOIN, { i: { ticketId: z, optionIds: [] } })).joinWaitingList.id);
      await total.board.data(SET_CAPACITY, { e: total.eventId, c: 2 });
      expect([await statusOf(t, ids[0]), await statusOf(t, ids[1])]).to.deep.equal(['OFFERED', 'WAITING']);
      await assertCounters(t, total.eventId);
    });

    it('WL2: leaving with an offer passes the place on; a place held for a guest entry becomes the sponsor’s guest booking', async () => {
      const ev = await fullTicket(1, { waiting: 0 });
      const [s, w] = await people(2);
      const guestEntry = (
        await s.c.data(JOIN, {
          i: {
            ticketId: ev.ticket,
            optionIds: [],
            guest: { firstName: 'Gi', lastName: 'Na', email: `gina-${randomUUID().slice(0, 6)}@example.org` },
          },
        })
      ).joinWaitingList.id;
      const second = (await w.c.data(JOIN, { i: { ticketId: ev.ticket, optionIds: [] } })).joinWaitingList.id;
      await ev.holders[0].c.data(DELETE, { id: ev.bookings[0] });
      expect(await statusOf(t, guestEntry)).to.equal('OFFERED');
      expect(code(await book(s.c, ev.ticket)), 'the place is held for the guest booking, not the sponsor').to.equal(
        'SOLD_OUT',
      );
      const guestBooking = await book(s.c, ev.ticket, [], {
        firstName: 'Gi',
        lastName: 'Na',
        email: 'gina2@example.org',
      });
      expect(guestBooking.errors).to.equal(undefined);
      expect(await statusOf(t, guestEntry)).to.equal('BOOKED');
      expect(await statusOf(t, second)).to.equal('WAITING');
      await assertCounters(t, ev.eventId);
      // The guest booking deleted: the next one gets it; they leave: nobody holds it any more.
      await s.c.data(DELETE, { id: guestBooking.data!.book.id });
      expect(await statusOf(t, second)).to.equal('OFFERED');
      await w.c.data(LEAVE, { e: ev.eventId });
      await assertCounters(t, ev.eventId);
      const [{ taken }] = await sql(t).execute(`select places_taken as taken from tickets where id = ?`, [ev.ticket]);
      expect(taken).to.equal(0);
    });
    it('WL2: a cancelled event’s list ends: its entries are removed and the place held by an offer given back (EV5)', async () => {
      const ev = await fullTicket(1, { waiting: 2 });
      await ev.holders[0].c.data(DELETE, { id: ev.bookings[0] });
      expect(await statusOf(t, ev.entries[0])).to.equal('OFFERED');
      await ev.board.data(`mutation($id: ID!, $r: String!) { cancelEvent(id: $id, reason: $r) { id } }`, {
        id: ev.eventId,
        r: 'Intempéries',
      });
      expect([await statusOf(t, ev.entries[0]), await statusOf(t, ev.entries[1])]).to.deep.equal([
        'REMOVED',
        'REMOVED',
      ]);
      await assertCounters(t, ev.eventId);
      expect(code(await ev.waiting[0].c.request(FAST_BOOK, { i: { ticketId: ev.ticket, optionIds: [] } }))).to.equal(
        'EVENT_CANCELLED',
      );
    });
  });

  describe('WL1: booking otherwise', () => {
    it('WL1: someone waiting who books another ticket of the event leaves the list; an offer they held is passed on by the sweep', async () => {
      const ev = await fullTicket(1, { waiting: 3 });
      const other = await ev.addTicket({ name: 'Autre', capacity: 5 });
      expect((await book(ev.waiting[1].c, other)).errors).to.equal(undefined);
      expect(await statusOf(t, ev.entries[1])).to.equal('LEFT');
      await ev.holders[0].c.data(DELETE, { id: ev.bookings[0] });
      expect(await statusOf(t, ev.entries[0])).to.equal('OFFERED');
      expect((await book(ev.waiting[0].c, other)).errors).to.equal(undefined);
      expect(await statusOf(t, ev.entries[0]), 'until the sweep').to.equal('OFFERED');
      const swept = await sweepWaitingList(t.app.deps, t.app.db.orm.em.fork());
      expect(swept.left).to.equal(1);
      expect(await statusOf(t, ev.entries[0])).to.equal('LEFT');
      expect(await statusOf(t, ev.entries[2]), 'the next one still waiting gets it').to.equal('OFFERED');
      await assertCounters(t, ev.eventId);
    });
  });

  describe('WL1, AC3: a deleted account', () => {
    it('WL1, AC3: a person who deletes their account leaves every list; the place held for them goes to the next, their guest’s names are blanked', async () => {
      const ev = await fullTicket(1, { waiting: 1 });
      const email = `wl-zoe-${randomUUID().slice(0, 6)}@example.org`;
      const zoeId = await createUser(t, { email, kind: 'EXTERNAL' });
      const zoe = await t.signedIn(email);
      const entry = (
        await zoe.data(JOIN, {
          i: {
            ticketId: ev.ticket,
            optionIds: [],
            guest: { firstName: 'Ga', lastName: 'Bi', email: 'gabi@example.org' },
          },
        })
      ).joinWaitingList.id;
      await sql(t).execute(`update waiting_list_entries set position = 0 where id = ?`, [entry]); // first in line
      await ev.holders[0].c.data(DELETE, { id: ev.bookings[0] });
      expect(await statusOf(t, entry)).to.equal('OFFERED');
      expect(
        (await zoe.data(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: DEMO_PASSWORD }))
          .deleteMyAccount,
      ).to.equal(true);
      expect(await statusOf(t, entry)).to.equal('REMOVED');
      expect(await statusOf(t, ev.entries[0]), 'the next in line').to.equal('OFFERED');
      const [row] = await sql(t).execute(`select guest_email from waiting_list_entries where user_id = ?`, [zoeId]);
      expect(row.guest_email).to.equal(null);
      await assertCounters(t, ev.eventId);
    });
  });

  describe('WL3: organizers', () => {
    it('WL3: VIEW cannot see or change the list; EDIT can; the person’s own entry stays theirs', async () => {
      const ev = await fullTicket(1, { waiting: 2 });
      const [viewer, editor] = await people(2);
      await ev.grant('VIEW', viewer.email);
      await ev.grant('EDIT', editor.email);
      const entry = ev.entries[0];
      expect(code(await viewer.c.request(LIST, { e: ev.eventId }))).to.equal('FORBIDDEN');
      expect(code(await viewer.c.request(MOVE, { id: entry, p: 2 }))).to.equal('NOT_FOUND');
      expect(code(await viewer.c.request(REMOVE, { id: entry }))).to.equal('NOT_FOUND');
      expect(code(await viewer.c.request(OFFER, { id: entry }))).to.equal('NOT_FOUND');
      expect(code(await viewer.c.request(CLEAR, { e: ev.eventId }))).to.equal('FORBIDDEN');
      expect(code(await viewer.c.request(SETTINGS, { e: ev.eventId, i: { open: false, offerMinutes: 60 } }))).to.equal(
        'FORBIDDEN',
      );
      expect(code(await ev.waiting[1].c.request(REMOVE, { id: entry })), 'another waiting person').to.equal(
        'NOT_FOUND',
      );
      const list = (await editor.c.data(LIST, { e: ev.eventId })).event.waitingList;
      expect(list.totalCount).to.equal(2);
      expect(list.nodes.map((e: { id: string }) => e.id)).to.deep.equal(ev.entries);
      expect(list.nodes[0].personEmail).to.equal(ev.waiting[0].email);
      expect(code(await editor.c.request(LIST, { e: ev.eventId, f: 0 }))).to.equal('BAD_USER_INPUT');
      expect(code(await editor.c.request(LIST, { e: ev.eventId, f: 101 }))).to.equal('BAD_USER_INPUT');
      const page = (await editor.c.data(LIST, { e: ev.eventId, f: 1, o: 1 })).event.waitingList;
      expect(page.nodes.map((e: { id: string }) => e.id)).to.deep.equal([ev.entries[1]]);
      const set = await editor.c.data(SETTINGS, { e: ev.eventId, i: { open: true, offerMinutes: 30 } });
      expect(set.setWaitingListSettings).to.deep.include({ waitingListOpen: true, waitingListOfferMinutes: 30 });
      expect(
        fields(await editor.c.request(SETTINGS, { e: ev.eventId, i: { open: true, offerMinutes: 1 } })),
      ).to.deep.equal({ offerMinutes: 'OUT_OF_RANGE' });
      const [{ n: audited }] = await sql(t).execute(
        `select count(*)::int as n from audit_log where subject_type = 'Event' and subject_id = ? and action like 'waiting_list.%'`,
        [ev.eventId],
      );
      expect(audited).to.equal(1);
    });

    it('WL3: moving an entry changes who gets the next place; removing and clearing empty the list', async () => {
      const ev = await fullTicket(1, { waiting: 3 });
      const moved = await ev.board.data(MOVE, { id: ev.entries[2], p: 1 });
      expect(moved.moveWaitingListEntry.position).to.equal(1);
      expect((await ev.waiting[0].c.data(MINE, { e: ev.eventId })).event.myWaitingListEntry.position).to.equal(2);
      expect(code(await ev.board.request(MOVE, { id: ev.entries[0], p: 0 }))).to.equal('BAD_USER_INPUT');
      await ev.holders[0].c.data(DELETE, { id: ev.bookings[0] });
      expect(await statusOf(t, ev.entries[2]), 'the one moved first').to.equal('OFFERED');
      expect(await statusOf(t, ev.entries[0])).to.equal('WAITING');
      // Removing the offered entry passes its place to the next in line.
      expect((await ev.board.data(REMOVE, { id: ev.entries[2] })).removeWaitingListEntry.status).to.equal('REMOVED');
      expect(await statusOf(t, ev.entries[0])).to.equal('OFFERED');
      await assertCounters(t, ev.eventId);
      expect((await ev.board.data(CLEAR, { e: ev.eventId })).clearWaitingList).to.equal(2);
      expect([await statusOf(t, ev.entries[0]), await statusOf(t, ev.entries[1])]).to.deep.equal([
        'REMOVED',
        'REMOVED',
      ]);
      await assertCounters(t, ev.eventId);
      const [{ taken }] = await sql(t).execute(`select places_taken as taken from tickets where id = ?`, [ev.ticket]);
      expect(taken, 'the held place freed for anyone').to.equal(0);
      const [someone] = await people(1);
      expect((await book(someone.c, ev.ticket)).errors).to.equal(undefined);
    });

    it('WL3: an organizer offers a free place by hand to any waiting entry (NO_PLACE_FREE when none is)', async () => {
      const ev = await fullTicket(1, { waiting: 3 });
      expect(code(await ev.board.request(OFFER, { id: ev.entries[1] }))).to.equal('NO_PLACE_FREE');
      expect(await statusOf(t, ev.entries[1]), 'nothing changed').to.equal('WAITING');
      // A place left free, as when an offer found the ticket's row busy and left it to the sweep job: the booking
      // deleted with the triggers off (a superuser's session), its place given back by hand.
      await withPg(t.app.db.url, async (c) => {
        await c.query('begin');
        await c.query(`set local session_replication_role = replica`);
        await c.query(`update bookings set status = 'DELETED', ended_at = now() where id = $1`, [ev.bookings[0]]);
        await c.query(`update tickets set places_taken = places_taken - 1 where id = $1`, [ev.ticket]);
        await c.query('commit');
      });
      const offered = (await ev.board.data(OFFER, { id: ev.entries[2] })).offerWaitingListPlace;
      expect(offered.status).to.equal('OFFERED');
      expect([await statusOf(t, ev.entries[0]), await statusOf(t, ev.entries[1])]).to.deep.equal([
        'WAITING',
        'WAITING',
      ]);
      await assertCounters(t, ev.eventId);
      await eventually('the offer mail', async () =>
        mailbox.to(ev.waiting[2].email).some((m) => /Une place vous attend/.test(m.subject)),
      );
    });
  });
});

// WL2 under real concurrency over HTTP: two more server processes (the built bundle, as `npm run serve` runs it) on
// the same database as this one; the crowd and the people waiting are spread over all three.
describe('API: the waiting list across several server processes (WL2)', function () {
  this.timeout(300_000);
  const t = useApp({ env: { JOBS: 'true' } });
  const procs: ServerProcess[] = [];
  const urls: string[] = [];

  before(async function () {
    this.timeout(180_000);
    for (const name of ['wl-a', 'wl-b']) {
      const port = await freePort();
      const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `billetterie-${name}-`));
      const proc = spawnServer({
        ...testEnv(),
        DATABASE_URL: t.app.db.url,
        JOBS: 'false',
        SMTP_URL: mailbox.url,
        PORT: String(port),
        PUBLIC_URL: t.url,
        // One public address for all three processes, called on their own ports (as behind a proxy).
        CANONICAL_HOST_REDIRECT: 'false',
        DATA_DIR: dataDir,
      });
      procs.push(proc);
      const url = `http://127.0.0.1:${port}`;
      await waitForHealthy(url, proc, 90_000);
      urls.push(url);
    }
    urls.push(t.url);
  });

  after(async function () {
    this.timeout(60_000);
    await Promise.all(
      procs.map(async (proc) => {
        if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
        proc.child.kill('SIGTERM');
        const timer = setTimeout(() => proc.child.kill('SIGKILL'), 20_000);
        await proc.exited;
        clearTimeout(timer);
      }),
    );
  });

  /** `book` until answered by anything but BUSY (the apps retry BUSY the same way). */
  async function bookRetrying(c: ApiClient, query: string, ticketId: string): Promise<GraphQLResponse> {
    for (let attempt = 1; ; attempt++) {
      const res = await c.request(query, { i: { ticketId, optionIds: [] } });
      if (code(res) !== 'BUSY' || attempt === 5) return res;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 500));
    }
  }

  it('WL2: a freed place (deleted, opposed, expired) goes to exactly one person — the first in line — while a crowd hammering `book` on three processes gets SOLD_OUT; counters equal live bookings + offers, never above capacity', async () => {
    const prefix = `wlx-${randomUUID().slice(0, 6)}-`;
    const everyone = await insertSignedInPeople(t.app.db.url, { prefix, count: 34 });
    const [holder, ...rest] = everyone;
    const waiting = rest.slice(0, 3);
    const crowd = rest.slice(3);
    const at = (i: number, p: SignedInPerson) => clientAs(urls[i % urls.length], p);
    const ev = await organizerEvent(t, { name: `Course ${randomUUID().slice(0, 6)}` });
    const ticket = await ev.ticket({ capacity: 1, priceCents: 1500 });
    const first = await book(at(0, holder), ticket);
    expect(first.errors).to.equal(undefined);
    const entries: string[] = [];
    for (const [i, w] of waiting.entries())
      entries.push((await at(i, w).data(JOIN, { i: { ticketId: ticket, optionIds: [] } })).joinWaitingList.id);

    /** The crowd books on every process, both paths, until `freeing` is done and a little after. */
    async function hammer(freeing: () => Promise<unknown>) {
      let done = false;
      const answers: GraphQLResponse[] = [];
      const loops = crowd.map(async (p, i) => {
        const c = at(i, p);
        const query = i % 2 ? FAST_BOOK : BOOK_GENERAL;
        for (let k = 0; !done || k < 2; k++) answers.push(await bookRetrying(c, query, ticket));
      });
      await new Promise((r) => setTimeout(r, 150));
      await freeing();
      await new Promise((r) => setTimeout(r, 300));
      done = true;
      await Promise.all(loops);
      expect(tally(answers), 'nobody in the crowd gets the freed place').to.have.keys(['SOLD_OUT']);
      return answers.length;
    }

    const status = async () => Promise.all(entries.map((e) => statusOf(t, e)));

    // 1. A pre-reservation deleted through one process: the first in line is offered it and books it (fast lane).
    await hammer(() => at(1, holder).data(DELETE, { id: first.data!.book.id }));
    expect(await status()).to.deep.equal(['OFFERED', 'WAITING', 'WAITING']);
    await assertCounters(t, ev.eventId);
    const b1 = await at(2, waiting[0]).request(FAST_BOOK, { i: { ticketId: ticket, optionIds: [] } });
    expect(b1.errors).to.equal(undefined);
    expect(await status()).to.deep.equal(['BOOKED', 'WAITING', 'WAITING']);

    // 2. That reservation opposed: the second is offered the place and books it (general path).
    await ev.board.data(MARK_PAID, { i: { bookingId: b1.data!.book.id, amountCents: 1500, method: 'CASH' } });
    await hammer(() => ev.board.data(OPPOSE, { id: b1.data!.book.id, r: 'Fraude' }));
    expect(await status()).to.deep.equal(['BOOKED', 'OFFERED', 'WAITING']);
    await assertCounters(t, ev.eventId);
    const b2 = await at(0, waiting[1]).request(BOOK_GENERAL, { i: { ticketId: ticket, optionIds: [] } });
    expect(b2.errors).to.equal(undefined);
    expect(await status()).to.deep.equal(['BOOKED', 'BOOKED', 'WAITING']);

    // 3. That pre-reservation expires (BK10's job): the third is offered the place.
    await sql(t).execute(`update bookings set expires_at = now() - interval '1 minute' where id = ?`, [
      b2.data!.book.id,
    ]);
    await hammer(() => expirePreReservations(t.app.deps, t.app.db.orm.em.fork()));
    expect(await status()).to.deep.equal(['BOOKED', 'BOOKED', 'OFFERED']);
    const rows = await assertCounters(t, ev.eventId);
    expect(rows[0].taken, 'the one place, held').to.equal(1);
    const [{ n: live }] = await sql(t).execute(
      `select count(*)::int as n from bookings where ticket_id = ? and status in ${LIVE}`,
      [ticket],
    );
    expect(live, 'never sold twice').to.equal(0);
  });
});
