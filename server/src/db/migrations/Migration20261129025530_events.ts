import { Migration } from '@mikro-orm/migrations';

export class Migration20261129025530_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "events" ("id" uuid not null, "name" varchar(200) not null, "description" text not null, "description_html" text not null, "location" varchar(300) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "club_id" uuid not null, "visibility" text check ("visibility" in ('PUBLIC', 'INTERNAL', 'UNLISTED', 'DRAFT')) not null, "contact_email" varchar(320) null, "sponsorship_limit" int not null default 0, "payment_deadline_hours" int null, "show_places_left" boolean not null default false, "cover_key" varchar(200) null, "cover_mime" varchar(64) null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "events_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "events_starts_at_index" on "events" ("starts_at");`);
    this.addSql(`create index "events_club_id_index" on "events" ("club_id");`);

    this.addSql(
      `create table "tickets" ("id" uuid not null, "event_id" uuid not null, "kind" text check ("kind" in ('OPEN', 'RESTRICTED')) not null, "name" varchar(200) not null, "description" text not null default '', "price_cents" int not null, "capacity" int null, "sales_open_at" timestamptz null, "sales_close_at" timestamptz null, "sponsorship_allowed" boolean not null default false, "position" int not null default 0, "school_ids" jsonb not null default '[]', "class_years" jsonb not null default '[]', "association_ids" jsonb not null default '[]', "template_key" varchar(200) null, "created_at" timestamptz not null default now(), constraint "tickets_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "tickets_event_id_index" on "tickets" ("event_id");`);

    this.addSql(
      `create table "option_groups" ("id" uuid not null, "ticket_id" uuid not null, "name" varchar(200) not null, "description" text not null default '', "position" int not null default 0, constraint "option_groups_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "option_groups_ticket_id_index" on "option_groups" ("ticket_id");`);

    this.addSql(
      `create table "options" ("id" uuid not null, "ticket_id" uuid not null, "group_id" uuid null, "name" varchar(200) not null, "description" text not null default '', "price_cents" int not null, "position" int not null default 0, constraint "options_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "options_ticket_id_index" on "options" ("ticket_id");`);
    this.addSql(`create index "options_group_id_index" on "options" ("group_id");`);

    this.addSql(
      `create table "extra_infos" ("id" uuid not null, "ticket_id" uuid not null, "label" varchar(200) not null, "help" text not null default '', "type" text check ("type" in ('TEXT', 'NUMBER', 'CHOICE', 'FILE')) not null, "blocks" text check ("blocks" in ('PAYMENT', 'ENTRY')) not null, "number_min" double precision null, "number_max" double precision null, "choices" jsonb not null default '[]', "file_types" jsonb not null default '[]', "file_max_bytes" int null, "position" int not null default 0, constraint "extra_infos_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "extra_infos_ticket_id_index" on "extra_infos" ("ticket_id");`);

    this.addSql(
      `create table "event_grants" ("id" uuid not null, "event_id" uuid not null, "level" text check ("level" in ('VIEW', 'VALIDATE', 'EDIT', 'ADMIN')) not null, "grantee_kind" text check ("grantee_kind" in ('USER', 'CLUB_BOARD', 'CLUB_MEMBERS')) not null, "user_id" uuid null, "club_id" uuid null, "created_at" timestamptz not null default now(), "created_by_id" uuid null, constraint "event_grants_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "event_grants_event_id_index" on "event_grants" ("event_id");`);
    this.addSql(`create index "event_grants_user_id_index" on "event_grants" ("user_id");`);
    this.addSql(`create index "event_grants_club_id_index" on "event_grants" ("club_id");`);

    this.addSql(
      `alter table "events" add constraint "events_club_id_foreign" foreign key ("club_id") references "clubs" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "tickets" add constraint "tickets_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "option_groups" add constraint "option_groups_ticket_id_foreign" foreign key ("ticket_id") references "tickets" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "options" add constraint "options_ticket_id_foreign" foreign key ("ticket_id") references "tickets" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "options" add constraint "options_group_id_foreign" foreign key ("group_id") references "option_groups" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "extra_infos" add constraint "extra_infos_ticket_id_foreign" foreign key ("ticket_id") references "tickets" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "event_grants" add constraint "event_grants_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_grants" add constraint "event_grants_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_grants" add constraint "event_grants_club_id_foreign" foreign key ("club_id") references "clubs" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_grants" add constraint "event_grants_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`,
    );

    // Invariants PostgreSQL guards itself (EV3, TK1–TK3, OP1, XI1, PM2).
    this.addSql(`alter table "events" add constraint "events_end_not_before_start" check ("ends_at" >= "starts_at");`);
    this.addSql(
      `alter table "events" add constraint "events_sponsorship_limit_range" check ("sponsorship_limit" between 0 and 100);`,
    );
    this.addSql(
      `alter table "events" add constraint "events_payment_deadline_positive" check ("payment_deadline_hours" is null or "payment_deadline_hours" > 0);`,
    );
    this.addSql(`alter table "tickets" add constraint "tickets_price_not_negative" check ("price_cents" >= 0);`);
    this.addSql(
      `alter table "tickets" add constraint "tickets_capacity_not_negative" check ("capacity" is null or "capacity" >= 0);`,
    );
    this.addSql(
      `alter table "tickets" add constraint "tickets_sales_close_after_open" check ("sales_open_at" is null or "sales_close_at" is null or "sales_close_at" > "sales_open_at");`,
    );
    this.addSql(
      `alter table "tickets" add constraint "tickets_open_has_no_restriction" check ("kind" = 'RESTRICTED' or ("sponsorship_allowed" = false and "school_ids" = '[]'::jsonb and "class_years" = '[]'::jsonb and "association_ids" = '[]'::jsonb));`,
    );
    this.addSql(`alter table "options" add constraint "options_price_not_negative" check ("price_cents" >= 0);`);
    this.addSql(
      `alter table "extra_infos" add constraint "extra_infos_number_bounds" check ("number_min" is null or "number_max" is null or "number_max" >= "number_min");`,
    );
    this.addSql(
      `alter table "extra_infos" add constraint "extra_infos_file_size_range" check ("file_max_bytes" is null or "file_max_bytes" between 1 and 20971520);`,
    );
    this.addSql(
      `alter table "event_grants" add constraint "event_grants_grantee_shape" check (("grantee_kind" = 'USER' and "user_id" is not null and "club_id" is null) or ("grantee_kind" in ('CLUB_BOARD', 'CLUB_MEMBERS') and "club_id" is not null and "user_id" is null));`,
    );
    this.addSql(
      `create unique index "event_grants_one_per_user" on "event_grants" ("event_id", "user_id") where "grantee_kind" = 'USER';`,
    );
    this.addSql(
      `create unique index "event_grants_one_per_club_grantee" on "event_grants" ("event_id", "club_id", "grantee_kind") where "club_id" is not null;`,
    );
    // TK1 and XI2: a ticket's kind and an extra information's type never change, whatever the code does.
    this.addSql(
      `create function "forbid_immutable_change"() returns trigger language plpgsql as $$ begin raise exception '%.% never changes', TG_TABLE_NAME, TG_ARGV[0]; end $$;`,
    );
    this.addSql(
      `create trigger "tickets_kind_immutable" before update of "kind" on "tickets" for each row when (old."kind" is distinct from new."kind") execute function "forbid_immutable_change"('kind');`,
    );
    this.addSql(
      `create trigger "extra_infos_type_immutable" before update of "type" on "extra_infos" for each row when (old."type" is distinct from new."type") execute function "forbid_immutable_change"('type');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tickets" drop constraint "tickets_event_id_foreign";`);

    this.addSql(`alter table "event_grants" drop constraint "event_grants_event_id_foreign";`);

    this.addSql(`alter table "option_groups" drop constraint "option_groups_ticket_id_foreign";`);

    this.addSql(`alter table "options" drop constraint "options_ticket_id_foreign";`);

    this.addSql(`alter table "extra_infos" drop constraint "extra_infos_ticket_id_foreign";`);

    this.addSql(`alter table "options" drop constraint "options_group_id_foreign";`);

    this.addSql(`drop table if exists "events" cascade;`);

    this.addSql(`drop table if exists "tickets" cascade;`);

    this.addSql(`drop table if exists "option_groups" cascade;`);

    this.addSql(`drop table if exists "options" cascade;`);

    this.addSql(`drop table if exists "extra_infos" cascade;`);

    this.addSql(`drop table if exists "event_grants" cascade;`);
    this.addSql(`drop function if exists "forbid_immutable_change"() cascade;`);
  }
}
