import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logger';
import type { MailAttachment, Mailer, MailMessage } from './mailer';

/** Attempts before a mail is given up (then left in the table, with its last error, for someone to look at). */
const MAX_ATTEMPTS = 10;

/**
 * Transactional outbox: a mail is written in the same transaction as the change it tells about, so it is sent
 * if and only if the change committed, even when the process dies right after. `flush` sends pending mails;
 * rows are claimed with SKIP LOCKED so several processes never send one twice.
 */
export function enqueueMail(em: EntityManager, message: MailMessage): Promise<unknown> {
  return em.execute(
    `insert into ${OUTBOX_ROW.table} (${OUTBOX_ROW.columns}) values (${OUTBOX_ROW.placeholders})`,
    OUTBOX_ROW.values(message),
    'run',
  );
}

/**
 * The outbox_mails row a message makes: its columns, the matching placeholders and the values. `enqueueMail`
 * uses it, and so does the booking hot path's one-statement insert, so the row's shape lives here only.
 */
export const OUTBOX_ROW = {
  table: 'outbox_mails',
  columns: '"to", subject, text, html, links, ticket_booking_id',
  placeholders: '?, ?, ?, ?, ?::jsonb, ?',
  values(message: MailMessage): unknown[] {
    return [
      message.to,
      message.subject,
      message.text,
      message.html ?? null,
      JSON.stringify(message.links ?? []),
      message.ticketOf ?? null,
    ];
  },
};

/** Enqueues `message` when there is one, in the caller's transaction; tells whether it did. */
export async function queueMail(em: EntityManager, message: MailMessage | null): Promise<boolean> {
  if (!message) return false;
  await enqueueMail(em, message);
  return true;
}

/** Whether any mail waits to be sent (or retried): one cheap statement, before starting anything to send it. */
export async function hasPendingMail(em: EntityManager): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<Array<{ pending: boolean }>>(
      `select exists (select 1 from outbox_mails where sent_at is null and attempts < ?) as pending`,
      [MAX_ATTEMPTS],
    );
  return row.pending;
}

export interface Outbox {
  /**
   * Has what is pending sent now, in the background (called after commits that enqueued mail): by this process, or
   * by a worker process when this one runs no jobs and one is connected (`handOff`).
   */
  kick(): void;
  /** Sends every pending mail; resolves with the number sent. Used by the recurring job and at shutdown. */
  flush(): Promise<number>;
  /** At shutdown, after the last flush: waits for the sending under way, then lets go of what sending holds. */
  stop(): Promise<void>;
}

/**
 * `kick` for an outbox whose pending mail `deliver` sends in the background: handed to a worker process instead when
 * `handOff` says one took it (a process with JOBS=false).
 */
export function kicker(deliver: () => Promise<unknown>, log: Logger, handOff?: () => Promise<boolean>): () => void {
  return () => {
    (handOff ? handOff().then((queued) => (queued ? 0 : deliver())) : deliver()).catch((err) =>
      log.error({ err }, 'mail outbox flush failed'),
    );
  };
}

export function createOutbox(opts: {
  fork: () => EntityManager;
  mailer: Mailer;
  log: Logger;
  ticketAttachment?: (bookingId: string) => Promise<MailAttachment | null>;
  /**
   * On a process without workers (JOBS=false): asks a worker process to send (resolves true), or false when no
   * worker is connected, and `kick` then sends here. Unset: `kick` sends here.
   */
  handOff?: () => Promise<boolean>;
}): Outbox {
  let running: Promise<number> | null = null;
  let again = false;

  /**
   * Leases a batch (one short statement; SKIP LOCKED and the lease keep other processes off it), sends it with
   * no transaction open, then records each outcome. A process dying mid-batch leaves leases that expire, and
   * the mails go again: at least once, never lost.
   */
  async function batch(): Promise<number> {
    const conn = opts.fork().getConnection();
    const rows = await conn.execute<
      Array<{
        id: string;
        to: string;
        subject: string;
        text: string;
        html: string | null;
        links: string[];
        attempts: number;
        ticket_booking_id: string | null;
      }>
    >(
      `update outbox_mails set leased_until = now() + interval '2 minutes', attempts = attempts + 1
        where id in (select id from outbox_mails
                      where sent_at is null and attempts < ? and (leased_until is null or leased_until < now())
                      order by id limit 20 for update skip locked)
        returning id, "to", subject, text, html, links, attempts, ticket_booking_id`,
      [MAX_ATTEMPTS],
    );
    if (!rows.length) return -1;
    let sent = 0;
    for (const row of rows) {
      try {
        const ticket =
          row.ticket_booking_id && opts.ticketAttachment ? await opts.ticketAttachment(row.ticket_booking_id) : null;
        await opts.mailer.send({
          to: row.to,
          subject: row.subject,
          text: row.text,
          html: row.html ?? undefined,
          links: row.links,
          attachments: ticket ? [ticket] : undefined,
        });
        await conn.execute(`update outbox_mails set sent_at = now(), leased_until = null where id = ?`, [row.id]);
        sent++;
      } catch (err) {
        opts.log.error({ err, to: row.to, subject: row.subject, attempt: row.attempts }, 'mail failed; will retry');
        // Back off: retried after the lease, a little longer at each attempt.
        await conn.execute(
          `update outbox_mails set last_error = ?, leased_until = now() + make_interval(secs => ?) where id = ?`,
          [String(err).slice(0, 500), 30 * row.attempts, row.id],
        );
      }
    }
    return sent;
  }

  async function flushAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await batch();
      if (n < 0) return total;
      total += n;
      if (n === 0) return total; // a whole batch failed: leave the rest to the next run
    }
  }

  function flush(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await flushAll();
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    kick: kicker(flush, opts.log, opts.handOff),
    flush,
    async stop() {
      await running?.catch(() => undefined);
    },
  };
}
