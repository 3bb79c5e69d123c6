import { Client } from 'pg';
import { SQLSTATE } from './sqlstates';

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs statements on the cluster's maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function withAdminClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withAdminClient(url, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    // Another process starting at the same moment may create it first: fine. PostgreSQL says so as 42P04
    // (duplicate_database) or, when both inserts into pg_database race, as a unique violation on its name index.
    if (!rowCount)
      await c.query(`CREATE DATABASE ${ident(name)}`).catch((e: { code?: string; constraint?: string }) => {
        if (e.code === SQLSTATE.DUPLICATE_DATABASE) return;
        if (e.code === SQLSTATE.UNIQUE && e.constraint === 'pg_database_datname_index') return;
        throw e;
      });
  });
}

export async function createDatabaseFromTemplate(url: string, name: string, template: string): Promise<void> {
  await withAdminClient(url, (c) => c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`));
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdminClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}
