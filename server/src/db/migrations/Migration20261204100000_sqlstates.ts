import { Migration } from '@mikro-orm/migrations';

/**
 * One SQLSTATE, one meaning (SEC2, db/sqlstates.ts): BK004 meant both "this ticket allows no guests" and "the sponsor
 * has reached the event's guest limit", told apart by the message text. The first becomes BK014; BK004 keeps the limit.
 */
const sponsorship = (
  notAllowed: string,
) => `create or replace function "bookings_check_sponsorship"() returns trigger language plpgsql as $$
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
          raise exception using errcode = '${notAllowed}', message = 'SPONSORSHIP_NOT_ALLOWED: this ticket does not allow guests';
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
      end $$;`;

export class Migration20261204100000_sqlstates extends Migration {
  override async up(): Promise<void> {
    this.addSql(sponsorship('BK014'));
  }

  override async down(): Promise<void> {
    this.addSql(sponsorship('BK004'));
  }
}
