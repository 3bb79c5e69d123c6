import type { EntityManager } from '@mikro-orm/postgresql';
import { enforce } from '../../core/decision';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { canPickPaymentAccount } from '../permissions';
import { type OnlineProvider, PaymentAccount } from '../../model';

/**
 * PY1: the account an event of `clubId` takes for `provider` (null: none). It must be an active account of the
 * event's club (UNKNOWN_REFERENCE on `field` for a wrong id or provider). `current` is the event's account now:
 * keeping it is allowed even after its deactivation; picking a deactivated one is not. Used at creation and by
 * setEventPaymentAccounts.
 */
export async function pickPaymentAccount(
  em: EntityManager,
  pick: { id: string | null | undefined; provider: OnlineProvider; field: string },
  clubId: string,
  current?: PaymentAccount | null,
): Promise<PaymentAccount | null> {
  if (!pick.id) return null;
  if (current?.id === pick.id) return current;
  const account = isUuid(pick.id) ? await em.findOne(PaymentAccount, pick.id) : null;
  if (!account || account.provider !== pick.provider) throw badInput({ [pick.field]: 'UNKNOWN_REFERENCE' });
  enforce(canPickPaymentAccount({ clubId: account.club.id, active: !account.deactivatedAt }, { clubId }));
  return account;
}
