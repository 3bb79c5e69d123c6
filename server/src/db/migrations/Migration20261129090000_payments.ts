import { Migration } from '@mikro-orm/migrations';

/**
 * Online payments (PY1–PY5).
 * - payment_accounts: created once, never edited (a trigger lets only the deactivation columns change, once);
 *   the Lydia private token is stored encrypted (AES-256-GCM, application key), never in clear.
 * - payment_attempts: one PayPal checkout or one Lydia request; only its state moves.
 * - payment_messages: every checkout sent, IPN or callback received, verification and state check, with the
 *   raw bytes; what was received never changes (a trigger), only the processing columns are filled in; no delete.
 * - payments: a unique provider transaction key makes every provider path idempotent (PY3, PY4).
 */
export class Migration20261129090000_payments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "payment_accounts" (
      "id" uuid not null,
      "provider" text check ("provider" in ('PAYPAL', 'LYDIA')) not null,
      "description" varchar(200) not null,
      "club_id" uuid not null,
      "paypal_receiver_email" varchar(320) null,
      "lydia_vendor_token" varchar(200) null,
      "lydia_private_token_enc" text null,
      "created_by_id" uuid null,
      "created_at" timestamptz not null default now(),
      "deactivated_at" timestamptz null,
      "deactivated_by_id" uuid null,
      constraint "payment_accounts_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_accounts_club_id_index" on "payment_accounts" ("club_id");`);
    this.addSql(
      `alter table "payment_accounts" add constraint "payment_accounts_club_id_foreign" foreign key ("club_id") references "clubs" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment_accounts" add constraint "payment_accounts_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "payment_accounts" add constraint "payment_accounts_deactivated_by_id_foreign" foreign key ("deactivated_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "payment_accounts" add constraint "payment_accounts_shape" check (
      ("provider" = 'PAYPAL' and "paypal_receiver_email" is not null and "lydia_vendor_token" is null and "lydia_private_token_enc" is null)
      or ("provider" = 'LYDIA' and "paypal_receiver_email" is null and "lydia_vendor_token" is not null and "lydia_private_token_enc" is not null));`);
    this.addSql(`create function "payment_accounts_immutable"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then raise exception 'payment accounts are never deleted'; end if;
        if old."deactivated_at" is not null
           or (new."id", new."provider", new."description", new."club_id", new."paypal_receiver_email", new."lydia_vendor_token", new."lydia_private_token_enc", new."created_by_id", new."created_at")
              is distinct from (old."id", old."provider", old."description", old."club_id", old."paypal_receiver_email", old."lydia_vendor_token", old."lydia_private_token_enc", old."created_by_id", old."created_at") then
          raise exception using errcode = 'PY001', message = 'a payment account never changes; it can only be deactivated, once';
        end if;
        return new;
      end $$;`);
    // created_by_id may be set null by a deleted account (FK action): allowed by comparing with the FK's own update.
    this.addSql(
      `create trigger "payment_accounts_immutable" before update of "id", "provider", "description", "club_id", "paypal_receiver_email", "lydia_vendor_token", "lydia_private_token_enc", "created_at", "deactivated_at" or delete on "payment_accounts" for each row execute function "payment_accounts_immutable"();`,
    );

    this.addSql(
      `alter table "events" add column "paypal_account_id" uuid null, add column "lydia_account_id" uuid null;`,
    );
    this.addSql(
      `alter table "events" add constraint "events_paypal_account_id_foreign" foreign key ("paypal_account_id") references "payment_accounts" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "events" add constraint "events_lydia_account_id_foreign" foreign key ("lydia_account_id") references "payment_accounts" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`create table "payment_attempts" (
      "id" uuid not null,
      "booking_id" uuid not null,
      "provider" text check ("provider" in ('PAYPAL', 'LYDIA')) not null,
      "account_id" uuid not null,
      "ref" varchar(64) not null,
      "provider_ref" varchar(100) null,
      "request_uuid" varchar(100) null,
      "mobile_url" varchar(1000) null,
      "phone" varchar(20) null,
      "amount_cents" int not null,
      "currency" char(3) not null default 'EUR',
      "state" text check ("state" in ('CREATED', 'PENDING', 'PAID', 'REFUSED', 'CANCELLED', 'FAILED')) not null,
      "created_by_id" uuid null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "checked_at" timestamptz null,
      constraint "payment_attempts_pkey" primary key ("id"));`);
    this.addSql(`create unique index "payment_attempts_ref_unique" on "payment_attempts" ("ref");`);
    this.addSql(
      `create unique index "payment_attempts_provider_ref_unique" on "payment_attempts" ("provider", "provider_ref") where "provider_ref" is not null;`,
    );
    this.addSql(`create index "payment_attempts_booking_id_index" on "payment_attempts" ("booking_id");`);
    this.addSql(
      `create index "payment_attempts_pending_index" on "payment_attempts" ("created_at") where "state" = 'PENDING';`,
    );
    this.addSql(
      `alter table "payment_attempts" add constraint "payment_attempts_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment_attempts" add constraint "payment_attempts_account_id_foreign" foreign key ("account_id") references "payment_accounts" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment_attempts" add constraint "payment_attempts_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "payment_attempts" add constraint "payment_attempts_amount_positive" check ("amount_cents" > 0);`,
    );

    this.addSql(`create table "payment_messages" (
      "id" uuid not null,
      "provider" text check ("provider" in ('PAYPAL', 'LYDIA')) not null,
      "kind" text check ("kind" in ('CHECKOUT', 'IPN', 'IPN_VERIFICATION', 'LYDIA_REQUEST', 'LYDIA_CANCEL', 'LYDIA_STATE', 'LYDIA_CALLBACK')) not null,
      "booking_id" uuid null,
      "attempt_id" uuid null,
      "message_id" uuid null,
      "reference" varchar(200) null,
      "amount_cents" int null,
      "currency" varchar(8) null,
      "status" varchar(64) null,
      "charset" varchar(40) null,
      "raw" bytea not null,
      "verification" text check ("verification" in ('PENDING', 'VERIFIED', 'INVALID')) null,
      "verify_attempts" int not null default 0,
      "last_error" text null,
      "outcome" varchar(40) null,
      "outcome_detail" text null,
      "processed_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      constraint "payment_messages_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_messages_booking_id_index" on "payment_messages" ("booking_id", "created_at");`);
    this.addSql(`create index "payment_messages_reference_index" on "payment_messages" ("provider", "reference");`);
    this.addSql(
      `create index "payment_messages_unverified_index" on "payment_messages" ("created_at") where "verification" = 'PENDING';`,
    );
    this.addSql(
      `alter table "payment_messages" add constraint "payment_messages_booking_id_foreign" foreign key ("booking_id") references "bookings" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment_messages" add constraint "payment_messages_attempt_id_foreign" foreign key ("attempt_id") references "payment_attempts" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payment_messages" add constraint "payment_messages_message_id_foreign" foreign key ("message_id") references "payment_messages" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create function "payment_messages_keep_proof"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then raise exception 'payment messages are kept forever (PY5)'; end if;
        if (new."id", new."provider", new."kind", new."attempt_id", new."message_id", new."reference", new."amount_cents", new."currency", new."status", new."charset", new."raw", new."created_at")
           is distinct from (old."id", old."provider", old."kind", old."attempt_id", old."message_id", old."reference", old."amount_cents", old."currency", old."status", old."charset", old."raw", old."created_at")
           or (old."booking_id" is not null and new."booking_id" is distinct from old."booking_id") then
          raise exception using errcode = 'PY005', message = 'what a payment message says never changes (PY5)';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "payment_messages_keep_proof" before update or delete on "payment_messages" for each row execute function "payment_messages_keep_proof"();`,
    );

    this.addSql(
      `alter table "payments" add column "provider_txn" varchar(100) null, add column "attempt_id" uuid null, add column "conforming" boolean not null default true, add column "problem" text null;`,
    );
    this.addSql(
      `create unique index "payments_provider_txn_unique" on "payments" ("provider", "provider_txn") where "provider_txn" is not null;`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_attempt_id_foreign" foreign key ("attempt_id") references "payment_attempts" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "payments" add constraint "payments_online_has_txn" check ("provider" = 'MANUAL' or "provider_txn" is not null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "payments" drop constraint "payments_online_has_txn", drop constraint "payments_attempt_id_foreign";`,
    );
    this.addSql(`drop index "payments_provider_txn_unique";`);
    this.addSql(
      `alter table "payments" drop column "provider_txn", drop column "attempt_id", drop column "conforming", drop column "problem";`,
    );
    this.addSql(`drop table "payment_messages" cascade;`);
    this.addSql(`drop function if exists "payment_messages_keep_proof"() cascade;`);
    this.addSql(`drop table "payment_attempts" cascade;`);
    this.addSql(`alter table "events" drop column "paypal_account_id", drop column "lydia_account_id";`);
    this.addSql(`drop table "payment_accounts" cascade;`);
    this.addSql(`drop function if exists "payment_accounts_immutable"() cascade;`);
  }
}
