import { Migration } from '@mikro-orm/migrations';

/** What a received message must be for the purge job to delete it (PY5): it proves nothing and names nobody. */
const UNPROVEN = (m: string) =>
  `${m}."kind" in ('IPN', 'LYDIA_CALLBACK') and ${m}."verification" in ('PENDING', 'INVALID')
   and ${m}."booking_id" is null and ${m}."attempt_id" is null and ${m}."created_at" < now() - interval '1 day'`;

const DELETE_RULE = `
        if tg_op = 'DELETE' then
          if ${UNPROVEN('old')} then return old; end if;
          if old."kind" = 'IPN_VERIFICATION' and old."booking_id" is null and old."attempt_id" is null
             and exists (select 1 from "payment_messages" p where p."id" = old."message_id" and ${UNPROVEN('p')}) then
            return old;
          end if;
          raise exception using errcode = 'PY005', message = 'payment messages are kept forever (PY5): only unverified, unmatched ones are purged';
        end if;`;

/** What a message says never changes; its booking and attempt may be set once (from nothing), never changed. */
const updateRule = (setOnce: string[]) => {
  const fixed = [
    'id',
    'provider',
    'kind',
    'attempt_id',
    'message_id',
    'reference',
    'amount_cents',
    'currency',
    'status',
    'charset',
    'raw',
    'created_at',
  ].filter((c) => !setOnce.includes(c));
  const cols = (row: string) => fixed.map((c) => `${row}."${c}"`).join(', ');
  const onces = ['booking_id', ...setOnce]
    .map((c) => `or (old."${c}" is not null and new."${c}" is distinct from old."${c}")`)
    .join(' ');
  return `
        if (${cols('new')}) is distinct from (${cols('old')}) ${onces} then
          raise exception using errcode = 'PY005', message = 'what a payment message says never changes (PY5)';
        end if;
        return new;`;
};

const keepProof = (
  setOnce: string[],
) => `create or replace function "payment_messages_keep_proof"() returns trigger language plpgsql as $$
      begin${DELETE_RULE}${updateRule(setOnce)}
      end $$;`;

/**
 * PY3, PY5: a received IPN is linked to its attempt (and booking) only once PayPal vouches for it, so an unverified
 * one, which anyone can post naming a real checkout, shows on no booking and stays purgeable. Its attempt is then
 * set after the insert: like the booking, it may be set once, never changed.
 */
export class Migration20261204152200_payment_messages_link_verified extends Migration {
  override async up(): Promise<void> {
    this.addSql(keepProof(['attempt_id']));
  }

  override async down(): Promise<void> {
    this.addSql(keepProof([]));
  }
}
