import { Migration } from '@mikro-orm/migrations';

/** What a received message must be for the purge job to delete it (PY5): it proves nothing and names nobody. */
const UNPROVEN = (m: string) =>
  `${m}."kind" in ('IPN', 'LYDIA_CALLBACK') and ${m}."verification" in ('PENDING', 'INVALID')
   and ${m}."booking_id" is null and ${m}."attempt_id" is null and ${m}."created_at" < now() - interval '1 day'`;

const UPDATE_RULE = `
        if (new."id", new."provider", new."kind", new."attempt_id", new."message_id", new."reference", new."amount_cents", new."currency", new."status", new."charset", new."raw", new."created_at")
           is distinct from (old."id", old."provider", old."kind", old."attempt_id", old."message_id", old."reference", old."amount_cents", old."currency", old."status", old."charset", old."raw", old."created_at")
           or (old."booking_id" is not null and new."booking_id" is distinct from old."booking_id") then
          raise exception using errcode = 'PY005', message = 'what a payment message says never changes (PY5)';
        end if;
        return new;`;

/**
 * PY5, SEC2: anyone can post to /webhooks/*, so what was received and never proven to come from a provider
 * (PENDING or INVALID), matched to no booking or attempt, may be purged after a retention period, with the
 * records of its verification. Everything else is still kept forever. The day's floor keeps a message being
 * verified right now from disappearing under it; the retention itself (longer) is the job's.
 */
export class Migration20261204110000_payment_messages_purge extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "payment_messages_keep_proof"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if ${UNPROVEN('old')} then return old; end if;
          if old."kind" = 'IPN_VERIFICATION' and old."booking_id" is null and old."attempt_id" is null
             and exists (select 1 from "payment_messages" p where p."id" = old."message_id" and ${UNPROVEN('p')}) then
            return old;
          end if;
          raise exception using errcode = 'PY005', message = 'payment messages are kept forever (PY5): only unverified, unmatched ones are purged';
        end if;${UPDATE_RULE}
      end $$;`);
    this.addSql(`create index "payment_messages_unproven_index" on "payment_messages" ("created_at")
      where "kind" in ('IPN', 'LYDIA_CALLBACK') and "verification" in ('PENDING', 'INVALID') and "booking_id" is null and "attempt_id" is null;`);
    this.addSql(
      `create index "payment_messages_message_id_index" on "payment_messages" ("message_id") where "message_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "payment_messages_message_id_index";`);
    this.addSql(`drop index if exists "payment_messages_unproven_index";`);
    this.addSql(`create or replace function "payment_messages_keep_proof"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then raise exception 'payment messages are kept forever (PY5)'; end if;${UPDATE_RULE}
      end $$;`);
  }
}
