import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 12: each person's language ('fr' or 'en', French by default), the language of their mails, their tickets
 * and the exports they ask for. Every existing account starts in French.
 */
export class Migration20261205100000_user_language extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "users" add column "language" text check ("language" in ('fr', 'en')) not null default 'fr';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "language";`);
  }
}
