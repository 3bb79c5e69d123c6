import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logger';
import type { MailAttachment, Mailer, MailMessage } from './mailer';

/** Attempts before a mail is given up (then left in the table, with its last error, for someone to look at). */
const MAX_ATTEMPTS = 10;
/** Rows leased per claim. */
const BATCH = 20;
/** ML1: mailing mails sent per minute by all processes together, unless MAILING_PER_MINUTE says otherwise. */
export const DEFAULT_MAILINGS_PER_MINUTE = 120;
/** The advisory lock under which mailing rows are counted and claimed (any constant of our own). */
const MAILING_PACE_LOCK = 7_301_120;

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

/** ML1: the mail one kind of recipient of a mailing gets (`variant`), the recipient's first name left as `marker`. */
export interface MailingVariant extends Pick<MailMessage, 'subject' | 'text' | 'html' | 'links'> {
  variant: string;
}

/** HTML-escapes a SQL text expression the way the templates escape (`&#<code>;`). */
const sqlEscapeHtml = (x: string) =>
  `replace(replace(replace(replace(replace(${x}, '&', '&#38;'), '<', '&#60;'), '>', '&#62;'), '"', '&#34;'), '''', '&#39;')`;

/**
 * ML1: enqueues a mailing in ONE statement, in the caller's transaction: one outbox row per row of `recipients`
 * (a SQL query giving `email`, `first_name` and `variant`), the variant's text with `marker` replaced by the first
 * name (escaped in the HTML part). The unique index on (mailing, address) makes a second row for an address fail.
 * Resolves with the number of rows queued.
 */
export async function enqueueMailing(
  em: EntityManager,
  opts: {
    mailingId: string;
    recipients: { sql: string; params: unknown[] };
    variants: MailingVariant[];
    marker: string;
  },
): Promise<number> {
  const variants = opts.variants.map((v) => ({
    variant: v.variant,
    subject: v.subject,
    text: v.text,
    html: v.html ?? null,
    links: v.links ?? [],
  }));
  const res = await em.execute<{ affectedRows: number }>(
    `with r as (${opts.recipients.sql}),
          v as (select * from jsonb_to_recordset(?::jsonb) as v(variant text, subject text, text text, html text, links jsonb))
     insert into ${OUTBOX_ROW.table} ("to", subject, text, html, links, mailing_id)
     select r.email, v.subject, replace(v.text, ?, r.first_name),
            replace(v.html, ?, ${sqlEscapeHtml('r.first_name')}), v.links, ?
       from r join v on v.variant = r.variant`,
    [...opts.recipients.params, JSON.stringify(variants), opts.marker, opts.marker, opts.mailingId],
    'run',
  );
  return res.affectedRows;
}

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

/** How often a postponed kick looks again whether the rush is over, and how long it waits at most (SEC2). */
export const RUSH_CHECK_MS = 200;
export const RUSH_POSTPONE_MAX_MS = 10_000;

/**
 * SEC2 (issue 14): answering people comes before mailing them. While `rushing()` says so — mutation requests wait for
 * admission, as at a sale opening — a kick is postponed: its mail is already committed in the outbox, and sending it
 * (claiming rows, composing, the SMTP conversation; ~1 ms of CPU per booking on the same cores) would slow the
 * answers everyone waits for. The postponed kick runs once nobody waits any more, at the latest `maxMs` after it
 * came; kicks meanwhile join it (one flush sends every mail pending). Without a rush, a kick runs at once. `cancel`
 * forgets a postponed kick (at shutdown, before the outbox stops: its last flush sends what waits).
 */
export function postponedWhile(
  kick: () => void,
  rushing: () => boolean,
  opts: { checkMs?: number; maxMs?: number; now?: () => number } = {},
): { kick: () => void; cancel: () => void } {
  const { checkMs = RUSH_CHECK_MS, maxMs = RUSH_POSTPONE_MAX_MS, now = Date.now } = opts;
  let since: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const later = () => (timer = setTimeout(check, checkMs).unref()); // never keeps a closing process alive
  function check() {
    if (since === null) return;
    if (rushing() && now() - since < maxMs) return void later();
    since = null;
    kick();
  }
  return {
    kick() {
      if (since !== null) return; // one kick is waiting: its flush sends this mail too
      if (!rushing()) return kick();
      since = now();
      later();
    },
    cancel() {
      clearTimeout(timer);
      since = null;
    },
  };
}

export function createOutbox(opts: {
  fork: () => EntityManager;
  mailer: Mailer;
  log: Logger;
  ticketAttachment?: (bookingId: string) => Promise<MailAttachment | null>;
  /** CL1: the booking's calendar file, attached next to its ticket (text/calendar; method=PUBLISH). */
  calendarAttachment?: (bookingId: string) => Promise<MailAttachment | null>;
  /**
   * On a process without workers (JOBS=false): asks a worker process to send (resolves true), or false when no
   * worker is connected, and `kick` then sends here. Unset: `kick` sends here.
   */
  handOff?: () => Promise<boolean>;
  /** ML1: mailing mails claimed per minute, all processes together (MAILING_PER_MINUTE). */
  mailingsPerMinute?: number;
}): Outbox {
  let running: Promise<number> | null = null;
  let again = false;

  type Row = {
    id: string;
    to: string;
    subject: string;
    text: string;
    html: string | null;
    links: string[];
    attempts: number;
    ticket_booking_id: string | null;
  };
  const RETURNING = 'returning id, "to", subject, text, html, links, attempts, ticket_booking_id';
  const READY = `sent_at is null and attempts < ${MAX_ATTEMPTS} and (leased_until is null or leased_until < now())`;

  /** Service mail (everything but mailings): a batch, in order, never held back by a mailing. */
  const claimServiceMail = (conn: ReturnType<EntityManager['getConnection']>) =>
    conn.execute<Row[]>(
      `update outbox_mails set leased_until = now() + interval '2 minutes', attempts = attempts + 1
        where id in (select id from outbox_mails
                      where mailing_id is null and ${READY}
                      order by id limit ${BATCH} for update skip locked)
        ${RETURNING}`,
    );

  /**
   * ML1: mailing rows, at most `mailingsPerMinute` claimed over any minute by all processes together. Under one
   * advisory lock (taken only when such rows wait), the rows claimed in the last minute are counted and the rest of
   * the allowance is claimed; what is left waits for a later flush (the outbox job runs every minute).
   */
  async function claimMailings(): Promise<Row[]> {
    const perMinute = opts.mailingsPerMinute ?? DEFAULT_MAILINGS_PER_MINUTE;
    const em = opts.fork();
    const [{ waiting }] = await em
      .getConnection()
      .execute<Array<{ waiting: boolean }>>(
        `select exists (select 1 from outbox_mails where mailing_id is not null and ${READY} limit 1 for update skip locked) as waiting`,
      );
    if (!waiting) return [];
    return em.transactional(async (tx) => {
      await tx.execute(`select pg_advisory_xact_lock(?)`, [MAILING_PACE_LOCK]);
      return tx.execute<Row[]>(
        `update outbox_mails set leased_until = now() + interval '2 minutes', attempts = attempts + 1, paced_at = now()
          where id in (select id from outbox_mails
                        where mailing_id is not null and ${READY}
                        order by id
                        limit greatest(0, least(${BATCH}, ? - (select count(*) from outbox_mails
                                                          where mailing_id is not null and paced_at > now() - interval '1 minute')))
                        for update skip locked)
          ${RETURNING}`,
        [perMinute],
        'all',
      );
    });
  }

  /**
   * Leases a batch (short statements; SKIP LOCKED and the lease keep other processes off it), sends it with
   * no transaction open, then records each outcome. A process dying mid-batch leaves leases that expire, and
   * the mails go again: at least once, never lost.
   */
  async function batch(): Promise<number> {
    const conn = opts.fork().getConnection();
    const service = await claimServiceMail(conn);
    const rows = service.length ? service : await claimMailings();
    if (!rows.length) return -1;
    let sent = 0;
    for (const row of rows) {
      try {
        const ticket =
          row.ticket_booking_id && opts.ticketAttachment ? await opts.ticketAttachment(row.ticket_booking_id) : null;
        // CL1: with the ticket (a valid reservation), its calendar entry.
        const calendar =
          ticket && opts.calendarAttachment ? await opts.calendarAttachment(row.ticket_booking_id!) : null;
        await opts.mailer.send({
          to: row.to,
          subject: row.subject,
          text: row.text,
          html: row.html ?? undefined,
          links: row.links,
          attachments: ticket ? [ticket, ...(calendar ? [calendar] : [])] : undefined,
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
