import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { asLocale } from '../../core/i18n';
import { parisDateTime } from '../../core/time';
import { wokenWorker } from '../jobs';
import { enqueueMail, mails } from '../mail';
import { endEntry, offerFreePlaces } from './waiting-list.service';
import { WaitingListStatus } from './waiting-list.types';

/** The channel `waiting_list_offer` NOTIFYs at the commit of a transaction that offered places. */
export const WAITING_LIST_CHANNEL = 'waiting_list';

const BATCH = 200;

type SweepDeps = Pick<AppDeps, 'clock' | 'config' | 'outbox'>;

interface MailRow {
  id: string;
  event_id: string;
  email: string;
  first_name: string;
  language: string | null;
  event_name: string;
  ticket_name: string;
  offer_expires_at: Date;
}

const MAIL_COLUMNS = `w.id, w.event_id, u.email, u.first_name, u.language, e.name as event_name, t.name as ticket_name,
       w.offer_expires_at`;
const MAIL_JOINS = `join users u on u.id = w.user_id join events e on e.id = w.event_id join tickets t on t.id = w.ticket_id`;

/**
 * WL2: offers not booked in time lapse: each in its own transaction, its held place is given back (in the lock order)
 * and offered to the next person; the person is mailed that it lapsed.
 */
export async function lapseOffers(deps: SweepDeps, em: EntityManager): Promise<number> {
  const now = deps.clock.now();
  const due = await em
    .getConnection()
    .execute<Array<{ id: string }>>(
      `select id from waiting_list_entries where status = 'OFFERED' and offer_expires_at <= ? order by offer_expires_at limit ?`,
      [now, BATCH],
      'all',
    );
  let lapsed = 0;
  for (const { id } of due) {
    await em.transactional(async (tx) => {
      const [row] = await tx
        .getConnection()
        .execute<MailRow[]>(
          `select ${MAIL_COLUMNS} from waiting_list_entries w ${MAIL_JOINS} where w.id = ?`,
          [id],
          'all',
          tx.getTransactionContext(),
        );
      if ((await endEntry(tx, id, WaitingListStatus.LAPSED, now)) !== WaitingListStatus.OFFERED || !row) return;
      lapsed++;
      const locale = asLocale(row.language) ?? 'fr';
      await enqueueMail(
        tx,
        mails.waitingListLapsed(
          row.email,
          locale,
          { firstName: row.first_name, eventName: row.event_name, ticketName: row.ticket_name },
          `${deps.config.publicUrl}/events/${row.event_id}`,
        ),
      );
    });
  }
  return lapsed;
}

/** WL1: offers held by people who booked the event otherwise meanwhile end (LEFT), their places passed on. */
export async function endBookedOffers(deps: SweepDeps, em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `select w.id from waiting_list_entries w
      where w.status = 'OFFERED' and w.guest_email is null
        and exists (select 1 from bookings b where b.event_id = w.event_id and b.holder_id = w.user_id
                     and b.sponsor_id is null and b.status in ('PRE_RESERVED', 'RESERVED'))
      limit ?`,
    [BATCH],
    'all',
  );
  for (const { id } of rows) await em.transactional((tx) => endEntry(tx, id, WaitingListStatus.LEFT, deps.clock.now()));
  return rows.length;
}

/** WL2: places left free by a busy lock (or freed while nobody could take the list's turn) are offered again. */
export async function retryOffers(deps: SweepDeps, em: EntityManager): Promise<number> {
  const events = await em
    .getConnection()
    .execute<Array<{ event_id: string }>>(
      `select distinct event_id from waiting_list_entries where status = 'WAITING'`,
      [],
      'all',
    );
  let offered = 0;
  for (const { event_id: eventId } of events)
    offered += await em.transactional((tx) => offerFreePlaces(tx, eventId, deps.clock.now()));
  return offered;
}

/**
 * WL2: each offer's mail, once (`offer_mailed_at` is set in the transaction that queues it), in its person's language,
 * with the link to the event's page and the deadline.
 */
export async function mailOffers(deps: SweepDeps, em: EntityManager): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const rows = await conn.execute<MailRow[]>(
        `select ${MAIL_COLUMNS} from waiting_list_entries w ${MAIL_JOINS}
          where w.status = 'OFFERED' and w.offer_mailed_at is null
          order by w.offered_at limit ? for update of w skip locked`,
        [BATCH],
        'all',
        tx.getTransactionContext(),
      );
      for (const r of rows) {
        const locale = asLocale(r.language) ?? 'fr';
        await enqueueMail(
          tx,
          mails.waitingListOffer(
            r.email,
            locale,
            {
              firstName: r.first_name,
              eventName: r.event_name,
              ticketName: r.ticket_name,
              expiresAt: parisDateTime(new Date(r.offer_expires_at), locale),
            },
            `${deps.config.publicUrl}/events/${r.event_id}`,
          ),
        );
      }
      if (rows.length)
        await conn.execute(
          `update waiting_list_entries set offer_mailed_at = ? where id = any(?::uuid[])`,
          [deps.clock.now(), `{${rows.map((r) => r.id).join(',')}}`],
          'run',
          tx.getTransactionContext(),
        );
      return rows.length;
    });
    total += n;
    if (n < BATCH) break;
  }
  return total;
}

/** The recurring job: lapsed offers, offers left to retry, then their mails. */
export async function sweepWaitingList(deps: SweepDeps, em: EntityManager) {
  const lapsed = await lapseOffers(deps, em);
  const left = await endBookedOffers(deps, em);
  const offered = await retryOffers(deps, em);
  const mailed = await mailOffers(deps, em);
  if (lapsed || mailed) deps.outbox.kick();
  return { lapsed, left, offered, mailed };
}

export interface WaitingListWorker {
  /** Runs a sweep now (joins one under way, and runs again after it if asked meanwhile). */
  run(): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * On a process running jobs: the offer mails leave as soon as a commit made offers (NOTIFY), and the sweep runs on
 * each notification and each minute's job.
 */
export function startWaitingList(opts: {
  deps: SweepDeps & Pick<AppDeps, 'log'>;
  fork: () => EntityManager;
  databaseUrl: string;
}): WaitingListWorker {
  return wokenWorker({
    databaseUrl: opts.databaseUrl,
    channel: WAITING_LIST_CHANNEL,
    log: opts.deps.log,
    failure: 'waiting list: sweep failed',
    task: () => sweepWaitingList(opts.deps, opts.fork()) as Promise<unknown>,
  });
}
