// Issue 14: the mail thread's entry point (see outboxOnThread in modules/jobs/outbox-thread.ts). It delivers the
// outbox with the one implementation (createOutbox) on its own small pool: claiming rows, the tickets to attach
// (stored, or drawn and stored as a download would), the SMTP conversation — none of it on the event loop that
// answers requests. Bundled beside main.js as mail-worker.js (scripts/build.mjs).
import 'reflect-metadata';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { configFromThread, type ThreadConfig } from './core/config';
import { ormConfig } from './db/orm-config';
import { loadSecretBox } from './crypto/secret-box';
import { TicketSigner } from './crypto/ticket-signer';
import { serveOutbox, threadClock, threadLogger } from './modules/jobs';
import { createMailer, createOutbox, type MailAttachment } from './modules/mail';
import { storageFor, type Storage } from './modules/storage';

/** What the host starts the thread with (app.ts, when MAIL_THREAD is on). */
export interface MailThreadData {
  config: ThreadConfig;
  databaseUrl: string;
  /** The process logger's level: calls below it are not even posted. */
  logLevel: string;
  shared: SharedArrayBuffer;
}

/** Connections of the thread's own pool: one for the outbox's statements, one for a ticket drawn and kept meanwhile. */
const MAIL_POOL_MAX = 2;

if (isMainThread || !parentPort) throw new Error('mail-worker runs only as a worker thread');
const port = parentPort;
const data = workerData as MailThreadData;
const config = configFromThread(data.config);
const log = threadLogger(port, data.logLevel);

/**
 * Attaching tickets (TT2) with what a download uses: the stored ticket, or one drawn now and stored. The drawing code
 * (the documents module, sharp, the PDF writer) is loaded at the first mail that carries a ticket: most mail has
 * none, and loading it is about a third of the thread's start.
 */
function ticketAttachments(fork: () => EntityManager, storage: Storage) {
  let ready: Promise<(bookingId: string) => Promise<MailAttachment | null>> | null = null;
  const load = async () => {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use; a dynamic import() would not go
       through tsx's hook in a thread run from the sources, and esbuild bundles a require() as it does an import. */
    const { ticketAttachment } = require('./modules/documents') as typeof import('./modules/documents');
    const { TicketRenderer } = require('./render/ticket-renderer') as typeof import('./render/ticket-renderer');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const deps = {
      log,
      clock: threadClock(data.shared),
      storage,
      signer: new TicketSigner(fork, await loadSecretBox(config, log)),
      renderer: new TicketRenderer(),
    };
    return (bookingId: string) => ticketAttachment(deps, fork(), bookingId);
  };
  return async (bookingId: string) => {
    ready ??= load().catch((e: unknown) => {
      ready = null;
      throw e;
    });
    return (await ready)(bookingId);
  };
}

/** CL1: the booking's calendar file next to its ticket (the calendar module is loaded at the first one, as above). */
function calendarAttachments(fork: () => EntityManager) {
  return (bookingId: string) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, like the documents module
    const { bookingCalendarAttachment } = require('./modules/calendar') as typeof import('./modules/calendar');
    return bookingCalendarAttachment(fork(), bookingId, config.publicUrl, threadClock(data.shared).now());
  };
}

async function start() {
  const storage = await storageFor(config, { log });
  const orm = await MikroORM.init(ormConfig(data.databaseUrl, { pool: { min: 0, max: MAIL_POOL_MAX } }));
  const fork = () => orm.em.fork();
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: path.join(config.dataDir, 'outbox'),
    log,
  });
  const outbox = createOutbox({
    fork,
    mailer,
    log,
    ticketAttachment: ticketAttachments(fork, storage),
    calendarAttachment: calendarAttachments(fork),
    mailingsPerMinute: config.mailingsPerMinute,
  });
  return {
    outbox,
    async close() {
      mailer.close();
      await orm.close(true);
      storage.close();
    },
  };
}

serveOutbox(port, data.shared, start());
