import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Issue 14: a hot statement sent as a named prepared statement. `em.execute` inlines the values into the SQL text, so
 * PostgreSQL parses and plans every call afresh (a large statement's planning can cost more than running it); with a
 * name, it parses and plans once per connection and then only binds and executes. `name` must be unique to `sql`.
 * Runs on the caller's transaction when there is one, like `em.execute`; knex reports it like any other ('query').
 * The statement should return a fixed row type (no `select *` at its top level): a column added by a migration while
 * the process runs would otherwise fail the cached plan ("cached plan must not change result type").
 */
export async function executePrepared<T>(
  em: EntityManager,
  name: string,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const query = em
    .getConnection()
    .getKnex()
    .raw(sql, params as Knex.RawBinding[])
    .options({ name });
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (trx) query.transacting(trx);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
