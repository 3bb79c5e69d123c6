import { LockMode } from '@mikro-orm/core';
import type { ActorContext } from '../../app-context';
import { DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { bookingAccess } from '../bookings';
import { cancelAtLydia } from './lydia.service';
import { requirePayer } from './offer';
import { AttemptState, OnlineProvider, PaymentAttempt } from '../../model';

/**
 * Issue 16: the payer (holder or sponsor) abandons the booking's open checkout or Lydia request, so that another
 * attempt may start or the booking be deleted. A payment PayPal reported Pending (CONFIRMING) can't be abandoned:
 * the money is on its way. A Lydia request is cancelled at Lydia too; Lydia refusing because it was paid meanwhile
 * settles it. PY3: money that still arrives for an abandoned attempt is matched as ever — it reserves the booking,
 * or, when the booking was paid another way or deleted meanwhile, is kept and flagged for a refund.
 */
export async function abandonPaymentAttempt(ctx: ActorContext, attemptId: string): Promise<PaymentAttempt> {
  // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
  if (!ctx.viewer) throw unauthenticated();
  const known = isUuid(attemptId) ? await ctx.em.fork().findOne(PaymentAttempt, attemptId) : null;
  if (!known) throw notFound('PaymentAttempt');
  const abandoned = await ctx.em.transactional(async (em) => {
    // The booking's lock first, as every path starting an attempt or deleting the booking takes it.
    const { booking } = await bookingAccess(ctx, em, known.booking.id, 'PAY', { lock: true });
    await requirePayer(ctx, booking);
    const a = await em.findOneOrFail(PaymentAttempt, known.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (a.state === AttemptState.CONFIRMING)
      throw new DomainError(
        'CONFLICT',
        'PayPal is confirming this payment: it can’t be abandoned; it settles (paid or refused) on its own.',
      );
    if (a.state !== AttemptState.CREATED && a.state !== AttemptState.PENDING)
      throw new DomainError('CONFLICT', `This attempt is no longer open (${a.state}).`);
    a.state = AttemptState.ABANDONED;
    a.updatedAt = ctx.deps.clock.now();
    audit(ctx, em, {
      action: 'payment.abandoned',
      subjectType: 'Booking',
      subjectId: booking.id,
      data: { provider: a.provider, attemptId: a.id },
    });
    return a;
  });
  if (abandoned.provider === OnlineProvider.LYDIA && abandoned.providerRef)
    await cancelAtLydia(ctx.deps, ctx.em.fork(), abandoned.id);
  return ctx.em.fork().findOneOrFail(PaymentAttempt, abandoned.id);
}
