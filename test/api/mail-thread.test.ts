import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { threadId, Worker } from 'node:worker_threads';
import { expect } from 'chai';
import pg from 'pg';
import { createLogger } from '../../server/src/core/logger';
import { systemClock } from '../../server/src/core/clock';
import { outboxOnThread, type ThreadOutbox } from '../../server/src/modules/jobs';
import { enqueueMail } from '../../server/src/modules/mail';
import { useApp, type TestApp } from '../support/app';
import { mailbox } from '../support/mailbox';

// Issue 14: "Sending mail from the process that answers bookings costs ~1 ms per booking." In the all-in-one process
// (JOBS=true, the default), the outbox is delivered from a worker thread with its own pool; the main thread only
// hosts it. MAIL_THREAD=false keeps delivery on the main event loop (the benchmark's comparison).

/** The server's log, kept in memory. */
class LogSink extends Writable {
  lines: Array<Record<string, unknown>> = [];
  _write(chunk: Buffer, _enc: string, done: () => void) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
}

/** `count` mails in one transaction, as a change's commit leaves them; their subjects carry `tag`. */
async function enqueue(t: TestApp, tag: string, count: number): Promise<string[]> {
  const to = Array.from({ length: count }, (_, i) => `${tag}-${i}@example.org`);
  await t.app.db.orm.em.fork().transactional(async (em) => {
    for (const [i, address] of to.entries())
      await enqueueMail(em, { to: address, subject: `${tag} ${i}`, text: `Bonjour ${i}` });
  });
  return to;
}

async function sentRows(t: TestApp, tag: string) {
  return t.app.db.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ sent_at: Date | null; attempts: number }>>(
      `select sent_at, attempts from outbox_mails where subject like ? order by id`,
      [`${tag} %`],
    );
}

/** Has the mail thread up (it starts with the first mail to send) and idle. */
async function threadUp(t: TestApp): Promise<number> {
  await enqueue(t, `warm-${Date.now()}`, 1);
  await t.app.deps.outbox.flush();
  const id = (t.app.deps.outbox as ThreadOutbox).threadId();
  expect(id, 'a mail thread runs').to.be.a('number');
  return id!;
}

/** The .eml files in the app's DATA_DIR/outbox (no SMTP_URL: each mail delivered is one file). */
function emlFiles(t: TestApp): string[] {
  const dir = path.join(t.app.deps.config.dataDir, 'outbox');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')) : [];
}

/**
 * Holds the main thread — no timer, socket or promise of this thread runs meanwhile — until `count` new mails were
 * written or `ms` passed; returns how many were written while it was held.
 */
function holdMainThread(t: TestApp, count: number, ms: number): number {
  const before = new Set(emlFiles(t));
  const until = Date.now() + ms;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let written = 0;
  while (Date.now() < until) {
    written = emlFiles(t).filter((f) => !before.has(f)).length;
    if (written >= count) break;
    Atomics.wait(sleeper, 0, 0, 20);
  }
  return written;
}

describe('API: mail delivered from a worker thread (issue 14)', function () {
  this.timeout(60_000);

  describe('the all-in-one process (JOBS=true), SMTP', () => {
    const t = useApp({ env: { JOBS: 'true' } });

    it('issue 14: 50 mails committed at once reach the SMTP sink exactly once each, sent from a thread (started by the first of them) that is not the main one', async () => {
      const outbox = t.app.deps.outbox as ThreadOutbox;
      await mailbox.settled(t);
      expect(outbox.threadId(), 'no mail waited at start: no thread started').to.equal(null);
      const to = await enqueue(t, 'thread-smtp', 50);
      t.app.deps.outbox.kick();
      for (const address of to) await mailbox.waitFor(address, (m) => m.subject.startsWith('thread-smtp '), 30_000);
      await mailbox.settled(t);
      const received = mailbox.messages.filter((m) => m.subject.startsWith('thread-smtp '));
      expect(received, 'each mail once').to.have.length(50);
      expect(new Set(received.map((m) => m.subject)).size).to.equal(50);
      expect(received.find((m) => m.subject === 'thread-smtp 7')!.text.trim()).to.equal('Bonjour 7');
      const rows = await sentRows(t, 'thread-smtp');
      expect(
        rows.every((r) => r.sent_at && r.attempts === 1),
        'sent at the first attempt',
      ).to.equal(true);
      expect(outbox.threadId(), 'a mail thread runs').to.be.a('number');
      expect(outbox.threadId()).to.not.equal(threadId);
    });
  });

  describe('the all-in-one process (JOBS=true), mail written to DATA_DIR/outbox', () => {
    const t = useApp({ env: { JOBS: 'true', SMTP_URL: '' } });

    it('issue 14: while the main thread stands still, the mail thread delivers 200 mails', async () => {
      await threadUp(t);
      await enqueue(t, 'thread-block', 200);
      t.app.deps.outbox.kick();
      expect(holdMainThread(t, 200, 30_000), 'mails written while the main thread was held').to.equal(200);
      await mailbox.settled(t);
    });
  });

  describe('MAIL_THREAD=false: delivery on the main event loop (the comparison)', () => {
    const t = useApp({ env: { JOBS: 'true', SMTP_URL: '', MAIL_THREAD: 'false' } });

    it('issue 14: with MAIL_THREAD=false nothing is delivered while the main thread stands still, and all of it after', async () => {
      await t.app.deps.outbox.flush();
      await enqueue(t, 'main-block', 50);
      t.app.deps.outbox.kick();
      expect(holdMainThread(t, 50, 1_000)).to.equal(0);
      await mailbox.settled(t);
      const rows = await sentRows(t, 'main-block');
      expect(rows.filter((r) => r.sent_at)).to.have.length(50);
    });
  });

  describe('close()', () => {
    const sink = new LogSink();
    const t = useApp({ env: { JOBS: 'true' }, log: () => createLogger('warn', { destination: sink }) });

    it('issue 14: close() drains the mail thread — what the outbox holds is sent, then the thread ends, then the pool closes — with nothing wrong in the log', async () => {
      const outbox = t.app.deps.outbox as ThreadOutbox;
      await threadUp(t);
      const to = await enqueue(t, 'thread-close', 50);
      // No kick: close() itself must see them sent, through the thread, before the database goes.
      await t.app.close();
      expect(outbox.threadId(), 'the thread has ended').to.equal(null);
      const db = new pg.Client({ connectionString: t.app.db.url });
      await db.connect();
      try {
        const { rows } = await db.query<{ unsent: number; sent: number }>(
          `select count(*) filter (where sent_at is null)::int as unsent, count(*) filter (where sent_at is not null)::int as sent
             from outbox_mails where subject like 'thread-close %'`,
        );
        expect(rows[0]).to.deep.equal({ unsent: 0, sent: 50 });
        const { rows: conns } = await db.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        );
        expect(conns[0].n, 'no connection of the app or its thread left open').to.equal(0);
      } finally {
        await db.end();
      }
      const received = mailbox.messages.filter((m) => m.subject.startsWith('thread-close '));
      expect(received.map((m) => m.to[0]).sort()).to.deep.equal([...to].sort());
      const problems = sink.lines.filter((l) => (l.level as number) >= 40);
      expect(problems, JSON.stringify(problems)).to.deep.equal([]);
    });
  });

  describe('a refused mail, from the thread', () => {
    const sink = new LogSink();
    // Port 1 on loopback: nothing listens, the connection is refused.
    const t = useApp({
      env: { JOBS: 'true', SMTP_URL: 'smtp://127.0.0.1:1' },
      log: () => createLogger('warn', { destination: sink }),
    });

    it('issue 14: a mail the SMTP server refuses is retried later as before (attempt counted, error kept, backed off), and the thread’s log line reaches the process log, redacted', async () => {
      await enqueue(t, 'thread-refused', 1);
      expect(await t.app.deps.outbox.flush(), 'nothing sent').to.equal(0);
      const [row] = await t.app.db.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ attempts: number; sent_at: Date | null; last_error: string | null; backoff_s: number }>>(
          `select attempts, sent_at, last_error, extract(epoch from leased_until - now())::int as backoff_s
             from outbox_mails where subject = 'thread-refused 0'`,
        );
      expect(row.attempts).to.equal(1);
      expect(row.sent_at).to.equal(null);
      expect(row.last_error).to.match(/ECONNREFUSED/);
      expect(row.backoff_s, 'retried after 30 s × the attempt').to.be.within(20, 31);
      const line = sink.lines.find((l) => l.msg === 'mail failed; will retry');
      expect(line, JSON.stringify(sink.lines)).to.not.equal(undefined);
      expect(line!.level).to.equal(50);
      expect(line!.to, 'the recipient is redacted, as on the main thread').to.equal('[redacted]');
      expect((line!.err as { code?: string }).code, 'the error’s code crossed').to.be.oneOf([
        'ESOCKET',
        'ECONNREFUSED',
      ]);
      // Left for the next run: the close() below must not send it, nor hang on it.
      await t.app.db.orm.em
        .fork()
        .getConnection()
        .execute(`update outbox_mails set sent_at = now() where subject = 'thread-refused 0'`);
    });
  });

  describe('a mail thread that dies', () => {
    it('issue 14: is reported in the log, fails the flush waiting on it, and is not started again at every kick', async () => {
      const sink = new LogSink();
      let started = 0;
      const outbox = outboxOnThread({
        spawn: () => {
          started++;
          return new Worker(`throw new Error('the mail thread could not start')`, { eval: true });
        },
        log: createLogger('warn', { destination: sink }),
        clock: systemClock,
        pending: async () => true,
      });
      let failure = '';
      await outbox.flush().catch((e: Error) => (failure = e.message));
      expect(failure).to.match(/could not start/);
      for (let i = 0; i < 100; i++) outbox.kick();
      await new Promise((r) => setTimeout(r, 50));
      expect(started, 'one start: kicks during the restart delay wait').to.equal(1);
      expect(outbox.threadId()).to.equal(null);
      const lines = sink.lines.filter(
        (l) => l.msg === 'mail thread failed; mail waits in the outbox until it is started again',
      );
      expect(lines).to.have.length(1);
      await outbox.stop();
    });
  });
});
