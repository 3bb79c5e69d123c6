import { Migration } from '@mikro-orm/migrations';

/**
 * EV5 under concurrency: a booking that becomes live re-reads its event's cancellation after taking its place
 * (the ticket row lock). Cancelling locks the event's tickets first, so a booking either commits before the
 * cancellation (and is mailed) or sees it and fails with BK005 (EVENT_CANCELLED).
 */
export class Migration20261129070000_bookings_cancelled_event extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "bookings_keep_places"() returns trigger language plpgsql as $$
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
          -- Read after the ticket row lock: a cancellation that committed meanwhile is seen here.
          if exists (select 1 from "events" where "id" = new."event_id" and "cancelled_at" is not null) then
            raise exception using errcode = 'BK005', message = 'EVENT_CANCELLED: the event was cancelled';
          end if;
        elsif was_live and not is_live then
          update "tickets" set "places_taken" = "places_taken" - 1 where "id" = new."ticket_id";
        end if;
        return null;
      end $$;`);
  }

  override async down(): Promise<void> {
    // The previous body, without the cancellation check.
    this.addSql(`create or replace function "bookings_keep_places"() returns trigger language plpgsql as $$
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
  }
}
