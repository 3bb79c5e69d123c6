import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { DomainError, forbidden } from '../../core/errors';
import { bookingFacts, unvalidatedRequirements } from '../bookings';
import { viewerFacts, relationTo } from '../permissions';
import { Booking, BookingStatus, type Event, ExtraInfoBlocks, OnlineProvider, PaymentAccount } from '../../model';

export type NotOfferedReason =
  'NOT_PRE_RESERVED' | 'FREE' | 'EXPIRED' | 'EVENT_CANCELLED' | 'NO_ACCOUNT' | 'ANSWERS_PENDING';

export interface Offer {
  /** The providers the attendee may pay with now. */
  providers: OnlineProvider[];
  /** Their active accounts. */
  accounts: Map<OnlineProvider, PaymentAccount>;
  /** Why nothing is offered, when nothing is. */
  reason: NotOfferedReason | null;
  /** XI5: the PAYMENT-blocking extra information still to be validated. */
  pendingExtraInfoIds: string[];
}

async function activeAccount(
  em: EntityManager,
  ref: PaymentAccount | null | undefined,
): Promise<PaymentAccount | null> {
  if (!ref) return null;
  const account = await em.findOne(PaymentAccount, ref.id);
  return account && !account.deactivatedAt ? account : null;
}

/** The event's active account for a provider, or null. */
export const accountOf = (em: EntityManager, event: Event, provider: OnlineProvider) =>
  activeAccount(em, provider === OnlineProvider.PAYPAL ? event.paypalAccount : event.lydiaAccount);

/**
 * PY2, PY4, XI5: online payment is offered for a pre-reservation with a price, not expired, of an event not
 * cancelled that has an active account for the provider, once its PAYMENT-blocking answers are validated.
 */
export async function onlineOffer(em: EntityManager, booking: Booking, event: Event, now: Date): Promise<Offer> {
  const none = (reason: NotOfferedReason, pendingExtraInfoIds: string[] = []): Offer => ({
    providers: [],
    accounts: new Map(),
    reason,
    pendingExtraInfoIds,
  });
  if (booking.status !== BookingStatus.PRE_RESERVED) return none('NOT_PRE_RESERVED');
  if (booking.priceCents <= 0) return none('FREE');
  if (event.cancelledAt) return none('EVENT_CANCELLED');
  if (booking.expiresAt && booking.expiresAt <= now) return none('EXPIRED');
  const accounts = new Map<OnlineProvider, PaymentAccount>();
  for (const p of [OnlineProvider.PAYPAL, OnlineProvider.LYDIA]) {
    const account = await accountOf(em, event, p);
    if (account) accounts.set(p, account);
  }
  if (!accounts.size) return none('NO_ACCOUNT');
  const pending = await unvalidatedRequirements(em, booking, [ExtraInfoBlocks.PAYMENT]);
  if (pending.length)
    return none(
      'ANSWERS_PENDING',
      pending.map((x) => x.id),
    );
  return { providers: [...accounts.keys()], accounts, reason: null, pendingExtraInfoIds: [] };
}

/** Throws the coded error when `provider` is not offered for the booking now. */
export async function requireOffer(
  em: EntityManager,
  booking: Booking,
  event: Event,
  now: Date,
  provider: OnlineProvider,
): Promise<PaymentAccount> {
  const offer = await onlineOffer(em, booking, event, now);
  if (offer.reason === 'ANSWERS_PENDING') {
    throw new DomainError(
      'ANSWERS_PENDING',
      'The extra information that blocks payment must be validated first (XI5).',
      { extraInfoIds: offer.pendingExtraInfoIds },
    );
  }
  if (offer.reason === 'EVENT_CANCELLED')
    throw new DomainError('EVENT_CANCELLED', 'The event was cancelled: nothing can be paid.');
  if (!offer.providers.includes(provider)) {
    throw new DomainError('PAYMENT_NOT_OFFERED', `Paying with ${provider} is not offered for this booking now.`, {
      reason: offer.reason ?? 'NO_ACCOUNT',
    });
  }
  return offer.accounts.get(provider)!;
}

/**
 * PY3: our reference for one payment attempt (PayPal `invoice`, Lydia `order_ref`): the booking's, for humans, and
 * 128 random bits. It is the only thing that matches a payment to a booking, so it must not be guessable: booking
 * ids and references are printed on tickets, this is only given to the holder or sponsor who starts the attempt.
 */
export const attemptRef = (bookingReference: string) =>
  `${bookingReference}-${randomBytes(16).toString('hex').toUpperCase()}`;

/**
 * PY3: a checkout or a Lydia request is issued only to the booking's holder or sponsor (its reference is what
 * matches a payment): an organizer who may see the booking is refused (they record payments with BK7 instead).
 */
export async function requirePayer(ctx: ActorContext, booking: Booking): Promise<void> {
  if (!relationTo(await viewerFacts(ctx), bookingFacts(booking))) {
    throw forbidden('Only the holder or the sponsor pays a booking online; organizers record payments instead (BK7).');
  }
}

/**
 * Issue 16: when a new checkout times out unpaid (PAYMENT_ATTEMPT_MINUTES after its start): then the booking may be
 * paid another way or deleted. Stated on the booking page.
 */
export const attemptDeadline = (config: { payments: { attemptMinutes: number } }, now: Date): Date =>
  new Date(now.getTime() + config.payments.attemptMinutes * 60_000);
