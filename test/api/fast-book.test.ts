// Issue 14: the sale opening's fast lane (http/fast-book.ts, modules/bookings/fast-lane.ts). Two servers, one with the
// lane (the default) and one with FAST_BOOK=false (Apollo only), are given the same situations and the same
// requests; their answers must be identical byte for byte once the values that are random by nature (ids,
// references, times) are masked — status, content type, cache headers and body. What the lane writes is compared
// too (booking, options, audit entry, mail), and the lane must take two SQL statements per attempt (the write's
// transaction control aside).
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { useApp, type TestApp } from '../support/app';
import { sql } from '../support/booking-fixtures';
import { organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import {
  maskedAnswer as masked,
  pgStatements as statements,
  postGraphQL,
  type LaneAnswer,
} from '../support/lane-answers';
import { insertSignedInPeople, sessionCookieHeader, type SignedInPerson } from '../support/sessions';

const ALL_FIELDS = 'id reference status priceCents forced createdAt expiresAt reservedAt __typename';
const BOOK = `mutation($i: BookInput!) { book(input: $i) { ${ALL_FIELDS} } }`;
const day = 24 * 3600 * 1000;

interface Req {
  person?: SignedInPerson | null;
  cookie?: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

async function send(t: TestApp, r: Req): Promise<LaneAnswer> {
  const cookie = r.cookie ?? (r.person ? sessionCookieHeader(r.person) : undefined);
  return postGraphQL(t.url, { cookie, body: r.body, headers: r.headers });
}

const people = (t: TestApp, count = 1, kind?: { schoolId: string; classYear: number }) =>
  insertSignedInPeople(t.app.db.url, {
    prefix: `fast-${randomUUID().slice(0, 8)}-`,
    count,
    ...(kind ? { kind: 'SCHOOL' as const, ...kind } : {}),
  });

const bookBody = (ticketId: string, optionIds: string[] = [], over: Record<string, unknown> = {}) => ({
  query: BOOK,
  variables: { i: { ticketId, optionIds } },
  ...over,
});

describe('Issue 14 fast lane: POST /graphql `book` answers exactly like Apollo (BK1, BK2, BK5, BK9, BK11, TK2, EV1, EV5, OP1, OP2)', function () {
  this.timeout(120_000);
  const fast = useApp();
  const slow = useApp({ env: { FAST_BOOK: 'false' } });

  /**
   * Sets the same situation up on both servers, sends the request it makes to each, and compares. `lane`: whether
   * the fast lane must have answered it itself (only its statements ran), or handed
   * it to Apollo; null when the statements can't tell (an anonymous request sends none on either path).
   */
  async function same(lane: boolean | null, setup: (t: TestApp) => Promise<Req>): Promise<LaneAnswer> {
    const req = await setup(fast);
    let a!: LaneAnswer;
    const seen = await statements(async () => {
      a = await send(fast, req);
    });
    const b = await send(slow, await setup(slow));
    expect(masked(a)).to.deep.equal(masked(b));
    if (lane !== null) {
      const answered = seen.length > 0 && seen.every((q) => q.startsWith('[fast_book_'));
      expect(answered, seen.join('\n')).to.equal(lane);
    }
    return a;
  }

  it('a paid booking: the same body, status and headers, in two SQL statements on the lane', async () => {
    const paid = async (t: TestApp) => {
      const ev = await organizerEvent(t);
      return { ticketId: await ev.ticket({ priceCents: 1500 }), person: (await people(t))[0] };
    };
    const f = await paid(fast);
    let answer!: LaneAnswer;
    const lane = await statements(async () => {
      answer = await send(fast, { person: f.person, body: bookBody(f.ticketId) });
    });
    const s = await paid(slow);
    const general = await statements(() => send(slow, { person: s.person, body: bookBody(s.ticketId) }));
    const other = await send(slow, { person: (await people(slow))[0], body: bookBody(s.ticketId) });
    expect(masked(answer)).to.deep.equal(masked(other));
    const body = JSON.parse(answer.body);
    expect(body.data.book).to.include({
      status: 'PRE_RESERVED',
      priceCents: 1500,
      forced: false,
      __typename: 'Booking',
    });
    expect(answer.body.endsWith('}}}\n')).to.equal(true);
    expect(
      lane.filter((q) => q.startsWith('[fast_book_')),
      lane.join('\n'),
    ).to.have.length(2);
    expect(lane, lane.join('\n')).to.have.length(2);
    expect(general.length).to.be.greaterThan(2);
  });

  it('a free ticket is a reservation at once (BK5); what is written matches the general path: booking, audit, mail', async () => {
    const free = async (t: TestApp) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ priceCents: 0 });
      const [person] = await people(t);
      const answer = await send(t, { person, body: bookBody(ticketId) });
      const id = JSON.parse(answer.body).data.book.id as string;
      const [row] = await sql(t).execute(
        `select b.status, b.price_cents, b.holder_email = u.email as own, b.reserved_at is not null as reserved,
                b.expires_at, b.forced, b.sponsor_id, a.action, a.actor_id = u.id as by_holder, a.data - 'reference' as data,
                a.request_id is not null as has_request, m."to" = u.email as to_holder, m.ticket_booking_id = b.id as ticket
           from bookings b join users u on u.id = b.holder_id
           join audit_log a on a.subject_id = b.id::text and a.subject_type = 'Booking'
           join outbox_mails m on m.text like '%' || b.reference || '%'
          where b.id = ?`,
        [id],
      );
      const data = row.data as { ticket: string };
      expect(data.ticket).to.equal(ticketId);
      return { answer: masked(answer), row: { ...row, data: { ...data, ticket: '<id>' } } };
    };
    const a = await free(fast);
    const b = await free(slow);
    expect(a).to.deep.equal(b);
    expect(a.row).to.include({
      status: 'RESERVED',
      own: true,
      reserved: true,
      by_holder: true,
      to_holder: true,
      ticket: true,
    });
  });

  it('options: the price adds up (BK5); a duplicate, a stranger and two of one group are refused alike (OP1, OP2)', async () => {
    const withOptions = async (t: TestApp) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ priceCents: 1000 });
      const other = await ev.ticket({ name: 'Autre' });
      const wine = await ev.option(ticketId, 'Vin', 500);
      const stranger = await ev.option(other, 'Ailleurs', 100);
      const meal = await ev.group(ticketId, 'Repas', [
        ['Viande', 300],
        ['Poisson', 400],
      ]);
      return { ticketId, wine, stranger, meal: meal.options, person: (await people(t))[0] };
    };
    const f = await withOptions(fast);
    const s = await withOptions(slow);
    for (const choose of [
      (w: typeof f) => [w.wine, w.wine],
      (w: typeof f) => [w.stranger],
      (w: typeof f) => [w.meal[0], w.meal[1]],
      (_w: typeof f) => [randomUUID()],
      (w: typeof f) => [w.wine, w.meal[1]],
    ]) {
      const a = await send(fast, { person: f.person, body: bookBody(f.ticketId, choose(f)) });
      const b = await send(slow, { person: s.person, body: bookBody(s.ticketId, choose(s)) });
      expect(masked(a)).to.deep.equal(masked(b));
    }
    const last = await sql(fast).execute(`select price_cents from bookings where holder_email = ?`, [f.person.email]);
    expect(last).to.deep.equal([{ price_cents: 1900 }]);
  });

  it('ALREADY_BOOKED from the unique index (BK2) and SOLD_OUT from the counter (BK9) answer alike', async () => {
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const first = await ev.ticket({ name: 'Un' });
      const second = await ev.ticket({ name: 'Deux' });
      const [p] = await people(t);
      await send(t, { person: p, body: bookBody(first) });
      return { person: p, body: bookBody(second) };
    });
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ capacity: 1 });
      const [p, q] = await people(t, 2);
      await send(t, { person: p, body: bookBody(ticketId) });
      return { person: q, body: bookBody(ticketId) };
    });
  });

  it('a crowd: 40 people at once on 6 places get the same outcomes on both paths (early and trigger SOLD_OUT alike), never more than 6 (BK9)', async () => {
    const crowd = async (t: TestApp) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ capacity: 6 });
      const many = await people(t, 40);
      const answers = await Promise.all(many.map((person) => send(t, { person, body: bookBody(ticketId) })));
      const tally: Record<string, number> = {};
      for (const a of answers) {
        const k = JSON.stringify(masked(a));
        tally[k] = (tally[k] ?? 0) + 1;
      }
      const [row] = await sql(t).execute(
        `select places_taken as taken, (select count(*)::int from bookings where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')) as live from tickets where id = ?`,
        [ticketId, ticketId],
      );
      return { tally, row };
    };
    const a = await crowd(fast);
    const b = await crowd(slow);
    expect(a).to.deep.equal(b);
    expect(a.row).to.deep.equal({ taken: 6, live: 6 });
  });

  it("BK9: a crowd's reads go together — 40 people at once on a ticket seen sold out, among them an unknown session, an unknown ticket and another ticket with room, take fewer read statements than requests, each answered for itself", async () => {
    const ev = await organizerEvent(fast);
    const ticketId = await ev.ticket({ capacity: 1 });
    const otherTicket = await ev.ticket({ name: 'Autre', capacity: 5 });
    const [first, second, elsewhere, ...many] = await people(fast, 43);
    await send(fast, { person: first, body: bookBody(ticketId) });
    const soldOut = await send(fast, { person: second, body: bookBody(ticketId) }); // the lane marks the ticket
    expect(JSON.parse(soldOut.body).errors[0].extensions.code).to.equal('SOLD_OUT');
    const crowd: Req[] = many.map((person) => ({ person, body: bookBody(ticketId) }));
    crowd.splice(10, 0, { cookie: 'billetterie_session=nope', body: bookBody(ticketId) });
    crowd.splice(20, 0, { person: many[0], body: bookBody(randomUUID()) });
    crowd.splice(30, 0, { person: elsewhere, body: bookBody(otherTicket) });
    let answers!: LaneAnswer[];
    const seen = await statements(async () => {
      answers = await Promise.all(crowd.map((r) => send(fast, r)));
    });
    const reads = seen.filter((q) => q.startsWith('[fast_book_read'));
    expect(reads.length, `${reads.length} reads`).to.be.greaterThan(0).and.lessThan(crowd.length);
    const outcome = (a: LaneAnswer) => {
      const body = JSON.parse(a.body);
      return body.data?.book ? body.data.book.status : body.errors[0].extensions.code;
    };
    expect([10, 20, 30].map((i) => outcome(answers[i]))).to.deep.equal([
      'UNAUTHENTICATED',
      'NOT_FOUND',
      'PRE_RESERVED',
    ]);
    answers.forEach((a, i) => {
      if (![10, 20, 30].includes(i)) expect(masked(a)).to.deep.equal(masked(soldOut));
    });
    const [row] = await sql(fast).execute(
      `select places_taken as taken, (select count(*)::int from bookings where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')) as live from tickets where id = ?`,
      [ticketId, ticketId],
    );
    expect(row).to.deep.equal({ taken: 1, live: 1 });
  });

  it('BK5, BK9: a batch of bookings is written by one statement — free tickets reserved at once, each with its mail and audit entry', async () => {
    const ev = await organizerEvent(fast);
    const ticketId = await ev.ticket({ capacity: 20, priceCents: 0 });
    const many = await people(fast, 12);
    let answers!: LaneAnswer[];
    const seen = await statements(async () => {
      answers = await Promise.all(many.map((person) => send(fast, { person, body: bookBody(ticketId) })));
    });
    for (const a of answers) expect(JSON.parse(a.body).data.book.status).to.equal('RESERVED');
    const creates = seen.filter((q) => q.startsWith('[fast_book_create'));
    const alone = creates.filter((q) => q.startsWith('[fast_book_create_v1]'));
    expect(alone.length, creates.map((q) => q.slice(0, 40)).join('\n')).to.be.lessThan(many.length);
    const [row] = await sql(fast).execute(
      `select places_taken as taken,
              (select count(*)::int from bookings where ticket_id = ? and status = 'RESERVED') as reserved,
              (select count(*)::int from outbox_mails where ticket_booking_id in (select id from bookings where ticket_id = ?)) as mails,
              (select count(*)::int from audit_log where action = 'booking.created' and subject_id in (select id::text from bookings where ticket_id = ?)) as audited
         from tickets where id = ?`,
      [ticketId, ticketId, ticketId, ticketId],
    );
    expect(row).to.deep.equal({ taken: 12, reserved: 12, mails: 12, audited: 12 });
  });

  it('BK9: bookings of one ticket at once are written together (one statement for several), never beyond its places; a batch a guard refuses is written one by one, each with its own answer', async () => {
    const ev = await organizerEvent(fast);
    const ticketId = await ev.ticket({ capacity: 10 });
    const many = await people(fast, 30);
    const twice = many[0]; // BK2: asks twice at once — one booking, one ALREADY_BOOKED
    let answers!: LaneAnswer[];
    const seen = await statements(async () => {
      answers = await Promise.all([...many, twice].map((person) => send(fast, { person, body: bookBody(ticketId) })));
    });
    const batched = seen.filter((q) => q.startsWith('[fast_book_create_batch_'));
    expect(batched.length, seen.filter((q) => q.includes('create')).join('\n')).to.be.greaterThan(0);
    const codes: Record<string, number> = {};
    for (const a of answers) {
      const body = JSON.parse(a.body);
      const k = body.data?.book ? body.data.book.status : body.errors[0].extensions.code;
      codes[k] = (codes[k] ?? 0) + 1;
    }
    expect(codes.PRE_RESERVED).to.equal(10);
    expect((codes.SOLD_OUT ?? 0) + (codes.ALREADY_BOOKED ?? 0)).to.equal(21);
    const [row] = await sql(fast).execute(
      `select places_taken as taken, (select count(*)::int from bookings where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')) as live,
              (select count(*)::int from outbox_mails where "to" in (select holder_email from bookings where ticket_id = ?)) as mails,
              (select count(*)::int from audit_log where action = 'booking.created' and subject_id in (select id::text from bookings where ticket_id = ?)) as audited
         from tickets where id = ?`,
      [ticketId, ticketId, ticketId, ticketId],
    );
    expect(row).to.deep.equal({ taken: 10, live: 10, mails: 10, audited: 10 });
  });

  it('CP1: a full quota and a full event total answer SOLD_OUT alike on both paths (early and from the trigger), never beyond', async () => {
    const QUOTA = `mutation($e: ID!, $i: QuotaInput!) { createQuota(eventId: $e, input: $i) { id } }`;
    const TOTAL = `mutation($e: ID!, $c: Int) { setEventCapacity(eventId: $e, capacity: $c) { id } }`;
    const shared = async (t: TestApp, limit: { quota?: number; total?: number }) => {
      const ev = await organizerEvent(t);
      const tickets = [await ev.ticket({ name: 'Un' }), await ev.ticket({ name: 'Deux' })];
      if (limit.quota !== undefined)
        await ev.board.data(QUOTA, { e: ev.eventId, i: { name: 'Repas', capacity: limit.quota, ticketIds: tickets } });
      if (limit.total !== undefined) await ev.board.data(TOTAL, { e: ev.eventId, c: limit.total });
      return { eventId: ev.eventId, tickets };
    };
    for (const limit of [{ quota: 1 }, { total: 1 }]) {
      const a = await same(true, async (t) => {
        const { tickets } = await shared(t, limit);
        const [p, q] = await people(t, 2);
        await send(t, { person: p, body: bookBody(tickets[0]) });
        return { person: q, body: bookBody(tickets[1]) };
      });
      expect(a.body)
        .to.include('SOLD_OUT')
        .and.include(limit.quota ? '"scope":"QUOTA"' : '"scope":"EVENT"');
    }
    const crowd = async (t: TestApp) => {
      const { eventId, tickets } = await shared(t, { quota: 4, total: 6 });
      const many = await people(t, 30);
      const answers = await Promise.all(many.map((person, i) => send(t, { person, body: bookBody(tickets[i % 2]) })));
      const tally: Record<string, number> = {};
      for (const x of answers) {
        const k = JSON.stringify(masked(x));
        tally[k] = (tally[k] ?? 0) + 1;
      }
      const [row] = await sql(t).execute(
        `select q.places_taken as quota, e.places_taken as event,
           (select count(*)::int from bookings where event_id = e.id and status in ('PRE_RESERVED', 'RESERVED')) as live
         from quotas q join events e on e.id = q.event_id where e.id = ?`,
        [eventId],
      );
      return { tally, row };
    };
    const a = await crowd(fast);
    const b = await crowd(slow);
    expect(a).to.deep.equal(b);
    expect(a.row).to.deep.equal({ quota: 4, event: 4, live: 4 });
  });

  it('eligibility: NOT_ELIGIBLE (TK2), sales not open and closed (BK11), a cancelled event (EV5), an unknown ticket', async () => {
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const schoolId = await idOf(t, 'school', 'enseeiht');
      return {
        person: (await people(t))[0],
        body: bookBody(await ev.ticket({ kind: 'RESTRICTED', schoolIds: [schoolId] })),
      };
    });
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const schoolId = await idOf(t, 'school', 'enseeiht');
      const [p] = await people(t, 1, { schoolId, classYear: 2027 });
      return { person: p, body: bookBody(await ev.ticket({ kind: 'RESTRICTED', classYears: [2030] })) };
    });
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ salesOpenAt: new Date(Date.now() + day).toISOString() });
      return { person: (await people(t))[0], body: bookBody(ticketId) };
    });
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket({ salesCloseAt: new Date(Date.now() - 1000).toISOString() });
      return { person: (await people(t))[0], body: bookBody(ticketId) };
    });
    await same(true, async (t) => {
      const ev = await organizerEvent(t);
      const ticketId = await ev.ticket();
      await ev.board.data(`mutation($id: ID!) { cancelEvent(id: $id) { id } }`, { id: ev.eventId });
      return { person: (await people(t))[0], body: bookBody(ticketId) };
    });
    await same(true, async (t) => ({ person: (await people(t))[0], body: bookBody(randomUUID()) }));
  });

  it('who: anonymous, an unknown or expired session, a draft event (EV1) and a guest booking (BK3) answer alike', async () => {
    const ticketOf = async (t: TestApp, over: Record<string, unknown> = {}) => (await organizerEvent(t, over)).ticket();
    await same(null, async (t) => ({ body: bookBody(await ticketOf(t)) }));
    await same(true, async (t) => ({ cookie: 'billetterie_session=nope', body: bookBody(await ticketOf(t)) }));
    await same(true, async (t) => {
      const [p] = await people(t);
      await sql(t).execute(`update sessions set expires_at = now() - interval '1 minute' where user_id = ?`, [p.id]);
      return { person: p, body: bookBody(await ticketOf(t)) };
    });
    await same(false, async (t) => ({
      person: (await people(t))[0],
      body: bookBody(await ticketOf(t, { visibility: 'DRAFT' })),
    }));
    await same(false, async (t) => {
      const ticketId = await ticketOf(t);
      return {
        person: (await people(t))[0],
        body: {
          query: BOOK,
          variables: {
            i: { ticketId, optionIds: [], guest: { firstName: 'Ada', lastName: 'L', email: 'ada@example.org' } },
          },
        },
      };
    });
  });

  it('association memberships (TK2): valid books, expired is NOT_ELIGIBLE; a session due for its refresh goes to Apollo', async () => {
    const member = async (t: TestApp, endsOn: string) => {
      const ev = await organizerEvent(t);
      const schoolId = await idOf(t, 'school', 'enseeiht');
      const bde = await idOf(t, 'association', 'bde-n7');
      const [p] = await people(t, 1, { schoolId, classYear: 2027 });
      await sql(t).execute(
        `insert into association_memberships (id, user_id, association_id, ends_on) values (?, ?, ?, ?)`,
        [randomUUID(), p.id, bde, endsOn],
      );
      return { person: p, body: bookBody(await ev.ticket({ kind: 'RESTRICTED', associationIds: [bde] })) };
    };
    const ok = await same(true, (t) => member(t, '2999-12-31'));
    expect(JSON.parse(ok.body).data.book.status).to.equal('PRE_RESERVED');
    await same(true, (t) => member(t, '2001-01-01'));
    const due: Record<string, SignedInPerson> = {};
    await same(false, async (t) => {
      const [p] = await people(t);
      due[t.url] = p;
      await sql(t).execute(`update sessions set last_seen_at = now() - interval '2 hours' where user_id = ?`, [p.id]);
      return { person: p, body: bookBody(await (await organizerEvent(t)).ticket()) };
    });
    const [session] = await sql(fast).execute(
      `select last_seen_at > now() - interval '1 minute' as refreshed from sessions where user_id = ?`,
      [due[fast.url].id],
    );
    expect(session.refreshed).to.equal(true);
  });

  it('documents the lane leaves to Apollo (aliases, directives, fragments, other fields, several operations) answer alike', async () => {
    const documents: Array<[string, Record<string, unknown>]> = [
      ['mutation($i: BookInput!) { b: book(input: $i) { id } }', {}],
      ['mutation($i: BookInput!) { book(input: $i) { id @include(if: true) } }', {}],
      ['mutation($i: BookInput!) { book(input: $i) { ...F } } fragment F on Booking { id }', {}],
      ['mutation($i: BookInput!) { book(input: $i) { id live isGuest } }', {}],
      ['mutation($i: BookInput!) { book(input: $i) { id id } }', {}],
      ['mutation A($i: BookInput!) { book(input: $i) { id } } mutation B { signOut }', { operationName: 'A' }],
      ['mutation($i: BookInput! = { ticketId: "x", optionIds: [] }) { book(input: $i) { id } }', {}],
      ['mutation($i: BookInput!) @deprecated { book(input: $i) { id } }', {}],
      ['mutation($i: BookInput!) { book(input: $i) { id ticket { id } } }', {}],
    ];
    for (const [query, over] of documents) {
      await same(false, async (t) => ({
        person: (await people(t))[0],
        body: {
          query,
          variables: { i: { ticketId: await (await organizerEvent(t)).ticket(), optionIds: [] } },
          ...over,
        },
      }));
    }
    await same(true, async (t) => ({
      person: (await people(t))[0],
      body: {
        query: 'mutation($i: BookInput!) { book(input: $i) { __typename } }',
        variables: { i: { ticketId: await (await organizerEvent(t)).ticket(), optionIds: [], guest: null } },
      },
    }));
  });

  it('the request: named operations, field choices, content negotiation, malformed variables', async () => {
    const named = `mutation PortalBook($input: BookInput!) {\n  book(input: $input) {\n    id\n  }\n}`;
    await same(true, async (t) => ({
      person: (await people(t))[0],
      body: {
        query: named,
        operationName: 'PortalBook',
        variables: { input: { ticketId: await (await organizerEvent(t)).ticket(), optionIds: [] } },
      },
    }));
    for (const accept of ['application/graphql-response+json', 'application/json, text/plain, */*', 'text/html']) {
      await same(accept !== 'text/html', async (t) => ({
        person: (await people(t))[0],
        headers: { accept },
        body: bookBody(await (await organizerEvent(t)).ticket()),
      }));
    }
    await same(false, async (t) => ({
      person: (await people(t))[0],
      body: { query: BOOK, variables: { i: { ticketId: 42, optionIds: [] } } },
    }));
    await same(false, async (t) => ({
      person: (await people(t))[0],
      body: { query: BOOK, variables: { i: { ticketId: 'not-an-id', optionIds: [] } } },
    }));
    await same(false, async (t) => ({
      person: (await people(t))[0],
      body: { query: BOOK, operationName: 'Other', variables: { i: { ticketId: randomUUID(), optionIds: [] } } },
    }));
  });
});
