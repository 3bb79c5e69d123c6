import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, DomainError, unauthenticated } from '../../core/errors';
import { t, type Locale } from '../../core/i18n';
import { audit } from '../audit';
import { accountsPolicy, enforce } from './accounts.policy';
import { verifyPassword } from './secrets';
import { closeSession } from './sessions.service';
import { User } from '../../model';

/** AC3: how long after the end of the last event with a booking an account must wait before deleting itself. */
export const DELETION_DELAY_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * AC3: the first moment the person may delete their account: 30 days after the end of the last event where they
 * hold a booking (as holder, by account or by email) other than a deleted or expired pre-reservation; null when
 * that moment has passed (or there is no such booking).
 */
export async function deletableFrom(em: EntityManager, user: { id: string; email: string }, now: Date) {
  const [row] = await em.execute<Array<{ last_end: Date | null }>>(
    `select max(e.ends_at) as last_end from bookings b join events e on e.id = b.event_id
      where (b.holder_id = ? or b.holder_email = ?) and b.status not in ('DELETED', 'EXPIRED')`,
    [user.id, user.email],
  );
  if (!row?.last_end) return null;
  const from = new Date(new Date(row.last_end).getTime() + DELETION_DELAY_DAYS * DAY_MS);
  return from > now ? from : null;
}

export async function accountDeletionDate(ctx: ActorContext): Promise<Date | null> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  enforce(accountsPolicy.canDeleteOwnAccount(viewer));
  return deletableFrom(ctx.em, viewer.user, ctx.deps.clock.now());
}

/**
 * AC3: the viewer deletes their external account, confirming with their password. Inside one transaction, with the
 * account row locked (a booking being created for it waits, then fails: the migration's trigger), the date is
 * checked again and `anonymise_account` blanks every trace (the one path allowed to rewrite proof). The uploaded
 * files of their bookings are removed once the change is committed.
 */
export async function deleteMyAccount(ctx: ActorContext, password: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  enforce(accountsPolicy.canDeleteOwnAccount(viewer));
  const current = await ctx.em.findOneOrFail(User, viewer.user.id, { populate: ['passwordHash'] });
  if (!current.passwordHash || !(await verifyPassword(password, current.passwordHash))) {
    throw badInput({ password: 'WRONG_PASSWORD' }, 'The password is wrong.');
  }
  const files = await ctx.em.transactional(async (em) => {
    const [locked] = await em.execute<Array<{ email: string; deleted_at: Date | null }>>(
      `select email, deleted_at from users where id = ? for update`,
      [viewer.user.id],
    );
    if (!locked || locked.deleted_at) throw unauthenticated();
    const now = ctx.deps.clock.now();
    const from = await deletableFrom(em, { id: viewer.user.id, email: locked.email }, now);
    if (from) {
      throw new DomainError(
        'ACCOUNT_DELETION_NOT_YET',
        `This account can be deleted from ${from.toISOString()} (30 days after the end of its last event).`,
        { deletableFrom: from.toISOString() },
      );
    }
    const keys = await em.execute<Array<{ file_key: string }>>(
      `select a.file_key from answers a join bookings b on b.id = a.booking_id
        where a.file_key is not null and (b.holder_id = ? or b.holder_email = ?)`,
      [viewer.user.id, locked.email],
    );
    audit(ctx, em, { action: 'account.deleted', subjectType: 'User', subjectId: viewer.user.id });
    await em.flush();
    // NT1: what this address was told (its comments and reasons) goes with it.
    await em.execute(`delete from notifications where lower(recipient_email) = lower(?)`, [locked.email]);
    await em.execute(`select anonymise_account(?, ?)`, [viewer.user.id, now]);
    // WL1: off every waiting list (a place held for them goes to the next person), and their guests' names gone.
    await em.execute(
      `select waiting_list_end(id, 'REMOVED', ?) from waiting_list_entries
        where user_id = ? and status in ('WAITING', 'OFFERED') order by id`,
      [now, viewer.user.id],
    );
    await em.execute(
      `update waiting_list_entries set guest_first_name = null, guest_last_name = null, guest_email = null
        where user_id = ? and guest_email is not null`,
      [viewer.user.id],
    );
    return keys.map((k) => k.file_key);
  });
  for (const key of files) {
    await ctx.deps.storage.remove(key).catch((e: unknown) => {
      ctx.deps.log.warn({ err: e instanceof Error ? e.message : 'unknown' }, 'could not remove a deleted account file');
    });
  }
  // The session was removed with the account: clear the browser's cookie too.
  await closeSession(ctx);
  return true;
}

/** The address a deleted account's rows carry: a reserved top-level domain, never mailed (the migration's trigger). */
export const isDeletedAddress = (email: string) => email.endsWith('@deleted.invalid');

/** AC3: a person's name as shown, "Anonyme" (in the reader's language) once the names are blank. */
export const shownName = (first: string | null | undefined, last: string | null | undefined, locale: Locale = 'fr') =>
  `${first ?? ''} ${last ?? ''}`.trim() || t(locale, 'document_anonymous');
