import path from 'node:path';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities';

/** One place that knows how the ORM is configured; used by the server, the CLI and the tests. */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}) {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Under tsx the sources are .ts: without this the migrator looks in dist/ and silently applies nothing.
    preferTs: __filename.endsWith('.ts'),
    migrations: {
      path: path.join(__dirname, 'migrations'),
      pathTs: path.join(__dirname, 'migrations'),
      // No snapshot: the migrator would rewrite it into the source tree after every start that applies a
      // migration. `migration:create` diffs against the database given by DATABASE_URL instead.
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: true,
    },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    ...overrides,
  });
}
