import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createDatabaseFromTemplate, dropDatabase, withAdminClient, withDatabase } from '../../server/src/db/admin';
import { isProcessAlive, startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded';
import { createLogger } from '../../server/src/core/logger';

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server when set, else an embedded one under .data/.
 * A template database is migrated (and seeded with the demo data) once; each test file gets a fresh clone.
 */
export const REPO_ROOT = path.resolve(__dirname, '../..');
const TEMPLATE = `billetterie_tpl_${process.pid}`;

let embedded: EmbeddedDatabase | undefined;
let adminUrl: string | undefined;

export async function startTestDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    embedded = await startEmbeddedPostgres({
      dir: path.join(REPO_ROOT, '.data', 'test-postgres'),
      port: 0,
      log: createLogger('warn'),
    });
    adminUrl = embedded.adminUrl;
  }
  // Databases left by an earlier run that was killed.
  await withAdminClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `select datname from pg_database where datname ~ '^billetterie_(tpl|t)_'`,
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split('_')[2]);
      if (pid !== process.pid && !isProcessAlive(pid))
        await c.query(`drop database if exists "${datname}" with (force)`);
    }
  });
  return adminUrl;
}

export const templateName = () => TEMPLATE;
export const testAdminUrl = () => {
  if (!adminUrl) throw new Error('test database not started (mocha global setup)');
  return adminUrl;
};

/** A fresh database cloned from the migrated template; returns its URL and a drop function. */
export async function cloneTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `billetterie_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await createDatabaseFromTemplate(testAdminUrl(), name, TEMPLATE);
  return { url: withDatabase(testAdminUrl(), name), drop: () => dropDatabase(testAdminUrl(), name) };
}

export async function stopTestDatabase(): Promise<void> {
  if (adminUrl) await dropDatabase(adminUrl, TEMPLATE).catch(() => undefined);
  await embedded?.stop();
}
