import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { startApp, type RunningApp } from '../server/src/app';
import { loadConfig } from '../server/src/core/config';
import { freePort } from '../server/src/db/embedded';
import { createLogger } from '../server/src/core/logger';
import { cannon, type HttpRequest } from './load';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface BenchContext {
  app: RunningApp;
  url: string;
  durationSeconds: number;
  connections: number;
  /** autocannon's closed loop on one request, from a worker thread (bench/load.ts). */
  load(name: string, request: HttpRequest & { path: string }): Promise<LoadResult>;
}

/** An autocannon run's figures as one row of a side-by-side table. */
export function loadResult(name: string, r: autocannon.Result): LoadResult {
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * With DATABASE_URL, the data directory belongs to that database and outlives the run, like the database: its
 * payment-secrets key (and its stored files) must match what the database sealed and points to on a second run.
 * One directory per server and database name under the temporary directory; drop it with the database.
 */
export function benchDataDir(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  const where = createHash('sha256').update(`${url.hostname}:${url.port}/${name}`).digest('hex').slice(0, 8);
  return path.join(os.tmpdir(), `billetterie-bench-${name.replace(/[^\w-]/g, '_')}-${where}`);
}

/** Boots the real server (embedded PostgreSQL in a temporary directory, or DATABASE_URL) for benchmarks. */
export async function startBenchApp(): Promise<{ ctx: BenchContext; stop: () => Promise<void> }> {
  const kept = process.env.DATABASE_URL ? benchDataDir(process.env.DATABASE_URL) : null;
  const dir = kept ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-bench-')));
  if (kept) await fs.mkdir(kept, { recursive: true, mode: 0o700 });
  else await fs.chmod(dir, 0o755); // the embedded postgres user must traverse it
  const port = await freePort();
  const config = loadConfig({
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`, // the address the bench calls (issue 16: one canonical address)
    DATA_DIR: dir,
    SERVE_APPS: 'false',
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  });
  const app = await startApp(config, { log: createLogger(config.logLevel) });
  const durationSeconds = Number(process.env.BENCH_DURATION ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const ctx: BenchContext = {
    app,
    url: app.url,
    durationSeconds,
    connections,
    async load(name, request) {
      return loadResult(name, await cannon(app.url, { connections, durationSeconds, request }));
    },
  };
  return {
    ctx,
    stop: async () => {
      await app.close();
      if (!kept) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Prints results side by side, each compared with the first (the baseline) of its group. */
export function printTable(title: string, rows: LoadResult[]): void {
  const base = rows[0];
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(
    `${'case'.padEnd(44)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'vs base'.padStart(10)}${'errors'.padStart(8)}\n`,
  );
  for (const r of rows) {
    const slower = base.requestsPerSecond / Math.max(r.requestsPerSecond, 1);
    const ratio =
      r === base ? 'baseline' : slower >= 1 ? `${slower.toFixed(2)}× slower` : `${(1 / slower).toFixed(2)}× faster`;
    process.stdout.write(
      `${r.name.padEnd(44)}${String(r.requestsPerSecond).padStart(9)}${String(r.p50Ms).padStart(9)}${String(r.p99Ms).padStart(9)}${ratio.padStart(10 + (r === base ? 0 : 6))}${String(r.errors + r.non2xx).padStart(8)}\n`,
    );
  }
}

/** One GraphQL call to the bench server; returns its data and the session cookie it set, if any. */
export async function gql(ctx: BenchContext, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${ctx.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
}

/** A public event of the club Net7, a month ahead, made through GraphQL by its board member bureau@ (signed in). */
export async function benchEvent(ctx: BenchContext, name: string): Promise<{ board: string; event: string }> {
  const board = (
    await gql(ctx, `mutation { signIn(input: { email: "bureau@example.org", password: "billetterie-demo" }) { id } }`)
  ).cookie!;
  const clubs = (await gql(ctx, `{ clubs { id slug } }`)).data.clubs as Array<{ id: string; slug: string }>;
  const day = 24 * 3600_000;
  const input = {
    clubId: clubs.find((c) => c.slug === 'net7')!.id,
    name,
    description: '',
    location: 'Toulouse',
    startsAt: new Date(Date.now() + 30 * day).toISOString(),
    endsAt: new Date(Date.now() + 30 * day + 3600_000).toISOString(),
    visibility: 'PUBLIC',
    sponsorshipLimit: 0,
    showPlacesLeft: false,
  };
  const event = (
    await gql(ctx, `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i: input }, board)
  ).data.createEvent.id as string;
  return { board, event };
}

/**
 * With the environment variable `envVar` set to a file name, the main thread (the server) is CPU-profiled during
 * `fn` only; the .cpuprofile opens in Chrome DevTools.
 */
export async function profiled<T>(envVar: string, fn: () => Promise<T>): Promise<T> {
  const file = process.env[envVar];
  if (!file) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await fs.writeFile(file, JSON.stringify(profile));
    session.disconnect();
    process.stdout.write(`server CPU profile written to ${file}\n`);
  }
}

const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux this runs on

/**
 * CPU time (user + system) of this process's main thread so far, in ms (the server's event loop: unlike its busy time,
 * it does not count time spent waiting for a core); undefined where /proc is missing.
 */
export function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime: the 14th and 15th fields of the line, the 12th and 13th after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
