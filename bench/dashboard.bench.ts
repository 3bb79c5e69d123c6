import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { dashboardStatement } from '../server/src/modules/dashboard';
import { DASHBOARD, insertSales } from '../test/support/dashboard-fixtures';
import { openTicket } from '../test/support/event-fixtures';
import { pgStatements } from '../test/support/lane-answers';
import { benchEvent, gql, loadResult, printTable, type BenchContext, type LoadResult } from './harness';
import { cannon, graphqlPost } from './load';

/**
 * "Dashboard" (DB1, issue 15): an event of BENCH_DASHBOARD_BOOKINGS bookings (two tickets, an option, a group, an
 * extra information with answers, check-ins) and its dashboard asked through /graphql by its organizer, one request
 * after the other (an organizer's refreshes) and by BENCH_CONNECTIONS at once. Baselines in the same run, on the same
 * data, one after the other through `pg`: a bare `select count(*)` of the event's bookings, and the dashboard's own SQL
 * statement (the figures without HTTP, GraphQL and the access check). Goal: p99 ≤ 100 ms for one organizer.
 */
const BOOKINGS = Number(process.env.BENCH_DASHBOARD_BOOKINGS ?? 20_000);
const GOAL_P99_MS = 100;

/**
 * The CPU (user + system, ms) a PostgreSQL backend has used so far, from /proc when the database runs on this machine
 * (null otherwise): on a shared, loaded machine the statement's CPU is steadier than its wall time.
 */
async function backendCpuMs(pid: number): Promise<number | null> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

/** `fn` one call after the other for `seconds` (at least 20 calls): latencies as a load result. */
async function sequential(name: string, seconds: number, fn: () => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  const start = performance.now();
  while (performance.now() - start < seconds * 1000 || latencies.length < 20) {
    const t0 = performance.now();
    await fn();
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
  return {
    name,
    requestsPerSecond: Math.round(latencies.length / ((performance.now() - start) / 1000)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors: 0,
    non2xx: 0,
  };
}

export async function dashboard(ctx: BenchContext) {
  const { board, event } = await benchEvent(ctx, 'Soirée tableau de bord');
  const ticket = async (name: string, priceCents: number) =>
    (
      await gql(
        ctx,
        `mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`,
        { e: event, i: openTicket({ name, priceCents, capacity: null }) },
        board,
      )
    ).data.createTicket.id as string;
  const gala = await ticket('Gala', 2500);
  const cocktail = await ticket('Cocktail', 1000);
  const optionId = (
    await gql(
      ctx,
      `mutation($t: ID!, $i: OptionInput!) { createOption(ticketId: $t, input: $i) { id } }`,
      { t: gala, i: { name: 'Navette', description: '', priceCents: 0 } },
      board,
    )
  ).data.createOption.id as string;
  await gql(
    ctx,
    `mutation($t: ID!, $i: OptionGroupInput!) { createOptionGroup(ticketId: $t, input: $i) { id } }`,
    {
      t: gala,
      i: {
        name: 'Repas',
        description: '',
        options: [
          { name: 'Viande', description: '', priceCents: 0 },
          { name: 'Végé', description: '', priceCents: 0 },
        ],
      },
    },
    board,
  );
  const extraInfoId = (
    await gql(
      ctx,
      `mutation($t: ID!, $i: CreateExtraInfoInput!) { createExtraInfo(ticketId: $t, input: $i) { id } }`,
      { t: gala, i: { label: 'Régime', help: '', type: 'TEXT', blocks: 'ENTRY' } },
      board,
    )
  ).data.createExtraInfo.id as string;
  const knex = ctx.app.db.orm.em.fork().getConnection().getKnex();
  const galaCount = Math.round(BOOKINGS * 0.75);
  await insertSales(knex, { eventId: event, ticketId: gala, count: galaCount, days: 30, optionId, extraInfoId });
  await insertSales(knex, { eventId: event, ticketId: cocktail, count: BOOKINGS - galaCount, days: 30 });
  // As autovacuum leaves them a minute after such a batch of inserts (its insert threshold): statistics and the
  // visibility map, which the dashboard's index-only scans read (without it, each reads the bookings' rows too).
  await knex.raw('vacuum analyze bookings, booking_options, answers, check_ins');

  const body = JSON.stringify({ query: DASHBOARD, variables: { id: event } });
  const check = (await gql(ctx, DASHBOARD, { id: event }, board)).data.event.dashboard;
  const counted = check.tickets.reduce(
    (n: number, t: { preReserved: number; reserved: number }) => n + t.preReserved + t.reserved,
    check.revenue.lostCount + check.revenue.endedCount,
  );
  if (counted !== BOOKINGS) throw new Error(`dashboard counts ${counted} bookings, ${BOOKINGS} were made`);
  const statements = await pgStatements(() => gql(ctx, DASHBOARD, { id: event }, board));

  const db = new pg.Pool({ connectionString: ctx.app.db.url, max: 2 });
  let rows: LoadResult[];
  let statementCpuMs: number | null;
  try {
    const { sql, params } = dashboardStatement(event, null);
    let n = 0;
    const numbered = sql.replace(/\?/g, () => `$${++n}`);
    const seconds = ctx.durationSeconds;
    rows = [
      await sequential('raw SQL: select count(*) of its bookings', seconds, () =>
        db.query('select count(*) from bookings where event_id = $1', [event]),
      ),
      await sequential('raw SQL: the dashboard statement', seconds, () =>
        db.query({ name: 'bench-dashboard', text: numbered, values: params }),
      ),
      loadResult(
        'GraphQL event.dashboard, 1 connection',
        await cannon(ctx.url, { connections: 1, durationSeconds: seconds, request: graphqlPost(body, board) }),
      ),
      loadResult(
        `GraphQL event.dashboard, ${ctx.connections} connections`,
        await cannon(ctx.url, {
          connections: ctx.connections,
          durationSeconds: seconds,
          request: graphqlPost(body, board),
        }),
      ),
    ];
    // The statement's own CPU in the database, 20 runs on one connection (bench/README.md: read it beside the load).
    const client = await db.connect();
    try {
      const { rows: who } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      const before = await backendCpuMs(who[0].pid);
      for (let i = 0; i < 20; i++) await client.query({ name: 'bench-dashboard', text: numbered, values: params });
      const after = await backendCpuMs(who[0].pid);
      statementCpuMs = before === null || after === null ? null : (after - before) / 20;
    } finally {
      client.release();
    }
  } finally {
    await db.end();
  }
  printTable(`Dashboard of an event of ${BOOKINGS} bookings (one after the other, then at once)`, rows);
  const one = rows[2];
  const met = one.p99Ms <= GOAL_P99_MS && one.errors + one.non2xx === 0;
  process.stdout.write(
    `SQL statements per dashboard request: ${statements.length} (the session, the access check, the figures)\n` +
      `goal p99 ≤ ${GOAL_P99_MS} ms for one organizer: ${one.p99Ms} ms — ${met ? 'met' : 'NOT met'}` +
      ` (${(one.p99Ms / Math.max(rows[1].p99Ms, 0.1)).toFixed(2)}× the bare statement's p99)\n` +
      `the statement's CPU in its PostgreSQL backend: ${statementCpuMs === null ? 'not readable (remote database)' : `${statementCpuMs.toFixed(1)} ms per run`}` +
      ` · load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
  return {
    bookings: BOOKINGS,
    statements: statements.length,
    rows,
    statementCpuMs,
    loadAverage: os.loadavg(),
    goalMet: met,
  };
}
