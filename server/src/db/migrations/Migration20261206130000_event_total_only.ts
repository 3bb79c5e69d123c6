import { Migration } from '@mikro-orm/migrations';
import { keepPlaces as keepPlacesBefore } from './Migration20261206100000_quotas';

/**
 * CP1: the event's `places_taken` is kept only while the event has a total capacity. Before, every booking updated
 * its event's row, even without a total, so concurrent bookings of an event's different tickets all waited on that
 * row (under a busy machine, past the transactions' lock timeout: BUSY). `setEventCapacity` recounts the event's
 * places (the sum of its tickets', under their row locks) whenever it sets a total, so the counter is exact from then
 * on; without a total it is not read.
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
          -- The event's counter is kept only while it has a total: a booking of an event without one does not
          -- touch the event's row, so bookings of its different tickets do not wait on each other there.
          update "events" set "places_taken" = "places_taken" + 1
            where "id" = new."event_id" and "capacity" is not null and (new."forced" or "places_taken" < "capacity");
          if not found and exists (select 1 from "events" where "id" = new."event_id" and "capacity" is not null) then
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
          update "events" set "places_taken" = "places_taken" - 1 where "id" = new."event_id" and "capacity" is not null;
        end if;
        return null;
      end $$;`;

export class Migration20261206130000_event_total_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(keepPlaces);
  }

  override async down(): Promise<void> {
    this.addSql(keepPlacesBefore);
    this.addSql(`update "events" e set "places_taken" = coalesce(
      (select sum(t."places_taken") from "tickets" t where t."event_id" = e."id"), 0);`);
  }
}
