import { Migration } from '@mikro-orm/migrations';

/**
 * ML1: an event's ADMIN writes to its holders (optionally its sponsors). A mailing is recorded with what was written,
 * the list filter it was sent with and how many people it reached; each recipient's mail is an outbox row naming the
 * mailing. The database guards "each recipient once" (unique address per mailing) and "a retried request sends
 * nothing twice" (unique idempotency key per event). Mailing rows are paced by the outbox (`paced_at`: when a row was
 * last claimed for sending, counted over the last minute against MAILING_PER_MINUTE).
 */
export class Migration20261206120000_mailings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mailings" (
      "id" uuid not null,
      "event_id" uuid not null,
      "author_id" uuid null,
      "idempotency_key" uuid not null,
      "subject" text not null,
      "body" text not null,
      "filter" jsonb not null default '{}',
      "include_sponsors" boolean not null default false,
      "recipient_count" int not null,
      "created_at" timestamptz not null default now(),
      constraint "mailings_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "mailings" add constraint "mailings_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mailings" add constraint "mailings_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "mailings" add constraint "mailings_event_id_idempotency_key_unique" unique ("event_id", "idempotency_key");`,
    );
    this.addSql(`create index "mailings_event_id_index" on "mailings" ("event_id", "created_at");`);
    this.addSql(
      `alter table "mailings" add constraint "mailings_subject_length" check (char_length(btrim("subject")) > 0 and char_length("subject") <= 200);`,
    );
    this.addSql(
      `alter table "mailings" add constraint "mailings_body_length" check (char_length(btrim("body")) > 0 and char_length("body") <= 10000);`,
    );
    this.addSql(
      `alter table "mailings" add constraint "mailings_recipient_count_positive" check ("recipient_count" > 0);`,
    );

    this.addSql(`alter table "outbox_mails" add column "mailing_id" uuid null;`);
    this.addSql(`alter table "outbox_mails" add column "paced_at" timestamptz null;`);
    this.addSql(
      `alter table "outbox_mails" add constraint "outbox_mails_mailing_id_foreign" foreign key ("mailing_id") references "mailings" ("id") on update cascade on delete cascade;`,
    );
    // ML1: one mail per address per mailing, whatever the code does.
    this.addSql(
      `create unique index "outbox_mails_mailing_once" on "outbox_mails" ("mailing_id", lower("to")) where "mailing_id" is not null;`,
    );
    // Pacing reads the mailing rows claimed in the last minute.
    this.addSql(
      `create index "outbox_mails_paced_index" on "outbox_mails" ("paced_at") where "mailing_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_mails_paced_index";`);
    this.addSql(`drop index "outbox_mails_mailing_once";`);
    this.addSql(`alter table "outbox_mails" drop constraint "outbox_mails_mailing_id_foreign";`);
    this.addSql(`alter table "outbox_mails" drop column "paced_at";`);
    this.addSql(`alter table "outbox_mails" drop column "mailing_id";`);
    this.addSql(`drop table "mailings";`);
  }
}
