import { Migration } from '@mikro-orm/migrations';

/**
 * EX1, EX2: exports run in the background (claimed with SKIP LOCKED by any process), report their progress, and
 * their files are kept for a limited time. A file is offered only once the export is DONE (a CHECK ties the
 * file to that status), so nothing half-written is ever downloadable.
 */
export class Migration20261129110000_exports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "exports" (
      "id" uuid not null,
      "event_id" uuid not null,
      "requested_by_id" uuid null,
      "format" text check ("format" in ('PDF', 'XLSX', 'ZIP', 'TAR_GZ')) not null,
      "filter" jsonb not null default '{}',
      "status" text check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')) not null,
      "rows_total" int null,
      "rows_done" int not null default 0,
      "file_key" varchar(200) null,
      "file_name" varchar(255) null,
      "file_size" bigint null,
      "error" text null,
      "attempts" int not null default 0,
      "leased_until" timestamptz null,
      "created_at" timestamptz not null default now(),
      "started_at" timestamptz null,
      "finished_at" timestamptz null,
      "expires_at" timestamptz null,
      constraint "exports_pkey" primary key ("id"));`);
    this.addSql(`create index "exports_event_id_index" on "exports" ("event_id", "created_at");`);
    this.addSql(
      `create index "exports_queued_index" on "exports" ("created_at") where "status" in ('QUEUED', 'RUNNING');`,
    );
    this.addSql(
      `alter table "exports" add constraint "exports_event_id_foreign" foreign key ("event_id") references "events" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "exports" add constraint "exports_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "exports" add constraint "exports_file_only_when_done" check (("file_key" is not null) = ("status" = 'DONE'));`,
    );
    this.addSql(
      `alter table "exports" add constraint "exports_progress" check ("rows_done" >= 0 and ("rows_total" is null or "rows_done" <= "rows_total"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "exports" cascade;`);
  }
}
