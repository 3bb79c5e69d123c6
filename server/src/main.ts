import 'reflect-metadata';
import { SHUTDOWN_BUDGET_MS, startApp } from './app';
import { ConfigError, loadConfig } from './core/config';
import { createLogger } from './core/logger';
import { hasNoPlatformAdmin } from './modules/accounts';

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
    `  Open     ${publicUrl}/  (the canonical address, PUBLIC_URL${config.canonicalHostRedirect ? ': other host names are redirected to it' : ''})`,
    `  Portal   ${publicUrl}/`,
    `  Console  ${publicUrl}/console`,
    `  GraphQL  ${publicUrl}/graphql`,
    `  Health   ${publicUrl}/healthz`,
    `  Mail     ${config.smtpUrl ? `SMTP ${new URL(config.smtpUrl).host}` : `written to ${config.dataDir}/outbox (links also in this log)`}`,
    // The bucket and where it is, never the credentials (SEC3).
    `  Files    ${config.storage.kind === 's3' ? `S3 bucket ${config.storage.bucket}${config.storage.prefix ? `/${config.storage.prefix}` : ''} (${config.storage.endpoint ? new URL(config.storage.endpoint).host : `AWS ${config.storage.region}`})` : `${config.dataDir}/files`}`,
  ];
  if (config.payments.simulators) {
    lines.push(
      `  Payments PayPal and Lydia simulators at ${publicUrl}/simulators (Lydia login: 0601020304 / lydia-demo)`,
    );
  }
  if (config.oidc?.simulator) {
    lines.push(`  School sign-in: local identity provider at ${config.oidc.issuer} (pick a school person there)`);
  } else if (config.oidc) {
    lines.push(`  School sign-in: ${config.oidc.issuer}`);
  }
  if (app.demoLogins.length) {
    lines.push('  Demo logins (password for all: see below)');
    for (const l of app.demoLogins) lines.push(`    ${l.email.padEnd(34)} ${l.role}`);
    lines.push(`    password: ${app.demoLogins[0].password}`);
  }
  // Issue 13: a fresh installation says how to get in (printed at every start while nobody is platform admin).
  if (await hasNoPlatformAdmin(app.db.orm.em.fork())) {
    lines.push(
      '',
      '  No platform admin yet. To become one: sign up in the portal (or import your school account), then run',
      '    npm run admin -- grant <your email>',
      `  (with the same DATA_DIR or DATABASE_URL as this server) and sign in to ${publicUrl}/console.`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const budget = config.drainGraceMs + SHUTDOWN_BUDGET_MS;
    const force = setTimeout(() => {
      log.error({ ms: budget }, 'shutdown took too long; exiting');
      process.exit(1);
    }, budget).unref();
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
