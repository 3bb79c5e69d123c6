import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppDeps } from './app-context';
import { configForThread, type Config } from './core/config';
import { startThread } from './core/threads';
import { openDatabase, type Database } from './db/database';
import { seedDemo, type DemoLogin } from './demo/demo';
import { seedDemoEvents } from './demo/demo-events';
import { createApollo } from './api/apollo';
import { createHttpApp } from './http/app';
import { createLogger, type Logger } from './core/logger';
import { setPasswordHashCost } from './modules/accounts';
import { systemClock, type Clock } from './core/clock';
import { expirePreReservations } from './modules/bookings';
import { remindExpiring } from './modules/notifications';
import { startWaitingList, type WaitingListWorker } from './modules/waiting-list';
import {
  createHandOff,
  JOBS_STOP_TIMEOUT_MS,
  outboxOnThread,
  startJobs,
  WORKER_APPLICATION_NAME,
} from './modules/jobs';
import { createMailer, createOutbox, hasPendingMail, postponedWhile } from './modules/mail';
import type { MailThreadData } from './mail-worker';
import { storageFor } from './modules/storage';
import { checkPendingLydiaRequests, purgeUnprovenMessages, verifyPendingIpns } from './modules/payments';
import { startTicketRenders, ticketAttachment, type TicketRenders } from './modules/documents';
import { bookingCalendarAttachment } from './modules/calendar';
import { expireExports, runQueuedExports } from './modules/exports';
import { answerClientError } from './http/client-error';
import { InFlight } from './http/in-flight';
import { Readiness } from './http/readiness';
import { bookLaneGateOf, mutationGateOf, poolStats } from './db/transactions';
import { loadSecretBox } from './crypto/secret-box';
import { TicketSigner } from './crypto/ticket-signer';
import { TicketRenderer } from './render/ticket-renderer';

export interface RunningApp {
  url: string;
  port: number;
  db: Database;
  deps: AppDeps;
  demoLogins: DemoLogin[];
  close(): Promise<void>;
}

/**
 * How long `close` lets in-flight requests finish (their GraphQL operations too, even when the client hung up)
 * before cutting their connections. Then come the job runner (a running job finishes, up to JOBS_STOP_TIMEOUT_MS),
 * the mail and the database: SHUTDOWN_BUDGET_MS bounds the whole (after DRAIN_GRACE_MS, the time a process stays
 * not ready but serving), and main.ts exits after it whatever happens.
 */
export const HTTP_DRAIN_TIMEOUT_MS = 10_000;
/** What is left after the drain for work still holding a database connection (a mail sent after a commit). */
const POOL_IDLE_WAIT_MS = 2_000;
export const SHUTDOWN_BUDGET_MS = HTTP_DRAIN_TIMEOUT_MS + JOBS_STOP_TIMEOUT_MS + POOL_IDLE_WAIT_MS + 5_000;

/** Resolves when no database connection is in use or awaited, or after `ms`. */
async function poolIdle(db: Database, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    const { used, waiting } = poolStats(db.orm.em);
    if (!used && !waiting) return true;
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Boots everything in order — database, migrations, demo data, GraphQL, HTTP — and returns a handle to stop it. */
export async function startApp(
  config: Config,
  opts: { log?: Logger; clock?: Clock; drainTimeoutMs?: number } = {},
): Promise<RunningApp> {
  const drainMs = opts.drainTimeoutMs ?? HTTP_DRAIN_TIMEOUT_MS;
  const log = opts.log ?? createLogger(config.logLevel);
  setPasswordHashCost(config.passwordHashCost);
  // Files (covers, logos, templates, answers' files, tickets, exports): the local disk or an S3-compatible bucket.
  const storage = await storageFor(config, { log });
  const db = await openDatabase(config, log);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: path.join(config.dataDir, 'outbox'),
    log,
  });
  // A process without workers (JOBS=false, a web process) has the mail and the exports its requests leave behind done
  // by a worker process when one is connected to the database, and does them itself when none is (docs/deployment.md).
  const handOff = config.jobs
    ? null
    : createHandOff({
        databaseUrl: db.url,
        log,
        workersConnected: async () => {
          const [row] = await db.orm.em
            .getConnection()
            .execute<Array<{ up: boolean }>>(
              `select exists (select 1 from pg_stat_activity where datname = current_database() and application_name = ?) as up`,
              [WORKER_APPLICATION_NAME],
            );
          return row.up;
        },
      });
  const handOffMail = handOff ? () => handOff.trigger('mail-outbox') : undefined;
  const clock = opts.clock ?? systemClock;
  // Issue 14: the mail this process sends goes from a thread of its own (MAIL_THREAD, mail-worker.ts), started at the
  // first kick; or, with MAIL_THREAD=false, from this event loop. The reservation mail carries the ticket (TT2).
  const mailOutbox = config.mailThread
    ? outboxOnThread({
        spawn: (shared) =>
          startThread(
            { name: 'mail-worker', source: path.join(__dirname, 'mail-worker.ts') },
            {
              workerData: {
                config: configForThread(config),
                databaseUrl: db.url,
                logLevel: log.level,
                shared,
              } satisfies MailThreadData,
            },
          ),
        log,
        clock,
        handOff: handOffMail,
        pending: () => hasPendingMail(db.orm.em.fork()),
      })
    : createOutbox({
        fork: () => db.orm.em.fork(),
        mailer,
        log,
        // `deps` exists by the time mail is sent.
        ticketAttachment: (id) => ticketAttachment(deps, db.orm.em.fork(), id),
        calendarAttachment: (id) => bookingCalendarAttachment(db.orm.em.fork(), id, config.publicUrl, clock.now()),
        handOff: handOffMail,
        mailingsPerMinute: config.mailingsPerMinute,
      });
  // SEC2: the mail a burst of bookings leaves waits in the outbox until the burst is answered (at most 10 s).
  const mutations = mutationGateOf(db.orm.em);
  const bookLane = bookLaneGateOf(db.orm.em);
  const postponed = postponedWhile(mailOutbox.kick, () => mutations.stats.waiting > 0 || bookLane.stats.waiting > 0);
  const outbox = {
    ...mailOutbox,
    kick: postponed.kick,
    stop: () => {
      postponed.cancel();
      return mailOutbox.stop();
    },
  };
  const secrets = await loadSecretBox(config, log);
  const deps: AppDeps = {
    config,
    log,
    mailer,
    outbox,
    storage,
    secrets,
    signer: new TicketSigner(() => db.orm.em.fork(), secrets),
    renderer: new TicketRenderer(),
    clock,
    jobs: null,
    handOff,
  };
  let ticketRenders: TicketRenders | null = null;
  let waitingList: WaitingListWorker | null = null;
  try {
    const demoLogins = config.seedDemo ? await seedDemo(db.orm.em.fork(), log) : [];
    if (config.seedDemo && config.seedDemoEvents)
      await seedDemoEvents(db.orm.em.fork(), log, config.payments.simulators ? deps : undefined);
    if (config.jobs) {
      // Issue 14: reservations' tickets rendered in the background as soon as a commit queues them (NOTIFY).
      ticketRenders = startTicketRenders({ deps, fork: () => db.orm.em.fork(), databaseUrl: db.url });
      const renders = ticketRenders;
      // WL2: offer mails as soon as a commit made offers (NOTIFY); lapsed offers and busy retries each minute.
      waitingList = startWaitingList({ deps, fork: () => db.orm.em.fork(), databaseUrl: db.url });
      const list = waitingList;
      deps.jobs = await startJobs({
        databaseUrl: db.url,
        log,
        jobs: [
          {
            name: 'expire-pre-reservations',
            cron: '* * * * *',
            run: () => expirePreReservations(deps, db.orm.em.fork()),
          },
          // NT1: a reminder before a pre-reservation's deadline (once per deadline).
          {
            name: 'remind-expiring',
            cron: '* * * * *',
            run: async () => {
              const n = await remindExpiring(db.orm.em.fork(), { now: clock.now(), publicUrl: config.publicUrl });
              if (n) outbox.kick();
              return n;
            },
          },
          { name: 'mail-outbox', cron: '* * * * *', run: () => outbox.flush() },
          { name: 'waiting-list', cron: '* * * * *', run: () => list.run() },
          {
            name: 'verify-paypal-messages',
            cron: '* * * * *',
            run: () => verifyPendingIpns(deps, () => db.orm.em.fork()),
          },
          {
            name: 'check-lydia-requests',
            cron: '* * * * *',
            run: () => checkPendingLydiaRequests(deps, () => db.orm.em.fork()),
          },
          {
            name: 'purge-payment-messages',
            cron: '17 4 * * *',
            run: () => purgeUnprovenMessages(deps, db.orm.em.fork()),
          },
          // EX2: queued exports (also triggered at once when one is asked for), then expired files.
          {
            name: 'exports',
            cron: '* * * * *',
            run: async () => ({
              ran: await runQueuedExports(deps, () => db.orm.em.fork()),
              expired: await expireExports(deps, db.orm.em.fork()),
            }),
          },
          // Issue 14: what a killed worker left claimed, or a notification missed.
          { name: 'render-tickets', cron: '* * * * *', run: () => renders.run() },
        ],
      });
      // What a previous process left unsent (the mail thread starts only when there is some, or at the first kick).
      outbox.flush().catch((err) => log.error({ err }, 'mail outbox flush failed'));
    }
    const httpServer = http.createServer();
    const inFlight = new InFlight();
    inFlight.trackRequests(httpServer);
    const apollo = await createApollo(config, log, httpServer, { drainMs, plugin: inFlight.apolloPlugin() });
    const readiness = new Readiness();
    const app = await createHttpApp(deps, db.orm, apollo, readiness, inFlight);
    httpServer.on('request', app);
    httpServer.on('clientError', answerClientError);
    httpServer.requestTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      // A deep accept queue: at a sale opening thousands of phones connect within a second.
      httpServer.listen({ port: config.port, host: config.host, backlog: 4096 }, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      db,
      deps,
      demoLogins,
      // In order, each step closing what the ones before no longer need: the database goes last, so no request,
      // job or mail still running when it closes ends in "aborted".
      close: () =>
        (closing ??= (async () => {
          // 0. Not ready from now on (/readyz 503), still serving new requests for DRAIN_GRACE_MS, so a proxy
          //    probing /readyz stops sending here before connections are refused.
          readiness.drain();
          if (config.drainGraceMs > 0) {
            log.info({ ms: config.drainGraceMs }, 'draining: not ready, still serving during the grace period');
            await new Promise((r) => setTimeout(r, config.drainGraceMs));
          }
          const deadline = Date.now() + drainMs;
          // 1. HTTP: stop accepting, close idle connections, let requests in flight finish (up to the drain
          //    timeout, then their connections are cut), then wait for operations whose client hung up meanwhile.
          await apollo.stop();
          if (!(await inFlight.settled(deadline - Date.now())))
            log.warn({ inFlight: inFlight.size }, 'requests still running at the drain timeout');
          httpServer.closeAllConnections();
          log.debug('http stopped');
          // 2. Jobs: no new ones; a running one finishes.
          await deps.jobs?.stop();
          await ticketRenders?.stop();
          await waitingList?.stop();
          log.debug('jobs stopped');
          // 3. Mail: what is queued is sent — handed to a worker when this process runs no jobs and one is connected
          //    (with the triggers still waiting) — then the transport closes.
          if (!(await handOff?.trigger('mail-outbox')))
            await outbox.flush().catch((err) => log.error({ err }, 'mail outbox flush at shutdown failed'));
          await handOff?.stop();
          await outbox.stop(); // the mail thread closes its transport and its pool, and ends
          mailer.close();
          await deps.renderer.close(); // the ticket render threads (mail above may still have drawn a ticket)
          log.debug('mail drained');
          // 4. The database, once nothing holds or awaits a connection (a mail sent after a commit, say).
          if (!(await poolIdle(db, POOL_IDLE_WAIT_MS)))
            log.warn({ pool: poolStats(db.orm.em) }, 'database connections still in use at shutdown');
          await db.close();
          storage.close();
          log.debug('database closed');
        })()),
    };
  } catch (e) {
    await deps.jobs?.stop();
    await handOff?.stop();
    await outbox.stop();
    await ticketRenders?.stop();
    await waitingList?.stop();
    mailer.close();
    await deps.renderer.close();
    await db.close();
    storage.close();
    throw e;
  }
}
