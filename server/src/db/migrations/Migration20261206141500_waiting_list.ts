import { Migration } from '@mikro-orm/migrations';
import { keepPlaces as keepPlacesBefore } from './Migration20261206130000_event_total_only';

/**
 * WL1–WL3 (issue 15): the waiting list of sold-out tickets (docs/waiting-list.md).
 *
 * An entry waits (WAITING) for a ticket of an event, with the options and guest its person would book. When a place
 * frees, it is OFFERED to the first entry by position whose ticket has room: the offer HOLDS the place as a booking
 * does — the same counters (ticket, its quotas by id, the event's total when it has one) are incremented, so everyone
 * else is told SOLD_OUT — until the person books it (the places trigger converts the hold: BOOKED, no second
 * increment), leaves, or the offer lapses (the sweep job releases it and offers it to the next).
 *
 * `waiting_list_offer(event, now)` offers while places are free. It never WAITS for a lock: every row it needs (the
 * entry's ticket, its quotas, the event) is taken FOR UPDATE SKIP LOCKED — rows this transaction already holds are
 * granted at once — so, called from the places trigger after a place was freed (the freed ticket's rows are held),
 * it can't invert the lock order (ticket, quotas by id, event) against a booking in flight. When a row is busy the
 * offer is left to the sweep job (modules/waiting-list/sweep.ts), which calls it again on its own.
 */

export const keepPlaces = `create or replace function "bookings_keep_places"() returns trigger language plpgsql as $$
      declare
        was_live boolean := tg_op = 'UPDATE' and old."status" in ('PRE_RESERVED', 'RESERVED');
        is_live boolean := new."status" in ('PRE_RESERVED', 'RESERVED');
        q record;
        held uuid;
      begin
        if tg_op = 'UPDATE' and old."ticket_id" <> new."ticket_id" then
          raise exception 'bookings.ticket_id never changes';
        end if;
        if is_live and not was_live then
          -- WL2: a new booking by the person a place is held for on this ticket takes the held place (no increment).
          if tg_op = 'INSERT' and exists (select 1 from "waiting_list_entries" w
                where w."ticket_id" = new."ticket_id" and w."status" = 'OFFERED') then
            perform 1 from "tickets" where "id" = new."ticket_id" for update; -- the lock order: the ticket first
            update "waiting_list_entries" w set "status" = 'BOOKED', "booking_id" = new."id", "updated_at" = now(),
                   "ended_at" = now()
              where w."id" = (select x."id" from "waiting_list_entries" x
                               where x."ticket_id" = new."ticket_id" and x."status" = 'OFFERED'
                                 and ((x."guest_email" is null and new."sponsor_id" is null and new."holder_id" = x."user_id")
                                   or (x."guest_email" is not null and new."sponsor_id" = x."user_id"))
                               limit 1)
                and w."status" = 'OFFERED'
              returning w."id" into held;
          end if;
          if held is null then
            update "tickets" set "places_taken" = "places_taken" + 1
              where "id" = new."ticket_id" and (new."forced" or "capacity" is null or "places_taken" < "capacity");
            if not found then
              raise exception using errcode = 'BK009', message = 'SOLD_OUT: no place left on this ticket';
            end if;
            -- Read after the ticket row lock: links changed meanwhile (quotas.service locks the ticket first) are seen.
            for q in select qu."id", qu."name" from "ticket_quotas" tq join "quotas" qu on qu."id" = tq."quota_id"
                      where tq."ticket_id" = new."ticket_id" order by qu."id" loop
              update "quotas" set "places_taken" = "places_taken" + 1
                where "id" = q."id" and (new."forced" or "places_taken" < "capacity");
              -- A quota deleted meanwhile holds no place any more: only a quota still there is full.
              if not found and exists (select 1 from "quotas" where "id" = q."id") then
                raise exception using errcode = 'CP001', message = 'SOLD_OUT: no place left in a quota of this ticket',
                  detail = q."name";
              end if;
            end loop;
            -- The event's counter is kept only while it has a total.
            update "events" set "places_taken" = "places_taken" + 1
              where "id" = new."event_id" and "capacity" is not null and (new."forced" or "places_taken" < "capacity");
            if not found and exists (select 1 from "events" where "id" = new."event_id" and "capacity" is not null) then
              raise exception using errcode = 'CP002', message = 'SOLD_OUT: no place left in the event';
            end if;
          end if;
          -- Read after the ticket row lock: a cancellation that committed meanwhile is seen here.
          if exists (select 1 from "events" where "id" = new."event_id" and "cancelled_at" is not null) then
            raise exception using errcode = 'BK005', message = 'EVENT_CANCELLED: the event was cancelled';
          end if;
          -- WL1: someone waiting for a place for themselves who books one otherwise leaves the list (an offer they
          -- hold on another ticket is ended by the sweep job, which takes that ticket's lock first).
          if held is null and new."sponsor_id" is null and new."holder_id" is not null then
            update "waiting_list_entries" set "status" = 'LEFT', "updated_at" = now(), "ended_at" = now()
              where "event_id" = new."event_id" and "user_id" = new."holder_id" and "status" = 'WAITING'
                and "guest_email" is null;
          end if;
        elsif was_live and not is_live then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = new."ticket_id";
          for q in select "quota_id" as "id" from "ticket_quotas" where "ticket_id" = new."ticket_id" order by "quota_id" loop
            update "quotas" set "places_taken" = "places_taken" - 1 where "id" = q."id";
          end loop;
          update "events" set "places_taken" = "places_taken" - 1 where "id" = new."event_id" and "capacity" is not null;
          -- WL2: the freed place goes to the waiting list first, in this transaction (the rows are still held).
          if exists (select 1 from "waiting_list_entries" where "event_id" = new."event_id" and "status" = 'WAITING') then
            perform "waiting_list_offer"(new."event_id", now());
          end if;
        end if;
        return null;
      end $$;`;

const offer = `create or replace function "waiting_list_offer"(p_event uuid, p_now timestamptz) returns integer
    language plpgsql as $$
      declare
        ev record;
        w record;
        t record;
        q record;
        room boolean;
        busy boolean;
        offered integer := 0;
        full_tickets uuid[] := '{}';
      begin
        select "id", "capacity", "places_taken", "cancelled_at", "ends_at", "waiting_list_offer_minutes"
          into ev from "events" where "id" = p_event;
        if not found or ev."cancelled_at" is not null or ev."ends_at" <= p_now then
          return 0;
        end if;
        for w in select x."id", x."ticket_id" from "waiting_list_entries" x
                  where x."event_id" = p_event and x."status" = 'WAITING'
                  order by x."position", x."created_at", x."id" loop
          continue when w."ticket_id" = any(full_tickets);
          -- Never wait: rows held by this transaction are granted at once, a row held by another one is skipped.
          select "id", "capacity", "places_taken", "sales_close_at" into t from "tickets"
            where "id" = w."ticket_id" for update skip locked;
          if not found then
            return offered; -- busy: the sweep job offers it later, in order
          end if;
          room := (t."capacity" is null or t."places_taken" < t."capacity")
                  and (t."sales_close_at" is null or t."sales_close_at" > p_now);
          busy := false;
          if room then
            for q in select tq."quota_id" as "id" from "ticket_quotas" tq where tq."ticket_id" = t."id" order by tq."quota_id" loop
              perform 1 from "quotas" where "id" = q."id" for update skip locked;
              if not found then
                busy := exists (select 1 from "quotas" where "id" = q."id");
                exit when busy;
              elsif exists (select 1 from "quotas" where "id" = q."id" and "places_taken" >= "capacity") then
                room := false;
              end if;
            end loop;
          end if;
          -- The event's total read again under the ticket's lock (setEventCapacity locks every ticket first).
          select "capacity" into ev."capacity" from "events" where "id" = p_event;
          if room and not busy and ev."capacity" is not null then
            select "capacity", "places_taken" into ev."capacity", ev."places_taken" from "events"
              where "id" = p_event for update skip locked;
            if not found then
              busy := true;
            elsif ev."capacity" is not null and ev."places_taken" >= ev."capacity" then
              room := false;
            end if;
          end if;
          if busy then
            return offered;
          end if;
          if not room then
            full_tickets := full_tickets || t."id";
            continue;
          end if;
          update "tickets" set "places_taken" = "places_taken" + 1 where "id" = t."id";
          update "quotas" set "places_taken" = "places_taken" + 1
            where "id" in (select "quota_id" from "ticket_quotas" where "ticket_id" = t."id");
          if ev."capacity" is not null then
            update "events" set "places_taken" = "places_taken" + 1 where "id" = p_event;
          end if;
          update "waiting_list_entries" set "status" = 'OFFERED', "offered_at" = p_now,
                 "offer_expires_at" = p_now + make_interval(mins => ev."waiting_list_offer_minutes"),
                 "offer_mailed_at" = null, "updated_at" = p_now
            where "id" = w."id";
          offered := offered + 1;
        end loop;
        if offered > 0 then
          perform pg_notify('waiting_list', p_event::text); -- delivered at commit: the offer mails
        end if;
        return offered;
      end $$;`;

/**
 * WL2: ends an entry (LEFT, REMOVED, LAPSED); an OFFERED one gives its held place back (decrements in the lock order:
 * its ticket first, then its quotas by id, then the event) and the place is offered to the next. Returns the status
 * the entry had (null: unknown, or already ended).
 */
const end = `create or replace function "waiting_list_end"(p_entry uuid, p_status text, p_now timestamptz) returns text
    language plpgsql as $$
      declare
        e record;
        q record;
      begin
        select "ticket_id", "event_id" into e from "waiting_list_entries" where "id" = p_entry;
        if not found then
          return null;
        end if;
        perform 1 from "tickets" where "id" = e."ticket_id" for update;
        select "id", "status", "ticket_id", "event_id" into e from "waiting_list_entries"
          where "id" = p_entry and "status" in ('WAITING', 'OFFERED') for update;
        if not found then
          return null;
        end if;
        update "waiting_list_entries" set "status" = p_status, "updated_at" = p_now, "ended_at" = p_now
          where "id" = p_entry;
        if e."status" = 'OFFERED' then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = e."ticket_id";
          for q in select "quota_id" as "id" from "ticket_quotas" where "ticket_id" = e."ticket_id" order by "quota_id" loop
            update "quotas" set "places_taken" = "places_taken" - 1 where "id" = q."id";
          end loop;
          update "events" set "places_taken" = "places_taken" - 1 where "id" = e."event_id" and "capacity" is not null;
          perform "waiting_list_offer"(e."event_id", p_now);
        end if;
        return e."status";
      end $$;`;

/** A held place never outlives its entry (an account or ticket deleted with its entries). */
const released = `create or replace function "waiting_list_released"() returns trigger language plpgsql as $$
      declare
        q record;
      begin
        if old."status" = 'OFFERED' then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = old."ticket_id";
          for q in select "quota_id" as "id" from "ticket_quotas" where "ticket_id" = old."ticket_id" order by "quota_id" loop
            update "quotas" set "places_taken" = "places_taken" - 1 where "id" = q."id";
          end loop;
          update "events" set "places_taken" = "places_taken" - 1 where "id" = old."event_id" and "capacity" is not null;
        end if;
        return null;
      end $$;`;

export class Migration20261206141500_waiting_list extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "events"
      add column "waiting_list_open" boolean not null default true,
      add column "waiting_list_offer_minutes" int not null default 1440;`);
    this.addSql(`alter table "events" add constraint "events_waiting_list_offer_minutes_range"
      check ("waiting_list_offer_minutes" >= 5 and "waiting_list_offer_minutes" <= 20160);`);
    this.addSql(`create table "waiting_list_entries" (
      "id" uuid not null primary key,
      "event_id" uuid not null references "events" ("id") on delete cascade,
      "ticket_id" uuid not null references "tickets" ("id") on delete cascade,
      "user_id" uuid not null references "users" ("id") on delete cascade,
      "option_ids" uuid[] not null default '{}',
      "guest_first_name" varchar(100) null,
      "guest_last_name" varchar(100) null,
      "guest_email" varchar(320) null,
      "position" int not null,
      "status" text not null default 'WAITING'
        check ("status" in ('WAITING', 'OFFERED', 'BOOKED', 'LAPSED', 'LEFT', 'REMOVED')),
      "offered_at" timestamptz null,
      "offer_expires_at" timestamptz null,
      "offer_mailed_at" timestamptz null,
      "booking_id" uuid null references "bookings" ("id") on delete set null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "ended_at" timestamptz null,
      constraint "waiting_list_entries_offer_complete"
        check ("status" <> 'OFFERED' or ("offered_at" is not null and "offer_expires_at" is not null)),
      constraint "waiting_list_entries_guest_complete"
        check (("guest_email" is null) = ("guest_first_name" is null) and ("guest_email" is null) = ("guest_last_name" is null))
    );`);
    this
      .addSql(`create unique index "waiting_list_entries_one_per_person" on "waiting_list_entries" ("event_id", "user_id")
      where "status" in ('WAITING', 'OFFERED');`);
    this.addSql(`create index "waiting_list_entries_waiting" on "waiting_list_entries" ("event_id", "position")
      where "status" = 'WAITING';`);
    this.addSql(`create index "waiting_list_entries_offered" on "waiting_list_entries" ("ticket_id")
      where "status" = 'OFFERED';`);
    this.addSql(`create index "waiting_list_entries_user" on "waiting_list_entries" ("user_id");`);
    this.addSql(offer);
    this.addSql(end);
    this.addSql(released);
    this.addSql(`create trigger "waiting_list_entries_released" after delete on "waiting_list_entries"
      for each row execute function "waiting_list_released"();`);
    this.addSql(keepPlaces);
  }

  override async down(): Promise<void> {
    this.addSql(keepPlacesBefore);
    this.addSql(`drop table if exists "waiting_list_entries" cascade;`);
    this.addSql(`drop function if exists "waiting_list_offer"(uuid, timestamptz);`);
    this.addSql(`drop function if exists "waiting_list_end"(uuid, text, timestamptz);`);
    this.addSql(`drop function if exists "waiting_list_released"();`);
    this.addSql(`alter table "events" drop column "waiting_list_open", drop column "waiting_list_offer_minutes";`);
  }
}
