import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { asLocale, type Locale } from '../../core/i18n';
import { escapeLike } from '../../graphql/paging';
import { accountsPolicy, enforce } from './accounts.policy';
import { User } from '../../model';

/** Platform admins look people up by words of their name or email. */
export async function listUsers(ctx: ActorContext, opts: { search?: string; first: number }): Promise<User[]> {
  enforce(accountsPolicy.canListUsers(ctx.viewer));
  const words = (opts.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const where = words.map((w) => {
    const like = `%${escapeLike(w)}%`;
    return { $or: [{ email: { $ilike: like } }, { firstName: { $ilike: like } }, { lastName: { $ilike: like } }] };
  });
  return ctx.em.find(User, where.length ? { $and: where } : {}, {
    orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' },
    limit: Math.min(Math.max(opts.first, 1), 200),
  });
}

/**
 * Issue 12: the language to write to `email` in: that of the account owning the address, or null when none does
 * (the mail is then bilingual, French first). Runs on the caller's transaction.
 */
export async function recipientLocale(em: EntityManager, email: string): Promise<Locale | null> {
  const [row] = await em.execute<Array<{ language: string }>>(
    `select language from users where email = ?`,
    [email],
    'all',
  );
  return row ? asLocale(row.language) : null;
}
