import { Migration } from '@mikro-orm/migrations';

/**
 * CP1 (issue 15): an event's total capacity shared by its tickets, and named quotas shared by some of its tickets.
 * PostgreSQL keeps the counters as it keeps `tickets.places_taken` (BK9): the places trigger takes a place, in one
 * statement's transaction, in the ticket, then in each of its quotas by id, then in the event — each increment
 * conditional on what is left (unless the organizer forced a gift, BK11) — or raises and nothing is taken. The
 * fixed order (ticket, quotas by id, event) is the one every writer follows, so concurrent bookings never deadlock.
 * SQLSTATEs: BK009 the ticket is full, CP001 a quota is full (DETAIL: the quota's name), CP002 the event is full;
 * all three reach clients as SOLD_OUT (db/sqlstates.ts).
 */
export const keepPlaces = `create or replace function "bookings_keep_places"() returns trigger language plpgsql as $$
      declare
        was_live boolean := tg_op = 'UPDATE' and old."status" in ('PRE_RESERVED', 'RESERVED');
        is_live boolean := new."status" in ('PRE_RESERVED', 'RESERVED');
        q record;
      begin
        if tg_op = 'UPDATE' and old."ticket_id" <> new."ticket_id" then
          raise exception 'bookings.ticket_id never changes';
        end if;
        if is_live and not was_live then
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
          update "events" set "places_taken" = "places_taken" + 1
            where "id" = new."event_id" and (new."forced" or "capacity" is null or "places_taken" < "capacity");
          if not found then
            raise exception using errcode = 'CP002', message = 'SOLD_OUT: no place left in the event';
          end if;
          -- Read after the ticket row lock: a cancellation that committed meanwhile is seen here.
          if exists (select 1 from "events" where "id" = new."event_id" and "cancelled_at" is not null) then
            raise exception using errcode = 'BK005', message = 'EVENT_CANCELLED: the event was cancelled';
          end if;
        elsif was_live and not is_live then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = new."ticket_id";
          for q in select "quota_id" as "id" from "ticket_quotas" where "ticket_id" = new."ticket_id" order by "quota_id" loop
            update "quotas" set "places_taken" = "places_taken" - 1 where "id" = q."id";
          end loop;
          update "events" set "places_taken" = "places_taken" - 1 where "id" = new."event_id";
        end if;
        return null;
      end $$;`;

/** The body of Migration20261129070000_bookings_cancelled_event, for `down`. */
const keepPlacesBefore = `create or replace function "bookings_keep_places"() returns trigger language plpgsql as $$
      declare
        was_live boolean := tg_op = 'UPDATE' and old."status" in ('PRE_RESERVED', 'RESERVED');
        is_live boolean := new."status" in ('PRE_RESERVED', 'RESERVED');
      begin
        if tg_op = 'UPDATE' and old."ticket_id" <> new."ticket_id" then
          raise exception 'bookings.ticket_id never changes';
        end if;
        if is_live and not was_live then
          update "tickets" set "places_taken" = "places_taken" + 1
            where "id" = new."ticket_id" and (new."forced" or "capacity" is null or "places_taken" < "capacity");
          if not found then
            raise exception using errcode = 'BK009', message = 'SOLD_OUT: no place left on this ticket';
          end if;
          if exists (select 1 from "events" where "id" = new."event_id" and "cancelled_at" is not null) then
            raise exception using errcode = 'BK005', message = 'EVENT_CANCELLED: the event was cancelled';
          end if;
        elsif was_live and not is_live then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = new."ticket_id";
        end if;
        return null;
      end $$;`;

export class Migration20261206100000_quotas extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "events" add column "capacity" int null, add column "places_taken" int not null default 0;`,
    );
    this.addSql(
      `alter table "events" add constraint "events_capacity_not_negative" check ("capacity" is null or "capacity" >= 0);`,
    );
    this.addSql(`alter table "events" add constraint "events_places_taken_not_negative" check ("places_taken" >= 0);`);
    // The live bookings of existing events, as the trigger will keep them from now on.
    this.addSql(`update "events" e set "places_taken" = coalesce(
      (select sum(t."places_taken") from "tickets" t where t."event_id" = e."id"), 0);`);

    this.addSql(`create table "quotas" (
      "id" uuid not null,
      "event_id" uuid not null,
      "name" varchar(100) not null,
      "capacity" int not null,
      "places_taken" int not null default 0,
      "created_at" timestamptz not null default now(),
      constraint "quotas_pkey" primary key ("id"));`);
    this.addSql(`create unique index "quotas_event_name_unique" on "quotas" ("event_id", "name");`);
    this.addSql(
      `alter table "quotas" add constraint "quotas_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "quotas" add constraint "quotas_capacity_not_negative" check ("capacity" >= 0);`);
    this.addSql(`alter table "quotas" add constraint "quotas_places_taken_not_negative" check ("places_taken" >= 0);`);

    this.addSql(`create table "ticket_quotas" (
      "ticket_id" uuid not null,
      "quota_id" uuid not null,
      constraint "ticket_quotas_pkey" primary key ("ticket_id", "quota_id"));`);
    this.addSql(`create index "ticket_quotas_quota_id_index" on "ticket_quotas" ("quota_id");`);
    this.addSql(
      `alter table "ticket_quotas" add constraint "ticket_quotas_ticket_id_foreign" foreign key ("ticket_id") references "tickets" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ticket_quotas" add constraint "ticket_quotas_quota_id_foreign" foreign key ("quota_id") references "quotas" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(keepPlaces);
  }

  override async down(): Promise<void> {
    this.addSql(keepPlacesBefore);
    this.addSql(`drop table if exists "ticket_quotas" cascade;`);
    this.addSql(`drop table if exists "quotas" cascade;`);
    this.addSql(`alter table "events" drop constraint if exists "events_capacity_not_negative";`);
    this.addSql(`alter table "events" drop constraint if exists "events_places_taken_not_negative";`);
    this.addSql(`alter table "events" drop column if exists "capacity", drop column if exists "places_taken";`);
  }
}
