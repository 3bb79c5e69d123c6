// Issue 14 (BK9, SEC2): a `book` of a ticket this process has just answered SOLD_OUT for goes past the admission
// queue and only reads (http/sold-out.ts): a sale opening's crowd learns it is sold out at the database's read speed
// instead of queueing for a writing slot — while the answer still comes from the read, so a place freed since is
// booked, after admission, and never by more people than there are places.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { mutationGateOf } from '../../server/src/db/transactions';
import { useApp, type TestApp } from '../support/app';
import { sql } from '../support/booking-fixtures';
import { organizerEvent } from '../support/event-fixtures';
import { maskedAnswer, pgStatements, postGraphQL, type LaneAnswer } from '../support/lane-answers';
import { insertSignedInPeople, sessionCookieHeader, type SignedInPerson } from '../support/sessions';

const BOOK = `mutation($i: BookInput!) { book(input: $i) { id status } }`;
const book = (t: TestApp, p: SignedInPerson, ticketId: string) =>
  postGraphQL(t.url, {
    cookie: sessionCookieHeader(p),
    body: { query: BOOK, variables: { i: { ticketId, optionIds: [] } } },
  });
const code = (a: LaneAnswer) =>
  (JSON.parse(a.body) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
const people = (t: TestApp, count: number) =>
  insertSignedInPeople(t.app.db.url, { prefix: `soldout-${randomUUID().slice(0, 8)}-`, count });

async function until(what: string, ok: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('Issue 14: a ticket seen sold out is answered at read speed, past the admission queue (BK9, SEC2)', function () {
  this.timeout(60_000);
  const fast = useApp();
  const slow = useApp({ env: { FAST_BOOK: 'false' } });

  /** A 1-place ticket booked by one person, and the SOLD_OUT its second booker got (which marks it). */
  async function soldOutTicket(t: TestApp) {
    const ev = await organizerEvent(t);
    const ticketId = await ev.ticket({ capacity: 1 });
    const [first, second, ...rest] = await people(t, 5);
    expect(JSON.parse((await book(t, first, ticketId)).body).data.book.status).to.equal('PRE_RESERVED');
    expect(code(await book(t, second, ticketId))).to.equal('SOLD_OUT');
    return { ticketId, first, rest };
  }

  /**
   * Every writing slot of the fast server held (plus `queued` more waiting): bookings of a ticket whose row another
   * writer locks. `release` lets them all book.
   */
  async function heldSlots(queued: number) {
    const ev = await organizerEvent(fast);
    const busyTicket = await ev.ticket({ capacity: 100 });
    const gate = mutationGateOf(fast.app.db.orm.em);
    const crowd = await people(fast, gate.max + queued);
    const holder = new pg.Client({ connectionString: fast.app.db.url });
    await holder.connect();
    let settled = 0;
    let answers: Promise<LaneAnswer[]> | null = null;
    return {
      gate,
      settled: () => settled,
      async hold() {
        await holder.query('begin');
        await holder.query('select id from tickets where id = $1 for update', [busyTicket]);
        answers = Promise.all(crowd.map((p) => book(fast, p, busyTicket).finally(() => settled++)));
        await until('the slots to fill', () => gate.stats.active === gate.max && gate.stats.waiting === queued);
        // … and those bookings to be waiting for the row lock: the lane writes one ticket's bookings one statement at
        // a time (a batch), so one insert waits in PostgreSQL and the others wait behind it, each still in its slot.
        for (let blocked = 0; blocked < 1; await new Promise((r) => setTimeout(r, 10)))
          [{ blocked }] = await sql(fast).execute(
            `select count(*)::int as blocked from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          );
      },
      async release() {
        await holder.query('rollback').catch(() => undefined);
        const all = await answers;
        await holder.end();
        expect(all?.map(code).filter(Boolean), 'the held ones book once the lock goes').to.deep.equal([]);
      },
    };
  }

  it('BK9, SEC2: with every writing slot held by bookings waiting on a lock, a `book` of a ticket seen sold out is answered SOLD_OUT before any of them, as Apollo answers it', async () => {
    const held = await heldSlots(2);
    const { ticketId, rest } = await soldOutTicket(fast); // marked just now
    await held.hold();
    try {
      const answer = await book(fast, rest[0], ticketId);
      expect(code(answer)).to.equal('SOLD_OUT');
      expect(held.settled(), 'answered while every slot was still held').to.equal(0);
      expect(held.gate.stats.active, 'no slot taken').to.equal(held.gate.max);
      // Apollo (no lane) gives the same answer, byte for byte but the ids and times.
      const { ticketId: slowTicket, rest: slowRest } = await soldOutTicket(slow);
      const apollo = await book(slow, slowRest[0], slowTicket);
      expect(maskedAnswer(answer)).to.deep.equal(maskedAnswer(apollo));
    } finally {
      await held.release();
    }
  });

  it('BK9, SEC2: a place freed on a ticket seen sold out is read without a slot, and booked only once admitted; one place, one booking', async () => {
    const held = await heldSlots(0);
    const { ticketId, first, rest } = await soldOutTicket(fast);
    const board = await fast.signedIn('bureau@example.org');
    const [{ id }] = await sql(fast).execute(`select id from bookings where ticket_id = ? and holder_id = ?`, [
      ticketId,
      first.id,
    ]);
    await board.data(`mutation($id: ID!, $r: String!) { opposeBooking(id: $id, reason: $r) { id } }`, {
      id,
      r: 'Place libérée pour le test',
    });
    await held.hold();
    let three: Array<Promise<LaneAnswer>> = [];
    let answered = 0;
    try {
      // Each reads the free place without a slot while every slot is held (the lane may read them together), then
      // waits to be admitted.
      const reads = await pgStatements(async () => {
        three = rest.slice(0, 3).map((p) => book(fast, p, ticketId).finally(() => answered++));
        await until('the three to wait for admission', () => held.gate.stats.waiting === 3);
      });
      const readStatements = reads.filter((q) => q.startsWith('[fast_book_read')).length;
      expect(readStatements, reads.join('\n')).to.be.within(1, 3);
      expect(
        reads.filter((q) => q.startsWith('[fast_book_create')),
        'nothing written before admission',
      ).to.have.length(0);
      expect(answered).to.equal(0);
    } finally {
      await held.release();
    }
    const answers = await Promise.all(three);
    const booked = answers.filter((a) => JSON.parse(a.body).data?.book?.status === 'PRE_RESERVED');
    expect(booked, answers.map((a) => a.body).join('\n')).to.have.length(1);
    expect(answers.map(code).filter(Boolean)).to.deep.equal(['SOLD_OUT', 'SOLD_OUT']);
    const [row] = await sql(fast).execute(
      `select places_taken as taken, (select count(*)::int from bookings where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')) as live from tickets where id = ?`,
      [ticketId, ticketId],
    );
    expect(row).to.deep.equal({ taken: 1, live: 1 });
  });

  it('SEC2: a `book` of a ticket seen sold out that the lane hands to Apollo (a session due for its refresh) is admitted first: it waits for a slot like any mutation', async () => {
    const held = await heldSlots(0);
    const { ticketId, rest } = await soldOutTicket(fast);
    await sql(fast).execute(`update sessions set last_seen_at = now() - interval '2 hours' where user_id = ?`, [
      rest[0].id,
    ]);
    await held.hold();
    let answered = false;
    let answer!: Promise<LaneAnswer>;
    try {
      answer = book(fast, rest[0], ticketId).finally(() => (answered = true));
      await until('it to wait for admission', () => held.gate.stats.waiting === 1);
      expect(answered, 'Apollo ran nothing before admission').to.equal(false);
    } finally {
      await held.release();
    }
    expect(code(await answer)).to.equal('SOLD_OUT');
  });
});
