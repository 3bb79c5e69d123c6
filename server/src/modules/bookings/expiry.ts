import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import * as transitions from './transitions';

const BATCH = 500;

/**
 * BK10: pre-reservations unpaid past their deadline expire (transitions.expireDue), a batch per transaction; each
 * holder is mailed through the outbox. Runs from the job queue; safe to run concurrently (the conditional UPDATE
 * claims each booking once).
 */
export async function expirePreReservations(
  deps: Pick<AppDeps, 'clock' | 'config' | 'outbox'>,
  em: EntityManager,
): Promise<number> {
  let total = 0;
  for (;;) {
    const now = deps.clock.now();
    const by = {
      ctx: { viewer: null, requestId: 'job:expire-pre-reservations' },
      now,
      publicUrl: deps.config.publicUrl,
    };
    const n = await em.transactional((tx) => transitions.expireDue(tx, by, BATCH));
    total += n;
    if (n < BATCH) break;
  }
  if (total) deps.outbox.kick();
  return total;
}
