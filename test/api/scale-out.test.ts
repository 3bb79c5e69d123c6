// Issue 14, "Scaling out": three server processes — two web processes (JOBS=false) and one worker (JOBS=true) —
// on one PostgreSQL and one S3 store, each with its own DATA_DIR (no shared disk), as docs/deployment.md describes.
// A file uploaded through one is served by another, an export asked for on one is built by the worker and
// downloaded from the others, a sale spread over all three sells exactly its places (and its mail leaves from the
// worker), and a process told to stop turns not ready at once while it finishes what it has in flight.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dropDatabase, withDatabase } from '../../server/src/db/admin';
import { freePort } from '../../server/src/db/embedded';
import { useApp } from '../support/app';
import { eventually, sql } from '../support/booking-fixtures';
import { cloneTestDatabase, testAdminUrl } from '../support/database';
import { testEnv } from '../support/env';
import { book, eventInput, openTicket } from '../support/event-fixtures';
import { EXPORT_STATE, REQUEST_EXPORT } from '../support/export-fixtures';
import { DEMO_PASSWORD, TINY_PNG, uploadRequest } from '../support/fixtures';
import { ApiClient, type GraphQLResponse } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { spawnServer, waitForHealthy, type ServerProcess } from '../support/process';
import { startS3, type RunningS3 } from '../support/s3';
import { clientAs, insertSignedInPeople, withPg, type SignedInPerson } from '../support/sessions';

interface Node {
  name: string;
  url: string;
  proc: ServerProcess;
  dataDir: string;
}

const LIVE = `('PRE_RESERVED', 'RESERVED')`;
/** Web processes stay not ready but serving this long after SIGTERM (what a proxy probing /readyz needs). */
const GRACE_MS = 1500;

/** The same signed-in person on another process: sessions live in PostgreSQL, not in a process. */
function sameSession(c: ApiClient, url: string): ApiClient {
  const other = new ApiClient(url);
  for (const [k, v] of c.cookies) other.cookies.set(k, v);
  return other;
}

const cookieOf = (c: ApiClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

async function bytesAt(url: string, c?: ApiClient) {
  const res = await fetch(url, { headers: c ? { cookie: cookieOf(c) } : {} });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Every file under `dir` (none when it does not exist). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** `book` until it is answered by anything but BUSY (the apps' client retries BUSY the same way). */
async function bookRetryingBusy(c: ApiClient, ticketId: string): Promise<GraphQLResponse> {
  for (let attempt = 0; ; attempt++) {
    const res = await book(c, ticketId);
    if (res.errors?.[0]?.extensions?.code !== 'BUSY' || attempt === 5) return res;
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
  }
}

describe('scale-out: two web processes and a worker on one PostgreSQL and one S3 store (issue 14)', function () {
  this.timeout(180_000);
  let s3: RunningS3;
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl: string;
  const nodes: Node[] = [];
  let webA: Node;
  let webB: Node;
  let worker: Node;
  let board: ApiClient;
  let clubId: string;
  /** The event sold in the BK9 test, exported in the EX1/EX2 test. */
  let sold: { eventId: string; capacity: number } | undefined;

  const start = async (name: string, env: Record<string, string>, publicUrl: string, port: number) => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `billetterie-${name}-`));
    const url = `http://127.0.0.1:${port}`;
    const proc = spawnServer({ ...env, PORT: String(port), PUBLIC_URL: publicUrl, DATA_DIR: dataDir });
    const node = { name, url, proc, dataDir };
    nodes.push(node);
    await waitForHealthy(url, proc, 60_000);
    return node;
  };

  before(async function () {
    this.timeout(120_000);
    s3 = await startS3();
    const db = await cloneTestDatabase();
    drop = db.drop;
    databaseUrl = db.url;
    const [portA, portB, portW] = [await freePort(), await freePort(), await freePort()];
    // What every process shares: the database, the bucket, the secrets key, the public URL (the proxy's).
    const shared = {
      ...testEnv(),
      DATABASE_URL: databaseUrl,
      PAYMENT_SECRETS_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'info',
      // Behind a load balancer every process is reached by its own address, PUBLIC_URL being the balancer's.
      CANONICAL_HOST_REDIRECT: 'false',
      ...s3.env,
    };
    const publicUrl = `http://127.0.0.1:${portA}`;
    // The worker first: it creates the job queue's schema. It alone can reach the SMTP server, so a mail that leaves
    // at all left from the worker.
    worker = await start('worker', { ...shared, JOBS: 'true', SMTP_URL: mailbox.url }, publicUrl, portW);
    const web = { ...shared, JOBS: 'false', SMTP_URL: 'smtp://127.0.0.1:9', DRAIN_GRACE_MS: String(GRACE_MS) };
    [webA, webB] = await Promise.all([start('web-a', web, publicUrl, portA), start('web-b', web, publicUrl, portB)]);

    board = new ApiClient(webA.url);
    await board.signIn('bureau@example.org', DEMO_PASSWORD);
    clubId = await withPg(
      databaseUrl,
      async (c) => (await c.query(`select id from clubs where slug = 'net7'`)).rows[0].id,
    );
  });

  after(async function () {
    this.timeout(60_000);
    await Promise.all(
      nodes.map(async ({ proc }) => {
        if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
        proc.child.kill('SIGTERM');
        const timer = setTimeout(() => proc.child.kill('SIGKILL'), 20_000);
        await proc.exited;
        clearTimeout(timer);
      }),
    );
    await drop?.();
    await s3?.stop();
    await Promise.all(nodes.map((n) => fs.rm(n.dataDir, { recursive: true, force: true })));
  });

  const createEvent = async (name: string) =>
    (
      await board.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: eventInput(clubId, { name }),
      })
    ).createEvent.id as string;

  it('SEC6: an event cover uploaded through web process A is in the bucket, not on A’s disk, and web process B and the worker serve it, byte for byte, sandboxed', async () => {
    const eventId = await createEvent('Couverture partagée');
    const up = await uploadRequest(
      board,
      `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { coverUrl } }`,
      { id: eventId },
      'file',
      { name: 'cover.png', type: 'image/png', data: TINY_PNG },
    );
    expect(up.errors, JSON.stringify(up.errors)).to.equal(undefined);
    const coverUrl: string = up.data!.setEventCover.coverUrl;
    expect(coverUrl).to.match(new RegExp(`^/media/events/${eventId}/cover`));

    const key = await withPg(
      databaseUrl,
      async (c) => (await c.query(`select cover_key from events where id = $1`, [eventId])).rows[0].cover_key,
    );
    expect(await s3.keys(), 'the cover is an object in the bucket').to.include(key);
    expect(await filesUnder(path.join(webA.dataDir, 'files')), 'nothing on the uploading process’s disk').to.deep.equal(
      [],
    );

    for (const n of [webB, worker]) {
      const { res, bytes } = await bytesAt(`${n.url}${coverUrl}`);
      expect(res.status, n.name).to.equal(200);
      expect(res.headers.get('content-type'), n.name).to.equal('image/png');
      expect(res.headers.get('content-security-policy'), n.name).to.equal("default-src 'none'; sandbox");
      expect(res.headers.get('x-content-type-options'), n.name).to.equal('nosniff');
      expect(bytes.equals(TINY_PNG), `${n.name} serves the uploaded bytes`).to.equal(true);
    }
  });

  it('BK9: 180 distinct people booking a 40-place ticket at once, spread over the three processes → exactly 40 live bookings, 40 places taken, no double holder; the mail leaves from the worker', async () => {
    const capacity = 40;
    const eventId = await createEvent('Ouverture à trois');
    const ticketId: string = (
      await board.data(`mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`, {
        e: eventId,
        i: openTicket({ capacity, priceCents: 1500 }),
      })
    ).createTicket.id;
    const crowd: SignedInPerson[] = await insertSignedInPeople(databaseUrl, { prefix: 'scale-', count: 180 });
    const urls = [webA.url, webB.url, worker.url];

    const answers = await Promise.all(
      crowd.map((p, i) => bookRetryingBusy(clientAs(urls[i % urls.length], p), ticketId)),
    );
    const codes: Record<string, number> = {};
    const holders: string[] = [];
    answers.forEach((r) => {
      if (r.data?.book && !r.errors) holders.push(r.data.book.holder.email);
      else {
        const c = String(r.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
        codes[c] = (codes[c] ?? 0) + 1;
      }
    });
    expect({ ok: holders.length, ...codes }, 'API answers').to.deep.equal({ ok: capacity, SOLD_OUT: 180 - capacity });
    expect(new Set(holders).size, 'each success is a different person').to.equal(capacity);

    const row = await withPg(
      databaseUrl,
      async (c) =>
        (
          await c.query(
            `select t.places_taken::int as "placesTaken",
               (select count(*)::int from bookings b where b.ticket_id = t.id and b.status in ${LIVE}) as live,
               (select count(distinct b.holder_id)::int from bookings b where b.ticket_id = t.id and b.status in ${LIVE}) as holders,
               (select count(*)::int from bookings b where b.ticket_id = t.id) as rows
             from tickets t where t.id = $1`,
            [ticketId],
          )
        ).rows[0],
    );
    expect(row, 'PostgreSQL: counter = live bookings = holders = capacity').to.deep.equal({
      placesTaken: capacity,
      live: capacity,
      holders: capacity,
      rows: capacity,
    });

    // Two thirds of the bookings were made on web processes, which cannot reach the SMTP server: every mail was
    // handed to the worker, sent once, and never failed.
    const mails = await eventually(
      'every booking mail sent',
      () =>
        withPg(databaseUrl, async (c) => {
          const { rows } = await c.query<{ sent: number; failed: number; total: number }>(
            `select count(*) filter (where sent_at is not null)::int as sent,
                    count(*) filter (where last_error is not null)::int as failed, count(*)::int as total
               from outbox_mails where "to" = any($1)`,
            [holders],
          );
          return rows[0].total >= capacity && rows[0].sent === rows[0].total ? rows[0] : null;
        }),
      30_000,
    );
    expect(mails.failed, 'no web process tried to send').to.equal(0);
    await mailbox.waitFor(holders[0], () => true);
    sold = { eventId, capacity };
  });

  it('EX1/EX2: an export asked for on web process A is built by the worker into the bucket, and downloaded identical from web process B and from the worker', async () => {
    expect(sold, 'the BK9 sale ran first').to.not.equal(undefined);
    const { eventId, capacity } = sold!;
    const { id } = (await board.data(REQUEST_EXPORT, { e: eventId, f: 'XLSX' })).requestExport;
    const onB = sameSession(board, webB.url);
    const done = await eventually(
      'the export is done',
      async () => {
        const s = (await onB.data(EXPORT_STATE, { id })).bookingExport;
        return s.status === 'DONE' || s.status === 'FAILED' ? s : null;
      },
      60_000,
    );
    expect(done.status, done.error ?? undefined).to.equal('DONE');
    expect(done.rowsTotal, 'one row per live booking').to.equal(capacity);

    // Built by the worker: only its log tells of this export's run.
    const built = (n: Node) =>
      n.proc
        .output()
        .split('\n')
        .some((line) => line.includes('export done') && line.includes(id));
    expect(built(worker), 'the worker built it').to.equal(true);
    for (const n of [webA, webB]) expect(n.proc.output(), `${n.name} built nothing`).to.not.include('export done');
    expect((await s3.keys(`exports/${eventId}/`)).length, 'the file is an object in the bucket').to.equal(1);

    const fromB = await bytesAt(`${webB.url}${done.downloadUrl}`, onB);
    const fromWorker = await bytesAt(`${worker.url}${done.downloadUrl}`, sameSession(board, worker.url));
    expect([fromB.res.status, fromWorker.res.status]).to.deep.equal([200, 200]);
    expect(fromB.bytes.length, 'the size recorded').to.equal(done.fileSize);
    expect(fromB.bytes.subarray(0, 2).toString(), 'an XLSX (a ZIP container)').to.equal('PK');
    expect(fromB.bytes.equals(fromWorker.bytes), 'byte-identical from both processes').to.equal(true);
    expect(
      (await bytesAt(`${webB.url}${done.downloadUrl}`)).res.status,
      'still only for who may see the bookings (SEC5)',
    ).to.equal(404);
  });

  it('SEC1: every process is live and ready; after SIGTERM a web process answers /readyz 503 at once, still serves new requests for DRAIN_GRACE_MS, gives its in-flight mutation its normal answer, then exits cleanly; the other processes stay ready', async () => {
    const [person] = await insertSignedInPeople(databaseUrl, { prefix: 'drain-', count: 1 });
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    try {
      for (const n of [webA, webB, worker]) {
        expect((await fetch(`${n.url}/livez`)).status, n.name).to.equal(200);
        const ready = await fetch(`${n.url}/readyz`);
        expect({ name: n.name, status: ready.status, body: await ready.json() }, 'ready before').to.deep.equal({
          name: n.name,
          status: 200,
          body: { status: 'ready' },
        });
      }
      // A mutation held in flight by a row lock (under the 1 s lock timeout).
      await locker.query('begin');
      await locker.query(`select id from users where id = $1 for update`, [person.id]);
      const answered = clientAs(webB.url, person).request(
        `mutation { updateProfile(input: { language: EN }) { id language } }`,
      );
      for (let i = 0; ; i++) {
        const { rows } = await locker.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
        );
        if (rows[0].n === 1) break;
        expect(i, 'the mutation waits on the row lock').to.be.below(400);
        await new Promise((r) => setTimeout(r, 5));
      }

      const stoppedAt = Date.now();
      webB.proc.child.kill('SIGTERM');
      const notReady = await eventually(
        '/readyz turns 503',
        async () => {
          const res = await fetch(`${webB.url}/readyz`);
          return res.status === 503 ? { status: res.status, body: await res.json() } : null;
        },
        1000,
        10,
      );
      expect(notReady).to.deep.equal({ status: 503, body: { status: 'not ready', reason: 'draining' } });
      const during = await fetch(`${webB.url}/livez`);
      expect(during.status, 'a new request during the grace period is served').to.equal(200);
      expect(Date.now() - stoppedAt, 'all of that within the grace period').to.be.below(GRACE_MS);
      expect((await fetch(`${webA.url}/readyz`)).status, 'the other web process stays ready').to.equal(200);

      await locker.query('rollback');
      const res = await answered;
      expect(res.status).to.equal(200);
      expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
      expect(res.data!.updateProfile.language, 'its normal answer').to.equal('EN');

      expect(await webB.proc.exited, webB.proc.output().slice(-3000)).to.equal(0);
      expect(Date.now() - stoppedAt, 'it waited for the grace period').to.be.at.least(GRACE_MS);
      expect(webB.proc.output()).to.include('stopped cleanly');
      const refused = await fetch(`${webB.url}/readyz`).then(
        () => 'served',
        () => 'refused',
      );
      expect(refused, 'gone').to.equal('refused');
      // The sale still works through what is left.
      expect((await fetch(`${webA.url}/readyz`)).status).to.equal(200);
      expect((await fetch(`${worker.url}/readyz`)).status).to.equal(200);
    } finally {
      await locker.end();
    }
  });
});

describe('readiness: /readyz says whether this process can take traffic (issue 14)', () => {
  const t = useApp();

  it('SEC1: /readyz is 503 `migrations` while a migration this version knows is missing from the database, 200 again once it is there; /livez stays 200', async () => {
    const ready = async () => {
      const res = await fetch(`${t.url}/readyz`);
      return { status: res.status, body: await res.json(), cache: res.headers.get('cache-control') };
    };
    const [last] = await sql(t).execute<Array<{ id: number; name: string; executed_at: Date }>>(
      `select id, name, executed_at from mikro_orm_migrations order by id desc limit 1`,
    );
    await sql(t).execute(`delete from mikro_orm_migrations where id = ?`, [last.id]);
    try {
      // (Probed for the first time here: a "none pending" answer is reused for 30 s, so a process already found ready
      // would notice on a later probe.)
      const seen = await ready();
      expect(seen.status).to.equal(503);
      expect(seen.body).to.deep.equal({ status: 'not ready', reason: 'migrations' });
      expect((await fetch(`${t.url}/livez`)).status, 'alive all the same').to.equal(200);
    } finally {
      await sql(t).execute(`insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)`, [
        last.id,
        last.name,
        last.executed_at,
      ]);
    }
    expect(await ready(), 'ready again').to.deep.equal({
      status: 200,
      body: { status: 'ready' },
      cache: 'no-store',
    });
  });
});

describe('migrations: processes starting together on a new database (issue 14)', function () {
  this.timeout(120_000);

  it('SEC1: two processes started at the same moment on an empty database both come up ready: one applies the migrations, the other waits its turn and finds none pending', async () => {
    const name = `billetterie_t_${process.pid}_mig${randomBytes(3).toString('hex')}`;
    const url = withDatabase(testAdminUrl(), name);
    const procs: ServerProcess[] = [];
    const dirs: string[] = [];
    try {
      const ports = [await freePort(), await freePort()];
      for (const port of ports)
        procs.push(
          spawnServer({
            ...testEnv(),
            DATABASE_URL: url,
            PORT: String(port),
            LOG_LEVEL: 'info',
            DATA_DIR: dirs[dirs.push(await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-mig-'))) - 1],
          }),
        );
      await Promise.all(procs.map((p, i) => waitForHealthy(`http://127.0.0.1:${ports[i]}`, p, 90_000)));
      for (const port of ports)
        expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status, `process on ${port}`).to.equal(200);
      const applied = procs.filter((p) => p.output().includes('migrations applied'));
      expect(applied, 'the migrations were applied by one of them').to.have.length(1);
    } finally {
      await Promise.all(
        procs.map(async (p) => {
          if (p.child.exitCode === null && p.child.signalCode === null) {
            p.child.kill('SIGTERM');
            await p.exited;
          }
        }),
      );
      await dropDatabase(testAdminUrl(), name);
      await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
    }
  });
});
