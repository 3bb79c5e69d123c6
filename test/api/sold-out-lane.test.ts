// Issue 14 (BK9, SEC2): a `book` of a ticket this process has just answered SOLD_OUT for goes past the admission
// queue and only reads (http/sold-out.ts): a sale opening's crowd learns it is sold out at the database's read speed
// instead of queueing for a writing slot — while the answer still comes from the read, so a place freed since is
// booked, after admission, and never by more people than there are places.
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  ADMISSION_WAIT_MS,
  bookLaneGateOf,
  LOCK_TIMEOUT_MS,
  mutationGateOf,
  type Gate,
} from '../../server/src/db/transactions';
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
   * Every slot of one of the fast server's gates held — the sale lane's own (its `book` requests) or the mutation gate
   * (every other mutation, the lane's write batches and what the lane hands to Apollo) — and `queued` more entries
   * waiting behind them. `release` gives them back (the queued ones leave as soon as they get in).
   */
  function heldSlots(gate: Gate, queued = 0) {
    let held = 0;
    while (gate.stats.active < gate.max) {
      void gate.enter();
      held++;
    }
    for (let i = 0; i < queued; i++)
      void gate.enter().then(
        (entered) => entered && gate.leave(),
        () => undefined, // BUSY after the gate's bound: nothing held
      );
    expect(gate.stats).to.include({ active: gate.max, waiting: queued });
    return {
      gate,
      release() {
        for (; held > 0; held--) gate.leave();
      },
    };
  }
  const laneGate = () => bookLaneGateOf(fast.app.db.orm.em);
  const mutationGate = () => mutationGateOf(fast.app.db.orm.em);

  it('BK9, SEC2: with every slot of the sale lane held and more queued, a `book` of a ticket seen sold out is answered SOLD_OUT at once, taking no slot, as Apollo answers it', async () => {
    const { ticketId, rest } = await soldOutTicket(fast); // marked just now
    const held = heldSlots(laneGate(), 2);
    try {
      const started = Date.now();
      const answer = await book(fast, rest[0], ticketId);
      expect(code(answer)).to.equal('SOLD_OUT');
      expect(Date.now() - started, 'answered before the queued ones could be').to.be.below(ADMISSION_WAIT_MS);
      expect(held.gate.stats.active, 'no slot taken').to.equal(held.gate.max);
      // Apollo (no lane) gives the same answer, byte for byte but the ids and times.
      const { ticketId: slowTicket, rest: slowRest } = await soldOutTicket(slow);
      const apollo = await book(slow, slowRest[0], slowTicket);
      expect(maskedAnswer(answer)).to.deep.equal(maskedAnswer(apollo));
    } finally {
      held.release();
    }
  });

  it('BK9, SEC2: a place freed on a ticket seen sold out is read without a slot, and booked only once admitted; one place, one booking', async () => {
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
    const held = heldSlots(laneGate());
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
      held.release();
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

  /** A person whose session is due for its hourly refresh: the lane hands their `book` to Apollo (which writes it). */
  const dueForRefresh = (p: SignedInPerson) =>
    sql(fast).execute(`update sessions set last_seen_at = now() - interval '2 hours' where user_id = ?`, [p.id]);

  it('SEC2: a `book` of a ticket seen sold out that the lane hands to Apollo (a session due for its refresh) is admitted first: it waits for a slot of the mutation gate like any mutation', async () => {
    const { ticketId, rest } = await soldOutTicket(fast);
    await dueForRefresh(rest[0]);
    const held = heldSlots(mutationGate());
    let answered = false;
    let answer!: Promise<LaneAnswer>;
    try {
      answer = book(fast, rest[0], ticketId).finally(() => (answered = true));
      await until('it to wait for admission', () => held.gate.stats.waiting === 1);
      expect(answered, 'Apollo ran nothing before admission').to.equal(false);
    } finally {
      held.release();
    }
    expect(code(await answer)).to.equal('SOLD_OUT');
  });

  it('SEC2: a `book` the lane admitted by its own gate and then hands to Apollo (a session due for its refresh) is admitted by the mutation gate too before Apollo runs it', async () => {
    const ev = await organizerEvent(fast);
    const ticketId = await ev.ticket({ capacity: 5 });
    const [person] = await people(fast, 1);
    await dueForRefresh(person);
    const held = heldSlots(mutationGate());
    let answered = false;
    let answer!: Promise<LaneAnswer>;
    try {
      answer = book(fast, person, ticketId).finally(() => (answered = true));
      await until('it to wait for the mutation gate', () => held.gate.stats.waiting === 1);
      expect(laneGate().stats.active, 'it holds a slot of the lane meanwhile').to.equal(1);
      expect(answered, 'Apollo ran nothing before admission').to.equal(false);
    } finally {
      held.release();
    }
    expect(JSON.parse((await answer).body).data.book.status).to.equal('PRE_RESERVED');
    await until('its slots to be given back', () => laneGate().stats.active === 0 && mutationGate().stats.active === 0);
  });

  it("SEC2: a `book` whose client accepts no JSON answer is not the lane's: the mutation gate admits it before Apollo answers it", async () => {
    const ev = await organizerEvent(fast);
    const ticketId = await ev.ticket({ capacity: 5 });
    const [person] = await people(fast, 1);
    const held = heldSlots(mutationGate());
    let answered = false;
    let answer!: Promise<LaneAnswer>;
    try {
      answer = postGraphQL(fast.url, {
        cookie: sessionCookieHeader(person),
        headers: { accept: 'text/plain' },
        body: { query: BOOK, variables: { i: { ticketId, optionIds: [] } } },
      }).finally(() => (answered = true));
      await until('it to wait for the mutation gate', () => held.gate.stats.waiting === 1);
      expect(laneGate().stats.active, 'no slot of the lane').to.equal(0);
      expect(answered, 'Apollo ran nothing before admission').to.equal(false);
    } finally {
      held.release();
    }
    const slowAnswer = await postGraphQL(slow.url, {
      cookie: sessionCookieHeader((await people(slow, 1))[0]),
      headers: { accept: 'text/plain' },
      body: {
        query: BOOK,
        variables: { i: { ticketId: await (await organizerEvent(slow)).ticket({ capacity: 5 }), optionIds: [] } },
      },
    });
    expect(maskedAnswer(await answer), 'as Apollo answers it').to.deep.equal(maskedAnswer(slowAnswer));
  });

  it('SEC2: the sale lane admits more `book` requests at once than the mutation gate has slots, and writes them holding ONE mutation slot per batch: with every mutation slot held, none is written; once one frees, all are booked', async () => {
    const ev = await organizerEvent(fast);
    const count = mutationGate().max + 3;
    const ticketId = await ev.ticket({ capacity: count });
    const crowd = await people(fast, count);
    const held = heldSlots(mutationGate());
    let answers!: Array<Promise<LaneAnswer>>;
    try {
      answers = crowd.map((p) => book(fast, p, ticketId));
      await until('all to be admitted by the lane, and a write batch to wait for a mutation slot', () => {
        return laneGate().stats.active === count && held.gate.stats.waiting === 1;
      });
      const [{ n }] = await sql(fast).execute(`select count(*)::int as n from bookings where ticket_id = ?`, [
        ticketId,
      ]);
      expect(n, 'nothing written without a mutation slot').to.equal(0);
    } finally {
      held.release();
    }
    const all = await Promise.all(answers);
    expect(all.map(code).filter(Boolean), 'every one booked').to.deep.equal([]);
    const [row] = await sql(fast).execute(
      `select places_taken as taken, (select count(*)::int from bookings where ticket_id = ? and status = 'PRE_RESERVED') as live from tickets where id = ?`,
      [ticketId, ticketId],
    );
    expect(row).to.deep.equal({ taken: count, live: count });
    await until('the slots to be given back', () => laneGate().stats.active === 0 && mutationGate().stats.active === 0);
  });

  /** The ticket's row locked by another session (as a long change would) until the returned function is called. */
  async function lockedTicket(t: TestApp, ticketId: string) {
    const locker = new pg.Client({ connectionString: t.app.db.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('select id from tickets where id = $1 for update', [ticketId]);
    return async () => {
      await locker.query('rollback');
      await locker.end();
    };
  }

  it('SEC2: a `book` waits for a row lock at most the lock timeout, then answers BUSY (retryable), nothing written — the lane as Apollo', async () => {
    const answers: LaneAnswer[] = [];
    for (const t of [fast, slow]) {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ capacity: 5 });
      const [person] = await people(t, 1);
      const unlock = await lockedTicket(t, ticketId);
      try {
        const started = Date.now();
        const answer = await book(t, person, ticketId);
        expect(Date.now() - started, 'bounded by the lock timeout').to.be.below(LOCK_TIMEOUT_MS + 2000);
        expect(code(answer), answer.body).to.equal('BUSY');
        answers.push(answer);
      } finally {
        await unlock();
      }
      const [{ n }] = await sql(t).execute(`select count(*)::int as n from bookings where ticket_id = ?`, [ticketId]);
      expect(n, 'nothing written').to.equal(0);
      expect(JSON.parse((await book(t, person, ticketId)).body).data.book.status, 'booked once the lock goes').to.equal(
        'PRE_RESERVED',
      );
    }
    expect(maskedAnswer(answers[0])).to.deep.equal(maskedAnswer(answers[1]));
  });

  it('SEC2: bookings of one ticket written together while its row is locked all answer BUSY after the lock timeout — none waits again alone — and nothing is written', async () => {
    const ev = await organizerEvent(fast);
    const ticketId = await ev.ticket({ capacity: 10 });
    const crowd = await people(fast, 5);
    const unlock = await lockedTicket(fast, ticketId);
    let statements!: string[];
    try {
      const started = Date.now();
      let answers: LaneAnswer[] = [];
      statements = await pgStatements(async () => {
        answers = await Promise.all(crowd.map((p) => book(fast, p, ticketId)));
      });
      expect(answers.map(code)).to.deep.equal(crowd.map(() => 'BUSY'));
      // At most one batch after the first write (which starts alone): two lock waits, not one per booking.
      expect(Date.now() - started, 'two lock waits at most').to.be.below(2 * LOCK_TIMEOUT_MS + 1500);
    } finally {
      await unlock();
    }
    const creates = statements.filter((q) => q.startsWith('[fast_book_create'));
    expect(creates.length, creates.join('\n')).to.be.below(crowd.length);
    const [{ n }] = await sql(fast).execute(`select count(*)::int as n from bookings where ticket_id = ?`, [ticketId]);
    expect(n, 'nothing written').to.equal(0);
  });
});
