import { Migration } from '@mikro-orm/migrations';

/** EX2: exports read an event's bookings by name in keyset batches; this index serves each batch without a sort. */
export class Migration20261129120000_exports_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "bookings_by_name" on "bookings" ("event_id", lower("holder_last_name"), lower("holder_first_name"), "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "bookings_by_name";`);
  }
}
