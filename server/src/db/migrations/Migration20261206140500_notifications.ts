import { Migration } from '@mikro-orm/migrations';

/**
 * NT1: what holders and sponsors are told about their booking. One row per notification and recipient; the unique
 * index (booking, kind, key, address) is what makes each one told once, whatever retries or concurrent requests do:
 * the row and its mail are written together (`insert … on conflict do nothing`, then the outbox row only when the
 * insert happened). `key` tells apart the repeatable ones (an answer's validation or correction request, a reminder
 * before one deadline); it is '' for those a booking has once.
 *
 * Bookings: `deadline_held_since` is set while the payment deadline is paused because payment waits only on answers
 * the organizer has to validate (expires_at is null meanwhile; it restarts at now + the event's delay).
 * Answers: an organizer may ask for a correction, with a comment; answering again clears it.
 */
export class Migration20261206140500_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notifications" (
      "id" uuid not null default gen_random_uuid(),
      "booking_id" uuid not null,
      "kind" text not null,
      "key" text not null default '',
      "recipient_email" text not null,
      "recipient_role" text not null,
      "label" text null,
      "note" text null,
      "created_at" timestamptz not null default now(),
      "seen_at" timestamptz null,
      constraint "notifications_pkey" primary key ("id"),
      constraint "notifications_kind_check" check ("kind" in ('ANSWER_VALIDATED', 'CORRECTION_REQUESTED', 'PAYMENT_POSSIBLE', 'RESERVED', 'OPPOSED', 'EXPIRING', 'EXPIRED')),
      constraint "notifications_role_check" check ("recipient_role" in ('HOLDER', 'SPONSOR')));`);
    this.addSql(
      `alter table "notifications" add constraint "notifications_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create unique index "notifications_once" on "notifications" ("booking_id", "kind", "key", lower("recipient_email"));`,
    );
    this.addSql(`create index "notifications_booking_index" on "notifications" ("booking_id", "created_at");`);

    this.addSql(`alter table "bookings" add column "deadline_held_since" timestamptz null;`);
    this.addSql(`alter table "answers" add column "correction_requested_at" timestamptz null;`);
    this.addSql(`alter table "answers" add column "correction_comment" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "answers" drop column "correction_comment";`);
    this.addSql(`alter table "answers" drop column "correction_requested_at";`);
    this.addSql(`alter table "bookings" drop column "deadline_held_since";`);
    this.addSql(`drop table "notifications";`);
  }
}
