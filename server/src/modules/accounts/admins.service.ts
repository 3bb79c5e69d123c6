import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { DomainError, lastPlatformAdmin, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { normalizeEmail } from '../../core/normalize';
import { databaseError } from '../../db/sqlstates';
import { audit } from '../audit';
import { accountsPolicy, enforce } from './accounts.policy';
import { User } from '../../model';

/** Every platform admin, by email. */
export function listPlatformAdmins(em: EntityManager): Promise<User[]> {
  return em.find(User, { isPlatformAdmin: true }, { orderBy: { email: 'asc' } });
}

/** Whether the platform has no admin yet (a fresh installation: the start banner says how to become one). */
export async function hasNoPlatformAdmin(em: EntityManager): Promise<boolean> {
  return (await em.count(User, { isPlatformAdmin: true })) === 0;
}

/**
 * Makes a person platform admin or not, in one audited transaction. The last admin stays: checked here for a friendly
 * error, guarded by PostgreSQL (AD001, under an advisory lock) against two demotions at once.
 * Who may call it is decided before (the console's policy, or the `npm run admin` command run on the server itself).
 */
async function setPlatformAdmin(
  ctx: Pick<ActorContext, 'viewer' | 'requestId'>,
  em: EntityManager,
  userId: string,
  isAdmin: boolean,
  via: 'console' | 'command',
): Promise<User> {
  try {
    return await em.transactional(async (tx) => {
      const user = await tx.findOne(User, userId);
      if (!user) throw notFound('User');
      if (user.isPlatformAdmin === isAdmin) return user;
      if (!isAdmin && (await tx.count(User, { isPlatformAdmin: true, id: { $ne: user.id } })) === 0)
        throw lastPlatformAdmin();
      user.isPlatformAdmin = isAdmin;
      audit(ctx, tx, {
        action: isAdmin ? 'user.platform_admin_granted' : 'user.platform_admin_revoked',
        subjectType: 'User',
        subjectId: user.id,
        data: { via },
      });
      return user;
    });
  } catch (e) {
    throw databaseError(e) ?? e;
  }
}

/** Console: a platform admin promotes or demotes someone (themselves included, unless they are the last one). */
export async function changePlatformAdmin(ctx: ActorContext, userId: string, isAdmin: boolean): Promise<User> {
  enforce(accountsPolicy.canManagePlatformAdmins(ctx.viewer));
  if (!isUuid(userId)) throw notFound('User');
  return setPlatformAdmin(ctx, ctx.em, userId, isAdmin, 'console');
}

/** Console: the platform admins, for platform admins. */
export async function platformAdmins(ctx: ActorContext): Promise<User[]> {
  enforce(accountsPolicy.canManagePlatformAdmins(ctx.viewer));
  return listPlatformAdmins(ctx.em);
}

export type CommandResult =
  { ok: true; user: User; changed: boolean } | { ok: false; reason: 'NO_ACCOUNT' | 'LAST_PLATFORM_ADMIN' };

/**
 * `npm run admin -- grant|revoke <email>`: whoever runs the command on the server holds its database, so no policy
 * applies; the change is audited with no actor.
 */
export async function setPlatformAdminByEmail(
  em: EntityManager,
  email: string,
  isAdmin: boolean,
): Promise<CommandResult> {
  const user = await em.findOne(User, { email: normalizeEmail(email) });
  if (!user) return { ok: false, reason: 'NO_ACCOUNT' };
  const before = user.isPlatformAdmin;
  try {
    const after = await setPlatformAdmin({ viewer: null, requestId: 'admin-command' }, em, user.id, isAdmin, 'command');
    return { ok: true, user: after, changed: before !== after.isPlatformAdmin };
  } catch (e) {
    if (e instanceof DomainError && e.code === 'LAST_PLATFORM_ADMIN')
      return { ok: false, reason: 'LAST_PLATFORM_ADMIN' };
    throw e;
  }
}
