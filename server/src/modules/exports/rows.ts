import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from '../../core/i18n';
import { BookingStatus } from '../../model';
import { isDeletedAddress } from '../accounts';
import { type BookingFilter, bookingFilterSql } from '../bookings';

/** A row of the raw export queries, read by column name (the select lists below are its type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns are read by name from the select lists below
type SqlRow = Record<string, any>;

/** AC3: a deleted account's names are blanked; every list and export shows it as this (in its reader's language). */
export const ANONYMOUS = t(DEFAULT_LOCALE, 'document_anonymous');
export const personName = (first: string | null | undefined, last: string | null | undefined, anonymous = ANONYMOUS) =>
  `${first ?? ''} ${last ?? ''}`.trim() || anonymous;

/**
 * The apps' status labels in one language (the catalogue's `booking_status_*`): one wording on screen and in
 * exports (the writers look each one up the same way).
 */
export const statusLabels = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.values(BookingStatus).map((s) => [s, t(locale, `booking_status_${s}` as MessageKey)]));
export const STATUS_FR = statusLabels('fr');

/** The event's structure, read once: the columns of the complete export. */
export interface ExportLayout {
  eventName: string;
  startsAt: Date;
  location: string;
  /** Options outside groups: one column each (the price paid, empty when not chosen). */
  options: Array<{ id: string; name: string; ticketName: string }>;
  /** Groups: one column each (the chosen option's name). */
  groups: Array<{ id: string; name: string; ticketName: string }>;
  /** Extra information: an answer column and a validation column each. */
  infos: Array<{ id: string; label: string; type: string; ticketName: string }>;
}

export interface ExportAnswer {
  extraInfoId: string;
  text: string | null;
  number: number | null;
  choice: string | null;
  fileKey: string | null;
  fileName: string | null;
  fileMime: string | null;
  fileSize: number | null;
  validatedAt: Date | null;
  validatedBy: string | null;
}

export interface ExportRow {
  id: string;
  reference: string;
  status: string;
  holderFirstName: string;
  holderLastName: string;
  /** Empty for a deleted account (AC3). */
  holderEmail: string;
  holderName: string;
  hasAccount: boolean;
  sponsorName: string | null;
  sponsorEmail: string | null;
  givenByName: string | null;
  ticketName: string;
  priceCents: number;
  forced: boolean;
  createdAt: Date;
  reservedAt: Date | null;
  expiresAt: Date | null;
  endedAt: Date | null;
  oppositionReason: string | null;
  options: Array<{ optionId: string; groupId: string | null; name: string; priceCents: number }>;
  answers: ExportAnswer[];
  payments: Array<{
    provider: string;
    method: string;
    amountCents: number;
    currency: string;
    reference: string;
    at: Date;
    conforming: boolean;
    problem: string | null;
  }>;
  checkedInAt: Date | null;
  checkedInBy: string | null;
}

const BATCH = 500;

export async function exportLayout(em: EntityManager, eventId: string): Promise<ExportLayout> {
  const conn = em.getConnection();
  const [event] = await conn.execute<Array<{ name: string; starts_at: Date; location: string }>>(
    `select name, starts_at, location from events where id = ?`,
    [eventId],
  );
  const options = await conn.execute<Array<{ id: string; name: string; group_id: string | null; ticket: string }>>(
    `select o.id, o.name, o.group_id, t.name as ticket from options o join tickets t on t.id = o.ticket_id where t.event_id = ? and o.group_id is null order by t.position, t.id, o.position, o.id`,
    [eventId],
  );
  const groups = await conn.execute<Array<{ id: string; name: string; ticket: string }>>(
    `select g.id, g.name, t.name as ticket from option_groups g join tickets t on t.id = g.ticket_id where t.event_id = ? order by t.position, t.id, g.position, g.id`,
    [eventId],
  );
  const infos = await conn.execute<Array<{ id: string; label: string; type: string; ticket: string }>>(
    `select x.id, x.label, x.type, t.name as ticket from extra_infos x join tickets t on t.id = x.ticket_id where t.event_id = ? order by t.position, t.id, x.position, x.id`,
    [eventId],
  );
  return {
    eventName: event.name,
    startsAt: new Date(event.starts_at),
    location: event.location,
    options: options.map((o) => ({ id: o.id, name: o.name, ticketName: o.ticket })),
    groups: groups.map((g) => ({ id: g.id, name: g.name, ticketName: g.ticket })),
    infos: infos.map((x) => ({ id: x.id, label: x.label, type: x.type, ticketName: x.ticket })),
  };
}

export async function countRows(em: EntityManager, eventId: string, filter: BookingFilter): Promise<number> {
  const { where, params } = bookingFilterSql(eventId, filter);
  const [{ n }] = await em
    .getConnection()
    .execute<Array<{ n: number }>>(`select count(*)::int as n from bookings b where ${where.join(' and ')}`, params);
  return n;
}

const date = (v: unknown) => (v == null ? null : new Date(v as string));

/**
 * EX2: the filtered bookings sorted by name, read in batches (keyset pagination, never OFFSET), each batch with its
 * options, answers, payments and check-ins: memory holds one batch, whatever the event's size. Deleted accounts are
 * named for a reader of `locale`.
 */
export async function* exportRows(
  em: EntityManager,
  eventId: string,
  filter: BookingFilter,
  locale: Locale = DEFAULT_LOCALE,
): AsyncGenerator<ExportRow[]> {
  const anonymous = t(locale, 'document_anonymous');
  const name = (first: string | null | undefined, last: string | null | undefined) =>
    personName(first, last, anonymous);
  const conn = em.getConnection();
  const { where, params } = bookingFilterSql(eventId, filter);
  let after: [string, string, string] | null = null;
  for (;;) {
    const page: string[] = after
      ? [...where, '(lower(b.holder_last_name), lower(b.holder_first_name), b.id) > (?, ?, ?)']
      : where;
    const rows: Array<SqlRow> = await conn.execute<Array<SqlRow>>(
      `select b.id, b.reference, b.status, b.holder_first_name, b.holder_last_name, b.holder_email, b.holder_id is not null as has_account,
              b.sponsor_id, s.first_name as sponsor_first, s.last_name as sponsor_last, s.email as sponsor_email,
              b.given_by_id, g.first_name as given_first, g.last_name as given_last,
              t.name as ticket, b.price_cents, b.forced, b.created_at, b.reserved_at, b.expires_at, b.ended_at, b.opposition_reason,
              c.checked_in_at, cu.first_name as checker_first, cu.last_name as checker_last, c.booking_id is not null as checked,
              lower(b.holder_last_name) as k1, lower(b.holder_first_name) as k2
         from bookings b
         join tickets t on t.id = b.ticket_id
         left join users s on s.id = b.sponsor_id
         left join users g on g.id = b.given_by_id
         left join check_ins c on c.booking_id = b.id
         left join users cu on cu.id = c.checked_in_by_id
        where ${page.join(' and ')}
        order by lower(b.holder_last_name), lower(b.holder_first_name), b.id
        limit ?`,
      [...params, ...(after ?? []), BATCH],
    );
    if (!rows.length) return;
    // The page's ids as one parameter (issue 14: MikroORM inlines parameters, escaping each of 500 ids per query).
    const idList = rows.map((r) => r.id as string).join(',');
    const [options, answers, payments] = await Promise.all([
      conn.execute<Array<SqlRow>>(
        `select booking_id, option_id, group_id, name, price_cents from booking_options where booking_id = any(string_to_array(?, ',')::uuid[]) order by name`,
        [idList],
      ),
      conn.execute<Array<SqlRow>>(
        `select a.booking_id, a.extra_info_id, a.text_value, a.number_value, a.choice_value, a.file_key, a.file_name, a.file_mime, a.file_size, a.validated_at,
                a.validated_by_id, v.first_name as v_first, v.last_name as v_last
           from answers a left join users v on v.id = a.validated_by_id where a.booking_id = any(string_to_array(?, ',')::uuid[])`,
        [idList],
      ),
      conn.execute<Array<SqlRow>>(
        `select booking_id, provider, method, amount_cents, currency, reference, created_at, conforming, problem from payments where booking_id = any(string_to_array(?, ',')::uuid[]) order by created_at`,
        [idList],
      ),
    ]);
    const by = <T extends SqlRow>(list: T[]) => {
      const m = new Map<string, T[]>();
      for (const x of list) {
        const group = m.get(x.booking_id);
        if (group) group.push(x);
        else m.set(x.booking_id, [x]);
      }
      return m;
    };
    const [o, a, p] = [by(options), by(answers), by(payments)];
    yield rows.map((r): ExportRow => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      holderFirstName: r.holder_first_name,
      holderLastName: r.holder_last_name,
      holderEmail: isDeletedAddress(r.holder_email) ? '' : r.holder_email, // AC3: a deleted account's address is not shown
      holderName: name(r.holder_first_name, r.holder_last_name),
      hasAccount: r.has_account,
      sponsorName: r.sponsor_id ? name(r.sponsor_first, r.sponsor_last) : null,
      sponsorEmail: r.sponsor_email ?? null,
      givenByName: r.given_by_id ? name(r.given_first, r.given_last) : null,
      ticketName: r.ticket,
      priceCents: r.price_cents,
      forced: r.forced,
      createdAt: new Date(r.created_at),
      reservedAt: date(r.reserved_at),
      expiresAt: date(r.expires_at),
      endedAt: date(r.ended_at),
      oppositionReason: r.opposition_reason,
      options: (o.get(r.id) ?? []).map((x) => ({
        optionId: x.option_id,
        groupId: x.group_id,
        name: x.name,
        priceCents: x.price_cents,
      })),
      answers: (a.get(r.id) ?? []).map((x) => ({
        extraInfoId: x.extra_info_id,
        text: x.text_value,
        number: x.number_value,
        choice: x.choice_value,
        fileKey: x.file_key,
        fileName: x.file_name,
        fileMime: x.file_mime,
        fileSize: x.file_size,
        validatedAt: date(x.validated_at),
        validatedBy: x.validated_by_id ? name(x.v_first, x.v_last) : x.validated_at ? anonymous : null,
      })),
      payments: (p.get(r.id) ?? []).map((x) => ({
        provider: x.provider,
        method: x.method,
        amountCents: x.amount_cents,
        currency: x.currency.trim(),
        reference: x.reference,
        at: new Date(x.created_at),
        conforming: x.conforming,
        problem: x.problem,
      })),
      checkedInAt: date(r.checked_in_at),
      checkedInBy: r.checked ? name(r.checker_first, r.checker_last) : null,
    }));
    const last: SqlRow = rows[rows.length - 1];
    after = [last.k1, last.k2, last.id];
    if (rows.length < BATCH) return;
  }
}
