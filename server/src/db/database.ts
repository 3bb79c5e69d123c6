import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import { ensureDatabase } from './admin';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { ormConfig } from './orm-config';
import { watchSecondConnections } from './transactions';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'billetterie';

/** The advisory lock processes starting together take in turn to apply the migrations (any constant of our own). */
const MIGRATIONS_LOCK = 7_346_201_914;

/**
 * Applies the pending migrations, one process at a time: several processes starting together on a new version would
 * otherwise run the same migration at once and all but one fail (docs/deployment.md). The lock is held by a session
 * of its own and goes with it, even when the process dies; the next process then finds nothing pending.
 */
async function migrateOnce(url: string, orm: MikroORM) {
  const lock = new Client({ connectionString: url, application_name: 'billetterie-migrations' });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATIONS_LOCK]);
    return await orm.getMigrator().up();
  } finally {
    await lock.end().catch(() => undefined);
  }
}

/**
 * DATABASE_URL when set (any PostgreSQL ≥ 14); otherwise a real PostgreSQL embedded under DATA_DIR.
 * Pending migrations are applied before anything else uses the database.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPgPort,
      log,
    });
    url = embedded.urlFor(EMBEDDED_DATABASE_NAME);
  }
  try {
    await ensureDatabase(url);
    const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: config.databasePoolMax } }));
    const applied = await migrateOnce(url, orm);
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    watchSecondConnections(orm.em, (statement) =>
      log.error({ statement }, 'a query took a second pool connection inside a transaction (SEC2)'),
    );
    return {
      orm,
      url,
      embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}
