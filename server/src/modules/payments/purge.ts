import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';

/** Rows per transaction: short transactions, never a long lock on the table (SEC2). */
const BATCH = 500;

/**
 * PY5, SEC2: the periodic job deletes what /webhooks/* received and nothing proved — never verified (PENDING or
 * INVALID), matched to no booking or attempt — once older than the retention, with the records of its verification.
 * Verified messages and anything matched stay forever; the table's trigger refuses any other delete.
 */
export async function purgeUnprovenMessages(
  deps: Pick<AppDeps, 'clock' | 'config'>,
  em: EntityManager,
): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - deps.config.payments.unprovenRetentionDays * 24 * 3600_000);
  let purged = 0;
  for (;;) {
    const n = await em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const rows = await conn.execute<Array<{ id: string }>>(
        `select id from payment_messages
          where kind in ('IPN', 'LYDIA_CALLBACK') and verification in ('PENDING', 'INVALID') and booking_id is null and attempt_id is null and created_at < ?
          order by created_at limit ? for update skip locked`,
        [before, BATCH],
        'all',
        ctx,
      );
      if (!rows.length) return 0;
      const ids = `{${rows.map((r) => r.id).join(',')}}`; // one array parameter (uuids read from the table)
      // Their verification records first: they point at them.
      await conn.execute(`delete from payment_messages where message_id = any(?::uuid[])`, [ids], 'run', ctx);
      await conn.execute(`delete from payment_messages where id = any(?::uuid[])`, [ids], 'run', ctx);
      return rows.length;
    });
    purged += n;
    if (n < BATCH) return purged;
  }
}
