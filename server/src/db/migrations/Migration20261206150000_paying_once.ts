import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16, paying once: a booking has at most one open payment attempt (a PayPal checkout or a Lydia request being
 * paid or being confirmed), enforced by a partial unique index, so two checkouts started at the same instant (two
 * tabs, a double tap, two devices) can never both be open. An attempt is open until it settles, is abandoned by
 * its payer (ABANDONED) or passes its `expires_at` (EXPIRED); a PayPal payment PayPal reported `Pending` is being
 * confirmed (CONFIRMING) and neither times out nor can be abandoned.
 *
 * Before the index: attempts left open by the previous code (PayPal checkouts stayed PENDING forever, a Lydia
 * request replaced by a newer one was cancelled) are closed — every open attempt but a booking's newest is marked
 * EXPIRED, and the newest gets thirty minutes from its creation (already past for old ones: they close at the next
 * payment step). Money that still arrives for them is matched as before (PY3).
 */
export class Migration20261206150000_paying_once extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "payment_attempts" drop constraint if exists "payment_attempts_state_check";`);
    this.addSql(
      `alter table "payment_attempts" add constraint "payment_attempts_state_check" check ("state" in ('CREATED', 'PENDING', 'CONFIRMING', 'PAID', 'REFUSED', 'CANCELLED', 'FAILED', 'ABANDONED', 'EXPIRED'));`,
    );
    this.addSql(`alter table "payment_attempts" add column "expires_at" timestamptz null;`);
    this.addSql(
      `update "payment_attempts" set "expires_at" = "created_at" + interval '30 minutes' where "state" in ('CREATED', 'PENDING');`,
    );
    this.addSql(`update "payment_attempts" a set "state" = 'EXPIRED', "updated_at" = now()
      where a."state" in ('CREATED', 'PENDING') and exists (
        select 1 from "payment_attempts" n where n."booking_id" = a."booking_id" and n."state" in ('CREATED', 'PENDING')
          and (n."created_at", n."id") > (a."created_at", a."id"));`);
    this.addSql(
      `create unique index "payment_attempts_one_open" on "payment_attempts" ("booking_id") where "state" in ('CREATED', 'PENDING', 'CONFIRMING');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "payment_attempts_one_open";`);
    this.addSql(
      `update "payment_attempts" set "state" = case "state" when 'CONFIRMING' then 'PENDING' else 'CANCELLED' end where "state" in ('CONFIRMING', 'ABANDONED', 'EXPIRED');`,
    );
    this.addSql(`alter table "payment_attempts" drop column "expires_at";`);
    this.addSql(`alter table "payment_attempts" drop constraint if exists "payment_attempts_state_check";`);
    this.addSql(
      `alter table "payment_attempts" add constraint "payment_attempts_state_check" check ("state" in ('CREATED', 'PENDING', 'PAID', 'REFUSED', 'CANCELLED', 'FAILED'));`,
    );
  }
}
