import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import pg from 'pg';
import { ConsoleDoorCheckInDocument } from '../console/src/lib/gql/graphql';
import { openTicket } from '../test/support/event-fixtures';
import { insertSignedInPeople, sessionCookieHeader } from '../test/support/sessions';
import { pgStatements } from '../test/support/lane-answers';
import { benchEvent, gql, mainThreadCpuMs, profiled, type BenchContext } from './harness';
import { crowd, type Fired as Crowd, graphqlPost } from './load';

/**
 * "Check-in" (TT4 at the door, issue 14): CONNECTIONS scanners (each signed in, VALIDATE by a grant to them) scan
 * distinct valid codes, one after the other each, through /graphql with the console's own document. Baseline in the
 * same run, on the same database: the same scan in raw SQL through `pg` (the code verified in this process, then one
 * transaction: the booking FOR SHARE, the facts, the check-in, the audit entry), through a pool as large as the
 * server's. Goal (issue 14): p99 ≤ 50 ms at 10 connections, ≤ 4 SQL statements per scan.
 */
const SCANS = Number(process.env.CHECKIN_SCANS ?? 2000);
const WARM = Number(process.env.CHECKIN_WARM ?? 300);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const POOL = 10; // the server's ORM pool (server/src/db/orm-config.ts)
const GOAL_P99_MS = 50;
const GOAL_STATEMENTS = 4;
const CHECK_IN = print(ConsoleDoorCheckInDocument);

interface Run {
  name: string;
  scans: number;
  seconds: number;
  scansPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  outcomes: Record<string, number>;
  /** Every statement the server's ORM sent during the run, per scan (GraphQL only). */
  statementsPerScan?: number;
  /** CPU of this Node process (server and load generator, all threads) per scan. */
  nodeCpuMsPerScan: number;
  /** Time the main thread's event loop (the server; the raw-SQL client) was busy, per scan. */
  mainLoopBusyMsPerScan: number;
  /**
   * CPU of the main thread alone (the server; the raw-SQL client), per scan: unlike the loop's busy time, it does not
   * count the time the thread waited for a core, so it is the figure to compare on a loaded machine (Linux only).
   */
  mainThreadCpuMsPerScan?: number;
}

interface Fired extends Crowd {
  cpuMs?: number;
  loopMs?: number;
  threadCpuMs?: number;
}

/** Runs `fn` and adds this process's CPU time and its main thread's busy time to what it fired. */
async function measured(fn: () => Promise<Fired>): Promise<Fired> {
  const cpu0 = process.cpuUsage();
  const thread0 = mainThreadCpuMs();
  const elu0 = performance.eventLoopUtilization();
  const fired = await fn();
  const cpu = process.cpuUsage(cpu0);
  const thread1 = mainThreadCpuMs();
  return {
    ...fired,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loopMs: performance.eventLoopUtilization(elu0).active,
    threadCpuMs: thread0 === undefined || thread1 === undefined ? undefined : thread1 - thread0,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function summary(name: string, fired: Fired, statements?: number): Run {
  const sorted = [...fired.latencies].sort((a, b) => a - b);
  return {
    name,
    scans: sorted.length,
    seconds: round(fired.seconds, 2),
    scansPerSecond: Math.round(sorted.length / fired.seconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1]),
    outcomes: fired.outcomes,
    ...(statements === undefined ? {} : { statementsPerScan: round(statements / sorted.length, 2) }),
    nodeCpuMsPerScan: round((fired.cpuMs ?? 0) / sorted.length, 2),
    mainLoopBusyMsPerScan: round((fired.loopMs ?? 0) / sorted.length, 2),
    ...(fired.threadCpuMs === undefined ? {} : { mainThreadCpuMsPerScan: round(fired.threadCpuMs / sorted.length, 2) }),
  };
}

/** `connections` loops, each scanning the next code as soon as its previous scan is answered (closed loop). */
async function closedLoop(codes: string[], connections: number, scan: (code: string, i: number) => Promise<string>) {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, conn) => {
      while (next < codes.length) {
        const code = codes[next++];
        const s = performance.now();
        let o: string;
        try {
          o = await scan(code, conn);
        } catch (e) {
          o = `error: ${(e as Error).message.slice(0, 60)}`;
        }
        latencies.push(performance.now() - s);
        outcomes[o] = (outcomes[o] ?? 0) + 1;
      }
    }),
  );
  return { latencies, outcomes, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The scanners over HTTP (bench/load.ts: a worker thread, off the server's loop): one connection per session cookie,
 * each scanning the next code once its previous scan is answered. Devices are named in turn, as the scanners are.
 */
function scanOverHttp(url: string, eventId: string, codes: string[], cookies: string[]): Promise<Fired> {
  return crowd(url, {
    request: graphqlPost(''),
    items: codes.map((code, i) => ({
      body: JSON.stringify({ query: CHECK_IN, variables: { eventId, code, device: `scanner ${i % cookies.length}` } }),
    })),
    connections: cookies.map((cookie) => ({ headers: { cookie } })),
    answer: { field: 'checkIn', status: true },
  });
}

/** The scan in raw SQL: what the server must do for one code, without HTTP, GraphQL, the ORM or the access check. */
async function rawScan(ctx: BenchContext, db: pg.Pool, eventId: string, scannerId: string, code: string) {
  const verified = await ctx.app.deps.signer.verify(code);
  if (!verified.ok) return 'INVALID_CODE';
  if (verified.claim.eventId !== eventId) return 'OTHER_EVENT';
  const c = await db.connect();
  try {
    await c.query('begin');
    const { rows } = await c.query<{ id: string; event_id: string; ticket_id: string; status: string }>(
      `select id, event_id, ticket_id, status from bookings where id = $1 for share`,
      [verified.claim.bookingId],
    );
    const b = rows[0];
    let result: string;
    if (!b) result = 'INVALID_CODE';
    else if (b.event_id !== eventId) result = 'OTHER_EVENT';
    else if (b.status === 'OPPOSED') result = 'OPPOSED';
    else if (b.status !== 'RESERVED') result = 'NOT_PAID';
    else {
      const facts = await c.query<{ checked: boolean; blocked: string[] }>(
        `select exists (select 1 from check_ins c where c.booking_id = $1) as checked,
                coalesce((select array_agg(x.label order by x.position) from extra_infos x
                           where x.ticket_id = $2 and x.blocks in ('ENTRY', 'PAYMENT')
                             and not exists (select 1 from answers a where a.booking_id = $1 and a.extra_info_id = x.id and a.validated_at is not null)), '{}') as blocked`,
        [b.id, b.ticket_id],
      );
      if (facts.rows[0].checked) result = 'ALREADY_CHECKED_IN';
      else if (facts.rows[0].blocked.length) result = 'ENTRY_BLOCKED';
      else {
        const ins = await c.query(
          `insert into check_ins (booking_id, event_id, checked_in_at, checked_in_by_id, method, device, recorded_at)
           values ($1, $2, now(), $3, 'SCAN', 'raw', now()) on conflict (booking_id) do nothing returning *`,
          [b.id, eventId, scannerId],
        );
        result = ins.rowCount ? 'OK' : 'ALREADY_CHECKED_IN';
      }
    }
    await c.query(
      `insert into audit_log (actor_id, action, subject_type, subject_id, data) values ($1, 'checkin.scan', 'Booking', $2, $3)`,
      [scannerId, b?.id ?? eventId, JSON.stringify({ result, method: 'SCAN', device: 'raw' })],
    );
    await c.query('commit');
    return result;
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

/** Counts the statements the server's ORM sends while `fn` runs (background work included). */
async function countStatements<T>(fn: () => Promise<T>): Promise<{ value: T; statements: string[] }> {
  // Counted where every statement passes: the ORM's and the door's fast lane's bare pool connections alike.
  let value!: T;
  const statements = await pgStatements(async () => {
    value = await fn();
  });
  return { value, statements };
}

/** Waits until the server has sent no statement for `quietMs` (earlier work done), at most `timeoutMs`. */
async function serverQuiet(ctx: BenchContext, quietMs = 1000, timeoutMs = 120_000) {
  const knex = ctx.app.db.orm.em.getConnection().getKnex();
  let last = performance.now();
  const listener = () => (last = performance.now());
  knex.on('query', listener);
  try {
    const until = performance.now() + timeoutMs;
    while (performance.now() - last < quietMs && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
  } finally {
    knex.off('query', listener);
  }
}

function printRuns(title: string, runs: Run[]) {
  const base = runs[0];
  const out = process.stdout;
  out.write(`\n${title}\n`);
  out.write(
    `${'case'.padEnd(58)}${'scans/s'.padStart(9)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'vs raw'.padStart(8)}${'stmts/scan'.padStart(12)}${'cpu ms/scan'.padStart(13)}${'loop ms/scan'.padStart(14)}${'main cpu ms/scan'.padStart(18)}  outcomes\n`,
  );
  for (const r of runs)
    out.write(
      `${r.name.padEnd(58)}${String(r.scansPerSecond).padStart(9)}${String(r.p50Ms).padStart(8)}${String(r.p99Ms).padStart(8)}${String(r.maxMs).padStart(8)}` +
        `${(r === base ? 'base' : (r.scansPerSecond / base.scansPerSecond).toFixed(2)).padStart(8)}${String(r.statementsPerScan ?? '—').padStart(12)}` +
        `${String(r.nodeCpuMsPerScan).padStart(13)}${String(r.mainLoopBusyMsPerScan).padStart(14)}${String(r.mainThreadCpuMsPerScan ?? '—').padStart(18)}  ${JSON.stringify(r.outcomes)}\n`,
    );
}

export async function checkIn(ctx: BenchContext) {
  const dbUrl = ctx.app.db.url;
  const db = new pg.Pool({ connectionString: dbUrl, max: POOL });
  try {
    // The organizer's event and free ticket through the API, like the console; scanners granted VALIDATE.
    const { board, event } = await benchEvent(ctx, 'Soirée scan');
    const ticket = (
      await gql(
        ctx,
        `mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`,
        { e: event, i: openTicket({ priceCents: 0, capacity: null }) },
        board,
      )
    ).data.createTicket.id as string;
    const scanners = await insertSignedInPeople(dbUrl, { prefix: `scanner-${Date.now()}-`, count: CONNECTIONS });
    for (const s of scanners)
      await gql(
        ctx,
        `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`,
        { e: event, i: { level: 'VALIDATE', granteeKind: 'USER', userEmail: s.email } },
        board,
      );

    // Reservations, one per code scanned (each path scans its own). Their tickets were rendered long before the
    // doors open: the background renders their insertion queues are dropped, so they don't compete with the scans.
    const total = 2 * (WARM + SCANS) + 1;
    const ids = await (async () => {
      const c = await db.connect();
      try {
        await c.query('begin');
        const { rows } = await c.query<{ id: string }>(
          `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name,
                                 status, price_cents, reserved_at, created_at, updated_at)
           select gen_random_uuid(), 'CHK-' || upper(substr(md5(random()::text || g), 1, 12)), $1, $2,
                  'scan-' || $3::text || '-' || g || '@example.org', 'Test', 'Scan ' || g, 'RESERVED', 0, now(), now(), now()
             from generate_series(1, $4::int) g
           returning id`,
          [event, ticket, Date.now(), total],
        );
        const { rows: queue } = await c.query<{ q: string | null }>(`select to_regclass('ticket_render_queue') as q`);
        if (queue[0].q)
          await c.query(`delete from ticket_render_queue where booking_id = any($1::uuid[])`, [rows.map((r) => r.id)]);
        await c.query('commit');
        return rows.map((r) => r.id);
      } finally {
        c.release();
      }
    })();
    const codes = await Promise.all(ids.map((id) => ctx.app.deps.signer.issue(id, event, new Date())));
    const slice = (from: number, n: number) => codes.slice(from, from + n);
    const [warmRaw, warmGql, rawCodes, gqlCodes] = [
      slice(0, WARM),
      slice(WARM, WARM),
      slice(2 * WARM, SCANS),
      slice(2 * WARM + SCANS, SCANS),
    ];
    const cookies = scanners.map(sessionCookieHeader);
    const rawScanner = (_code: string, conn: number) => scanners[conn].id;

    // Warm both paths (JIT, pools, prepared plans, Apollo's document cache).
    await closedLoop(warmRaw, CONNECTIONS, (code, conn) => rawScan(ctx, db, event, rawScanner(code, conn), code));
    await scanOverHttp(ctx.url, event, warmGql, cookies);
    await serverQuiet(ctx);

    const raw = summary(
      `raw SQL via pg (pool ${POOL}), same scan transaction`,
      await measured(() =>
        closedLoop(rawCodes, CONNECTIONS, (code, conn) => rawScan(ctx, db, event, rawScanner(code, conn), code)),
      ),
    );
    await serverQuiet(ctx);
    const counted = await countStatements(() =>
      measured(() => profiled('CHECKIN_PROFILE', () => scanOverHttp(ctx.url, event, gqlCodes, cookies))),
    );
    const api = summary(
      `GraphQL checkIn over HTTP, ${CONNECTIONS} scanners (console's document)`,
      counted.value,
      counted.statements.length,
    );

    // TT4 under contention: twenty scanners (two per connection) scan the same code at once: exactly one OK.
    await serverQuiet(ctx);
    const [{ id: oneId }] = (
      await db.query<{ id: string }>(
        `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name,
                               status, price_cents, reserved_at, created_at, updated_at)
         values (gen_random_uuid(), 'CHK-ONE' || upper(substr(md5(random()::text), 1, 8)), $1, $2, $3, 'Test', 'Une', 'RESERVED', 0, now(), now(), now())
         returning id`,
        [event, ticket, `scan-one-${Date.now()}@example.org`],
      )
    ).rows;
    const one = await ctx.app.deps.signer.issue(oneId, event, new Date());
    const twenty = await scanOverHttp(
      ctx.url,
      event,
      Array.from({ length: 20 }, () => one),
      [...cookies, ...cookies],
    );

    // One OK scan, statement by statement.
    await serverQuiet(ctx);
    const traced = await countStatements(() => scanOverHttp(ctx.url, event, codes.slice(-1), cookies.slice(0, 1)));

    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    const runs = [raw, api];
    printRuns(
      `Check-in: ${CONNECTIONS} connections, ${SCANS} distinct valid codes per path; ${os.cpus().length} CPUs, load average ${load}`,
      runs,
    );
    process.stdout.write(
      "cpu ms/scan: CPU of this Node process (server and load generator, all threads) per scan; loop ms/scan: main thread busy (the server, or the raw-SQL client) per scan, waits for a core included; main cpu ms/scan: that thread's own CPU (the figure to compare across runs on a loaded machine)\n",
    );
    process.stdout.write(
      `twenty scanners, one code, at once: ${JSON.stringify(twenty.outcomes)} (exactly one OK: ${twenty.outcomes.OK === 1 ? 'yes' : 'NO'})\n`,
    );
    process.stdout.write(
      `one scan (${Object.keys(traced.value.outcomes).join(', ')}), ${traced.statements.length} SQL statements:\n${traced.statements.map((s) => `  ${s.slice(0, 150)}`).join('\n')}\n`,
    );
    const statementsMet = (api.statementsPerScan ?? Infinity) <= GOAL_STATEMENTS;
    const p99Met = api.p99Ms <= GOAL_P99_MS;
    const goals = {
      p99: { goalMs: GOAL_P99_MS, ms: api.p99Ms, rawMs: raw.p99Ms, met: p99Met },
      statements: { goal: GOAL_STATEMENTS, perScan: api.statementsPerScan, met: statementsMet },
      oneOkAmongTwenty: twenty.outcomes.OK === 1,
    };
    const cpuRatio =
      api.mainThreadCpuMsPerScan !== undefined && raw.mainThreadCpuMsPerScan
        ? `, main-thread CPU ${(api.mainThreadCpuMsPerScan / raw.mainThreadCpuMsPerScan).toFixed(1)}× the raw client's`
        : '';
    process.stdout.write(
      `goals (issue 14), next to the raw-SQL baseline of this run (load average ${load}):\n` +
        `  p99 ≤ ${GOAL_P99_MS} ms at ${CONNECTIONS} connections: ${api.p99Ms} ms — ${p99Met ? 'met' : 'NOT met'} (raw SQL: ${raw.p99Ms} ms)\n` +
        `  ≤ ${GOAL_STATEMENTS} SQL statements per scan, session lookup included: ${api.statementsPerScan} — ${statementsMet ? 'met' : 'NOT met'} (the raw-SQL scan: 4 statements between begin and commit)\n` +
        `  TT4, twenty concurrent scans of one code: ${goals.oneOkAmongTwenty ? 'exactly one OK — met' : 'NOT met'}\n` +
        `  GraphQL ${(api.scansPerSecond / raw.scansPerSecond).toFixed(2)}× the raw-SQL scans/s${cpuRatio}\n`,
    );
    return { loadAverage: os.loadavg(), runs, goals, twenty: twenty.outcomes, trace: traced.statements };
  } finally {
    await db.end();
  }
}
