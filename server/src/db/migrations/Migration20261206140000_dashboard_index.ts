import { Migration } from '@mikro-orm/migrations';

/**
 * DB1, issue 15: the dashboard's passes over an event's bookings (per ticket and status, the reservations' hours, the
 * live bookings joined to their check-ins, options and answers) read this index alone (index-only scans): the event's
 * bookings of one status are one range of it, and it carries every column those passes read. On a table holding other
 * events' bookings too, it halved the statement's CPU (bench/README.md).
 */
export class Migration20261206140000_dashboard_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "bookings_dashboard_index" on "bookings" ("event_id", "status") include ("ticket_id", "price_cents", "created_at", "reserved_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "bookings_dashboard_index";`);
  }
}
