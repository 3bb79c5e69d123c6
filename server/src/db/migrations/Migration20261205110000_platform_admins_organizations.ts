import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 13: the first admin and the organizations.
 * - The last platform admin stays: revoking (or deleting) the only one raises AD001 (db/sqlstates.ts). An advisory
 *   lock serialises revocations, so two admins revoking each other at once can't leave the platform without one.
 * - A club may have a logo (a storage key, never derived from user input, and its checked MIME type).
 * - Schools, associations and clubs can be archived (they keep their history; an archived club creates no event).
 */
const guard = `create or replace function "users_keep_one_platform_admin"() returns trigger language plpgsql as $$
      begin
        if not old."is_platform_admin" then return null; end if;
        if tg_op = 'UPDATE' and new."is_platform_admin" then return null; end if;
        perform pg_advisory_xact_lock(hashtextextended('platform-admins', 0));
        if not exists (select 1 from "users" where "is_platform_admin" and "id" <> old."id") then
          raise exception using errcode = 'AD001', message = 'LAST_PLATFORM_ADMIN: the last platform admin stays';
        end if;
        return null;
      end $$;`;

export class Migration20261205110000_platform_admins_organizations extends Migration {
  override async up(): Promise<void> {
    this.addSql(guard);
    // AFTER … FOR EACH ROW: the check sees the statement's own change (a constraint-like guard, raised before commit).
    this.addSql(
      `create trigger "users_keep_one_platform_admin" after update of "is_platform_admin" or delete on "users" for each row execute function "users_keep_one_platform_admin"();`,
    );
    this.addSql(`alter table "schools" add column "archived_at" timestamptz null;`);
    this.addSql(`alter table "associations" add column "archived_at" timestamptz null;`);
    this.addSql(
      `alter table "clubs" add column "archived_at" timestamptz null, add column "logo_key" varchar(200) null, add column "logo_mime" varchar(64) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "clubs" drop column "archived_at", drop column "logo_key", drop column "logo_mime";`);
    this.addSql(`alter table "associations" drop column "archived_at";`);
    this.addSql(`alter table "schools" drop column "archived_at";`);
    this.addSql(`drop trigger "users_keep_one_platform_admin" on "users";`);
    this.addSql(`drop function "users_keep_one_platform_admin"();`);
  }
}
