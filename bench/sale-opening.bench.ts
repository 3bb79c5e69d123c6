import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { eventInput, openTicket } from '../test/support/event-fixtures';
import { insertSignedInPeople, sessionCookieHeader, type SignedInPerson } from '../test/support/sessions';
import { mainThreadCpuMs, profiled, type BenchContext } from './harness';
import { crowd as httpCrowd, type Fired, graphqlPost } from './load';
import { Club } from '../server/src/model';
import { startApp } from '../server/src/app';
import { loadConfig } from '../server/src/core/config';
import { freePort } from '../server/src/db/embedded';
import { createLogger } from '../server/src/core/logger';

/**
 * "Sale opening" (BK9 under load): CLIENTS distinct signed-in people (sessions written in SQL) book one
 * CAPACITY-place ticket at the same instant through /graphql. Baseline in the same run, on the same database:
 * the same booking transaction in raw SQL through `pg` (the booking, its audit entry and its mail in one
 * transaction; the trigger checks capacity, the unique indexes BK2), on a fresh ticket, through a pool as large
 * as the server's. Then one request of each outcome is traced statement by statement, to show where time goes.
 */
const CLIENTS = Number(process.env.SALE_CLIENTS ?? 2000);
const CAPACITY = Number(process.env.SALE_CAPACITY ?? 500);
const POOL = 10; // the server's ORM pool (server/src/db/orm-config.ts)
const BOOK = `mutation($i: BookInput!) { book(input: $i) { id status } }`;
const OPEN_RATE = Number(process.env.SALE_OPEN_RATE ?? 400);
const OPEN_ATTEMPTS = Number(process.env.SALE_OPEN_ATTEMPTS ?? 2000);

/** The bench server's twin with FAST_BOOK=false, to compare the fast lane with the general path in the same run. */
async function startGeneralPathServer(databaseUrl: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-bench-general-'));
  const port = await freePort();
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`, // the address the bench calls (issue 16: one canonical address)
    DATA_DIR: dir,
    SERVE_APPS: 'false',
    SEED_DEMO: 'false',
    FAST_BOOK: 'false',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  });
  const app = await startApp(config, { log: createLogger(config.logLevel) });
  return {
    url: app.url,
    close: async () => {
      await app.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

interface Run {
  name: string;
  attempts: number;
  seconds: number;
  attemptsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  outcomes: Record<string, number>;
  liveBookings: number;
  placesTaken: number;
  /** CPU of this Node process (server and load generator, all threads) per attempt. */
  nodeCpuMsPerAttempt: number;
  /** Time the main thread's event loop (the server; the raw-SQL client) was busy, per attempt. */
  mainLoopBusyMsPerAttempt: number;
  /** CPU time of the main thread (the server; the raw-SQL client) per attempt: the server's own CPU. */
  mainThreadCpuMsPerAttempt: number;
  /** CPU time of the HTTP load generator's thread per attempt (part of nodeCpuMsPerAttempt; none for raw SQL). */
  clientCpuMsPerAttempt?: number;
}

type Target = { eventId: string; ticketId: string };
type Outcome = string;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function gql(url: string, cookie: string | undefined, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, any>;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { res, body };
}

/** Fires one attempt per person at once in this thread; each attempt is timed from its start to its answer. */
async function fireHere(people: SignedInPerson[], attempt: (p: SignedInPerson) => Promise<Outcome>): Promise<Fired> {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const t0 = performance.now();
  await Promise.all(
    people.map(async (p) => {
      const s = performance.now();
      let o: Outcome;
      try {
        o = await attempt(p);
      } catch (e) {
        o = `error: ${(e as Error).message.slice(0, 60)}`;
      }
      latencies.push(performance.now() - s);
      outcomes[o] = (outcomes[o] ?? 0) + 1;
    }),
  );
  return { latencies, outcomes, seconds: (performance.now() - t0) / 1000 };
}

/** The `book` request of each person, for the load generator (bench/load.ts: a worker thread, off the server's loop). */
const bookings = (target: Target, people: SignedInPerson[]) => {
  const body = JSON.stringify({ query: BOOK, variables: { i: { ticketId: target.ticketId, optionIds: [] } } });
  return people.map((p) => graphqlPost(body, sessionCookieHeader(p)));
};

/** One `book` request per person at once, over HTTP. */
const fireOverHttp = (url: string, target: Target, people: SignedInPerson[]) =>
  httpCrowd(url, { items: bookings(target, people), answer: { field: 'book' } });

/**
 * Open loop: one `book` request per person at `rate` per second whatever the answers (as arrivals are, at a sale
 * opening), each timed from its own start to its answer.
 */
const fireOpenLoop = (url: string, target: Target, people: SignedInPerson[], rate: number) =>
  httpCrowd(url, { items: bookings(target, people), answer: { field: 'book' }, rate });

/** Mail delivery is the outbox's background work: let it finish before timing anything else. */
async function outboxDrained(db: pg.Pool, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from outbox_mails where sent_at is null`);
    if (rows[0].n === 0) return new Promise<void>((r) => setTimeout(r, 500)); // the outbox's last, empty batch
    if (Date.now() > until) throw new Error(`${rows[0].n} mails still pending`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function crowd(name: string, db: pg.Pool, target: Target, fire: () => Promise<Fired>): Promise<Run> {
  await outboxDrained(db);
  const cpu0 = process.cpuUsage();
  const thread0 = mainThreadCpuMs() ?? 0;
  const elu0 = performance.eventLoopUtilization();
  const { latencies, outcomes, seconds, clientCpuMs } = await fire();
  const cpu = process.cpuUsage(cpu0);
  const threadCpu = (mainThreadCpuMs() ?? Number.NaN) - thread0;
  const elu = performance.eventLoopUtilization(elu0);
  const attempts = latencies.length;
  latencies.sort((a, b) => a - b);
  const { rows } = await db.query<{ live: number; taken: number }>(
    `select (select count(*)::int from bookings where ticket_id = $1 and status in ('PRE_RESERVED', 'RESERVED')) as live,
            (select places_taken from tickets where id = $1) as taken`,
    [target.ticketId],
  );
  return {
    name,
    attempts,
    seconds: round(seconds, 2),
    attemptsPerSecond: Math.round(attempts / seconds),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies[latencies.length - 1]),
    outcomes,
    liveBookings: rows[0].live,
    placesTaken: rows[0].taken,
    nodeCpuMsPerAttempt: round((cpu.user + cpu.system) / 1000 / attempts, 2),
    mainLoopBusyMsPerAttempt: round(elu.active / attempts, 2),
    mainThreadCpuMsPerAttempt: round(threadCpu / attempts, 2),
    ...(clientCpuMs === undefined ? {} : { clientCpuMsPerAttempt: round(clientCpuMs / attempts, 2) }),
  };
}

/** What `createBooking` writes, in raw SQL: the booking (triggers: BK9 capacity, BK4), its audit entry, its mail. */
async function rawBook(db: pg.Pool, target: Target, p: SignedInPerson): Promise<Outcome> {
  const c = await db.connect();
  try {
    await c.query('begin');
    const id = randomUUID();
    const reference = `SALE-${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`; // fits varchar(20); collisions negligible
    await c.query(
      `insert into bookings (id, reference, event_id, ticket_id, holder_id, holder_email, holder_first_name, holder_last_name,
         status, price_cents, expires_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, 'Test', $6, 'PRE_RESERVED', 1500, now() + interval '48 hours', now(), now())`,
      [id, reference, target.eventId, target.ticketId, p.id, p.email],
    );
    await c.query(
      `insert into audit_log (actor_id, action, subject_type, subject_id, data) values ($1, 'booking.created', 'Booking', $2, $3)`,
      [p.id, id, JSON.stringify({ reference, ticket: target.ticketId, priceCents: 1500, options: [], forced: false })],
    );
    // Written like the server's mail, but marked sent: the baseline measures the transaction, not mail delivery.
    await c.query(
      `insert into outbox_mails ("to", subject, text, html, links, sent_at) values ($1, $2, $3, null, '[]', now())`,
      [p.email, `Réservation ${reference}`, 'Bonjour'],
    );
    await c.query('commit');
    return 'ok';
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    const code = (e as { code?: string }).code;
    if (code === 'BK009') return 'SOLD_OUT';
    if (code === '23505' && String((e as { constraint?: string }).constraint).startsWith('bookings_one_live_per_'))
      return 'ALREADY_BOOKED';
    throw e;
  } finally {
    c.release();
  }
}

async function graphqlBook(url: string, target: Target, p: SignedInPerson): Promise<Outcome> {
  const { body } = await gql(url, sessionCookieHeader(p), BOOK, { i: { ticketId: target.ticketId, optionIds: [] } });
  if (body.data?.book) return 'ok';
  return String(body.errors?.[0]?.extensions?.code ?? body.errors?.[0]?.message ?? 'no answer');
}

/** Every statement any pg client of this process sends while `fn` runs, with its time from the start. */
async function traceStatements(
  fn: () => Promise<unknown>,
  settleMs = 300,
): Promise<Array<{ atMs: number; sql: string }>> {
  const seen: Array<{ atMs: number; sql: string }> = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const t0 = performance.now();
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === 'string' ? q : ((q as { text?: string })?.text ?? '');
    seen.push({ atMs: round(performance.now() - t0, 1), sql: text.replace(/\s+/g, ' ').trim() });
    return original.apply(this, args);
  };
  try {
    await fn();
    const answeredAt = round(performance.now() - t0, 1);
    seen.push({ atMs: answeredAt, sql: '── answer received ──' });
    await new Promise((r) => setTimeout(r, settleMs));
  } finally {
    proto.query = original;
  }
  return seen.filter((s) => !/pgboss/i.test(s.sql));
}

function printRuns(title: string, runs: Run[]) {
  const base = runs[0];
  const out = process.stdout;
  out.write(`\n${title}\n`);
  out.write(
    `${'case'.padEnd(46)}${'attempts/s'.padStart(11)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'live'.padStart(6)}${'taken'.padStart(7)}${'vs raw'.padStart(8)}${'cpu ms/att'.padStart(12)}${'main cpu'.padStart(10)}${'gen cpu'.padStart(9)}${'loop ms/att'.padStart(13)}  outcomes\n`,
  );
  for (const r of runs) {
    out.write(
      `${r.name.padEnd(46)}${String(r.attemptsPerSecond).padStart(11)}${String(r.p50Ms).padStart(8)}${String(r.p99Ms).padStart(8)}${String(r.maxMs).padStart(8)}` +
        `${String(r.liveBookings).padStart(6)}${String(r.placesTaken).padStart(7)}${(r === base ? 'base' : (r.attemptsPerSecond / base.attemptsPerSecond).toFixed(2)).padStart(8)}` +
        `${String(r.nodeCpuMsPerAttempt).padStart(12)}${String(r.mainThreadCpuMsPerAttempt).padStart(10)}${String(r.clientCpuMsPerAttempt ?? '—').padStart(9)}${String(r.mainLoopBusyMsPerAttempt).padStart(13)}  ${JSON.stringify(r.outcomes)}\n`,
    );
  }
}

export async function saleOpening(ctx: BenchContext) {
  const dbUrl = ctx.app.db.url;
  const db = new pg.Pool({ connectionString: dbUrl, max: POOL });
  const result: Record<string, unknown> = {};
  try {
    // The organizer's event and tickets, through the API like the console.
    const signIn = await gql(
      ctx.url,
      undefined,
      `mutation { signIn(input: { email: "bureau@example.org", password: "billetterie-demo" }) { id } }`,
    );
    const board = signIn.res.headers.getSetCookie()[0].split(';')[0];
    const net7 = (await ctx.app.db.orm.em.fork().findOneOrFail(Club, { slug: 'net7' })).id;
    const newTicket = async (name: string, capacity: number): Promise<Target> => {
      const ev = await gql(ctx.url, board, `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: eventInput(net7, { name }),
      });
      const eventId = ev.body.data!.createEvent.id as string;
      const tk = await gql(
        ctx.url,
        board,
        `mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`,
        { e: eventId, i: openTicket({ capacity }) },
      );
      if (!tk.body.data) throw new Error(JSON.stringify(tk.body.errors));
      return { eventId, ticketId: tk.body.data.createTicket.id as string };
    };

    const people = await insertSignedInPeople(dbUrl, { prefix: `sale-${Date.now()}-`, count: CLIENTS });
    const crowd2 = await insertSignedInPeople(dbUrl, { prefix: `sale2-${Date.now()}-`, count: CLIENTS });
    const arrivals = await insertSignedInPeople(dbUrl, { prefix: `open-${Date.now()}-`, count: OPEN_ATTEMPTS });
    const arrivals2 = await insertSignedInPeople(dbUrl, { prefix: `open2-${Date.now()}-`, count: OPEN_ATTEMPTS });
    const warmers = await insertSignedInPeople(dbUrl, { prefix: `warm-${Date.now()}-`, count: CLIENTS });
    const warmers2 = await insertSignedInPeople(dbUrl, { prefix: `warm2-${Date.now()}-`, count: CLIENTS });
    // The same server with FAST_BOOK=false (every `book` through Apollo and the ORM), in this process, on this database.
    const general = await startGeneralPathServer(dbUrl);
    try {
      // Warm every path (JIT, pools, prepared plans) on tickets of their own, with a crowd of the measured shape: V8
      // optimises a function only after some thousands of calls, and after a warm-up of 200 the measured crowd still
      // paid ~0.4 ms of compilation per attempt on V8's helper threads (traced with --trace-opt), CPU taken from the
      // server. A server that has answered a morning's traffic has compiled its HTTP path long before noon.
      const warmRaw = await newTicket('Warm raw', CAPACITY);
      const warmGql = await newTicket('Warm graphql', CAPACITY);
      const warmGeneral = await newTicket('Warm general', CAPACITY);
      await crowd('warm-up raw', db, warmRaw, () => fireHere(warmers, (p) => rawBook(db, warmRaw, p)));
      await crowd('warm-up fast lane', db, warmGql, () => fireOverHttp(ctx.url, warmGql, warmers));
      await crowd('warm-up general path', db, warmGeneral, () => fireOverHttp(general.url, warmGeneral, warmers2));

      const rawTarget = await newTicket('Ouverture SQL', CAPACITY);
      const gqlTarget = await newTicket('Ouverture', CAPACITY);
      const generalTarget = await newTicket('Ouverture générale', CAPACITY);
      const runs = [
        await crowd(`raw SQL via pg (pool ${POOL}), same transaction`, db, rawTarget, () =>
          fireHere(people, (p) => rawBook(db, rawTarget, p)),
        ),
        await crowd(`GraphQL book over HTTP (as served), ${CLIENTS} at once`, db, gqlTarget, () =>
          profiled('SALE_PROFILE', () => fireOverHttp(ctx.url, gqlTarget, people)),
        ),
        await crowd(`  same, FAST_BOOK=false (Apollo + ORM)`, db, generalTarget, () =>
          fireOverHttp(general.url, generalTarget, crowd2),
        ),
      ];
      const openTarget = await newTicket('Ouverture continue', CAPACITY);
      const openGeneralTarget = await newTicket('Ouverture continue générale', CAPACITY);
      const open = [
        await crowd(`open loop ${OPEN_RATE}/s × ${OPEN_ATTEMPTS}, as served`, db, openTarget, () =>
          fireOpenLoop(ctx.url, openTarget, arrivals, OPEN_RATE),
        ),
        await crowd(`  same, FAST_BOOK=false`, db, openGeneralTarget, () =>
          fireOpenLoop(general.url, openGeneralTarget, arrivals2, OPEN_RATE),
        ),
      ];
      const load = os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ');
      printRuns(
        `Sale opening: ${CLIENTS} concurrent clients, one ${CAPACITY}-place ticket (live must equal ${CAPACITY}); ${os.cpus().length} CPUs, load average ${load}`,
        runs,
      );
      printRuns(
        `Open loop: ${OPEN_ATTEMPTS} people arriving at ${OPEN_RATE} attempts/s on one ${CAPACITY}-place ticket (ratio column: vs the lane)`,
        open,
      );
      process.stdout.write(
        "cpu ms/att: CPU of this Node process (all threads: server, mail and render threads, load generator) per attempt; main cpu: CPU of the main thread (the server's event loop, or the raw-SQL client) per attempt; gen cpu: CPU of the HTTP load generator's thread per attempt; loop ms/att: main thread busy, waiting for a core included\n",
      );
      for (const r of [...runs, ...open])
        if (r.liveBookings !== Math.min(CAPACITY, r.attempts) || r.placesTaken !== r.liveBookings)
          process.stdout.write(
            `!! ${r.name}: ${r.liveBookings} live bookings, ${r.placesTaken} places taken, expected ${Math.min(CAPACITY, r.attempts)}\n`,
          );
      const [raw, api] = runs;
      const [steady] = open;
      const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
      process.stdout.write(
        `goals (issue 14), GraphQL book as served: ≥ 0.5 × raw SQL → ${(api.attemptsPerSecond / raw.attemptsPerSecond).toFixed(2)} (${verdict(api.attemptsPerSecond >= 0.5 * raw.attemptsPerSecond)}); ` +
          `server CPU ≤ 1 ms/attempt (main thread) → ${api.mainThreadCpuMsPerAttempt} (${verdict(api.mainThreadCpuMsPerAttempt <= 1)}); ` +
          `all ${CLIENTS} answered, p99 ≤ 2,000 ms → ${api.p99Ms} (${verdict(api.p99Ms <= 2000 && api.attempts === CLIENTS)}); ` +
          `open loop ${OPEN_RATE}/s, p99 ≤ 100 ms → ${steady.p99Ms} (${verdict(steady.p99Ms <= 100)}); ` +
          `zero oversold → ${Math.max(...[...runs, ...open].map((r) => r.placesTaken))}/${CAPACITY} (${verdict([...runs, ...open].every((r) => r.liveBookings <= CAPACITY && r.placesTaken <= CAPACITY))}).\n`,
      );
      Object.assign(result, { runs, open });
    } finally {
      await general.close();
    }

    // Where the time goes: one unloaded request of each outcome, statement by statement.
    const [solo] = await insertSignedInPeople(dbUrl, { prefix: `trace-${Date.now()}-`, count: 1 });
    const traceTarget = await newTicket('Trace', 10);
    const fullTarget = await newTicket('Trace complet', 0);
    await outboxDrained(db);
    const traces: Record<string, Array<{ atMs: number; sql: string }>> = {
      'GraphQL book → ok': await traceStatements(() => graphqlBook(ctx.url, traceTarget, solo)),
      'GraphQL book → SOLD_OUT': await outboxDrained(db).then(() =>
        traceStatements(() => graphqlBook(ctx.url, fullTarget, solo)),
      ),
    };
    for (const [name, statements] of Object.entries(traces)) {
      // The outbox delivers mail in its own transactions (BEGIN; SELECT … SKIP LOCKED; UPDATE …; COMMIT).
      let delivery = false;
      const sqlOnly = statements.filter((s) => !s.sql.startsWith('──'));
      const marked = statements.map((s) => {
        const next = sqlOnly[sqlOnly.indexOf(s) + 1]?.sql ?? '';
        if (s.sql === 'BEGIN;' && /from outbox_mails .*skip locked/i.test(next)) delivery = true;
        const mine = delivery;
        if (delivery && /^COMMIT/.test(s.sql)) delivery = false;
        return { ...s, kind: s.sql.startsWith('──') ? 'answer' : mine ? 'mail' : 'request' };
      });
      const n = (kind: string) => marked.filter((s) => s.kind === kind).length;
      process.stdout.write(
        `\n${name}: ${n('request')} SQL statements for the request, ${n('mail')} for mail delivery (outbox, in the background)\n`,
      );
      for (const s of marked)
        process.stdout.write(
          `  ${String(s.atMs).padStart(7)} ms  ${s.kind === 'mail' ? '[mail] ' : ''}${s.sql.slice(0, 140)}\n`,
        );
    }
    return { loadAverage: os.loadavg(), ...result, traces };
  } finally {
    await db.end();
  }
}
