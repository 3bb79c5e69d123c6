import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './core/config';
import { createLogger } from './core/logger';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee README.md, "Environment variables".\n`);
      process.exit(2);
    }
    throw e;
  }
  // The development outbox's convenience (links in the log) never reaches a production log (SEC3).
  const log = createLogger(config.logLevel, { mailDetails: config.env !== 'production' });
  const app = await startApp(config, { log });
  const publicUrl = config.publicUrl;
  const lines = [
    '',
    `Billetterie is running (database: ${app.db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'})`,
    `  Portal   ${publicUrl}/`,
    `  Console  ${publicUrl}/console`,
    `  GraphQL  ${publicUrl}/graphql`,
    `  Health   ${publicUrl}/healthz`,
    `  Mail     ${config.smtpUrl ? `SMTP ${new URL(config.smtpUrl).host}` : `written to ${config.dataDir}/outbox (links also in this log)`}`,
  ];
  if (config.payments.simulators) {
    lines.push(
      `  Payments PayPal and Lydia simulators at ${publicUrl}/simulators (Lydia login: 0601020304 / lydia-demo)`,
    );
  }
  if (app.demoLogins.length) {
    lines.push('  Demo logins (password for all: see below)');
    for (const l of app.demoLogins) lines.push(`    ${l.email.padEnd(34)} ${l.role}`);
    lines.push(`    password: ${app.demoLogins[0].password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took more than 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    try {
      await app.close();
      clearTimeout(force);
      log.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(
    `Billetterie failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
