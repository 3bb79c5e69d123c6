// The database layer under load (SEC2): many conflicting transactional mutations on one row must not stall the
// pool for everyone else; each ends quickly in success or a coded error, and nothing is left half-done.
// Also: every database error a user can reach comes back coded (races of structural deletes with `book`).
import { expect } from 'chai';
import { freePort } from '../../server/src/db/embedded';
import { useApp, type TestApp } from '../support/app';
import { DELETE, MARK_PAID, sql } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import { ApiClient, type GraphQLResponse } from '../support/graphql';
import { testEnv } from '../support/env';
import { spawnServer, waitForHealthy, type ServerProcess } from '../support/process';
import { clientAs, insertSignedInPeople, withPg } from '../support/sessions';

const CONCURRENT = 200;
const GRANT = `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`;
const PUBLIC_EVENT = `query($id: ID!) { event(id: $id) { id name } }`;

/** Successes and failures by `extensions.code` of a batch of answers. */
function tally(results: GraphQLResponse[], field: string) {
  const codes: Record<string, number> = {};
  let ok = 0;
  for (const r of results) {
    if (r.data?.[field] && !r.errors) ok++;
    else {
      const c = String(r.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
      codes[c] = (codes[c] ?? 0) + 1;
    }
  }
  return { ok, codes, summary: JSON.stringify({ ok, ...codes }) };
}

/** Runs `run` once and times it (ms). */
async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)];

/**
 * Fires `CONCURRENT` copies of one mutation at once while an anonymous client keeps reading a public event,
 * one read at a time, until every mutation has answered. Returns the answers, the slowest mutation's time, the
 * reads' times and the server's pool figures afterwards.
 */
async function storm(url: string, eventId: string, fire: () => Promise<GraphQLResponse>) {
  const anonymous = new ApiClient(url);
  await anonymous.data(PUBLIC_EVENT, { id: eventId }); // warm: the first request pays for connections and caches
  let done = false;
  const reads: number[] = [];
  const readErrors: unknown[] = [];
  const reader = (async () => {
    while (!done) {
      const { result, ms } = await timed(() => anonymous.request(PUBLIC_EVENT, { id: eventId }));
      if (result.errors) readErrors.push(result.errors);
      reads.push(ms);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const mutations = await Promise.all(Array.from({ length: CONCURRENT }, () => timed(fire)));
  done = true;
  await reader;
  const health = (await (await fetch(`${url}/healthz`)).json()) as {
    database: { pool: { secondConnections: number } };
  };
  return {
    answers: mutations.map((m) => m.result),
    slowest: Math.max(...mutations.map((m) => m.ms)),
    reads,
    readErrors,
    pool: health.database.pool,
  };
}

// The budgets (SEC2): conflicting mutations answer within 2 s, the unrelated anonymous read stays under
// 100 ms p99. They are meant for a production server; the test machine runs the load generator, the server and
// PostgreSQL on a couple of shared cores, so the bounds carry a margin. Without the fix the calls wait for the pool's
// 60 s acquire timeout, far beyond either bound.
const MUTATION_BUDGET_MS = 2000;
const READ_P99_BUDGET_MS = 100;
const MARGIN = 5;

/** The storm's guarantees common to every mutation (SEC2). */
function expectNoStall(s: Awaited<ReturnType<typeof storm>>, field: string, allowed: string[]) {
  const { ok, codes, summary } = tally(s.answers, field);
  // The figures themselves, for the record (the bounds below carry the margin).
  process.stdout.write(
    `      ${summary}; slowest mutation ${Math.round(s.slowest)} ms; anonymous reads p99 ${Math.round(p99(s.reads))} ms over ${s.reads.length}\n`,
  );
  // The root cause: a transaction taking a second pool connection while holding one (the server counts them).
  expect(s.pool.secondConnections, 'queries on a second connection inside a transaction').to.equal(0);
  expect(ok, summary).to.equal(1);
  for (const c of Object.keys(codes)) expect(allowed, `${c} in ${summary}`).to.include(c);
  for (const r of s.answers.filter((a) => a.errors?.[0]?.extensions?.code === 'BUSY')) {
    expect(r.errors![0].extensions!.retryAfterSeconds, 'BUSY says when to retry').to.be.a('number').above(0);
  }
  expect(s.slowest, `slowest conflicting mutation (${summary})`).to.be.below(MUTATION_BUDGET_MS * MARGIN);
  expect(s.readErrors).to.deep.equal([]);
  expect(s.reads.length).to.be.greaterThan(0);
  expect(p99(s.reads), `anonymous reads during the storm: ${s.reads.map(Math.round).join(' ')}`).to.be.below(
    READ_P99_BUDGET_MS * MARGIN,
  );
}

const auditCount = async (t: TestApp, action: string, subjectId: string) =>
  Number(
    (
      await sql(t).execute(`select count(*)::int as n from audit_log where action = ? and subject_id = ?`, [
        action,
        subjectId,
      ])
    )[0].n,
  );

describe('SEC2: the database pool under conflicting transactional mutations', function () {
  this.timeout(120_000);
  const t = useApp();

  let eventId: string;
  let ticketId: string;
  let board: ApiClient;
  let holder: ApiClient;
  // The server under load runs as its own process (as in production), so the load generator and the timed
  // anonymous client don't share its event loop; it uses the test app's database.
  let url: string;
  let proc: ServerProcess | undefined;
  before(async function () {
    this.timeout(60_000);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    proc = spawnServer({
      ...testEnv(),
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: t.app.db.url,
      SERVE_APPS: 'false',
      SEED_DEMO: 'false',
      JOBS: 'false',
      DATABASE_POOL_MAX: '10',
    });
    await waitForHealthy(url, proc);
    const e = await organizerEvent(t);
    eventId = e.eventId;
    board = new ApiClient(url);
    board.cookies = new Map(e.board.cookies);
    ticketId = await e.ticket({ priceCents: 1500, capacity: 1000 });
    const [person] = await insertSignedInPeople(t.app.db.url, { prefix: 'secload-holder-', count: 1 });
    holder = clientAs(url, person);
  });
  after(async function () {
    this.timeout(20_000);
    if (!proc || proc.child.exitCode !== null) return;
    proc.child.kill('SIGTERM');
    await proc.exited;
  });

  it('SEC2: 200 concurrent deletePreReservation of one booking by its holder: one wins, the rest CONFLICT or BUSY within the 2 s budget, anonymous reads within the 100 ms p99 budget, one audit row', async () => {
    const id = (
      await holder.data(`mutation($i: BookInput!) { book(input: $i) { id } }`, { i: { ticketId, optionIds: [] } })
    ).book.id;
    const s = await storm(url, eventId, () => holder.request(DELETE, { id }));
    expectNoStall(s, 'deletePreReservation', ['CONFLICT', 'BUSY']);
    const [row] = await sql(t).execute(`select status from bookings where id = ?`, [id]);
    expect(row.status).to.equal('DELETED');
    expect(await auditCount(t, 'booking.deleted', id)).to.equal(1);
  });

  it('SEC2: 200 concurrent markPaid of one booking by one organizer: one payment, the rest CONFLICT or BUSY within the 2 s budget, anonymous reads within the 100 ms p99 budget, one audit row', async () => {
    const id = (
      await holder.data(`mutation($i: BookInput!) { book(input: $i) { id } }`, { i: { ticketId, optionIds: [] } })
    ).book.id;
    const s = await storm(url, eventId, () =>
      board.request(MARK_PAID, { i: { bookingId: id, method: 'CASH', amountCents: 1500, reference: 'caisse' } }),
    );
    expectNoStall(s, 'markPaid', ['CONFLICT', 'BUSY']);
    const [row] = await sql(t).execute(
      `select status, (select count(*)::int from payments p where p.booking_id = b.id) as payments from bookings b where id = ?`,
      [id],
    );
    expect(row).to.deep.equal({ status: 'RESERVED', payments: 1 });
    expect(await auditCount(t, 'booking.paid', id)).to.equal(1);
  });

  it('SEC2: 200 concurrent grantPermission of one grantee on one event: one grant, the rest CONFLICT or BUSY within the 2 s budget, anonymous reads within the 100 ms p99 budget, one audit row', async () => {
    const s = await storm(url, eventId, () =>
      board.request(GRANT, { e: eventId, i: { level: 'VIEW', granteeKind: 'USER', userEmail: 'chloe@example.org' } }),
    );
    expectNoStall(s, 'grantPermission', ['CONFLICT', 'BUSY']);
    const [row] = await sql(t).execute(
      `select count(*)::int as n from event_grants g join users u on u.id = g.user_id where g.event_id = ? and u.email = 'chloe@example.org'`,
      [eventId],
    );
    expect(row.n).to.equal(1);
    expect(await auditCount(t, 'permission.granted', eventId)).to.equal(1);
  });

  it('SEC2: a booking row locked longer than the lock timeout makes markPaid answer BUSY with retryAfterSeconds, promptly, nothing changed', async () => {
    const [person] = await insertSignedInPeople(t.app.db.url, { prefix: 'secload-locked-', count: 1 });
    const id = (
      await clientAs(url, person).data(`mutation($i: BookInput!) { book(input: $i) { id } }`, {
        i: { ticketId, optionIds: [] },
      })
    ).book.id;
    const { result, ms } = await withPg(t.app.db.url, async (c) => {
      await c.query('begin');
      await c.query('select id from bookings where id = $1 for update', [id]); // another writer holds the row
      try {
        return await timed(() =>
          board.request(MARK_PAID, { i: { bookingId: id, method: 'CASH', amountCents: 1500, reference: 'caisse' } }),
        );
      } finally {
        await c.query('rollback');
      }
    });
    expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).to.equal('BUSY');
    expect(result.errors![0].extensions!.retryAfterSeconds).to.be.a('number').above(0);
    expect(ms).to.be.below(MUTATION_BUDGET_MS * MARGIN);
    const [row] = await sql(t).execute(
      `select status, (select count(*)::int from payments p where p.booking_id = b.id) as payments from bookings b where id = ?`,
      [id],
    );
    expect(row).to.deep.equal({ status: 'PRE_RESERVED', payments: 0 });
    expect(await auditCount(t, 'booking.paid', id)).to.equal(0);
    // The lock gone, the retry succeeds.
    expect(
      (await board.data(MARK_PAID, { i: { bookingId: id, method: 'CASH', amountCents: 1500, reference: 'caisse' } }))
        .markPaid.status,
    ).to.equal('RESERVED');
  });

  it('SEC2: /healthz reports the pool (size from DATABASE_POOL_MAX, used, free, waiting) and the admission gates', async () => {
    const body = (await (await fetch(`${url}/healthz`)).json()) as { database: { pool: Record<string, any> } };
    const pool = body.database.pool;
    expect(pool.max).to.equal(10);
    for (const k of ['used', 'free', 'waiting']) expect(pool[k], k).to.be.a('number').at.least(0);
    expect(pool.transactions.max).to.be.within(1, 9); // below the pool size: reads always find a connection
    expect(pool.mutations.max).to.equal(pool.transactions.max);
    expect(pool.transactions.waiting).to.equal(0);
  });
});

describe('SEC2, TK4, OP3: structural deletes racing book get coded errors, never INTERNAL_SERVER_ERROR', function () {
  this.timeout(120_000);
  const t = useApp();

  const BOOKERS = 40;
  // The delete starts first; the bookers follow after each of these pauses (ms), so some of them read the ticket
  // before the delete commits and write after it: the foreign-key race.
  const DELAYS = [0, 2, 5, 10, 15, 20, 30, 45];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const DELETE_TICKET = `mutation($id: ID!) { deleteTicket(id: $id) }`;
  const DELETE_OPTION = `mutation($id: ID!) { deleteOption(id: $id) }`;

  it('SEC2, TK4: deleteTicket racing many book calls: each answer is a success or a coded error', async () => {
    const e = await organizerEvent(t);
    const bookers = (await insertSignedInPeople(t.app.db.url, { prefix: 'secload-tk-', count: BOOKERS })).map((p) =>
      clientAs(t.url, p),
    );
    for (const delay of DELAYS) {
      const ticket = await e.ticket({ priceCents: 1000 }); // paid: pre-reservations, whose mails carry no rendered ticket
      const deleting = e.board.request(DELETE_TICKET, { id: ticket });
      await sleep(delay);
      const answers = [...(await Promise.all(bookers.map((c) => book(c, ticket)))), await deleting];
      const codes = answers.flatMap((r) => r.errors?.map((x) => x.extensions?.code) ?? []);
      expect(codes, JSON.stringify(codes)).to.not.include('INTERNAL_SERVER_ERROR');
      for (const c of codes) expect(['NOT_FOUND', 'LOCKED_BY_BOOKINGS', 'BUSY', 'ALREADY_BOOKED']).to.include(c);
      // Never both: the ticket is gone and nobody booked it, or it stays and the delete was refused.
      const deleted = !answers[answers.length - 1].errors;
      const booked = answers.slice(0, -1).filter((r) => !r.errors).length;
      const [row] = await sql(t).execute(`select count(*)::int as n from tickets where id = ?`, [ticket]);
      expect({ tickets: row.n, booked: deleted ? booked : 'any' }).to.deep.equal({
        tickets: deleted ? 0 : 1,
        booked: deleted ? 0 : 'any',
      });
      // Clean up for the next round: the people may book again.
      await sql(t).execute(
        `update bookings set status = 'DELETED', ended_at = now() where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')`,
        [ticket],
      );
    }
  });

  it('SEC2, OP3: deleteOption racing many book calls with that option: each answer is a success or a coded error', async () => {
    const e = await organizerEvent(t);
    const bookers = (await insertSignedInPeople(t.app.db.url, { prefix: 'secload-op-', count: BOOKERS })).map((p) =>
      clientAs(t.url, p),
    );
    for (const delay of DELAYS) {
      const ticket = await e.ticket({ priceCents: 1000 }); // paid: pre-reservations, whose mails carry no rendered ticket
      const option = await e.option(ticket, `Repas ${delay}`, 500);
      const deleting = e.board.request(DELETE_OPTION, { id: option });
      await sleep(delay);
      const answers = [...(await Promise.all(bookers.map((c) => book(c, ticket, [option])))), await deleting];
      const codes = answers.flatMap((r) => r.errors?.map((x) => x.extensions?.code) ?? []);
      expect(codes, JSON.stringify(answers.map((a) => a.errors?.[0]?.message).filter(Boolean))).to.not.include(
        'INTERNAL_SERVER_ERROR',
      );
      for (const c of codes)
        expect(['NOT_FOUND', 'BAD_USER_INPUT', 'LOCKED_BY_BOOKINGS', 'BUSY', 'ALREADY_BOOKED']).to.include(c);
      await sql(t).execute(
        `update bookings set status = 'DELETED', ended_at = now() where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')`,
        [ticket],
      );
    }
  });
});
