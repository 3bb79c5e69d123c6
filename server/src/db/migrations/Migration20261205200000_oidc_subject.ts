import { Migration } from '@mikro-orm/migrations';

/**
 * AC2, issue 13: a school account is bound to the identity provider's subject (`iss`, `sub`), not only its email.
 * Both or neither; one account per subject of an issuer (concurrent first sign-ins of one person can't create two);
 * only school accounts are bound. An account's deletion (AC3, `anonymise_account`) clears the binding: the same
 * person signing in again would be a new account, as with the email.
 */
export class Migration20261205200000_oidc_subject extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "oidc_issuer" text null, add column "oidc_subject" text null;`);
    this.addSql(
      `alter table "users" add constraint "users_oidc_binding_whole" check (("oidc_issuer" is null) = ("oidc_subject" is null));`,
    );
    this.addSql(
      `alter table "users" add constraint "users_oidc_binding_school_only" check ("oidc_subject" is null or "kind" = 'SCHOOL');`,
    );
    this.addSql(
      `create unique index "users_oidc_subject_unique" on "users" ("oidc_issuer", "oidc_subject") where "oidc_subject" is not null;`,
    );
    this.addSql(`create or replace function "users_deleted_unbound"() returns trigger language plpgsql as $$
      begin
        new."oidc_issuer" := null;
        new."oidc_subject" := null;
        return new;
      end $$;`);
    this.addSql(`create trigger "users_deleted_unbound" before update of "deleted_at" on "users"
      for each row when (new."deleted_at" is not null) execute function "users_deleted_unbound"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "users_deleted_unbound" on "users";`);
    this.addSql(`drop function "users_deleted_unbound"();`);
    this.addSql(`drop index "users_oidc_subject_unique";`);
    this.addSql(
      `alter table "users" drop constraint "users_oidc_binding_school_only", drop constraint "users_oidc_binding_whole";`,
    );
    this.addSql(`alter table "users" drop column "oidc_subject", drop column "oidc_issuer";`);
  }
}
