// Mocha global fixtures (loaded with --require): one database server, one migrated and seeded template, one SMTP sink.
import { startApp } from '../../server/src/app';
import { withDatabase, ensureDatabase } from '../../server/src/db/admin';
import { loadConfig } from '../../server/src/core/config';
import { createLogger } from '../../server/src/core/logger';
import { startTestDatabase, stopTestDatabase, templateName } from './database';
import { mailbox } from './mailbox';
import { testEnv } from './env';

export async function mochaGlobalSetup() {
  const adminUrl = await startTestDatabase();
  const url = withDatabase(adminUrl, templateName());
  await ensureDatabase(url);
  // Migrate and seed the template through the real start-up path, then close every connection to it.
  const app = await startApp(
    loadConfig({ ...testEnv(), DATABASE_URL: url, SEED_DEMO: 'true', SEED_DEMO_EVENTS: 'false', SMTP_URL: '' }),
    {
      log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    },
  );
  await app.close();
  await mailbox.start();
}

export async function mochaGlobalTeardown() {
  await mailbox.stop();
  await stopTestDatabase();
}
