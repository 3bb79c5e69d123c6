import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseTicketCode } from '@billetterie/ticket-code';
import type { AppDeps } from '../../app-context';
import { DomainError, notFound } from '../../core/errors';
import { asLocale, DEFAULT_LOCALE, t, type Locale } from '../../core/i18n';
import { formatEuros, parisDateTime } from '../../core/time';
import type { TicketFacts } from '../../render/layout';
import { ticketPdf } from '../../render/ticket-pdf';
import { shownName } from '../accounts';

/*
 * Issue 14, TT2: a reservation's ticket is rendered before anyone asks and kept in storage, one file per format,
 * recorded in `ticket_renders` with the hash of everything printed on it. A download reads the booking's printed
 * facts in one statement, hashes them, and streams the stored file when the hash matches; otherwise it renders now,
 * stores and serves. Triggers queue the bookings whose printed data changed (ticket_render_queue, see the migration
 * 20261205210000) and NOTIFY a worker, which renders them in the background (renderQueuedTickets).
 */

/** Part of every hash: bump it when the drawing changes, so every stored ticket is drawn again on its next use. */
export const TICKET_RENDER_VERSION = 1;

export type TicketFormat = 'png' | 'pdf';
export const TICKET_FORMATS: readonly TicketFormat[] = ['png', 'pdf'];

/** What one statement reads of a booking: everything printed on its ticket, whether it has one, its stored files. */
export interface TicketRow {
  id: string;
  reference: string;
  status: string;
  event_id: string;
  holder_id: string | null;
  holder_email: string;
  sponsor_id: string | null;
  holder_first_name: string;
  holder_last_name: string;
  price_cents: number;
  event_name: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  cancelled: boolean;
  ticket_name: string;
  template_key: string | null;
  holder_language: string | null;
  options: string[];
  /** The stored renders by format: their hash, file and whether their signing key still verifies (TT3). */
  renders: Partial<Record<TicketFormat, { hash: string; key: string; bytes: number; valid: boolean }>> | null;
}

const TICKET_ROWS_SQL = `
  select b.id, b.reference, b.status, b.event_id, b.holder_id, b.holder_email, b.sponsor_id, b.holder_first_name, b.holder_last_name, b.price_cents,
         e.name as event_name, e.starts_at, e.ends_at, e.location, e.cancelled_at is not null as cancelled,
         t.name as ticket_name, t.template_key,
         (select u.language from users u where u.email = b.holder_email) as holder_language,
         coalesce((select array_agg(o.name order by o.name) from booking_options o where o.booking_id = b.id), '{}') as options,
         (select json_object_agg(r.format, json_build_object('hash', r.facts_hash, 'key', r.storage_key, 'bytes', r.bytes,
                                 'valid', k.id is not null and k.revoked_at is null))
            from ticket_renders r left join ticket_signing_keys k on k.id = r.key_id
           where r.booking_id = b.id) as renders
    from bookings b join events e on e.id = b.event_id join tickets t on t.id = b.ticket_id
   where b.id = any(?::uuid[])`;

/** The printed facts of these bookings, with their stored renders, in one statement. */
export async function ticketRows(em: EntityManager, ids: string[]): Promise<TicketRow[]> {
  if (!ids.length) return [];
  return em.getConnection().execute<TicketRow[]>(TICKET_ROWS_SQL, [`{${ids.join(',')}}`], 'all');
}

/** Why a booking has no ticket, or null when it has one (TT2): cancelled event, opposed, not (yet) reserved. */
export function rowUnavailable(row: Pick<TicketRow, 'status' | 'cancelled'>): string | null {
  if (row.cancelled) return 'EVENT_CANCELLED';
  if (row.status === 'OPPOSED') return 'OPPOSED';
  if (row.status !== 'RESERVED') return 'NOT_RESERVED';
  return null;
}

/** Issue 12: the holder's language (their account's), null without an account. */
export const rowLocale = (row: TicketRow): Locale | null => asLocale(row.holder_language);

/** What the ticket prints, formatted in the holder's language. */
export function rowFacts(row: TicketRow): TicketFacts {
  const locale = rowLocale(row);
  const l = locale ?? DEFAULT_LOCALE;
  return {
    locale,
    eventName: row.event_name,
    when: `${parisDateTime(new Date(row.starts_at), l)} – ${parisDateTime(new Date(row.ends_at), l)}`,
    location: row.location,
    holderName: shownName(row.holder_first_name, row.holder_last_name, l),
    ticketName: row.ticket_name,
    options: row.options,
    reference: row.reference,
    price: formatEuros(row.price_cents, l),
  };
}

/** The hash of everything a file prints (and of the QR's booking and event): equal hashes, equal tickets. */
export const factsHash = (row: TicketRow, facts: TicketFacts, format: TicketFormat) =>
  createHash('sha256')
    .update(JSON.stringify([TICKET_RENDER_VERSION, row.id, row.event_id, facts, row.template_key ?? null, format]))
    .digest('base64url');

export const ticketFileName = (row: Pick<TicketRow, 'reference'>, locale: Locale | null, format: TicketFormat) =>
  `${t(locale ?? DEFAULT_LOCALE, 'document_ticket_file_name', { reference: row.reference })}.${format}`;

export const ticketContentType = (format: TicketFormat) => (format === 'png' ? 'image/png' : 'application/pdf');

type RenderDeps = Pick<AppDeps, 'signer' | 'storage' | 'clock' | 'renderer' | 'log'>;

/** The organizer's template as the renderer wants it: a cache key and a loader. */
export function templateSource(storage: AppDeps['storage'], key: string | null | undefined) {
  if (!key) return null;
  return {
    key,
    load: async () => {
      const data = await storage.readAll(key);
      if (!data) throw new Error(`template file ${key} is missing`);
      return data;
    },
  };
}

/**
 * Draws a booking's ticket now in each of `formats`, from one picture with one freshly signed code (TT3); says which
 * key signed it.
 */
export async function drawTickets(
  deps: RenderDeps,
  row: TicketRow,
  facts: TicketFacts,
  formats: readonly TicketFormat[],
): Promise<Map<TicketFormat, { body: Buffer; keyId: number }>> {
  const code = await deps.signer.issue(row.id, row.event_id, deps.clock.now());
  const keyId = parseTicketCode(code)!.keyId;
  const input = { facts, code, template: templateSource(deps.storage, row.template_key) };
  const images = await deps.renderer.encode(
    input,
    formats.map((f) => (f === 'png' ? 'png' : 'jpeg')),
  );
  const out = new Map<TicketFormat, { body: Buffer; keyId: number }>();
  if (images.png) out.set('png', { body: images.png, keyId });
  if (images.jpeg) out.set('pdf', { body: await ticketPdf(images.jpeg, facts), keyId });
  return out;
}

/**
 * Keeps a drawn file as the booking's stored ticket in `format`, replacing the previous one (whose file is removed
 * after the commit). In one transaction holding the booking's row: a booking that is no longer a valid reservation
 * keeps nothing (its change queued it again; the worker removes what it had). Returns whether it was kept.
 */
export async function keepTicket(
  deps: Pick<AppDeps, 'storage' | 'clock'>,
  em: EntityManager,
  bookingId: string,
  format: TicketFormat,
  hash: string,
  drawn: { body: Buffer; keyId: number },
): Promise<boolean> {
  const key = await deps.storage.put(`tickets/${bookingId}`, format, drawn.body);
  let replaced: string | null = null;
  let kept = false;
  try {
    await em.fork().transactional(async (tem) => {
      const [live] = await tem.execute<Array<{ ok: boolean }>>(
        `select b.status = 'RESERVED' and e.cancelled_at is null as ok
           from bookings b join events e on e.id = b.event_id where b.id = ? for no key update of b for share of e`,
        [bookingId],
        'all',
      );
      if (!live?.ok) return;
      // The booking's row is held: writers of this booking's renders go one at a time.
      const [previous] = await tem.execute<Array<{ storage_key: string }>>(
        `select storage_key from ticket_renders where booking_id = ? and format = ?`,
        [bookingId, format],
        'all',
      );
      await tem.execute(
        `insert into ticket_renders (booking_id, format, facts_hash, key_id, storage_key, bytes, rendered_at)
         values (?, ?, ?, ?, ?, ?, ?)
         on conflict (booking_id, format) do update
           set facts_hash = excluded.facts_hash, key_id = excluded.key_id, storage_key = excluded.storage_key,
               bytes = excluded.bytes, rendered_at = excluded.rendered_at`,
        [bookingId, format, hash, drawn.keyId, key, drawn.body.length, deps.clock.now()],
        'run',
      );
      replaced = previous?.storage_key ?? null;
      kept = true;
    });
  } catch (e) {
    await deps.storage.remove(key);
    throw e;
  }
  if (!kept) await deps.storage.remove(key);
  if (replaced) await deps.storage.remove(replaced);
  return kept;
}

/** Removes the stored tickets of a booking that is no longer a valid reservation (opposed, cancelled, …). */
export async function dropTickets(deps: Pick<AppDeps, 'storage'>, em: EntityManager, bookingId: string) {
  const gone = await em.getConnection().execute<Array<{ storage_key: string }>>(
    `delete from ticket_renders r using bookings b join events e on e.id = b.event_id
      where r.booking_id = ? and b.id = r.booking_id and (b.status <> 'RESERVED' or e.cancelled_at is not null)
      returning r.storage_key`,
    [bookingId],
    'all',
  );
  for (const g of gone) await deps.storage.remove(g.storage_key);
  return gone.length;
}

export interface StoredTicket {
  filename: string;
  contentType: string;
  /** The stored file (a file read), or the bytes drawn now when none matched. */
  body: Readable | Buffer;
  size: number;
  /** Whether it was drawn for this request. */
  drawn: boolean;
}

/**
 * TT2: the ticket of a booking the caller may see, in `format`: the stored file when it prints what the booking's
 * data says now and its key still verifies; otherwise drawn now, stored for next time, and served.
 */
export async function storedTicket(
  deps: RenderDeps,
  em: EntityManager,
  booking: string | TicketRow,
  format: TicketFormat,
): Promise<StoredTicket> {
  const [row] = typeof booking === 'string' ? await ticketRows(em, [booking]) : [booking];
  if (!row) throw notFound('Booking');
  const why = rowUnavailable(row);
  if (why) throw new DomainError('TICKET_UNAVAILABLE', 'Only a valid reservation has a ticket.', { reason: why });
  const facts = rowFacts(row);
  const hash = factsHash(row, facts, format);
  const filename = ticketFileName(row, facts.locale ?? null, format);
  const contentType = ticketContentType(format);
  const stored = row.renders?.[format];
  if (stored && stored.hash === hash && stored.valid) {
    const stream = await deps.storage.read(stored.key);
    if (stream) return { filename, contentType, body: stream, size: stored.bytes, drawn: false };
    // Replaced and removed since the statement: draw it.
  }
  const drawn = (await drawTickets(deps, row, facts, [format])).get(format)!;
  try {
    await keepTicket(deps, em, row.id, format, hash, drawn);
  } catch (err) {
    deps.log.warn({ err, bookingId: row.id }, 'tickets: keeping a ticket drawn on demand failed'); // served anyway
  }
  return { filename, contentType, body: drawn.body, size: drawn.body.length, drawn: true };
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function eachLimited<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** How long a worker's claim on queued bookings lasts: a worker killed meanwhile leaves them to another after it. */
const CLAIM_SECONDS = 300;

/**
 * Issue 14: renders the queued bookings' tickets (both formats), `batch` bookings per claim and `concurrency` at a
 * time, until the queue is empty or `stopped()`; removes the stored tickets of those that are no longer valid
 * reservations. Claims are SKIP LOCKED and time-bound, so several workers share the queue; an entry mentioned again
 * while being rendered (its data changed meanwhile) stays queued for another round.
 */
export async function renderQueuedTickets(
  deps: RenderDeps,
  fork: () => EntityManager,
  opts: { batch?: number; concurrency?: number; stopped?: () => boolean } = {},
): Promise<{ rendered: number; removed: number; failed: number }> {
  const batch = opts.batch ?? 32;
  const concurrency = opts.concurrency ?? 2;
  const totals = { rendered: 0, removed: 0, failed: 0 };
  for (;;) {
    if (opts.stopped?.()) break;
    const em = fork();
    const claimed = await em.getConnection().execute<Array<{ booking_id: string; turn: string }>>(
      `update ticket_render_queue q set claimed_until = now() + make_interval(secs => ?)
        where q.booking_id in (select booking_id from ticket_render_queue
                                where claimed_until is null or claimed_until < now()
                                order by queued_at limit ? for update skip locked)
       returning q.booking_id, q.turn`,
      [CLAIM_SECONDS, batch],
      'all',
    );
    if (!claimed.length) break;
    const rows = new Map(
      (
        await ticketRows(
          em,
          claimed.map((c) => c.booking_id),
        )
      ).map((r) => [r.id, r]),
    );
    const done: typeof claimed = [];
    await eachLimited(claimed, concurrency, async (c) => {
      const row = rows.get(c.booking_id);
      try {
        if (!row || rowUnavailable(row)) {
          if (row) totals.removed += await dropTickets(deps, em, row.id);
        } else {
          const facts = rowFacts(row);
          const stale = TICKET_FORMATS.filter((format) => {
            const stored = row.renders?.[format];
            return !(stored?.hash === factsHash(row, facts, format) && stored.valid);
          });
          if (stale.length) {
            const drawn = await drawTickets(deps, row, facts, stale);
            for (const format of stale)
              if (await keepTicket(deps, em, row.id, format, factsHash(row, facts, format), drawn.get(format)!))
                totals.rendered++;
          }
        }
        done.push(c);
      } catch (err) {
        totals.failed++; // stays claimed: retried after the claim expires
        deps.log.error({ err, bookingId: c.booking_id }, 'tickets: background rendering failed');
      }
    });
    if (done.length)
      await em.getConnection().execute(
        `delete from ticket_render_queue q using unnest(?::uuid[], ?::bigint[]) as d(id, turn)
          where q.booking_id = d.id and q.turn = d.turn`,
        [`{${done.map((d) => d.booking_id).join(',')}}`, `{${done.map((d) => d.turn).join(',')}}`],
        'run',
      );
  }
  return totals;
}
