import { Migration } from '@mikro-orm/migrations';

/**
 * BK2/BK3 as reworded: a guest booking binds the person it names only once they accept it or it is paid.
 * - `holder_accepted_at`: when the named person accepted their guest booking (null for self bookings and gifts).
 * - One live *binding* booking per event × account and per event × email: self bookings, gifts, accepted guest
 *   bookings and paid ones (RESERVED with a price). A stranger's unaccepted guest booking never locks anyone out.
 * - At most one live guest booking per event × email, whoever sponsors it: sponsors can't pile guest bookings on
 *   one person, and the person has at most one to accept or decline.
 * - Issue 11: a per-ticket cap on each sponsor's *pending* guests (live guest bookings neither accepted nor paid),
 *   counted under a per ticket × sponsor advisory lock like BK4 (SQLSTATE BK003 past it: one SQLSTATE, one meaning).
 */
export class Migration20261204120000_guests extends Migration {
  override async up(): Promise<void> {
    const binding = `("sponsor_id" is null or "holder_accepted_at" is not null or ("status" = 'RESERVED' and "price_cents" > 0))`;
    this.addSql(`alter table "bookings" add column "holder_accepted_at" timestamptz null;`);
    this.addSql(
      `alter table "bookings" add constraint "bookings_accepted_only_guests" check ("holder_accepted_at" is null or "sponsor_id" is not null);`,
    );
    this.addSql(`drop index "bookings_one_live_per_holder";`);
    this.addSql(`drop index "bookings_one_live_per_email";`);
    this.addSql(
      `create unique index "bookings_one_live_per_holder" on "bookings" ("event_id", "holder_id") where "status" in ('PRE_RESERVED', 'RESERVED') and "holder_id" is not null and ${binding};`,
    );
    this.addSql(
      `create unique index "bookings_one_live_per_email" on "bookings" ("event_id", "holder_email") where "status" in ('PRE_RESERVED', 'RESERVED') and ${binding};`,
    );
    this.addSql(
      `create unique index "bookings_one_live_per_guest_email" on "bookings" ("event_id", "holder_email") where "status" in ('PRE_RESERVED', 'RESERVED') and "sponsor_id" is not null;`,
    );

    this.addSql(`alter table "tickets" add column "pending_guests_per_sponsor" int not null default 10;`);
    this.addSql(
      `alter table "tickets" add constraint "tickets_pending_guests_per_sponsor_range" check ("pending_guests_per_sponsor" between 1 and 100);`,
    );
    this.addSql(`create function "bookings_check_pending_guests"() returns trigger language plpgsql as $$
      declare
        lim int;
        n int;
      begin
        -- Only a live guest booking that does not bind its holder yet (neither accepted nor paid) is pending.
        if new."sponsor_id" is null or new."status" not in ('PRE_RESERVED', 'RESERVED') or new."holder_accepted_at" is not null
           or (new."status" = 'RESERVED' and new."price_cents" > 0) then return null; end if;
        if tg_op = 'UPDATE' and old."status" in ('PRE_RESERVED', 'RESERVED') then return null; end if;
        perform pg_advisory_xact_lock(hashtextextended('pending:' || new."ticket_id"::text || ':' || new."sponsor_id"::text, 0));
        select "pending_guests_per_sponsor" into lim from "tickets" where "id" = new."ticket_id";
        select count(*) into n from "bookings" b
          where b."ticket_id" = new."ticket_id" and b."sponsor_id" = new."sponsor_id"
            and b."status" in ('PRE_RESERVED', 'RESERVED') and b."holder_accepted_at" is null
            and not (b."status" = 'RESERVED' and b."price_cents" > 0);
        if n > lim then
          raise exception using errcode = 'BK003', message = 'PENDING_GUESTS_LIMIT: the sponsor already has the maximum number of pending guests on this ticket';
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger "bookings_pending_guests" after insert or update of "status" on "bookings" for each row execute function "bookings_check_pending_guests"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "bookings_pending_guests" on "bookings";`);
    this.addSql(`drop function if exists "bookings_check_pending_guests"();`);
    this.addSql(`alter table "tickets" drop column "pending_guests_per_sponsor";`);
    this.addSql(`drop index "bookings_one_live_per_guest_email";`);
    this.addSql(`drop index "bookings_one_live_per_holder";`);
    this.addSql(`drop index "bookings_one_live_per_email";`);
    this.addSql(
      `create unique index "bookings_one_live_per_holder" on "bookings" ("event_id", "holder_id") where "status" in ('PRE_RESERVED', 'RESERVED') and "holder_id" is not null;`,
    );
    this.addSql(
      `create unique index "bookings_one_live_per_email" on "bookings" ("event_id", "holder_email") where "status" in ('PRE_RESERVED', 'RESERVED');`,
    );
    this.addSql(`alter table "bookings" drop constraint "bookings_accepted_only_guests";`);
    this.addSql(`alter table "bookings" drop column "holder_accepted_at";`);
  }
}
