import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppDeps } from './app-context';
import type { Config } from './core/config';
import { openDatabase, type Database } from './db/database';
import { seedDemo, type DemoLogin } from './demo/demo';
import { seedDemoEvents } from './demo/demo-events';
import { createApollo } from './api/apollo';
import { createHttpApp } from './http/app';
import { createLogger, type Logger } from './core/logger';
import { setPasswordHashCost } from './modules/accounts';
import { systemClock, type Clock } from './core/clock';
import { expirePreReservations } from './modules/bookings';
import { startJobs } from './modules/jobs';
import { createMailer, createOutbox } from './modules/mail';
import { localStorage } from './modules/storage';
import { checkPendingLydiaRequests, purgeUnprovenMessages, verifyPendingIpns } from './modules/payments';
import { ticketAttachment } from './modules/documents';
import { expireExports, runQueuedExports } from './modules/exports';
import { answerClientError } from './http/client-error';
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

/** Boots everything in order — database, migrations, demo data, GraphQL, HTTP — and returns a handle to stop it. */
export async function startApp(config: Config, opts: { log?: Logger; clock?: Clock } = {}): Promise<RunningApp> {
  const log = opts.log ?? createLogger(config.logLevel);
  setPasswordHashCost(config.passwordHashCost);
  const db = await openDatabase(config, log);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: path.join(config.dataDir, 'outbox'),
    log,
  });
  // The reservation mail carries the ticket, rendered at send time (TT2); `deps` exists by the time mail is sent.
  const outbox = createOutbox({
    fork: () => db.orm.em.fork(),
    mailer,
    log,
    ticketAttachment: (id) => ticketAttachment(deps, db.orm.em.fork(), id),
  });
  const secrets = await loadSecretBox(config, log);
  const deps: AppDeps = {
    config,
    log,
    mailer,
    outbox,
    storage: localStorage(path.join(config.dataDir, 'files')),
    secrets,
    signer: new TicketSigner(() => db.orm.em.fork(), secrets),
    renderer: new TicketRenderer(),
    clock: opts.clock ?? systemClock,
    jobs: null,
  };
  try {
    const demoLogins = config.seedDemo ? await seedDemo(db.orm.em.fork(), log) : [];
    if (config.seedDemo && config.seedDemoEvents)
      await seedDemoEvents(db.orm.em.fork(), log, config.payments.simulators ? deps : undefined);
    if (config.jobs) {
      deps.jobs = await startJobs({
        databaseUrl: db.url,
        log,
        jobs: [
          {
            name: 'expire-pre-reservations',
            cron: '* * * * *',
            run: () => expirePreReservations(deps, db.orm.em.fork()),
          },
          { name: 'mail-outbox', cron: '* * * * *', run: () => outbox.flush() },
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
        ],
      });
      outbox.kick(); // what a previous process left unsent
    }
    const httpServer = http.createServer();
    const apollo = await createApollo(config, log, httpServer);
    const app = await createHttpApp(deps, db.orm, apollo);
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
      close: () =>
        (closing ??= (async () => {
          await apollo.stop(); // stops accepting, drains in-flight requests (drain plugin), closes idle sockets
          log.debug('http stopped');
          httpServer.closeAllConnections();
          await deps.jobs?.stop();
          await outbox.flush().catch((err) => log.error({ err }, 'mail outbox flush at shutdown failed'));
          mailer.close();
          log.debug('mail drained');
          await db.close();
          log.debug('database closed');
        })()),
    };
  } catch (e) {
    await deps.jobs?.stop();
    mailer.close();
    await db.close();
    throw e;
  }
}
