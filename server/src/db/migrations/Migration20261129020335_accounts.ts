import { Migration } from '@mikro-orm/migrations';

export class Migration20261129020335_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit_buckets" ("key" varchar(200) not null, "points" int not null, "reset_at" timestamptz not null, constraint "rate_limit_buckets_pkey" primary key ("key"));`,
    );

    this.addSql(
      `create table "schools" ("id" uuid not null, "slug" varchar(64) not null, "name" varchar(200) not null, constraint "schools_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "schools" add constraint "schools_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "associations" ("id" uuid not null, "slug" varchar(64) not null, "name" varchar(200) not null, "school_id" uuid null, constraint "associations_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "associations" add constraint "associations_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "clubs" ("id" uuid not null, "slug" varchar(64) not null, "name" varchar(200) not null, "association_id" uuid null, constraint "clubs_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "clubs" add constraint "clubs_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "users" ("id" uuid not null, "email" varchar(320) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "kind" text check ("kind" in ('SCHOOL', 'EXTERNAL')) not null, "school_id" uuid null, "class_year" int null, "password_hash" text null, "email_verified_at" timestamptz null, "is_platform_admin" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "users_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_school_id_index" on "users" ("school_id");`);

    this.addSql(
      `create table "sessions" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "last_seen_at" timestamptz not null default now(), "user_agent" varchar(400) null, constraint "sessions_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(
      `create table "email_tokens" ("id" uuid not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('VERIFY_EMAIL', 'RESET_PASSWORD')) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "email_tokens_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "email_tokens_user_id_index" on "email_tokens" ("user_id");`);
    this.addSql(`alter table "email_tokens" add constraint "email_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "club_memberships" ("id" uuid not null, "user_id" uuid not null, "club_id" uuid not null, "is_board" boolean not null default false, constraint "club_memberships_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "club_memberships" add constraint "club_memberships_user_id_club_id_unique" unique ("user_id", "club_id");`,
    );

    this.addSql(
      `create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" uuid null, "action" varchar(64) not null, "subject_type" varchar(64) not null, "subject_id" varchar(64) not null, "reason" text null, "data" jsonb null, "request_id" varchar(64) null);`,
    );
    this.addSql(
      `create index "audit_log_subject_type_subject_id_at_index" on "audit_log" ("subject_type", "subject_id", "at");`,
    );

    this.addSql(
      `create table "association_memberships" ("id" uuid not null, "user_id" uuid not null, "association_id" uuid not null, "ends_on" date not null, constraint "association_memberships_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "association_memberships" add constraint "association_memberships_user_id_association_id_unique" unique ("user_id", "association_id");`,
    );

    this.addSql(
      `create table "api_tokens" ("id" uuid not null, "user_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_tokens_user_id_index" on "api_tokens" ("user_id");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "associations" add constraint "associations_school_id_foreign" foreign key ("school_id") references "schools" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "clubs" add constraint "clubs_association_id_foreign" foreign key ("association_id") references "associations" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "users" add constraint "users_school_id_foreign" foreign key ("school_id") references "schools" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "email_tokens" add constraint "email_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "club_memberships" add constraint "club_memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "club_memberships" add constraint "club_memberships_club_id_foreign" foreign key ("club_id") references "clubs" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "audit_log" add constraint "audit_log_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "association_memberships" add constraint "association_memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "association_memberships" add constraint "association_memberships_association_id_foreign" foreign key ("association_id") references "associations" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    // Invariants PostgreSQL guards itself (the code checks first to give friendly errors).
    this.addSql(
      `alter table "users" add constraint "users_email_normalized" check ("email" = lower(btrim("email")) and "email" like '%_@_%');`,
    );
    this.addSql(
      `alter table "users" add constraint "users_school_account_has_school" check ("kind" <> 'SCHOOL' or ("school_id" is not null and "class_year" is not null));`,
    );
    this.addSql(
      `alter table "users" add constraint "users_external_account_has_no_school" check ("kind" <> 'EXTERNAL' or ("school_id" is null and "class_year" is null));`,
    );
    this.addSql(
      `alter table "users" add constraint "users_class_year_range" check ("class_year" between 1950 and 2200);`,
    );
    this.addSql(
      `alter table "rate_limit_buckets" add constraint "rate_limit_buckets_points_positive" check ("points" > 0);`,
    );
    this.addSql(
      `alter table "email_tokens" add constraint "email_tokens_expiry_after_creation" check ("expires_at" > "created_at");`,
    );
    // The audit log is append-only: proof must not be rewritten, even by a buggy code path.
    this.addSql(
      `create function "audit_log_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger "audit_log_no_update_or_delete" before update or delete on "audit_log" for each row execute function "audit_log_append_only"();`,
    );
  }
}
