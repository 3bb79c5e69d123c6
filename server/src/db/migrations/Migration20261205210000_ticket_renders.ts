import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14, TT2: a reservation's ticket is rendered before anyone asks. `ticket_renders` records, per booking and
 * format, the stored file and the hash of what is printed on it; a download whose current hash matches serves the
 * file. `ticket_render_queue` lists the bookings whose ticket may have to be rendered again (or removed): triggers
 * add them whenever something printed changes — a booking becomes or stops being a reservation, its holder's names,
 * its options, its event's name, dates, place or cancellation, its ticket's name or template, its holder's account
 * (language) — and NOTIFY `ticket_renders` at commit so that a worker renders them at once. `turn` changes at every
 * new mention, so a worker only drops the entry it rendered from.
 */
export class Migration20261205210000_ticket_renders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ticket_renders" (
      "booking_id" uuid not null references "bookings" ("id") on update cascade on delete cascade,
      "format" text not null check ("format" in ('png', 'pdf')),
      "facts_hash" text not null,
      "key_id" int not null,
      "storage_key" text not null,
      "bytes" int not null check ("bytes" > 0),
      "rendered_at" timestamptz not null,
      primary key ("booking_id", "format")
    );`);
    this.addSql(`create sequence "ticket_render_turns";`);
    this.addSql(`create table "ticket_render_queue" (
      "booking_id" uuid primary key references "bookings" ("id") on update cascade on delete cascade,
      "turn" bigint not null default nextval('ticket_render_turns'),
      "queued_at" timestamptz not null default now(),
      "claimed_until" timestamptz null
    );`);
    this.addSql(`create index "ticket_render_queue_order" on "ticket_render_queue" ("queued_at");`);
    // One function enqueues: the bookings a statement names, with one NOTIFY per transaction (PostgreSQL folds them).
    this.addSql(`create or replace function "ticket_renders_enqueue"(ids uuid[]) returns void language plpgsql as $$
      declare n int;
      begin
        insert into "ticket_render_queue" ("booking_id")
          select distinct unnest(ids)
          on conflict ("booking_id") do update
            set "turn" = nextval('ticket_render_turns'), "queued_at" = now(), "claimed_until" = null;
        get diagnostics n = row_count;
        if n > 0 then perform pg_notify('ticket_renders', ''); end if;
      end $$;`);
    this.addSql(`create or replace function "ticket_renders_booking_changed"() returns trigger language plpgsql as $$
      begin
        perform "ticket_renders_enqueue"(array[new."id"]);
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_renders_booking_inserted" after insert on "bookings"
      for each row when (new."status" = 'RESERVED') execute function "ticket_renders_booking_changed"();`);
    this.addSql(`create trigger "ticket_renders_booking_updated"
      after update of "status", "holder_first_name", "holder_last_name", "holder_email", "reference", "price_cents", "event_id", "ticket_id" on "bookings"
      for each row when ((old."status" = 'RESERVED' or new."status" = 'RESERVED') and (
        old."status" is distinct from new."status" or old."holder_first_name" is distinct from new."holder_first_name"
        or old."holder_last_name" is distinct from new."holder_last_name" or old."holder_email" is distinct from new."holder_email"
        or old."reference" is distinct from new."reference" or old."price_cents" is distinct from new."price_cents"
        or old."event_id" is distinct from new."event_id" or old."ticket_id" is distinct from new."ticket_id"))
      execute function "ticket_renders_booking_changed"();`);
    this.addSql(`create or replace function "ticket_renders_options_changed"() returns trigger language plpgsql as $$
      declare bid uuid := coalesce(new."booking_id", old."booking_id");
      begin
        if exists (select 1 from "bookings" b where b."id" = bid and b."status" = 'RESERVED') then
          perform "ticket_renders_enqueue"(array[bid]);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_renders_options_changed" after insert or update or delete on "booking_options"
      for each row execute function "ticket_renders_options_changed"();`);
    this.addSql(`create or replace function "ticket_renders_event_changed"() returns trigger language plpgsql as $$
      begin
        perform "ticket_renders_enqueue"(array(select b."id" from "bookings" b where b."event_id" = new."id" and b."status" = 'RESERVED'));
        return null;
      end $$;`);
    this
      .addSql(`create trigger "ticket_renders_event_changed" after update of "name", "starts_at", "ends_at", "location", "cancelled_at" on "events"
      for each row when (old."name" is distinct from new."name" or old."starts_at" is distinct from new."starts_at"
        or old."ends_at" is distinct from new."ends_at" or old."location" is distinct from new."location"
        or old."cancelled_at" is distinct from new."cancelled_at")
      execute function "ticket_renders_event_changed"();`);
    this.addSql(`create or replace function "ticket_renders_ticket_changed"() returns trigger language plpgsql as $$
      begin
        perform "ticket_renders_enqueue"(array(select b."id" from "bookings" b where b."ticket_id" = new."id" and b."status" = 'RESERVED'));
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_renders_ticket_changed" after update of "name", "template_key" on "tickets"
      for each row when (old."name" is distinct from new."name" or old."template_key" is distinct from new."template_key")
      execute function "ticket_renders_ticket_changed"();`);
    // The holder's language is that of the account owning the holder's address (issue 12).
    this.addSql(`create or replace function "ticket_renders_user_changed"() returns trigger language plpgsql as $$
      begin
        perform "ticket_renders_enqueue"(array(select b."id" from "bookings" b
          where b."holder_email" in (old."email", new."email") and b."status" = 'RESERVED'));
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_renders_user_added_or_removed" after insert or delete on "users"
      for each row execute function "ticket_renders_user_changed"();`);
    this.addSql(`create trigger "ticket_renders_user_changed" after update of "email", "language" on "users"
      for each row when (old."email" is distinct from new."email" or old."language" is distinct from new."language")
      execute function "ticket_renders_user_changed"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "ticket_renders_user_changed" on "users";`);
    this.addSql(`drop trigger "ticket_renders_user_added_or_removed" on "users";`);
    this.addSql(`drop trigger "ticket_renders_ticket_changed" on "tickets";`);
    this.addSql(`drop trigger "ticket_renders_event_changed" on "events";`);
    this.addSql(`drop trigger "ticket_renders_options_changed" on "booking_options";`);
    this.addSql(`drop trigger "ticket_renders_booking_updated" on "bookings";`);
    this.addSql(`drop trigger "ticket_renders_booking_inserted" on "bookings";`);
    this.addSql(`drop function "ticket_renders_user_changed"();`);
    this.addSql(`drop function "ticket_renders_ticket_changed"();`);
    this.addSql(`drop function "ticket_renders_event_changed"();`);
    this.addSql(`drop function "ticket_renders_options_changed"();`);
    this.addSql(`drop function "ticket_renders_booking_changed"();`);
    this.addSql(`drop function "ticket_renders_enqueue"(uuid[]);`);
    this.addSql(`drop table "ticket_render_queue";`);
    this.addSql(`drop sequence "ticket_render_turns";`);
    this.addSql(`drop table "ticket_renders";`);
  }
}
