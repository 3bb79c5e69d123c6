import { Migration } from '@mikro-orm/migrations';

/**
 * AC3: an external account deletes itself. The account row stays (bookings, payments and audit entries point at it
 * as proof) but loses everything that names the person; `deleted_at` says when.
 *
 * - `anonymise_account(user, at)` is the one path that rewrites proof. It sets a transaction-local flag
 *   (`billetterie.anonymise`) that the append-only audit log and the frozen answers (XI4) honour for exactly the
 *   columns that may carry a name, email or file name, then clears it. Payments and payment records are not touched.
 * - A booking can't be created for (or sponsored by) a deleted account: the insert takes a KEY SHARE lock on the
 *   account row, so it waits for a deletion in progress (which holds FOR UPDATE) and then sees `deleted_at` (AC003).
 * - Mails to a deleted account's address (`<id>@deleted.invalid`, a reserved top-level domain) are never queued.
 */
export class Migration20261205130000_account_deletion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "deleted_at" timestamptz null;`);

    // Strings inside a JSON value: every occurrence of a secret is removed (keys and non-strings stay as they are).
    this
      .addSql(`create function "anonymise_jsonb"(j jsonb, secrets text[]) returns jsonb language plpgsql immutable as $$
      declare
        s text;
        v text;
      begin
        if j is null then return null; end if;
        case jsonb_typeof(j)
          when 'object' then
            return coalesce((select jsonb_object_agg(k, "anonymise_jsonb"(x, secrets)) from jsonb_each(j) as e(k, x)), '{}'::jsonb);
          when 'array' then
            return coalesce((select jsonb_agg("anonymise_jsonb"(x, secrets) order by n) from jsonb_array_elements(j) with ordinality as e(x, n)), '[]'::jsonb);
          when 'string' then
            v := j #>> '{}';
            foreach s in array secrets loop
              v := replace(v, s, '');
            end loop;
            return to_jsonb(v);
          else
            return j;
        end case;
      end $$;`);

    // The audit log stays append-only, except for the anonymising path, which may rewrite `data` and `reason` only.
    this.addSql(`create or replace function "audit_log_append_only"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and current_setting('billetterie.anonymise', true) = 'on'
           and (new."id", new."at", new."actor_id", new."action", new."subject_type", new."subject_id", new."request_id")
               is not distinct from (old."id", old."at", old."actor_id", old."action", old."subject_type", old."subject_id", old."request_id") then
          return new;
        end if;
        raise exception 'audit_log is append-only';
      end $$;`);

    // XI4: a validated answer never changes, except its file name when its author's account is anonymised.
    this.addSql(`create or replace function "answers_frozen_once_validated"() returns trigger language plpgsql as $$
      begin
        if old."validated_at" is not null then
          if current_setting('billetterie.anonymise', true) = 'on'
             and (to_jsonb(new) - 'file_name') = (to_jsonb(old) - 'file_name') then
            return new;
          end if;
          raise exception using errcode = 'XI004', message = 'ANSWER_VALIDATED: a validated answer never changes';
        end if;
        return new;
      end $$;`);

    // AC3: no booking for, or sponsored by, a deleted account — even one that started before the deletion committed.
    this.addSql(`create function "bookings_live_accounts"() returns trigger language plpgsql as $$
      begin
        if new."holder_id" is not null then
          perform 1 from "users" where "id" = new."holder_id" and "deleted_at" is null for key share;
          if not found then
            raise exception using errcode = 'AC003', message = 'ACCOUNT_DELETED: the account was deleted';
          end if;
        end if;
        if new."sponsor_id" is not null then
          perform 1 from "users" where "id" = new."sponsor_id" and "deleted_at" is null for key share;
          if not found then
            raise exception using errcode = 'AC003', message = 'ACCOUNT_DELETED: the account was deleted';
          end if;
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "bookings_live_accounts" before insert on "bookings" for each row execute function "bookings_live_accounts"();`,
    );

    // Nothing is ever mailed to a deleted account.
    this.addSql(`create function "outbox_mails_skip_deleted"() returns trigger language plpgsql as $$
      begin
        if new."to" like '%@deleted.invalid' then return null; end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "outbox_mails_skip_deleted" before insert on "outbox_mails" for each row execute function "outbox_mails_skip_deleted"();`,
    );

    // The one anonymising path (called by the accounts module's deletion, which audits it).
    this.addSql(`create function "anonymise_account"(p_user uuid, p_at timestamptz) returns void language plpgsql as $$
      declare
        u record;
        secrets text[];
        wide text[];
        booking_ids text[];
        placeholder text := p_user::text || '@deleted.invalid';
        s text;
      begin
        select * into u from "users" where "id" = p_user for update;
        if not found or u."deleted_at" is not null then
          raise exception using errcode = 'AC003', message = 'ACCOUNT_DELETED: the account was deleted';
        end if;
        -- What names the person: the email, the names (now and before any rename), longest first.
        select array_agg(x order by length(x) desc) into secrets from (
          select distinct btrim(x) as x from (
            select u."email" as x
            union all select u."first_name" || ' ' || u."last_name"
            union all select u."first_name"
            union all select u."last_name"
            union all select "data" -> 'before' ->> 'firstName' from "audit_log"
              where "subject_type" = 'User' and "subject_id" = p_user::text
            union all select "data" -> 'before' ->> 'lastName' from "audit_log"
              where "subject_type" = 'User' and "subject_id" = p_user::text
            union all select "holder_first_name" || ' ' || "holder_last_name" from "bookings"
              where "holder_id" = p_user or "holder_email" = u."email"
            union all select "holder_first_name" from "bookings" where "holder_id" = p_user or "holder_email" = u."email"
            union all select "holder_last_name" from "bookings" where "holder_id" = p_user or "holder_email" = u."email"
          ) all_names where x is not null and length(btrim(x)) >= 2
        ) names;
        secrets := coalesce(secrets, array[]::text[]);

        perform set_config('billetterie.anonymise', 'on', true);

        update "answers" set "file_name" = null
          where "file_name" is not null
            and "booking_id" in (select "id" from "bookings" where "holder_id" = p_user or "holder_email" = u."email");
        update "bookings" set "holder_first_name" = '', "holder_last_name" = '', "holder_email" = placeholder
          where "holder_id" = p_user or "holder_email" = u."email";
        -- Rows about the person (their entries, their account, their bookings; mails about their bookings) lose every
        -- name; elsewhere only what can't be someone else's is blanked: the email and the full names.
        booking_ids := array(select "id"::text from "bookings" where "holder_id" = p_user or "holder_email" = u."email"
                               or "sponsor_id" = p_user);
        wide := array(select x from unnest(secrets) with ordinality as e(x, n) where x like '% %' or x like '%@%' order by n);
        update "audit_log" set
            "data" = "anonymise_jsonb"(case when "subject_type" = 'User' and "subject_id" = p_user::text
                                            then "data" - 'before' else "data" end, secrets)
          where "actor_id" = p_user or ("subject_type" = 'User' and "subject_id" = p_user::text)
             or ("subject_type" = 'Booking' and "subject_id" = any(booking_ids));
        update "audit_log" set "data" = "anonymise_jsonb"("data", wide)
          where exists (select 1 from unnest(wide) x where "data"::text like '%' || x || '%');
        foreach s in array secrets loop
          update "audit_log" set "reason" = replace("reason", s, '')
            where "reason" like '%' || s || '%'
              and (s = any(wide) or "actor_id" = p_user or ("subject_type" = 'User' and "subject_id" = p_user::text)
                   or ("subject_type" = 'Booking' and "subject_id" = any(booking_ids)));
          update "outbox_mails" set "subject" = replace("subject", s, ''), "text" = replace("text", s, ''),
              "html" = replace("html", s, '')
            where ("subject" like '%' || s || '%' or "text" like '%' || s || '%' or "html" like '%' || s || '%')
              and (s = any(wide) or "ticket_booking_id"::text = any(booking_ids));
        end loop;
        delete from "outbox_mails" where "to" = u."email";

        perform set_config('billetterie.anonymise', 'off', true);

        delete from "sessions" where "user_id" = p_user;
        delete from "api_tokens" where "user_id" = p_user;
        delete from "email_tokens" where "user_id" = p_user;
        delete from "club_memberships" where "user_id" = p_user;
        delete from "association_memberships" where "user_id" = p_user;
        delete from "event_grants" where "user_id" = p_user;
        update "users" set "email" = placeholder, "first_name" = '', "last_name" = '', "password_hash" = null,
            "email_verified_at" = null, "is_platform_admin" = false, "deleted_at" = p_at
          where "id" = p_user;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "anonymise_account"(uuid, timestamptz);`);
    this.addSql(`drop trigger "outbox_mails_skip_deleted" on "outbox_mails";`);
    this.addSql(`drop function "outbox_mails_skip_deleted"();`);
    this.addSql(`drop trigger "bookings_live_accounts" on "bookings";`);
    this.addSql(`drop function "bookings_live_accounts"();`);
    this.addSql(`create or replace function "answers_frozen_once_validated"() returns trigger language plpgsql as $$
      begin
        if old."validated_at" is not null then
          raise exception using errcode = 'XI004', message = 'ANSWER_VALIDATED: a validated answer never changes';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create or replace function "audit_log_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$;`,
    );
    this.addSql(`drop function "anonymise_jsonb"(jsonb, text[]);`);
    this.addSql(`alter table "users" drop column "deleted_at";`);
  }
}
