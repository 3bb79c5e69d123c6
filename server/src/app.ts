import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppDeps } from './app-context';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { seedDemo, type DemoLogin } from './db/seeders/demo';
import { createApollo } from './graphql/apollo';
import { createHttpApp } from './http/app';
import { createLogger, type Logger } from './logger';
import { setPasswordHashCost } from './modules/accounts';
import { createMailer } from './modules/mail';
import { localStorage } from './modules/storage';

export interface RunningApp {
  url: string;
  port: number;
  db: Database;
  deps: AppDeps;
  demoLogins: DemoLogin[];
  close(): Promise<void>;
}

/** Boots everything in order — database, migrations, demo data, GraphQL, HTTP — and returns a handle to stop it. */
export async function startApp(config: Config, opts: { log?: Logger } = {}): Promise<RunningApp> {
  const log = opts.log ?? createLogger(config.logLevel);
  setPasswordHashCost(config.passwordHashCost);
  const db = await openDatabase(config, log);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'outbox'), log });
  const deps: AppDeps = { config, log, mailer, storage: localStorage(path.join(config.dataDir, 'files')) };
  try {
    const demoLogins = config.seedDemo ? await seedDemo(db.orm.em.fork(), log) : [];
    const httpServer = http.createServer();
    const apollo = await createApollo(config, log, httpServer);
    const app = await createHttpApp(deps, db.orm, apollo);
    httpServer.on('request', app);
    httpServer.requestTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
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
          await mailer.drain();
          mailer.close();
          log.debug('mail drained');
          await db.close();
          log.debug('database closed');
        })()),
    };
  } catch (e) {
    mailer.close();
    await db.close();
    throw e;
  }
}
