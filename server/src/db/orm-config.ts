import path from 'node:path';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities';
import { NoQueryLogger } from './orm-logger';
import { AppEntityManager } from './transactions';

/** SEC2: how long a query waits for a pool connection before the request ends in BUSY (not knex's 60 s). */
export const POOL_ACQUIRE_TIMEOUT_MS = 5000;

/** One place that knows how the ORM is configured; used by the server, the CLI and the tests. */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}) {
  return defineConfig({
    clientUrl,
    entities,
    // Every em.transactional goes through the admission gate and sets its lock and statement timeouts (SEC2).
    entityManager: AppEntityManager,
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
    schemaGenerator: {
      // Tables used only through SQL, with no entity (the mail outbox, written in the caller's transaction; the
      // ticket signing keys; the stored ticket renders and their queue, kept by triggers; the links of tickets to
      // quotas, CP1, read by the places trigger and modules/tickets/quotas.service.ts; NT1's notifications, written and
      // read by modules/notifications; the waiting list, WL1–WL3, read and written by its SQL functions and modules/waiting-list): without this, the schema diff and `migration:create` would offer to drop them.
      skipTables: [
        'outbox_mails',
        'ticket_signing_keys',
        'ticket_renders',
        'ticket_render_queue',
        'ticket_quotas',
        'notifications',
        'waiting_list_entries',
      ],
    },
    forceUtcTimezone: true,
    debug: false,
    loggerFactory: (options) => new NoQueryLogger(options), // never a statement in a log (SEC3)
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    driverOptions: { acquireConnectionTimeout: POOL_ACQUIRE_TIMEOUT_MS },
    ...overrides,
  });
}
