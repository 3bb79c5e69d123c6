import { Migration } from '@mikro-orm/migrations';

/** Outbox rows are leased while being sent, so no transaction (nor pooled connection) stays open during SMTP. */
export class Migration20261129080000_outbox_lease extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox_mails" add column "leased_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_mails" drop column "leased_until";`);
  }
}
