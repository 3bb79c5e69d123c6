import { Migration } from '@mikro-orm/migrations';

/**
 * Bookings (BK), their options, extra information answers (XI3–XI5), manual payments (BK7) and the mail outbox.
 * The database is the guard of the rules that must hold under concurrency (DESIGN.md):
 * - BK9 capacity: `tickets.places_taken` is kept by a trigger on every booking that becomes or stops being live;
 *   the increment is conditional on the capacity (unless the organizer forced a gift, BK11) and raises BK009.
 * - BK2 one live booking per person per event: unique partial indexes on the holder's account and email.
 * - BK4 sponsorship limit: a trigger serializes each sponsor's guest bookings of an event with an advisory lock
 *   and counts them (BK004 past the limit).
 * - TK4/OP3/XI2: bookings reference tickets, options and extra information with ON DELETE RESTRICT.
 * - XI4: a validated answer never changes (trigger). Payments are append-only proof (trigger).
 */
export class Migration20261129050000_bookings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "tickets" add column "places_taken" int not null default 0;`);
    this.addSql(
      `alter table "tickets" add constraint "tickets_places_taken_not_negative" check ("places_taken" >= 0);`,
    );
    this.addSql(`alter table "events" add column "cancellation_reason" text null;`);

    this.addSql(`create table "bookings" (
      "id" uuid not null,
      "reference" varchar(20) not null,
      "event_id" uuid not null,
      "ticket_id" uuid not null,
      "holder_id" uuid null,
      "holder_email" varchar(320) not null,
      "holder_first_name" varchar(100) not null,
      "holder_last_name" varchar(100) not null,
      "sponsor_id" uuid null,
      "given_by_id" uuid null,
      "forced" boolean not null default false,
      "status" text check ("status" in ('PRE_RESERVED', 'RESERVED', 'DELETED', 'EXPIRED', 'OPPOSED')) not null,
      "price_cents" int not null,
      "expires_at" timestamptz null,
      "reserved_at" timestamptz null,
      "ended_at" timestamptz null,
      "opposition_reason" text null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "bookings_pkey" primary key ("id"));`);
    this.addSql(`create unique index "bookings_reference_unique" on "bookings" ("reference");`);
    this.addSql(`create index "bookings_event_list_index" on "bookings" ("event_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "bookings_ticket_status_index" on "bookings" ("ticket_id", "status");`);
    this.addSql(`create index "bookings_holder_id_index" on "bookings" ("holder_id");`);
    this.addSql(`create index "bookings_holder_email_index" on "bookings" ("holder_email");`);
    this.addSql(`create index "bookings_sponsor_id_index" on "bookings" ("sponsor_id");`);
    this.addSql(
      `create index "bookings_expiry_index" on "bookings" ("expires_at") where "status" = 'PRE_RESERVED' and "expires_at" is not null;`,
    );
    this.addSql(
      `create unique index "bookings_one_live_per_holder" on "bookings" ("event_id", "holder_id") where "status" in ('PRE_RESERVED', 'RESERVED') and "holder_id" is not null;`,
    );
    this.addSql(
      `create unique index "bookings_one_live_per_email" on "bookings" ("event_id", "holder_email") where "status" in ('PRE_RESERVED', 'RESERVED');`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_ticket_id_foreign" foreign key ("ticket_id") references "tickets" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_holder_id_foreign" foreign key ("holder_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_sponsor_id_foreign" foreign key ("sponsor_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_given_by_id_foreign" foreign key ("given_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "bookings" add constraint "bookings_price_not_negative" check ("price_cents" >= 0);`);
    this.addSql(
      `alter table "bookings" add constraint "bookings_email_normalized" check ("holder_email" = lower(btrim("holder_email")) and "holder_email" like '%_@_%');`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_reserved_has_time" check ("status" <> 'RESERVED' or "reserved_at" is not null);`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_opposed_has_reason" check ("status" <> 'OPPOSED' or ("opposition_reason" is not null and "ended_at" is not null));`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_ended_has_time" check ("status" not in ('DELETED', 'EXPIRED') or "ended_at" is not null);`,
    );
    this.addSql(
      `alter table "bookings" add constraint "bookings_sponsor_not_holder" check ("sponsor_id" is null or "holder_id" is null or "sponsor_id" <> "holder_id");`,
    );

    this.addSql(`create table "booking_options" (
      "id" uuid not null,
      "booking_id" uuid not null,
      "option_id" uuid not null,
      "group_id" uuid null,
      "name" varchar(200) not null,
      "price_cents" int not null,
      constraint "booking_options_pkey" primary key ("id"));`);
    this.addSql(`create unique index "booking_options_once" on "booking_options" ("booking_id", "option_id");`);
    this.addSql(
      `create unique index "booking_options_one_per_group" on "booking_options" ("booking_id", "group_id") where "group_id" is not null;`,
    );
    this.addSql(`create index "booking_options_option_id_index" on "booking_options" ("option_id");`);
    this.addSql(
      `alter table "booking_options" add constraint "booking_options_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "booking_options" add constraint "booking_options_option_id_foreign" foreign key ("option_id") references "options" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "booking_options" add constraint "booking_options_group_id_foreign" foreign key ("group_id") references "option_groups" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "booking_options" add constraint "booking_options_price_not_negative" check ("price_cents" >= 0);`,
    );

    this.addSql(`create table "answers" (
      "id" uuid not null,
      "booking_id" uuid not null,
      "extra_info_id" uuid not null,
      "text_value" text null,
      "number_value" double precision null,
      "choice_value" varchar(200) null,
      "file_key" varchar(200) null,
      "file_mime" varchar(64) null,
      "file_size" int null,
      "file_name" varchar(255) null,
      "updated_at" timestamptz not null default now(),
      "updated_by_id" uuid null,
      "validated_at" timestamptz null,
      "validated_by_id" uuid null,
      constraint "answers_pkey" primary key ("id"));`);
    this.addSql(`create unique index "answers_one_per_requirement" on "answers" ("booking_id", "extra_info_id");`);
    this.addSql(`create index "answers_extra_info_id_index" on "answers" ("extra_info_id");`);
    this.addSql(
      `alter table "answers" add constraint "answers_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "answers" add constraint "answers_extra_info_id_foreign" foreign key ("extra_info_id") references "extra_infos" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "answers" add constraint "answers_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "answers" add constraint "answers_validated_by_id_foreign" foreign key ("validated_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "answers" add constraint "answers_one_value" check (num_nonnulls("text_value", "number_value", "choice_value", "file_key") = 1);`,
    );
    this.addSql(
      `alter table "answers" add constraint "answers_file_complete" check (("file_key" is null) = ("file_mime" is null) and ("file_key" is null) = ("file_size" is null));`,
    );

    this.addSql(`create table "payments" (
      "id" uuid not null,
      "booking_id" uuid not null,
      "provider" text check ("provider" in ('MANUAL', 'PAYPAL', 'LYDIA')) not null,
      "method" text check ("method" in ('CASH', 'CHEQUE', 'CARD', 'TRANSFER', 'OTHER', 'ONLINE')) not null,
      "amount_cents" int not null,
      "currency" char(3) not null default 'EUR',
      "reference" varchar(200) not null default '',
      "recorded_by_id" uuid null,
      "created_at" timestamptz not null default now(),
      constraint "payments_pkey" primary key ("id"));`);
    this.addSql(`create index "payments_booking_id_index" on "payments" ("booking_id");`);
    this.addSql(
      `alter table "payments" add constraint "payments_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "payments" add constraint "payments_amount_not_negative" check ("amount_cents" >= 0);`);

    this.addSql(`create table "outbox_mails" (
      "id" bigserial primary key,
      "to" varchar(320) not null,
      "subject" varchar(300) not null,
      "text" text not null,
      "html" text null,
      "links" jsonb not null default '[]',
      "created_at" timestamptz not null default now(),
      "attempts" int not null default 0,
      "last_error" text null,
      "sent_at" timestamptz null);`);
    this.addSql(`create index "outbox_mails_pending_index" on "outbox_mails" ("id") where "sent_at" is null;`);

    // BK9: places taken follow the bookings, and a booking that becomes live takes a place only if one is left.
    this.addSql(`create function "bookings_keep_places"() returns trigger language plpgsql as $$
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
        elsif was_live and not is_live then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = new."ticket_id";
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger "bookings_places" after insert or update of "status" on "bookings" for each row execute function "bookings_keep_places"();`,
    );

    // BK4: guests of one sponsor on restricted tickets of one event, counted under a per-sponsor lock.
    this.addSql(`create function "bookings_check_sponsorship"() returns trigger language plpgsql as $$
      declare
        ticket_kind text;
        allowed boolean;
        lim int;
        n int;
      begin
        if new."sponsor_id" is null or new."status" not in ('PRE_RESERVED', 'RESERVED') then return null; end if;
        if tg_op = 'UPDATE' and old."status" in ('PRE_RESERVED', 'RESERVED') then return null; end if;
        select "kind", "sponsorship_allowed" into ticket_kind, allowed from "tickets" where "id" = new."ticket_id";
        if ticket_kind <> 'RESTRICTED' then return null; end if;
        if not allowed then
          raise exception using errcode = 'BK004', message = 'SPONSORSHIP_NOT_ALLOWED: this ticket does not allow guests';
        end if;
        perform pg_advisory_xact_lock(hashtextextended('sponsor:' || new."event_id"::text || ':' || new."sponsor_id"::text, 0));
        select "sponsorship_limit" into lim from "events" where "id" = new."event_id";
        select count(*) into n from "bookings" b join "tickets" t on t."id" = b."ticket_id"
          where b."event_id" = new."event_id" and b."sponsor_id" = new."sponsor_id"
            and b."status" in ('PRE_RESERVED', 'RESERVED') and t."kind" = 'RESTRICTED';
        if n > lim then
          raise exception using errcode = 'BK004', message = 'SPONSORSHIP_LIMIT: the sponsor already has the maximum number of guests';
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger "bookings_sponsorship" after insert or update of "status" on "bookings" for each row execute function "bookings_check_sponsorship"();`,
    );

    // XI4: validation freezes the answer for good. (Answers are deleted only with their booking: the dead
    // pre-reservations of a ticket being deleted, TK4.)
    this.addSql(`create function "answers_frozen_once_validated"() returns trigger language plpgsql as $$
      begin
        if old."validated_at" is not null then
          raise exception using errcode = 'XI004', message = 'ANSWER_VALIDATED: a validated answer never changes';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "answers_frozen" before update on "answers" for each row execute function "answers_frozen_once_validated"();`,
    );

    // PY5/BK7: payments are proof, kept as written.
    this.addSql(`create function "payments_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'payments are append-only'; end $$;`);
    this.addSql(
      `create trigger "payments_append_only" before update or delete on "payments" for each row execute function "payments_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payments" cascade;`);
    this.addSql(`drop table if exists "answers" cascade;`);
    this.addSql(`drop table if exists "booking_options" cascade;`);
    this.addSql(`drop table if exists "bookings" cascade;`);
    this.addSql(`drop table if exists "outbox_mails" cascade;`);
    this.addSql(`drop function if exists "bookings_keep_places"() cascade;`);
    this.addSql(`drop function if exists "bookings_check_sponsorship"() cascade;`);
    this.addSql(`drop function if exists "answers_frozen_once_validated"() cascade;`);
    this.addSql(`drop function if exists "payments_append_only"() cascade;`);
    this.addSql(`alter table "tickets" drop constraint if exists "tickets_places_taken_not_negative";`);
    this.addSql(`alter table "tickets" drop column if exists "places_taken";`);
    this.addSql(`alter table "events" drop column if exists "cancellation_reason";`);
  }
}
