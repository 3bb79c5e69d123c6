import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, AppDeps } from '../../app-context';
import { notFound, unauthenticated } from '../../core/errors';
import { DEFAULT_LOCALE, t, type Locale } from '../../core/i18n';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { type BookingFilter, bookingFilterSql, cleanBookingFilter } from '../bookings';
import { eventAccess, levelOn } from '../permissions';
import { countRows, exportLayout, exportRows } from './rows';
import { ExportThread } from './export-thread';
import { safeName } from './writers';
import { Event, atLeast, PermissionLevel, BookingExport, ExportFormat, ExportStatus, User } from '../../model';

/** How long an export's file is kept. */
export const EXPORT_RETENTION_DAYS = 7;
/** A worker that dies mid-export loses its lease after this; the export then runs again. */
const LEASE_MINUTES = 15;
const MAX_ATTEMPTS = 3;

const EXTENSION: Record<ExportFormat, string> = { PDF: 'pdf', XLSX: 'xlsx', ZIP: 'zip', TAR_GZ: 'tar.gz' };
const STORAGE_EXT: Record<ExportFormat, string> = { PDF: 'pdf', XLSX: 'xlsx', ZIP: 'zip', TAR_GZ: 'tgz' };

/**
 * EX1, EX2: VIEW asks for an export of a list (its filter as shown); it is queued, audited, and run in the
 * background by any process; `kick` starts it now. The filter is checked here, so a bad one fails at once.
 */
export async function requestExport(
  ctx: ActorContext,
  eventId: string,
  format: ExportFormat,
  filter: BookingFilter,
  kick: () => void,
): Promise<BookingExport> {
  const clean = cleanBookingFilter(filter);
  const saved = await ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.VIEW);
    bookingFilterSql(event.id, clean); // validates
    const exp = em.create(BookingExport, {
      event,
      requestedBy: ctx.viewer!.user,
      format,
      filter: clean,
      status: ExportStatus.QUEUED,
      rowsDone: 0,
      attempts: 0,
      createdAt: ctx.deps.clock.now(),
    });
    audit(ctx, em, {
      action: 'export.requested',
      subjectType: 'Event',
      subjectId: event.id,
      data: { exportId: exp.id, format, filter: clean },
    });
    return exp;
  });
  kick();
  return saved;
}

/** The event's recent exports (VIEW), newest first. */
export async function recentExports(ctx: ActorContext, eventId: string): Promise<BookingExport[]> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.VIEW);
  return ctx.em.find(BookingExport, { event }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 20 });
}

/**
 * One export, for whoever may see the event's bookings (VIEW): the file holds that data. SEC5: anonymous callers are
 * told so before any lookup, and to anyone below VIEW an export is NOT_FOUND, exactly like one that does not exist
 * (even when the event itself is public: the export is not).
 */
export async function exportFor(ctx: ActorContext, id: string): Promise<BookingExport> {
  if (!ctx.viewer) throw unauthenticated();
  const exp = isUuid(id) ? await ctx.em.findOne(BookingExport, id) : null;
  if (!exp) throw notFound('Export');
  const event = await ctx.em.findOneOrFail(Event, exp.event.id);
  if (!atLeast(await levelOn(ctx, ctx.em, event), PermissionLevel.VIEW)) throw notFound('Export');
  return exp;
}

/** Claims the oldest queued export (or one whose worker died), with SKIP LOCKED: one worker per export. */
async function claim(em: EntityManager, now: Date): Promise<string | null> {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `update exports set status = 'RUNNING', attempts = attempts + 1, leased_until = ?::timestamptz + make_interval(mins => ?), started_at = coalesce(started_at, ?)
      where id = (select id from exports
                   where (status = 'QUEUED' or (status = 'RUNNING' and leased_until < ?)) and attempts < ?
                   order by created_at limit 1 for update skip locked)
      returning id`,
    [now, LEASE_MINUTES, now, now, MAX_ATTEMPTS],
  );
  return rows[0]?.id ?? null;
}

/**
 * EX2: runs queued exports one after the other. Rows are read in batches and written to a stream into storage
 * (a temporary file until it is complete); progress is saved after each batch; the file is offered only once
 * written whole (status DONE with its key in one update). A failure keeps nothing. Issue 14: each file is built on
 * a worker thread (ExportThread, one for the exports of this run, ended after them: issue 14's peak RSS), which
 * reads the uploaded files and writes the file into storage itself: this thread only queries.
 */
export async function runQueuedExports(deps: AppDeps, fork: () => EntityManager): Promise<number> {
  let ran = 0;
  let thread: ExportThread | null = null;
  try {
    for (let id = await claim(fork(), deps.clock.now()); id; id = await claim(fork(), deps.clock.now())) {
      await runOne(deps, fork, id, (thread ??= new ExportThread(deps.config, deps.log)));
      ran++;
    }
  } finally {
    await thread?.close();
  }
  return ran;
}

async function runOne(deps: AppDeps, fork: () => EntityManager, id: string, thread: ExportThread): Promise<void> {
  thread.warm();
  const em = fork();
  const exp = await em.findOneOrFail(BookingExport, id);
  const conn = em.getConnection();
  // Issue 12: the file speaks the language of the organizer who asked for it (French if their account is gone).
  const requester = exp.requestedBy ? await em.findOne(User, exp.requestedBy.id) : null;
  const locale: Locale = requester?.language ?? DEFAULT_LOCALE;
  try {
    const layout = await exportLayout(em, exp.event.id);
    const total = await countRows(em, exp.event.id, exp.filter);
    await conn.execute(`update exports set rows_total = ?, rows_done = 0 where id = ?`, [total, id]);
    const batches = () => exportRows(fork(), exp.event.id, exp.filter, locale);
    const progress = async (done: number) => {
      await conn.execute(
        `update exports set rows_done = least(?, coalesce(rows_total, ?)), leased_until = now() + make_interval(mins => ?) where id = ?`,
        [done, done, LEASE_MINUTES, id],
      );
    };
    // The thread writes the file into storage itself (nothing kept under a key when it fails) and answers its key.
    const key = await thread.build(
      {
        format: exp.format,
        layout,
        total,
        locale,
        prefix: `exports/${exp.event.id}`,
        extension: STORAGE_EXT[exp.format],
      },
      { batches, progress },
    );
    const bytes = await deps.storage.size(key);
    const now = deps.clock.now();
    const name = `${t(locale, 'document_export_file_name', { eventName: safeName(layout.eventName, 60), date: now.toISOString().slice(0, 10) })}.${EXTENSION[exp.format]}`;
    await conn.execute(
      `update exports set status = 'DONE', file_key = ?, file_name = ?, file_size = ?, rows_done = coalesce(rows_total, rows_done), finished_at = ?, expires_at = ?::timestamptz + make_interval(days => ?), leased_until = null where id = ?`,
      [key, name, bytes, now, now, EXPORT_RETENTION_DAYS, id],
    );
    deps.log.info({ export: id, format: exp.format, rows: total, bytes }, 'export done');
  } catch (err) {
    deps.log.error({ err, export: id }, 'export failed');
    const [{ attempts }] = await conn.execute<Array<{ attempts: number }>>(
      `select attempts from exports where id = ?`,
      [id],
    );
    const final = attempts >= MAX_ATTEMPTS;
    await conn.execute(`update exports set status = ?, error = ?, finished_at = ?, leased_until = null where id = ?`, [
      final ? 'FAILED' : 'QUEUED',
      String((err as Error).message ?? err).slice(0, 500),
      final ? deps.clock.now() : null,
      id,
    ]);
  }
}

/** EX2: files past their retention time are deleted; the export row stays (EXPIRED) as a trace. */
export async function expireExports(deps: AppDeps, em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<Array<{ id: string; file_key: string }>>(
    `update exports e set status = 'EXPIRED', file_key = null from (select id, file_key from exports where status = 'DONE' and expires_at <= ? for update skip locked) old
      where e.id = old.id returning e.id, old.file_key`,
    [deps.clock.now()],
  );
  for (const r of rows) await deps.storage.remove(r.file_key);
  return rows.length;
}
