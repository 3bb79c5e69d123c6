// The booking guards under real concurrency (BK2, BK4, BK9): many simultaneous `book` calls over HTTP, against one
// server process and against two processes sharing the database, and a process killed with requests in flight.
// The counts are read from the API answers and behind the API, in PostgreSQL.
import { expect } from 'chai';
import { freePort } from '../../server/src/db/embedded';
import { useApp, type TestApp } from '../support/app';
import { placesTaken, sql } from '../support/booking-fixtures';
import { testEnv } from '../support/env';
import { book, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import type { GraphQLResponse } from '../support/graphql';
import { spawnServer, waitForHealthy, type ServerProcess } from '../support/process';
import { clientAs, insertSignedInPeople, type SignedInPerson } from '../support/sessions';

const VICTIM = 'billetterie-killed-process';
const LIVE = `('PRE_RESERVED', 'RESERVED')`;

/** How a batch of `book` answers came out: successes, and failures by `extensions.code`. */
function tally(results: GraphQLResponse[]) {
  const codes: Record<string, number> = {};
  const booked: Array<{ id: string; holder: { email: string } }> = [];
  for (const r of results) {
    if (r.data?.book && !r.errors) booked.push(r.data.book);
    else {
      const c = String(r.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
      codes[c] = (codes[c] ?? 0) + 1;
    }
  }
  return { ok: booked.length, codes, booked, summary: JSON.stringify({ ok: booked.length, ...codes }) };
}

/** The ticket as PostgreSQL sees it: its counter and the live bookings that should make it up. */
async function ticketRow(t: TestApp, ticketId: string) {
  const [row] = await sql(t).execute(
    `select t.places_taken::int as "placesTaken", t.capacity::int as capacity,
       (select count(*)::int from bookings b where b.ticket_id = t.id and b.status in ${LIVE}) as live,
       (select count(distinct coalesce(b.holder_id::text, b.holder_email))::int from bookings b where b.ticket_id = t.id and b.status in ${LIVE}) as holders
     from tickets t where t.id = ?`,
    [ticketId],
  );
  return row as { placesTaken: number; capacity: number | null; live: number; holders: number };
}

/** Starts another server process on the test's database (replicas share only PostgreSQL). */
async function startReplica(
  t: TestApp,
  env: Record<string, string> = {},
): Promise<{ url: string; proc: ServerProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawnServer({
    ...testEnv(),
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: t.app.db.url,
    SERVE_APPS: 'false',
    SEED_DEMO: 'false',
    JOBS: 'false',
    ...env,
  });
  await waitForHealthy(url, proc);
  return { url, proc };
}

async function stopReplica(proc: ServerProcess | undefined) {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  await proc.exited;
  clearTimeout(timer);
}

let runs = 0;
/** `count` new people, each with an open session, named uniquely in this database. */
const people = (t: TestApp, count: number, extra: { kind?: 'SCHOOL'; schoolId?: string; classYear?: number } = {}) =>
  insertSignedInPeople(t.app.db.url, { prefix: `conc${++runs}-`, count, ...extra });

const isBusy = (r: GraphQLResponse) =>
  !r.data?.book && !!r.errors?.length && r.errors.every((e) => e.extensions?.code === 'BUSY');

/**
 * One person's `book`, sent again after a BUSY answer as the apps do (SEC2: BUSY changed nothing; the apps retry
 * up to 4 attempts in all after the advised delay, with jitter so a crowd doesn't come back in step).
 */
async function bookAsTheAppsDo(
  c: ReturnType<typeof clientAs>,
  ticketId: string,
  guest?: { firstName: string; lastName: string; email: string },
): Promise<GraphQLResponse> {
  for (let attempt = 1; ; attempt++) {
    const res = await book(c, ticketId, [], guest);
    if (!isBusy(res) || attempt === 4) return res;
    const advised = Number(res.errors![0].extensions?.retryAfterSeconds) || 1;
    await new Promise((r) => setTimeout(r, Math.min(advised, 5) * 1000 * (0.5 + Math.random())));
  }
}

/** Sends one request per person at once, alternating over the given server URLs. */
const bookAll = (
  urls: string[],
  who: SignedInPerson[],
  ticketOf: (i: number) => string,
  guestOf?: (i: number) => { firstName: string; lastName: string; email: string },
) => Promise.all(who.map((p, i) => bookAsTheAppsDo(clientAs(urls[i % urls.length], p), ticketOf(i), guestOf?.(i))));

/** The three guarantees, run against one or more server URLs sharing one database. */
function concurrencyScenarios(t: TestApp, urls: () => string[], label: string) {
  it(`BK9: 300 concurrent book calls by 300 distinct users on a 50-place ticket → exactly 50 live bookings and 250 SOLD_OUT (${label})`, async function () {
    const ev = await organizerEvent(t, { name: 'Ouverture' });
    const ticket = await ev.ticket({ capacity: 50, priceCents: 1500 });
    const crowd = await people(t, 300);

    const res = tally(await bookAll(urls(), crowd, () => ticket));
    expect(res.summary, 'API answers').to.equal(JSON.stringify({ ok: 50, SOLD_OUT: 250 }));
    expect(new Set(res.booked.map((b) => b.holder.email)).size, 'each success is a different person').to.equal(50);

    const row = await ticketRow(t, ticket);
    expect(row, 'PostgreSQL: counter = live bookings = capacity').to.deep.equal({
      placesTaken: 50,
      capacity: 50,
      live: 50,
      holders: 50,
    });
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from bookings where ticket_id = ?`, [ticket]);
    expect(n, 'refused attempts leave no row behind').to.equal(50);
    expect(await placesTaken(ev.board, ev.eventId, ticket), 'placesTaken through the API').to.equal(50);
  });

  it(`BK2: 50 concurrent book calls by one user → one booking, the others ALREADY_BOOKED (${label})`, async function () {
    const ev = await organizerEvent(t, { name: 'Doublon' });
    const a = await ev.ticket({ name: 'A', capacity: 100 });
    const b = await ev.ticket({ name: 'B', capacity: 100 });
    const [me] = await people(t, 1);

    // Half on each ticket of the event: BK2 is per event, not per ticket.
    const res = tally(await bookAll(urls(), Array(50).fill(me), (i) => (i % 4 < 2 ? a : b)));
    expect(res.summary, 'API answers').to.equal(JSON.stringify({ ok: 1, ALREADY_BOOKED: 49 }));

    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from bookings where event_id = ? and holder_id = ? and status in ${LIVE}`,
      [ev.eventId, me.id],
    );
    expect(n, 'PostgreSQL: one live booking').to.equal(1);
    const [ra, rb] = [await ticketRow(t, a), await ticketRow(t, b)];
    expect(ra.placesTaken + rb.placesTaken, 'one place taken in all').to.equal(1);
    expect([ra.placesTaken, rb.placesTaken], 'counters follow the bookings').to.deep.equal([ra.live, rb.live]);
  });

  it(`BK2/BK3: 30 sponsors booking the same guest email at once → one booking, the others ALREADY_BOOKED (${label})`, async function () {
    const ev = await organizerEvent(t, { name: 'Invité commun' });
    const ticket = await ev.ticket({ capacity: 100 });
    const sponsors = await people(t, 30);
    const guest = { firstName: 'Gaëlle', lastName: 'Commune', email: `Shared.Guest${runs}@Example.org` };

    const res = tally(
      await bookAll(
        urls(),
        sponsors,
        () => ticket,
        () => guest,
      ),
    );
    expect(res.summary, 'API answers').to.equal(JSON.stringify({ ok: 1, ALREADY_BOOKED: 29 }));
    const row = await ticketRow(t, ticket);
    expect(row).to.include({ placesTaken: 1, live: 1 });
  });

  it(`BK4: 40 concurrent guest bookings by one sponsor on restricted tickets never exceed the event's sponsorship limit of 3 (${label})`, async function () {
    const ev = await organizerEvent(t, { name: 'Parrainage', sponsorshipLimit: 3 });
    const n7 = await idOf(t, 'school', 'enseeiht');
    // Eight restricted tickets: the limit is per event, so the tickets' own row locks (BK9) do not serialize these guests.
    const tickets = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7, 8].map((k) =>
        ev.ticket({
          kind: 'RESTRICTED',
          name: `Invités ${k}`,
          schoolIds: [n7],
          sponsorshipAllowed: true,
          capacity: 100,
        }),
      ),
    );
    const [sponsor] = await people(t, 1, { kind: 'SCHOOL', schoolId: n7, classYear: 2027 });

    const res = tally(
      await bookAll(
        urls(),
        Array(40).fill(sponsor),
        (i) => tickets[i % tickets.length],
        (i) => ({ firstName: 'Invité', lastName: String(i), email: `guest${runs}-${i}@example.org` }),
      ),
    );
    expect(res.summary, 'API answers').to.equal(JSON.stringify({ ok: 3, SPONSORSHIP_LIMIT: 37 }));

    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from bookings where event_id = ? and sponsor_id = ? and status in ${LIVE}`,
      [ev.eventId, sponsor.id],
    );
    expect(n, 'PostgreSQL: live guests of the sponsor').to.equal(3);
    const rows = await Promise.all(tickets.map((x) => ticketRow(t, x)));
    expect(
      rows.reduce((s, r) => s + r.placesTaken, 0),
      'places taken by the 3 guests',
    ).to.equal(3);
    for (const r of rows) expect(r.placesTaken, 'counter = live bookings').to.equal(r.live);
  });
}

describe('API: booking under concurrency (BK2, BK4, BK9)', function () {
  this.timeout(90_000);
  const t = useApp();

  describe('one server process', () => {
    concurrencyScenarios(t, () => [t.url], 'one process');
  });

  describe('two server processes on one database', () => {
    let replica: { url: string; proc: ServerProcess } | undefined;
    before(async function () {
      this.timeout(60_000);
      replica = await startReplica(t);
    });
    after(async function () {
      this.timeout(30_000);
      await stopReplica(replica?.proc);
    });
    concurrencyScenarios(t, () => [t.url, replica!.url], 'two processes');
  });

  describe('a server process killed with requests in flight', () => {
    let victim: { url: string; proc: ServerProcess } | undefined;
    before(async function () {
      this.timeout(60_000);
      // PGAPPNAME names its connections, to wait for PostgreSQL to end them after the kill.
      victim = await startReplica(t, { PGAPPNAME: VICTIM });
    });
    after(async function () {
      this.timeout(30_000);
      await stopReplica(victim?.proc);
    });

    it('BK9: a process killed mid-request leaves no half-written booking and no lost place', async function () {
      const ev = await organizerEvent(t, { name: 'Coupure' });
      const capacity = 150;
      const ticket = await ev.ticket({ capacity, priceCents: 1000 });
      const wine = await ev.option(ticket, 'Vin', 400);
      const meal = await ev.group(ticket, 'Repas', [
        ['Viande', 1200],
        ['Végétarien', 1100],
      ]);
      const crowd = await people(t, capacity);

      // Everyone books with two options; the process is killed once some bookings have committed.
      let answered = 0;
      const calls = crowd.map((p, i) =>
        clientAs(victim!.url, p)
          .request(`mutation($i: BookInput!) { book(input: $i) { id } }`, {
            i: { ticketId: ticket, optionIds: [wine, meal.options[i % 2]] },
          })
          .then(
            (r) => ({ r }),
            (e: unknown) => ({ e }),
          )
          .finally(() => answered++),
      );
      const db = sql(t);
      for (let i = 0; ; i++) {
        const [{ n }] = await db.execute(`select count(*)::int as n from bookings where ticket_id = ?`, [ticket]);
        if (n >= 10) break;
        if (i > 1000) expect.fail('no booking was written by the process');
        await new Promise((r) => setTimeout(r, 5));
      }
      const victimBackends = async () =>
        (
          await db.execute(
            `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = ?`,
            [VICTIM],
          )
        )[0].n as number;
      expect(await victimBackends(), 'the process’s connections are recognisable').to.be.greaterThan(0);
      victim!.proc.child.kill('SIGKILL');
      const inFlightAtKill = capacity - answered;
      await victim!.proc.exited;
      const outcomes = await Promise.all(calls);
      const answers = outcomes.flatMap((o) => ('r' in o ? [o.r] : []));
      const cut = outcomes.length - answers.length;
      expect(inFlightAtKill, 'requests were still in flight when the process died').to.be.greaterThan(0);
      expect(cut, 'some requests never got an answer').to.be.greaterThan(0);
      const res = tally(answers);
      expect(Object.keys(res.codes), `answers before the kill: ${res.summary}`).to.deep.equal([]);

      // PostgreSQL rolls back the dead process's open transactions once it sees the connections gone.
      for (let i = 0; ; i++) {
        const n = await victimBackends();
        if (n === 0) break;
        if (i > 200) expect.fail(`${n} backends still busy after the kill`);
        await new Promise((r) => setTimeout(r, 50));
      }

      const row = await ticketRow(t, ticket);
      expect(row.placesTaken, 'places taken = live bookings after the crash').to.equal(row.live);
      expect(row.live, 'every answered booking committed').to.be.at.least(res.ok);
      expect(row.live, 'some bookings were cut off').to.be.below(capacity);
      const committed = (
        await db.execute<Array<{ id: string }>>(`select id from bookings where ticket_id = ? and status in ${LIVE}`, [
          ticket,
        ])
      ).map((b) => b.id);
      expect(committed, 'every success the API answered is in the database').to.include.members(
        res.booked.map((b) => b.id),
      );
      const halfWritten = await db.execute<Array<{ id: string; options: number; audits: number; mails: number }>>(
        `select b.id,
           (select count(*)::int from booking_options o where o.booking_id = b.id) as options,
           (select count(*)::int from audit_log a where a.subject_type = 'Booking' and a.subject_id = b.id::text and a.action = 'booking.created') as audits,
           (select count(*)::int from outbox_mails m where m."to" = b.holder_email) as mails
         from bookings b where b.ticket_id = ?`,
        [ticket],
      );
      const broken = halfWritten.filter((b) => b.options !== 2 || b.audits !== 1 || b.mails !== 1);
      expect(broken, 'each booking has its 2 options, its audit entry and its mail').to.deep.equal([]);

      // No place was lost or double-counted: the rest of the ticket sells exactly, then SOLD_OUT.
      const left = capacity - row.live;
      const late = await people(t, left + 10);
      const rest = tally(await bookAll([t.url], late, () => ticket));
      expect(rest.summary, 'the remaining places sell, no more').to.equal(JSON.stringify({ ok: left, SOLD_OUT: 10 }));
      expect(await ticketRow(t, ticket)).to.include({ placesTaken: capacity, live: capacity });
      expect(await placesTaken(ev.board, ev.eventId, ticket)).to.equal(capacity);
    });
  });
});
