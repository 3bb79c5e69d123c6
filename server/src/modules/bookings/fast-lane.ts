import type { Knex } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { notFound, unauthenticated } from '../../core/errors';
import { batches } from '../../core/batches';
import { busy, databaseError, SQLSTATE, type PgError } from '../../db/sqlstates';
import { POOL_ACQUIRE_TIMEOUT_MS } from '../../db/orm-config';
import { BOUNDED_WAITS_SQL, inGate, type Gate } from '../../db/transactions';
import { isUuid } from '../../core/ids';
import { SESSION_DUE, sessionOpenSql, sessionTokenHash } from '../accounts';
import { seesByVisibility } from '../permissions';
import { eligibilityPerson } from '../tickets';
import type { EventVisibility, Language, TicketKind } from '../../model';
import {
  assertMayBook,
  checkChosenOptions,
  uniqueOptionIds,
  writeBooking,
  type ChosenOption,
} from './bookings.service';
import { createBatchStatement, type createStatement, type NewBookingRow } from './transitions';

type Statement = ReturnType<typeof createStatement>;

/*
 * Issue 14: the sale opening at the database's speed. `book` for oneself (no guest) — what two thousand people send
 * at noon sharp — in two SQL statements on bare `pg` connections taken from the ORM's own pool: one prepared
 * statement reads the session, the account, the ticket, its event and, only when they matter, the person's
 * association memberships and the chosen options; the second is the booking's one insert (the general path's
 * statement, `writeBooking`, in a transaction of its own that bounds its lock waits). Concurrent requests share
 * them: their reads go in one statement, one ticket's inserts in one statement (which, when a guard refuses one of
 * them, is followed by each insert alone). Every rule runs through the same functions as `bookings.service.book`, in
 * the same order, so each answer is the one the general path gives (http/fast-book.ts proves it byte for byte).
 * Whatever this lane does not cover answers `null` before anything is written, and the general path takes the
 * request: a guest, a draft or internal event (the viewer's grants decide), a session due for its hourly refresh.
 */

/** What the fast lane needs from the request: who (the session cookie's secret), what, and the request id. */
export interface FastBookRequest {
  sessionSecret: string | undefined;
  ticketId: string;
  optionIds: string[];
  requestId: string;
  /**
   * False: let through admission to read only (a ticket seen sold out, http/sold-out.ts): when every check passes,
   * 'MUST_ADMIT' is answered instead of writing, and the caller admits the request and asks again.
   */
  mayWrite: boolean;
}

/** The row the read returns for one request (fixed columns: a prepared statement's result type must not change). */
interface ReadRow {
  user_id: string | null;
  user_kind: 'SCHOOL' | 'EXTERNAL';
  school_id: string | null;
  class_year: number | null;
  language: Language;
  email: string;
  first_name: string;
  last_name: string;
  session_due: boolean;
  ticket_id: string | null;
  ticket_kind: TicketKind;
  ticket_name: string;
  price_cents: number;
  capacity: number | null;
  places_taken: number;
  school_ids: string[];
  class_years: number[];
  association_ids: string[];
  sales_open_at: Date | string | null;
  sales_close_at: Date | string | null;
  pending_guests_per_sponsor: number;
  event_id: string;
  event_name: string;
  visibility: EventVisibility;
  ends_at: Date | string;
  cancelled_at: Date | string | null;
  payment_deadline_hours: number | null;
  sponsorship_limit: number;
  event_capacity: number | null;
  event_places_taken: number;
  quotas: Array<{ id: string; name: string; capacity: number; placesTaken: number }>;
  memberships: Array<{ associationId: string; endsOn: string }> | null;
  options: Array<{ id: string; name: string; priceCents: number; groupId: string | null }> | null;
  holds_offer: boolean;
}

/**
 * The read of a batch of requests (core/batches.ts: whatever arrived while the last batch ran), one row per request in
 * their order (`n`). The session test is `resolveViewer`'s (accounts: sessionOpenSql); a session due for its renewal
 * (SESSION_DUE) goes to the general path, which writes it. Memberships are read only for a ticket restricted to
 * associations, options only when some are chosen (as `book` does). The event's total and the ticket's quotas (CP1)
 * are read as `book` reads them (tickets: quotasOfTicket), for the same early SOLD_OUT, and whether the person holds a
 * place offered from the waiting list on the ticket (WL2), which lets them through it. The arrays are the requests'
 * session hashes, ticket ids and chosen options (ids checked to be UUIDs, joined by commas); each request's row is
 * read by its own index lookups (the lateral join), whatever the planner estimates of the arrays' length.
 */
const READ = {
  name: 'fast_book_read_v4',
  text: `select x.* from unnest($1::text[], $2::uuid[], $3::text[]) with ordinality as r(hash, ticket, options, n)
  cross join lateral (select u.id as user_id, u.kind as user_kind, u.school_id, u.class_year, u.language, u.email, u.first_name,
       u.last_name, ${SESSION_DUE} as session_due,
       t.id as ticket_id, t.kind as ticket_kind, t.name as ticket_name, t.price_cents, t.capacity, t.places_taken,
       t.school_ids, t.class_years, t.association_ids, t.sales_open_at, t.sales_close_at, t.pending_guests_per_sponsor,
       e.id as event_id, e.name as event_name, e.visibility, e.ends_at, e.cancelled_at, e.payment_deadline_hours,
       e.sponsorship_limit, e.capacity as event_capacity, e.places_taken as event_places_taken,
       (select coalesce(json_agg(json_build_object('id', q.id, 'name', q.name, 'capacity', q.capacity,
                                                   'placesTaken', q.places_taken) order by q.id), '[]'::json)
          from ticket_quotas tq join quotas q on q.id = tq.quota_id where tq.ticket_id = t.id) as quotas,
       case when u.id is not null and jsonb_array_length(t.association_ids) > 0 then
         (select coalesce(json_agg(json_build_object('associationId', m.association_id,
                                                     'endsOn', to_char(m.ends_on, 'YYYY-MM-DD'))), '[]'::json)
            from association_memberships m where m.user_id = u.id) end as memberships,
       case when r.options <> '' then
         (select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'priceCents', o.price_cents,
                                                     'groupId', o.group_id) order by o.position, o.id), '[]'::json)
            from options o where o.ticket_id = t.id and o.id = any(string_to_array(r.options, ',')::uuid[])) end as options,
       exists (select 1 from waiting_list_entries w where w.ticket_id = t.id and w.user_id = u.id
                 and w.status = 'OFFERED' and w.guest_email is null) as holds_offer
  from (select 1) as one
  left join sessions s on ${sessionOpenSql('r.hash')}
  left join users u on u.id = s.user_id
  left join tickets t on t.id = r.ticket
  left join events e on e.id = t.event_id) as x
  order by r.n`,
};
/** At most this many requests read in one statement, and this many such statements at once (of the pool's 10). */
const READ_BATCH = { max: 100, concurrency: 3 };
/**
 * The bookings of one ticket are written one batch at a time (they would only queue on its row lock), at most this
 * many in one statement; other tickets' batches run beside them, each holding a slot of the mutation gate.
 */
const WRITE_BATCH = { max: 16, concurrency: 1 };
const CREATE = 'fast_book_create_v1';
const BEGIN_BOUNDED = `begin; ${BOUNDED_WAITS_SQL}`;

const date = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

interface PgClient {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
  /** A statement without parameters, on the simple protocol (several at once). */
  query(text: string): Promise<unknown>;
}

/** A request's read, as the batch gives it back. */
interface ReadItem {
  hash: string;
  ticketId: string;
  optionIds: string[];
}

/** Books the ticket for the session's person, or answers `null` when the general path must (nothing written then). */
export type FastBook = (req: FastBookRequest) => Promise<NewBookingRow | null | 'MUST_ADMIT'>;

/**
 * The lane of one app, on the ORM's pool (`knex`). Throws what `book` throws: a DomainError, or a database error that
 * `databaseError` codes. The reads of concurrent requests go together (READ_BATCH), and so do the writes of one
 * ticket's bookings (WRITE_BATCH).
 */
export function fastBooker(deps: AppDeps, knex: Knex, writes: Gate): FastBook {
  /**
   * Connections of the ORM's pool, used bare: `pg` keeps one when a statement fails (a trigger's SOLD_OUT), where
   * `pool.query` would close it and make PostgreSQL fork a new backend for the next one.
   */
  async function onConnection<T>(work: (client: PgClient) => Promise<T>): Promise<T> {
    const client = (await knex.client.acquireConnection()) as PgClient;
    try {
      return await work(client);
    } finally {
      await knex.client.releaseConnection(client);
    }
  }
  /**
   * Runs one writing statement in a transaction of its own whose waits are bounded as every transaction's are
   * (db/transactions.ts: a row lock for LOCK_TIMEOUT_MS, then 55P03, coded BUSY). The bounds are the transaction's own
   * (SET LOCAL): nothing of them stays on the pool's connection.
   */
  async function boundedWrite(client: PgClient, statement: { name: string; text: string; values: unknown[] }) {
    await client.query(BEGIN_BOUNDED); // one round trip: the simple protocol takes both
    try {
      await client.query(statement);
      await client.query('commit');
    } catch (e) {
      await client.query('rollback');
      throw e;
    }
  }
  const read = batches<ReadItem, ReadRow>(
    (items) =>
      onConnection(async (client) => {
        const { rows } = await client.query<ReadRow>({
          ...READ,
          values: [items.map((i) => i.hash), items.map((i) => i.ticketId), items.map((i) => i.optionIds.join(','))],
        });
        return rows;
      }),
    { ...READ_BATCH, maxWaitMs: POOL_ACQUIRE_TIMEOUT_MS, timedOut: busy },
  );

  /**
   * Writes a batch of one ticket's bookings: one statement for all (createBatchStatement), or, when a guard refused one
   * of them (a place short, a person who booked meanwhile) or for one alone, each `createStatement` on its own, for
   * each its own outcome (the error is the one a booking alone would have met). Its row-lock waits are bounded
   * (`boundedWrite`): a batch that waited out the bound (55P03) answers BUSY for all, since each alone would wait for
   * the same lock again.
   */
  async function writeBatch(client: PgClient, items: Array<{ statement: Statement }>) {
    if (items.length > 1) {
      const batch = createBatchStatement(items.map((i) => i.statement));
      try {
        await boundedWrite(client, { name: batch.name, text: batch.numbered, values: batch.params });
        return items.map(() => ({}));
      } catch (err) {
        if ((err as PgError).code === SQLSTATE.LOCK_NOT_AVAILABLE) return items.map(() => ({ error: err }));
        // One of them was refused (nothing was written): each on its own below. Anything but a guard's coded
        // refusal (a bug in the batch statement?) is logged: the bookings are still written one by one.
        if (!databaseError(err))
          deps.log.warn({ err, bookings: items.length }, 'a batch of bookings failed; writing them one by one');
      }
    }
    const outcomes: Array<{ error?: unknown }> = [];
    for (const { statement } of items) {
      try {
        await boundedWrite(client, { name: CREATE, text: statement.numbered, values: statement.params });
        outcomes.push({});
      } catch (error) {
        outcomes.push({ error });
      }
    }
    return outcomes;
  }
  /**
   * A batch holds one of the mutation gate's slots (`writes`) while it writes, as a transaction does: the lane's
   * writes and every other mutation share the pool's writing connections (SEC2).
   */
  const write = batches<{ ticketId: string; statement: Statement }, { error?: unknown }>(
    (items) => inGate(writes, () => onConnection((client) => writeBatch(client, items))),
    { ...WRITE_BATCH, key: (i) => i.ticketId, maxWaitMs: POOL_ACQUIRE_TIMEOUT_MS, timedOut: busy },
  );

  return async (req) => {
    if (!isUuid(req.ticketId) || !req.optionIds.every(isUuid)) return null; // the general path's own answers
    if (!req.sessionSecret) throw unauthenticated();
    const r = await read({
      hash: sessionTokenHash(req.sessionSecret),
      ticketId: req.ticketId,
      optionIds: req.optionIds,
    });
    if (!r.user_id) throw unauthenticated();
    if (r.session_due) return null;
    if (!r.ticket_id) throw notFound('Ticket');
    if (!seesByVisibility(r.user_kind, r.visibility)) return null;
    const now = deps.clock.now();
    const ticket = {
      id: r.ticket_id,
      name: r.ticket_name,
      kind: r.ticket_kind,
      priceCents: r.price_cents,
      capacity: r.capacity,
      placesTaken: r.places_taken,
      schoolIds: r.school_ids,
      classYears: r.class_years,
      associationIds: r.association_ids,
      salesOpenAt: date(r.sales_open_at),
      salesCloseAt: date(r.sales_close_at),
      pendingGuestsPerSponsor: r.pending_guests_per_sponsor,
    };
    const event = {
      id: r.event_id,
      name: r.event_name,
      endsAt: date(r.ends_at)!,
      cancelledAt: date(r.cancelled_at),
      paymentDeadlineHours: r.payment_deadline_hours,
      sponsorshipLimit: r.sponsorship_limit,
      capacity: r.event_capacity,
      placesTaken: r.event_places_taken,
    };
    const person = eligibilityPerson(
      { kind: r.user_kind, school: r.school_id ? { id: r.school_id } : null, classYear: r.class_year },
      (r.memberships ?? []).map((m) => ({ association: { id: m.associationId }, endsOn: m.endsOn })),
    );
    assertMayBook(person, ticket, event, r.quotas, now, r.holds_offer); // WL2: a place held for them
    const ids = uniqueOptionIds(req.optionIds);
    const options: ChosenOption[] = ids.length
      ? checkChosenOptions(
          ids,
          (r.options ?? []).map((o) => ({ ...o, group: o.groupId ? { id: o.groupId } : null })),
        )
      : [];
    if (!req.mayWrite) return 'MUST_ADMIT';
    const row = await writeBooking(
      {
        now,
        publicUrl: deps.config.publicUrl,
        actor: { viewer: { user: { id: r.user_id } }, requestId: req.requestId },
        run: async (statement) => {
          const { error } = await write({ ticketId: ticket.id, statement });
          if (error) throw error;
        },
      },
      {
        ticket,
        event,
        options,
        holder: { id: r.user_id, language: r.language },
        holderEmail: r.email,
        holderFirstName: r.first_name,
        holderLastName: r.last_name,
        sponsor: null,
        givenBy: null,
        forced: false,
      },
      'booking.created',
    );
    deps.outbox.kick();
    return row;
  };
}
