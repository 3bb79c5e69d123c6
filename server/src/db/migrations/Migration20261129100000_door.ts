import { Migration } from '@mikro-orm/migrations';

/**
 * Tickets and the door (TT1–TT4).
 * - tickets.template_key (since the events migration) gets its MIME type: the organizer's template (TT1).
 * - ticket_signing_keys: Ed25519 keys signing the QR payloads (TT3); the private key is encrypted with the
 *   application key; keys rotate (the newest signs, every unrevoked one verifies).
 * - check_ins: one row per booking (the primary key), so two scanners at the same instant make one OK (TT4).
 */
export class Migration20261129100000_door extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "tickets" add column "template_mime" varchar(64) null;`);
    this.addSql(
      `alter table "tickets" add constraint "tickets_template_complete" check (("template_key" is null) = ("template_mime" is null));`,
    );

    // TT2: a reservation's mail carries the ticket, rendered when the mail is sent (not in the booking's transaction).
    this.addSql(`alter table "outbox_mails" add column "ticket_booking_id" uuid null;`);

    this.addSql(`create table "ticket_signing_keys" (
      "id" smallint not null,
      "public_key" bytea not null,
      "private_key_enc" text not null,
      "created_at" timestamptz not null default now(),
      "revoked_at" timestamptz null,
      constraint "ticket_signing_keys_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "ticket_signing_keys" add constraint "ticket_signing_keys_id_range" check ("id" between 1 and 255);`,
    );
    this.addSql(
      `alter table "ticket_signing_keys" add constraint "ticket_signing_keys_public_key_size" check (octet_length("public_key") = 32);`,
    );

    this.addSql(`create table "check_ins" (
      "booking_id" uuid not null,
      "event_id" uuid not null,
      "checked_in_at" timestamptz not null,
      "checked_in_by_id" uuid null,
      "method" text check ("method" in ('SCAN', 'MANUAL', 'OFFLINE')) not null,
      "device" varchar(100) null,
      "recorded_at" timestamptz not null default now(),
      constraint "check_ins_pkey" primary key ("booking_id"));`);
    this.addSql(`create index "check_ins_event_id_index" on "check_ins" ("event_id", "checked_in_at");`);
    this.addSql(
      `alter table "check_ins" add constraint "check_ins_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "check_ins" add constraint "check_ins_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "check_ins" add constraint "check_ins_checked_in_by_id_foreign" foreign key ("checked_in_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    // A check-in is only ever for a reservation of the same event (belt and braces under the service's checks).
    this.addSql(`create function "check_ins_valid"() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from "bookings" b where b."id" = new."booking_id" and b."event_id" = new."event_id" and b."status" = 'RESERVED') then
          raise exception using errcode = 'TT004', message = 'only a reservation of this event can be checked in';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "check_ins_valid" before insert or update on "check_ins" for each row execute function "check_ins_valid"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "check_ins" cascade;`);
    this.addSql(`drop function if exists "check_ins_valid"() cascade;`);
    this.addSql(`drop table if exists "ticket_signing_keys" cascade;`);
    this.addSql(`alter table "outbox_mails" drop column "ticket_booking_id";`);
    this.addSql(`alter table "tickets" drop constraint "tickets_template_complete", drop column "template_mime";`);
  }
}
