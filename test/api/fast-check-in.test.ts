// Issue 14: the door's fast lane (http/fast-check-in.ts, modules/door/fast-lane.ts). Two servers on ONE database, one
// with the lane (the default) and one with FAST_CHECK_IN=false (Apollo only), are given the same situations and the
// same requests; their answers must be identical byte for byte once the values that are random by nature (ids,
// references, times) are masked — status, content type, cache headers, header names and body — and so must what
// each writes (the check-in row, the audit entries). The lane must take at most 4 SQL statements per scan.
import fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { expect } from 'chai';
import { print } from 'graphql';
import { ConsoleDoorCheckInDocument } from '../../console/src/lib/gql/graphql';
import { startApp, type RunningApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/core/config';
import { createLogger } from '../../server/src/core/logger';
import { getSchema } from '../../server/src/api/schema';
import { checkInLane } from '../../server/src/http/fast-check-in';
import { fastLane } from '../../server/src/http/fast-lane';
import { freePort } from '../../server/src/db/embedded';
import { useApp, type TestApp } from '../support/app';
import { OPPOSE, sql } from '../support/booking-fixtures';
import { testEnv } from '../support/env';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { maskedAnswer, pgStatements as statements, postGraphQL, type LaneAnswer } from '../support/lane-answers';
import { insertSignedInPeople, sessionCookieHeader, type SignedInPerson } from '../support/sessions';

/** The console's own door document, fragments and all, as the console and the benchmark send it. */
const CONSOLE = print(ConsoleDoorCheckInDocument);
/** An integrator's document asking for the same fields, written otherwise (no fragment, other variable names). */
const COMPACT = `mutation Scan($e: ID!, $c: String, $d: String) {
  checkIn(eventId: $e, code: $c, device: $d) {
    __typename status blockedBy { id label }
    booking { id reference holder { fullName firstName lastName } ticket { id name } options { name } oppositionReason status }
    checkIn { checkedInAt method device checkedInBy { id firstName lastName } }
  }
}`;

interface Req {
  person?: SignedInPerson | null;
  cookie?: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

type Answer = LaneAnswer;

const send = (url: string, r: Req, requestId: string): Promise<Answer> =>
  postGraphQL(url, {
    cookie: r.cookie ?? (r.person ? sessionCookieHeader(r.person) : undefined),
    body: r.body,
    headers: { 'x-request-id': requestId, ...r.headers },
  });

/** Ids, references and times masked, and the run's random prefix of the people's addresses. */
const masked = (a: Answer) => {
  const m = maskedAnswer(a);
  return { ...m, body: m.body.replace(/\b(door|due|exp)-[0-9a-f]{8}-/g, '$1-<run>-') };
};

/** One event's door, with what every outcome needs, made through the server under test. */
async function door(t: TestApp) {
  const ev = await organizerEvent(t);
  const other = await organizerEvent(t);
  const free = await ev.ticket({ name: 'Entrée libre', priceCents: 0 });
  const shuttle = await ev.option(free, 'Navette', 0);
  const paid = await ev.ticket({ name: 'Entrée payante', priceCents: 1500 });
  const blocking = await ev.ticket({ name: 'Entrée sur certificat', priceCents: 0 });
  await ev.extraInfo(blocking, { label: 'Certificat médical', type: 'TEXT', blocks: 'ENTRY' });
  const elsewhere = await other.ticket({ name: 'Ailleurs', priceCents: 0 });
  const people = await insertSignedInPeople(t.app.db.url, {
    prefix: `door-${randomUUID().slice(0, 8)}-`,
    count: 60,
  });
  const [scanner, stranger] = people.splice(0, 2);
  await ev.grant('VALIDATE', scanner.email);
  const book = async (ticketId: string, optionIds: string[] = []) => {
    const person = people.shift()!;
    const res = await send(
      t.url,
      { person, body: { query: BOOK, variables: { i: { ticketId, optionIds } } } },
      `setup-${randomUUID()}`,
    );
    return JSON.parse(res.body).data.book.id as string;
  };
  const code = (bookingId: string, eventId = ev.eventId) => t.app.deps.signer.issue(bookingId, eventId, new Date());
  return { t, ev, other, free, shuttle, paid, blocking, elsewhere, scanner, stranger, book, code };
}
type Door = Awaited<ReturnType<typeof door>>;

/** The rows a request wrote: its audit entries (by request id) and the booking's check-in, ids named, times dropped. */
async function written(
  d: Door,
  requestId: string,
  bookingId?: string,
): Promise<{ audit: Array<Record<string, any>>; checkIns: Array<Record<string, any>> }> {
  const name = (id: unknown) =>
    id === null
      ? null
      : id === d.scanner.id
        ? 'scanner'
        : id === d.ev.eventId
          ? 'event'
          : id === bookingId
            ? 'booking'
            : id === d.other.eventId
              ? 'other event'
              : 'someone else';
  const audit = await sql(d.t).execute<Array<Record<string, any>>>(
    `select actor_id, action, subject_type, subject_id, reason, data from audit_log where request_id = ? order by id`,
    [requestId],
  );
  const checkIns = bookingId
    ? await sql(d.t).execute<Array<Record<string, any>>>(
        `select event_id, checked_in_by_id, method, device, checked_in_at > now() - interval '1 minute' as now
           from check_ins where booking_id = ?`,
        [bookingId],
      )
    : [];
  return {
    audit: audit.map((a) => ({ ...a, actor_id: name(a.actor_id), subject_id: name(a.subject_id) })),
    checkIns: checkIns.map((c) => ({ ...c, event_id: name(c.event_id), checked_in_by_id: name(c.checked_in_by_id) })),
  };
}

const scan = (d: Door, vars: Record<string, unknown>, over: Partial<Req> = {}): Req => ({
  person: d.scanner,
  body: { query: CONSOLE, variables: { eventId: d.ev.eventId, device: 'Entrée nord', ...vars } },
  ...over,
});

describe('Issue 14 fast lane: POST /graphql `checkIn` answers and writes exactly like Apollo (TT3, TT4, XI5, PM1, SEC5)', function () {
  this.timeout(180_000);
  const fast = useApp({ env: { JOBS: 'false' } });
  // Nested: the general path's server closes (its after hook) before useApp's drops the database.
  describe('beside a FAST_CHECK_IN=false server on the same database', () => {
    // The general path, on the same database (same keys, same accounts): FAST_CHECK_IN=false.
    let slowApp: RunningApp;
    const slow = {} as TestApp;
    let doors: { fast: Door; slow: Door };

    before(async function () {
      this.timeout(120_000);
      const port = await freePort();
      const env: Record<string, string> = {
        ...testEnv(),
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: fast.app.db.url,
        SMTP_URL: mailbox.url,
        FAST_CHECK_IN: 'false',
      };
      const config = loadConfig(env);
      await fs.mkdir(config.dataDir, { recursive: true });
      slowApp = await startApp(config, { log: createLogger(env.LOG_LEVEL) });
      Object.assign(slow, {
        app: slowApp,
        url: slowApp.url,
        client: () => new ApiClient(slowApp.url),
        async signedIn(email: string, password = 'billetterie-demo') {
          const c = new ApiClient(slowApp.url);
          await c.signIn(email, password);
          return c;
        },
      });
      doors = { fast: await door(fast), slow: await door(slow) };
    });
    after(async () => {
      await slowApp?.close();
    });

    /**
     * Sets the same situation up on both servers (`setup` gets that server's door), sends the request it makes to each,
     * and compares the answers and what each wrote. `lane`: whether the fast lane must have answered it itself (only its
     * statements ran, at most 4), or handed it to Apollo; null when the statements can't tell (nothing is read).
     */
    async function same(
      lane: boolean | null,
      setup: (d: Door) => Promise<{ req: Req; bookingId?: string }>,
    ): Promise<{ answer: Answer; rows: Awaited<ReturnType<typeof written>>; seen: string[] }> {
      const f = await setup(doors.fast);
      const fastId = `fast-${randomUUID()}`;
      let a!: Answer;
      const seen = await statements(async () => {
        a = await send(fast.url, f.req, fastId);
      });
      const s = await setup(doors.slow);
      const slowId = `slow-${randomUUID()}`;
      const b = await send(slow.url, s.req, slowId);
      expect(masked(a)).to.deep.equal(masked(b));
      const rows = await written(doors.fast, fastId, f.bookingId);
      expect(rows).to.deep.equal(await written(doors.slow, slowId, s.bookingId));
      if (lane !== null) {
        const answered = seen.length > 0 && seen.every((q) => q.startsWith('[fast_checkin'));
        expect(answered, seen.join('\n')).to.equal(lane);
        if (lane) expect(seen.length, seen.join('\n')).to.be.at.most(4);
      }
      return { answer: a, rows, seen };
    }
    const body = (a: Answer) => JSON.parse(a.body) as { data: { checkIn: Record<string, any> } | null; errors?: any[] };

    it('TT4: OK by code (SCAN) in 2 statements, OK by booking id (MANUAL), ALREADY_CHECKED_IN after another scanner', async () => {
      const byCode = await same(true, async (d) => {
        const id = await d.book(d.free, [d.shuttle]);
        return { req: scan(d, { code: await d.code(id) }), bookingId: id };
      });
      // The lane's read (session, account, event, clubs, grants) and the scan's one statement.
      expect(byCode.seen.map((q) => q.slice(0, q.indexOf(']') + 1))).to.deep.equal([
        '[fast_checkin_read_v1]',
        '[fast_checkin-scan]',
      ]);
      const ok = body(byCode.answer).data!.checkIn;
      expect(ok.status).to.equal('OK');
      expect(ok.booking.options).to.deep.equal([{ name: 'Navette' }]);
      expect(ok.checkIn).to.deep.include({ method: 'SCAN', device: 'Entrée nord' });
      expect(byCode.rows.checkIns).to.deep.equal([
        { event_id: 'event', checked_in_by_id: 'scanner', method: 'SCAN', device: 'Entrée nord', now: true },
      ]);
      expect(byCode.rows.audit).to.have.length(1);
      expect(byCode.rows.audit[0]).to.deep.include({ action: 'checkin.scan', subject_type: 'Booking' });

      const manual = await same(true, async (d) => {
        const id = await d.book(d.free);
        return { req: scan(d, { bookingId: id }), bookingId: id };
      });
      expect(body(manual.answer).data!.checkIn.checkIn.method).to.equal('MANUAL');

      const again = await same(true, async (d) => {
        const id = await d.book(d.free);
        // The first scan by the board (another scanner): the answer names who let them in first.
        await d.ev.board.data(CONSOLE, { eventId: d.ev.eventId, bookingId: id, device: 'Porte B' });
        return { req: scan(d, { code: await d.code(id) }), bookingId: id };
      });
      const already = body(again.answer).data!.checkIn;
      expect(already.status).to.equal('ALREADY_CHECKED_IN');
      expect(already.checkIn.device).to.equal('Porte B');
      expect(already.checkIn.checkedInBy.firstName).to.equal('Bastien');
    });

    it('TT4, XI5: OPPOSED, NOT_PAID and ENTRY_BLOCKED (with blockedBy) answer and audit alike', async () => {
      const opposed = await same(true, async (d) => {
        const id = await d.book(d.free);
        await d.ev.board.data(OPPOSE, { id, r: 'Billet revendu' });
        return { req: scan(d, { code: await d.code(id) }), bookingId: id };
      });
      expect(body(opposed.answer).data!.checkIn).to.deep.include({ status: 'OPPOSED' });
      expect(body(opposed.answer).data!.checkIn.booking.oppositionReason).to.equal('Billet revendu');
      const unpaid = await same(true, async (d) => {
        const id = await d.book(d.paid);
        return { req: scan(d, { code: await d.code(id) }), bookingId: id };
      });
      expect(body(unpaid.answer).data!.checkIn.status).to.equal('NOT_PAID');
      expect(unpaid.rows.checkIns).to.deep.equal([]);
      const blocked = await same(true, async (d) => {
        const id = await d.book(d.blocking);
        return { req: scan(d, { bookingId: id }), bookingId: id };
      });
      const b = body(blocked.answer).data!.checkIn;
      expect(b.status).to.equal('ENTRY_BLOCKED');
      expect(b.blockedBy.map((x: { label: string }) => x.label)).to.deep.equal(['Certificat médical']);
      expect(blocked.rows.audit[0].data).to.deep.include({
        result: 'ENTRY_BLOCKED',
        blockedBy: ['Certificat médical'],
      });
    });

    it('TT3: OTHER_EVENT by code and by id, INVALID_CODE (garbage, bad signature, no such booking), an unknown booking id', async () => {
      const otherByCode = await same(true, async (d) => {
        const id = await d.book(d.elsewhere);
        return { req: scan(d, { code: await d.code(id, d.other.eventId) }), bookingId: id };
      });
      expect(body(otherByCode.answer).data!.checkIn).to.deep.equal({
        status: 'OTHER_EVENT',
        booking: null,
        checkIn: null,
        blockedBy: [],
      });
      expect(otherByCode.rows.audit[0]).to.deep.include({ subject_type: 'Event', subject_id: 'event' });
      const otherById = await same(true, async (d) => {
        const id = await d.book(d.elsewhere);
        return { req: scan(d, { bookingId: id }), bookingId: id };
      });
      expect(body(otherById.answer).data!.checkIn.status).to.equal('OTHER_EVENT');
      expect(otherById.rows.audit[0]).to.deep.include({ subject_type: 'Event', subject_id: 'event' });
      const garbage = await same(true, async (d) => ({ req: scan(d, { code: 'not a ticket' }) }));
      expect(body(garbage.answer).data!.checkIn.status).to.equal('INVALID_CODE');
      expect(garbage.rows.audit).to.have.length(1);
      expect(garbage.seen, 'the read, then the audit entry').to.have.length(2);
      await same(true, async (d) => {
        const id = await d.book(d.free);
        const good = await d.code(id);
        // The last characters carry the signature: another one there no longer verifies.
        const forged = good.slice(0, -3) + (good.slice(-3) === '000' ? '111' : '000');
        return { req: scan(d, { code: forged }), bookingId: id };
      });
      const missing = await same(true, async (d) => ({ req: scan(d, { code: await d.code(randomUUID()) }) }));
      expect(missing.rows.audit[0].data).to.deep.include({ result: 'INVALID_CODE', why: 'NO_SUCH_BOOKING' });
      const unknown = await same(true, async (d) => ({ req: scan(d, { bookingId: randomUUID() }) }));
      expect(body(unknown.answer).errors![0].extensions.code).to.equal('NOT_FOUND');
      await same(true, async (d) => ({ req: scan(d, { bookingId: 'nope' }) }));
    });

    it('PM1, SEC5: not allowed (no VALIDATE grant), a draft event, an unknown event, anonymous, an expired session, bad input', async () => {
      const forbidden = await same(true, async (d) => {
        const id = await d.book(d.free);
        return { req: scan(d, { code: await d.code(id) }, { person: d.stranger }), bookingId: id };
      });
      expect(body(forbidden.answer).errors![0].extensions.code).to.equal('FORBIDDEN');
      expect(forbidden.rows).to.deep.equal({ audit: [], checkIns: [] });
      await same(true, async (d) => {
        const draft = await organizerEvent(d.t, { visibility: 'DRAFT' });
        return { req: scan(d, { eventId: draft.eventId, bookingId: randomUUID() }, { person: d.stranger }) };
      });
      await same(true, async (d) => ({ req: scan(d, { eventId: randomUUID(), bookingId: randomUUID() }) }));
      await same(true, async (d) => ({ req: scan(d, { eventId: 'nope', bookingId: randomUUID() }) }));
      const anonymous = await same(null, async (d) => ({
        req: scan(d, { bookingId: randomUUID() }, { person: null }),
      }));
      expect(body(anonymous.answer).errors![0].extensions.code).to.equal('UNAUTHENTICATED');
      await same(true, async (d) => ({
        req: scan(d, { bookingId: randomUUID() }, { person: null, cookie: 'billetterie_session=nope' }),
      }));
      const expired = await same(true, async (d) => {
        const [p] = await insertSignedInPeople(d.t.app.db.url, {
          prefix: `exp-${randomUUID().slice(0, 8)}-`,
          count: 1,
        });
        await d.ev.grant('VALIDATE', p.email);
        await sql(d.t).execute(`update sessions set expires_at = now() - interval '1 minute' where user_id = ?`, [
          p.id,
        ]);
        return { req: scan(d, { bookingId: randomUUID() }, { person: p }) };
      });
      expect(body(expired.answer).errors![0].extensions.code).to.equal('UNAUTHENTICATED');
      const both = await same(null, async (d) => ({ req: scan(d, { bookingId: randomUUID(), code: 'x' }) }));
      expect(body(both.answer).errors![0].extensions.code).to.equal('BAD_USER_INPUT');
      await same(null, async (d) => ({ req: scan(d, {}) }));
    });

    it('a session due for its hourly renewal goes to Apollo, which renews it', async () => {
      const due: Record<string, SignedInPerson> = {};
      await same(false, async (d) => {
        const [p] = await insertSignedInPeople(d.t.app.db.url, {
          prefix: `due-${randomUUID().slice(0, 8)}-`,
          count: 1,
        });
        await d.ev.grant('VALIDATE', p.email);
        await sql(d.t).execute(`update sessions set last_seen_at = now() - interval '2 hours' where user_id = ?`, [
          p.id,
        ]);
        due[d.t.url] = p;
        const id = await d.book(d.free);
        return { req: scan(d, { code: await d.code(id) }, { person: p }), bookingId: id };
      });
      const [session] = await sql(fast).execute(
        `select last_seen_at > now() - interval '1 minute' as renewed from sessions where user_id = ?`,
        [due[fast.url].id],
      );
      expect(session.renewed).to.equal(true);
    });

    it('the device is trimmed to 100 characters, or null when blank; null and absent variables alike', async () => {
      for (const device of ['  Porte   sud  ', 'x'.repeat(150), '   ', null]) {
        const { rows } = await same(true, async (d) => {
          const id = await d.book(d.free);
          return { req: scan(d, { bookingId: id, device }), bookingId: id };
        });
        const stored = rows.checkIns[0].device as string | null;
        expect(stored).to.equal(device?.trim().slice(0, 100) || null);
      }
      await same(true, async (d) => {
        const id = await d.book(d.free);
        return {
          req: { person: d.scanner, body: { query: CONSOLE, variables: { eventId: d.ev.eventId, bookingId: id } } },
          bookingId: id,
        };
      });
    });

    it('content negotiation and the documents the lane takes: the console’s, an integrator’s compact one, named', async () => {
      for (const accept of ['application/graphql-response+json', 'application/json, text/plain, */*', 'text/html']) {
        await same(accept !== 'text/html', async (d) => {
          const id = await d.book(d.free);
          return { req: scan(d, { bookingId: id }, { headers: { accept } }), bookingId: id };
        });
      }
      const compact = await same(true, async (d) => {
        const id = await d.book(d.free, [d.shuttle]);
        return {
          req: {
            person: d.scanner,
            body: {
              query: COMPACT,
              operationName: 'Scan',
              variables: { e: d.ev.eventId, c: await d.code(id), d: 'Porte' },
            },
          },
          bookingId: id,
        };
      });
      expect(Object.keys(body(compact.answer).data!.checkIn)).to.deep.equal([
        '__typename',
        'status',
        'blockedBy',
        'booking',
        'checkIn',
      ]);
    });

    it('documents and requests the lane leaves to Apollo answer alike (aliases, extra fields, directives, other fields, literals, other variables, tokens)', async () => {
      const result = `status booking { id reference }`;
      const documents: Array<[string, (d: Door, id: string) => Record<string, unknown>, Record<string, unknown>?]> = [
        [
          `mutation($e: ID!, $b: ID) { c: checkIn(eventId: $e, bookingId: $b) { ${result} } }`,
          (d, b) => ({ e: d.ev.eventId, b }),
        ],
        [
          `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { s: status } }`,
          (d, b) => ({ e: d.ev.eventId, b }),
        ],
        [
          `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { ${result} booking { priceCents live } } }`,
          (d, b) => ({ e: d.ev.eventId, b }),
        ],
        [
          `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status @include(if: true) } }`,
          (d, b) => ({ e: d.ev.eventId, b }),
        ],
        [
          `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status booking { holder { email } } } }`,
          (d, b) => ({ e: d.ev.eventId, b }),
        ],
        [`mutation($b: ID) { checkIn(eventId: "${randomUUID()}", bookingId: $b) { status } }`, (_d, b) => ({ b })],
        [
          `mutation($e: ID!, $b: ID, $x: String) { checkIn(eventId: $e, bookingId: $b) { status } }`,
          (d, b) => ({ e: d.ev.eventId, b, x: 'y' }),
        ],
        [
          `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status } }`,
          (d, b) => ({ e: d.ev.eventId, b, extra: 1 }),
        ],
        [
          `mutation A($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status } } query B { __typename }`,
          (d, b) => ({ e: d.ev.eventId, b }),
          { operationName: 'A' },
        ],
        [
          `mutation($e: ID!, $s: [OfflineScanInput!]!) { syncCheckIns(eventId: $e, scans: $s) { status } }`,
          (d, b) => ({ e: d.ev.eventId, s: [{ bookingId: b, scannedAt: new Date().toISOString() }] }),
        ],
        [`query($e: ID!) { checkInKit(eventId: $e) { eventId bookings { id } } }`, (d) => ({ e: d.ev.eventId })],
        [
          `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { ... on CheckInResult { status } } }`,
          (d, b) => ({ e: d.ev.eventId, b }),
        ],
      ];
      for (const [query, variables, over] of documents) {
        const taken = query.includes('... on CheckInResult');
        await same(taken, async (d) => {
          const id = await d.book(d.free);
          return { req: { person: d.scanner, body: { query, variables: variables(d, id), ...over } }, bookingId: id };
        });
      }
      // An id given as a number is coerced by Apollo (ID accepts integers): its answer, not the lane's.
      await same(false, async (d) => ({
        req: { person: d.scanner, body: { query: CONSOLE, variables: { eventId: d.ev.eventId, bookingId: 42 } } },
      }));
      // An Authorization header (API tokens) is Apollo's, even with a session cookie.
      await same(false, async (d) => {
        const id = await d.book(d.free);
        return { req: scan(d, { bookingId: id }, { headers: { authorization: 'Bearer blt_nope' } }), bookingId: id };
      });
    });

    it('TT4: the apps’ in-process calls (the console’s door form without JavaScript) take the lane, with the same result', async () => {
      const deps = fast.app.deps;
      const limits = { maxDepth: deps.config.graphqlMaxDepth, maxComplexity: deps.config.graphqlMaxComplexity };
      const knex = fast.app.db.orm.em.getConnection().getKnex();
      const lane = fastLane(deps, await getSchema(), limits, checkInLane(deps, knex));
      const d = doors.fast;
      const id = await d.book(d.free, [d.shuttle]);
      const req = { headers: { cookie: sessionCookieHeader(d.scanner) } } as IncomingMessage;
      let result: unknown;
      const seen = await statements(async () => {
        result = await lane.inProcess({ query: CONSOLE, variables: { eventId: d.ev.eventId, bookingId: id } }, req);
      });
      expect(seen.length, seen.join('\n')).to.be.within(1, 4);
      expect(
        seen.every((q) => q.startsWith('[fast_checkin')),
        seen.join('\n'),
      ).to.equal(true);
      const s = doors.slow;
      const general = await send(
        slow.url,
        scan(s, { bookingId: await s.book(s.free, [s.shuttle]), device: null }),
        'x',
      );
      expect(masked({ ...general, body: `${JSON.stringify(result)}\n` })).to.deep.equal(masked(general));
      // An Authorization header is Apollo's, in process too.
      const withToken = { headers: { ...req.headers, authorization: 'Bearer blt_x' } } as IncomingMessage;
      expect(
        await lane.inProcess({ query: CONSOLE, variables: { eventId: d.ev.eventId, bookingId: id } }, withToken),
      ).to.equal(null);
    });

    it('TT4: 20 concurrent scans of one code give exactly one OK, on the lane as on the general path', async () => {
      const crowd = async (d: Door, url: string) => {
        const id = await d.book(d.free);
        const code = await d.code(id);
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) => send(url, scan(d, { code, device: `Scanner ${i % 2}` }), randomUUID())),
        );
        const tally: Record<string, number> = {};
        for (const a of answers) {
          const status = JSON.parse(a.body).data.checkIn.status as string;
          tally[status] = (tally[status] ?? 0) + 1;
        }
        const [row] = await sql(d.t).execute(
          `select (select count(*)::int from check_ins where booking_id = ?) as check_ins,
                (select count(*)::int from audit_log where subject_id = ? and action = 'checkin.scan') as audited`,
          [id, id],
        );
        return { tally, row };
      };
      const a = await crowd(doors.fast, fast.url);
      const b = await crowd(doors.slow, slow.url);
      expect(a).to.deep.equal({ tally: { OK: 1, ALREADY_CHECKED_IN: 19 }, row: { check_ins: 1, audited: 20 } });
      expect(a).to.deep.equal(b);
    });
  });
});
