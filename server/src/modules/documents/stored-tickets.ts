import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseTicketCode } from '@billetterie/ticket-code';
import type { AppDeps } from '../../app-context';
import { DomainError, notFound } from '../../core/errors';
import { asLocale, DEFAULT_LOCALE, t, type Locale } from '../../core/i18n';
import { formatEuros, parisDateTime } from '../../core/time';
import type { TicketFacts } from '../../render/layout';
import type { TicketFileFormat } from '../../render/ticket-renderer';
import { executePrepared } from '../../db/prepared';
import { sessionOpenSql, shownName } from '../accounts';

/*
 * Issue 14, TT2: a reservation's ticket is rendered before anyone asks and kept in storage, one file per format,
 * recorded in `ticket_renders` with the hash of everything printed on it. A download reads the booking's printed
 * facts in one statement, hashes them, and streams the stored file when the hash matches; otherwise it renders now,
 * stores and serves. Triggers queue the bookings whose printed data changed (ticket_render_queue, see the migration
 * 20261205210000) and NOTIFY a worker, which renders them in the background (renderQueuedTickets).
 */

/** Part of every hash: bump it when the drawing changes, so every stored ticket is drawn again on its next use. */
export const TICKET_RENDER_VERSION = 1;

export type TicketFormat = TicketFileFormat;
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

/** Everything a ticket prints and its stored renders, for the bookings `b` the statement's end picks. */
const TICKET_ROW_SELECT = `
  select b.id, b.reference, b.status, b.event_id, b.holder_id, b.holder_email, b.sponsor_id, b.holder_first_name, b.holder_last_name, b.price_cents,
         e.name as event_name, e.starts_at, e.ends_at, e.location, e.cancelled_at is not null as cancelled,
         t.name as ticket_name, t.template_key,
         (select u.language from users u where u.email = b.holder_email) as holder_language,
         coalesce((select array_agg(o.name order by o.name) from booking_options o where o.booking_id = b.id), '{}') as options,
         (select json_object_agg(r.format, json_build_object('hash', r.facts_hash, 'key', r.storage_key, 'bytes', r.bytes,
                                 'valid', k.id is not null and k.revoked_at is null))
            from ticket_renders r left join ticket_signing_keys k on k.id = r.key_id
           where r.booking_id = b.id) as renders
    from bookings b join events e on e.id = b.event_id join tickets t on t.id = b.ticket_id`;

/**
 * The printed facts of these bookings, with their stored renders, in one statement (prepared: parsed and planned
 * once per connection).
 */
export async function ticketRows(em: EntityManager, ids: string[]): Promise<TicketRow[]> {
  if (!ids.length) return [];
  return executePrepared<TicketRow>(em, 'ticket_rows', `${TICKET_ROW_SELECT} where b.id = any(?::uuid[])`, [
    `{${ids.join(',')}}`,
  ]);
}

/** A booking's ticket row and, when `tokenHash` names a live session, who it belongs to. */
export interface ViewerTicketRow extends TicketRow {
  viewer_id: string | null;
  viewer_email: string | null;
  viewer_seen_at: Date | null;
}

/**
 * Issue 14: a download's one statement: the session the cookie names (accounts' sessionOpenSql, resolveViewer's test) and the booking's ticket row. No row: no such booking.
 */
export async function viewerTicketRow(
  em: EntityManager,
  tokenHash: string,
  bookingId: string,
): Promise<ViewerTicketRow | null> {
  const [row] = await executePrepared<ViewerTicketRow>(
    em,
    'ticket_row_for_session',
    `with viewer as (
       select u.id, u.email, s.last_seen_at from sessions s join users u on u.id = s.user_id
        where ${sessionOpenSql('?')}
     )
     select v.id as viewer_id, v.email as viewer_email, v.last_seen_at as viewer_seen_at, t.*
       from (${TICKET_ROW_SELECT} where b.id = ?::uuid) t left join viewer v on true`,
    [tokenHash, bookingId],
  );
  return row ?? null;
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
 * Draws a booking's ticket now in each of `formats`, from one picture with one freshly signed code (TT3), on the
 * render threads; says which key signed it.
 */
export async function drawTickets(
  deps: RenderDeps,
  row: TicketRow,
  facts: TicketFacts,
  formats: readonly TicketFormat[],
): Promise<Map<TicketFormat, { body: Buffer; keyId: number }>> {
  const code = await deps.signer.issue(row.id, row.event_id, deps.clock.now());
  const keyId = parseTicketCode(code)!.keyId;
  const files = await deps.renderer.draw(
    { facts, code, template: templateSource(deps.storage, row.template_key) },
    formats,
  );
  const out = new Map<TicketFormat, { body: Buffer; keyId: number }>();
  for (const format of formats) out.set(format, { body: files[format]!, keyId });
  return out;
}

/** A drawn file to keep as a booking's stored ticket in its format, with the hash of what it prints. */
export interface DrawnTicket {
  format: TicketFormat;
  hash: string;
  drawn: { body: Buffer; keyId: number };
}

/**
 * Keeps drawn files as the booking's stored tickets, replacing the previous ones (whose files are removed after the
 * commit). In one transaction holding the booking's row (4 statements whatever the number of files): a booking that
 * is no longer a valid reservation keeps nothing (its change queued it again; the worker removes what it had).
 * Returns how many were kept.
 */
export async function keepTickets(
  deps: Pick<AppDeps, 'storage' | 'clock'>,
  em: EntityManager,
  bookingId: string,
  files: readonly DrawnTicket[],
): Promise<number> {
  if (!files.length) return 0;
  const keys = await Promise.all(files.map((f) => deps.storage.put(`tickets/${bookingId}`, f.format, f.drawn.body)));
  let replaced: string[] = [];
  let kept = 0;
  try {
    await em.fork().transactional(async (tem) => {
      const [live] = await tem.execute<Array<{ ok: boolean }>>(
        `select b.status = 'RESERVED' and e.cancelled_at is null as ok
           from bookings b join events e on e.id = b.event_id where b.id = ? for no key update of b for share of e`,
        [bookingId],
        'all',
      );
      if (!live?.ok) return;
      // The booking's row is held: writers of this booking's renders go one at a time, and this statement (a new
      // snapshot, taken after the lock) sees the files it replaces.
      const previous = await tem.execute<Array<{ storage_key: string }>>(
        `with previous as (
           select r.storage_key from ticket_renders r where r.booking_id = ? and r.format = any(?::text[])
         ), kept as (
           insert into ticket_renders (booking_id, format, facts_hash, key_id, storage_key, bytes, rendered_at)
           select ?, f.format, f.hash, f.key_id, f.storage_key, f.bytes, ?
             from json_to_recordset(?::json) as f(format text, hash text, key_id int, storage_key text, bytes int)
           on conflict (booking_id, format) do update
             set facts_hash = excluded.facts_hash, key_id = excluded.key_id, storage_key = excluded.storage_key,
                 bytes = excluded.bytes, rendered_at = excluded.rendered_at
           returning 1
         )
         select storage_key from previous where (select count(*) from kept) > 0`,
        [
          bookingId,
          `{${files.map((f) => f.format).join(',')}}`,
          bookingId,
          deps.clock.now(),
          JSON.stringify(
            files.map((f, i) => ({
              format: f.format,
              hash: f.hash,
              key_id: f.drawn.keyId,
              storage_key: keys[i],
              bytes: f.drawn.body.length,
            })),
          ),
        ],
        'all',
      );
      replaced = previous.map((p) => p.storage_key).filter((k) => !keys.includes(k));
      kept = files.length;
    });
  } catch (e) {
    await Promise.all(keys.map((k) => deps.storage.remove(k)));
    throw e;
  }
  if (!kept) await Promise.all(keys.map((k) => deps.storage.remove(k)));
  await Promise.all(replaced.map((k) => deps.storage.remove(k)));
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
  /**
   * The stored file (read whole when small, else a stream), or the bytes drawn now when none matched; null when the
   * caller's copy is current (`notModified`).
   */
  body: Readable | Buffer | null;
  size: number;
  /** Whether it was drawn for this request. */
  drawn: boolean;
  /** The stored file's validator (HTTP ETag), when it is a stored file. */
  etag?: string;
  /** The caller's If-None-Match names the stored file: nothing to send. */
  notModified?: boolean;
}

/** Stored tickets up to this size are read in one call rather than streamed (a PNG or PDF is ~200 KB). */
const READ_WHOLE_MAX_BYTES = 1 << 20;

/** A stored file's HTTP validator: its storage key is new for every file written (never reused). */
export const storedEtag = (key: string) => `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names `etag` (or is `*`); weak validators compare equal (RFC 9110, 13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((v) => {
    const tag = v.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
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
  opts: { ifNoneMatch?: string } = {},
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
    const etag = storedEtag(stored.key);
    const found = { filename, contentType, size: stored.bytes, drawn: false, etag };
    if (matchesEtag(opts.ifNoneMatch, etag)) return { ...found, body: null, notModified: true };
    const body =
      stored.bytes <= READ_WHOLE_MAX_BYTES
        ? await deps.storage.readAll(stored.key)
        : await deps.storage.read(stored.key);
    if (body) return { ...found, body, size: Buffer.isBuffer(body) ? body.length : stored.bytes };
    // Replaced and removed since the statement: draw it.
  }
  const drawn = (await drawTickets(deps, row, facts, [format])).get(format)!;
  try {
    await keepTickets(deps, em, row.id, [{ format, hash, drawn }]);
  } catch (err) {
    deps.log.warn({ err, bookingId: row.id }, 'tickets: keeping a ticket drawn on demand failed'); // served anyway
  }
  return { filename, contentType, body: drawn.body, size: drawn.body.length, drawn: true };
}

/** How long a worker's claim on queued bookings lasts: a worker killed meanwhile leaves them to another after it. */
const CLAIM_SECONDS = 300;
/** A render that failed (a render thread that died, storage down) is tried again after this long. */
const RETRY_SECONDS = 30;
/** Finished entries leave the queue this many at a time (one statement). */
const DONE_BATCH = 16;

interface Claimed {
  booking_id: string;
  turn: string;
  row: TicketRow | undefined;
}

/**
 * Issue 14: renders the queued bookings' tickets (both formats), `concurrency` at a time, until the queue is empty or
 * `stopped()`; removes the stored tickets of those that are no longer valid reservations. Bookings are claimed
 * `batch` at a time (one statement, then one for their rows), the next claim made as soon as the claimed ones are
 * all being drawn, so the render threads never wait for a batch's last ticket. Claims are SKIP LOCKED and time-bound,
 * so several workers share the queue; an entry mentioned again while being rendered (its data changed meanwhile)
 * stays queued for another round; one whose render failed is tried again after `retryAfterSeconds`.
 */
export async function renderQueuedTickets(
  deps: RenderDeps,
  fork: () => EntityManager,
  opts: { batch?: number; concurrency?: number; stopped?: () => boolean; retryAfterSeconds?: number } = {},
): Promise<{ rendered: number; removed: number; failed: number }> {
  const batch = opts.batch ?? 32;
  const concurrency = opts.concurrency ?? 2;
  const retryAfter = opts.retryAfterSeconds ?? RETRY_SECONDS;
  const totals = { rendered: 0, removed: 0, failed: 0 };
  const em = fork();
  const pending: Claimed[] = [];
  let empty = false;
  let claiming: Promise<void> | null = null;
  const claim = async () => {
    const claimed = await em.getConnection().execute<Array<{ booking_id: string; turn: string }>>(
      `update ticket_render_queue q set claimed_until = now() + make_interval(secs => ?)
        where q.booking_id in (select booking_id from ticket_render_queue
                                where claimed_until is null or claimed_until < now()
                                order by queued_at limit ? for update skip locked)
       returning q.booking_id, q.turn`,
      [CLAIM_SECONDS, batch],
      'all',
    );
    if (!claimed.length) {
      empty = true;
      return;
    }
    const rows = new Map(
      (
        await ticketRows(
          em,
          claimed.map((c) => c.booking_id),
        )
      ).map((r) => [r.id, r]),
    );
    for (const c of claimed) pending.push({ ...c, row: rows.get(c.booking_id) });
  };
  const next = async (): Promise<Claimed | null> => {
    for (;;) {
      if (pending.length) return pending.shift()!;
      if (empty || opts.stopped?.()) return null;
      claiming ??= claim().finally(() => (claiming = null));
      await claiming;
    }
  };
  const done: Claimed[] = [];
  const leave = async (all: boolean) => {
    if (done.length < (all ? 1 : DONE_BATCH)) return;
    const these = done.splice(0);
    await em.getConnection().execute(
      `delete from ticket_render_queue q using unnest(?::uuid[], ?::bigint[]) as d(id, turn)
        where q.booking_id = d.id and q.turn = d.turn`,
      [`{${these.map((d) => d.booking_id).join(',')}}`, `{${these.map((d) => d.turn).join(',')}}`],
      'run',
    );
  };
  const render = async ({ booking_id: id, row }: Claimed) => {
    if (!row || rowUnavailable(row)) {
      if (row) totals.removed += await dropTickets(deps, em, id);
      return;
    }
    const facts = rowFacts(row);
    const stale = TICKET_FORMATS.filter((format) => {
      const stored = row.renders?.[format];
      return !(stored?.hash === factsHash(row, facts, format) && stored.valid);
    });
    if (!stale.length) return;
    const drawn = await drawTickets(deps, row, facts, stale);
    totals.rendered += await keepTickets(
      deps,
      em,
      id,
      stale.map((format) => ({ format, hash: factsHash(row, facts, format), drawn: drawn.get(format)! })),
    );
  };
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let c = await next(); c; c = await next()) {
          try {
            await render(c);
            done.push(c);
          } catch (err) {
            totals.failed++;
            deps.log.error({ err, bookingId: c.booking_id }, 'tickets: background rendering failed');
            await em
              .getConnection()
              .execute(
                `update ticket_render_queue set claimed_until = now() + make_interval(secs => ?) where booking_id = ? and turn = ?`,
                [retryAfter, c.booking_id, c.turn],
                'run',
              )
              .catch((e: unknown) => deps.log.error({ err: e }, 'tickets: releasing a failed render failed'));
          }
          await leave(false);
        }
      }),
    );
  } finally {
    await (claiming as Promise<void> | null)?.catch(() => undefined);
    await leave(true);
  }
  return totals;
}
