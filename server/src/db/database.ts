import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
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
    const applied = await orm.getMigrator().up();
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
