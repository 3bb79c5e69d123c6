import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { SQLSTATE, type PgError } from '../../db/sqlstates';
import { formatEuros } from '../../core/time';
import { audit } from '../audit';
import { transitions } from '../bookings';
import { enqueueMail, mails } from '../mail';
import { eventAdminRecipients } from '../permissions';
import { Booking, BookingStatus, Event, OnlineProvider, PaymentMethod, PaymentProvider } from '../../model';
import { shownName } from '../accounts';

/** Money a provider proved it took for a booking (a VERIFIED IPN, a signed Lydia callback, a paid Lydia state). */
export interface IncomingPayment {
  provider: OnlineProvider;
  /** The provider's transaction key, unique per provider: PayPal txn_id, Lydia request_id. */
  providerTxn: string;
  /** Shown to organizers: the txn id, or Lydia's transaction identifier. */
  reference: string;
  bookingId: string;
  attemptId: string | null;
  amountCents: number;
  currency: string;
  /** What does not conform (receiver, amount, currency): empty when the payment is what was due. */
  problems: string[];
  /** Who acted, for the audit log (e.g. "webhook:paypal"). */
  source: string;
}

export type SettlementOutcome =
  /** The pre-reservation became a reservation. */
  | 'RESERVED'
  /** The booking had expired or been deleted; a place was free: it is a reservation again. */
  | 'REINSTATED'
  /** This transaction was already applied: nothing changed. */
  | 'DUPLICATE'
  /** Non-conforming, on a live unpaid booking (a pre-reservation): the booking was put in opposition (PY3). */
  | 'OPPOSED'
  /** Non-conforming, and the booking was not a pre-reservation (paid, ended): recorded, booking untouched, organizers told. */
  | 'NON_CONFORMING'
  /** The attempt (checkout) was already paid by another transaction: recorded, booking untouched, organizers told. */
  | 'ATTEMPT_SETTLED'
  /** Paid after the pre-reservation ended and no place was left (or the person rebooked): opposition, refund. */
  | 'PAID_AFTER_EXPIRY'
  /** A second payment for a booking already paid: kept, organizers told to refund one. */
  | 'ALREADY_PAID'
  /** The booking is in opposition: money kept, organizers told to refund. */
  | 'BOOKING_OPPOSED'
  /** The event was cancelled: money kept, organizers told to refund. */
  | 'EVENT_CANCELLED'
  /**
   * BK3: a guest pre-reservation whose person booked for themselves meanwhile (PostgreSQL refused a second binding
   * booking): money kept, booking untouched, organizers told to refund.
   */
  | 'ALREADY_BOOKED';

export interface Settlement {
  outcome: SettlementOutcome;
  detail: string | null;
}

const PROVIDER_NAME: Record<OnlineProvider, string> = { PAYPAL: 'PayPal', LYDIA: 'Lydia' };

/** The database refused to make the booking live again: why, in words for the organizers. */
function reinstateRefusal(e: unknown): string | null {
  const err = e as PgError;
  if (err.code === SQLSTATE.SOLD_OUT) return 'no place left on the ticket';
  if (err.code === SQLSTATE.QUOTA_FULL) return `no place left in the quota “${err.detail ?? ''}”`;
  if (err.code === SQLSTATE.EVENT_FULL) return 'no place left in the event';
  if (err.code === SQLSTATE.EVENT_CANCELLED) return 'the event was cancelled';
  if (err.code === SQLSTATE.SPONSORSHIP_LIMIT) return 'the sponsor already has the maximum number of guests';
  if (err.code === SQLSTATE.SPONSORSHIP_NOT_ALLOWED) return 'the ticket no longer allows guests';
  if (err.code === SQLSTATE.UNIQUE && err.constraint?.startsWith('bookings_one_live_per_'))
    return 'the person booked again meanwhile';
  return null;
}

/**
 * PY3, PY4: applies money a provider proved it took, in the caller's transaction. Idempotent on the provider's
 * transaction key (the booking row lock serializes concurrent deliveries; a unique index backs it). No payment
 * is ever dropped: whatever the booking's state, the money is recorded, and when it can't buy the place the
 * booking is put in opposition or the organizers are mailed to refund.
 */
export async function settlePayment(
  deps: Pick<AppDeps, 'clock' | 'config'>,
  em: EntityManager,
  p: IncomingPayment,
): Promise<Settlement> {
  const booking = await em.findOneOrFail(Booking, p.bookingId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const [{ seen }] = await conn.execute<Array<{ seen: boolean }>>(
    `select exists (select 1 from payments where provider = ? and provider_txn = ?) as seen`,
    [p.provider, p.providerTxn],
    'all',
    tx,
  );
  if (seen) return { outcome: 'DUPLICATE', detail: null };
  // PY3: an attempt matches one payment. Another transaction naming an attempt already paid (a replayed invoice)
  // is money to give back, never a new decision on the booking.
  const [{ settled: attemptSettled }] = p.attemptId
    ? await conn.execute<Array<{ settled: boolean }>>(
        `select exists (select 1 from payments where attempt_id = ?) as settled`,
        [p.attemptId],
        'all',
        tx,
      )
    : [{ settled: false }];

  const cancelledAt = await transitions.eventCancelledAt(em, booking.event.id);
  const event = await em.findOneOrFail(Event, booking.event.id);
  const now = deps.clock.now();
  const provider = PROVIDER_NAME[p.provider];
  const amount = `${formatEuros(Math.max(p.amountCents, 0))}${p.currency === 'EUR' ? '' : ` (${p.currency})`}`;
  const statusBefore = booking.status;
  // The transitions' audit entry is this settlement's one `booking.paid.online` entry below (with its outcome).
  const by: transitions.By = { ctx: { viewer: null, requestId: p.source }, now, publicUrl: deps.config.publicUrl };

  let outcome: SettlementOutcome;
  let problem: string | null = null;
  let organizersMust: string | null = null;
  let paidTooLate = false;

  if (cancelledAt) {
    outcome = 'EVENT_CANCELLED';
    problem = 'the event was cancelled';
    organizersMust = 'payment recorded; refund the attendee.';
  } else if (attemptSettled) {
    outcome = 'ATTEMPT_SETTLED';
    problem = ['this checkout was already paid by another transaction', ...p.problems].join('; ');
    organizersMust = `payment recorded, booking left ${booking.status}; refund this payment.`;
  } else if (p.problems.length) {
    problem = p.problems.join('; ');
    // PY3: only a live booking not paid yet is opposed; a paid or ended one is left as it is.
    if (booking.status === BookingStatus.PRE_RESERVED) {
      outcome = 'OPPOSED';
      await transitions.oppose(
        em,
        by,
        booking,
        [BookingStatus.PRE_RESERVED],
        `${provider} payment ${p.reference} does not conform: ${problem}`,
        null,
      );
      organizersMust = 'the booking was put in opposition automatically; check the payment and refund it.';
    } else {
      outcome = 'NON_CONFORMING';
      organizersMust = `payment recorded, booking left ${booking.status}; check the payment and refund it.`;
    }
  } else if (booking.status === BookingStatus.PRE_RESERVED) {
    // BK3: paying binds the person a guest booking names; if they booked for themselves since the checkout was
    // issued, PostgreSQL refuses a second binding booking and the money is returned, the booking left as it is.
    await conn.execute('savepoint reserve', [], 'run', tx);
    try {
      await transitions.reserve(em, by, booking, event, null);
      await conn.execute('release savepoint reserve', [], 'run', tx);
      outcome = 'RESERVED';
    } catch (e) {
      const err = e as PgError;
      if (!(err.code === SQLSTATE.UNIQUE && err.constraint?.startsWith('bookings_one_live_per_'))) throw e;
      await conn.execute('rollback to savepoint reserve', [], 'run', tx);
      outcome = 'ALREADY_BOOKED';
      problem = 'the person this booking names already holds another booking for the event';
      organizersMust = 'payment recorded, booking left PRE_RESERVED; refund the attendee.';
    }
  } else if (booking.status === BookingStatus.EXPIRED || booking.status === BookingStatus.DELETED) {
    await conn.execute('savepoint reinstate', [], 'run', tx);
    try {
      await transitions.reinstate(em, by, booking, event, null);
      await conn.execute('release savepoint reinstate', [], 'run', tx);
      outcome = 'REINSTATED';
    } catch (e) {
      const why = reinstateRefusal(e);
      if (!why) throw e;
      await conn.execute('rollback to savepoint reinstate', [], 'run', tx);
      outcome = 'PAID_AFTER_EXPIRY';
      problem = `paid after expiry: ${why}`;
      await transitions.oppose(
        em,
        by,
        booking,
        [statusBefore],
        `Paid after expiry (${provider} ${p.reference}): ${why}. Refund the attendee.`,
        null,
      );
      organizersMust = 'the booking was put in opposition; refund the attendee.';
      paidTooLate = true;
    }
  } else if (booking.status === BookingStatus.RESERVED) {
    outcome = 'ALREADY_PAID';
    problem = 'the booking was already paid';
    organizersMust = 'payment recorded; refund this second payment.';
  } else {
    outcome = 'BOOKING_OPPOSED';
    problem = 'the booking is in opposition';
    organizersMust = 'payment recorded; refund the attendee.';
  }

  await conn.execute(
    `insert into payments (id, booking_id, provider, method, amount_cents, currency, reference, provider_txn, attempt_id, conforming, problem, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      booking.id,
      p.provider === OnlineProvider.PAYPAL ? PaymentProvider.PAYPAL : PaymentProvider.LYDIA,
      PaymentMethod.ONLINE,
      Math.max(p.amountCents, 0),
      /^[A-Z]{3}$/.test(p.currency) ? p.currency : 'XXX', // ISO 4217's code for "no currency": the message's own is in the record
      p.reference.slice(0, 200),
      p.providerTxn,
      p.attemptId,
      p.problems.length === 0,
      problem,
      now,
    ],
    'all',
    tx,
  );
  audit({ viewer: null, requestId: p.source }, em, {
    action: 'booking.paid.online',
    subjectType: 'Booking',
    subjectId: booking.id,
    actor: null,
    reason: problem,
    data: {
      provider: p.provider,
      txn: p.providerTxn,
      reference: p.reference,
      amountCents: p.amountCents,
      currency: p.currency,
      outcome,
      statusBefore,
    },
  });
  await em.flush();

  // The reservation mails went with their transitions; a payment that came too late is told here.
  if (paidTooLate) {
    const locale = await transitions.holderLocale(em, booking);
    await enqueueMail(
      em,
      mails.paidTooLate(
        booking.holderEmail,
        locale,
        await transitions.mailBooking(em, booking, event, locale),
        `${deps.config.publicUrl}/bookings/${booking.id}`,
      ),
    );
  }
  if (organizersMust) {
    await mailOrganizers(deps, em, booking, event, {
      provider,
      txn: p.reference,
      amount,
      problem: problem!,
      action: organizersMust,
    });
  }
  return { outcome, detail: problem };
}

/** PY3: the event's admins and the platform admins hear about money that needs a human. */
export async function mailOrganizers(
  deps: Pick<AppDeps, 'config'>,
  em: EntityManager,
  booking: Booking,
  event: Event,
  what: { provider: string; txn: string; amount: string; problem: string; action: string },
) {
  const url = `${deps.config.publicUrl}/console/events/${event.id}/bookings/${booking.id}`;
  for (const { email: to, language } of await eventAdminRecipients(em, event.id)) {
    await enqueueMail(
      em,
      mails.paymentProblem(
        to,
        language,
        {
          eventName: event.name,
          reference: booking.reference,
          holderName: shownName(booking.holderFirstName, booking.holderLastName, language),
          ...what,
        },
        url,
      ),
    );
  }
}

/**
 * PY3: a verified refund or reversal of money that paid a booking puts the reservation in opposition, with the
 * reason, and tells the organizers. Idempotent: a booking already in opposition stays as it is.
 */
export async function reversePayment(
  deps: Pick<AppDeps, 'clock' | 'config'>,
  em: EntityManager,
  r: {
    provider: OnlineProvider;
    bookingId: string;
    status: string;
    reference: string;
    parentTxn: string;
    amountCents: number | null;
    source: string;
  },
): Promise<Settlement> {
  const booking = await em.findOneOrFail(Booking, r.bookingId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (booking.status !== BookingStatus.RESERVED)
    return {
      outcome: 'NON_CONFORMING',
      detail: `${r.status} of ${r.parentTxn}; booking is ${booking.status}: nothing to change`,
    };
  const provider = PROVIDER_NAME[r.provider];
  const reason = `${provider} payment ${r.parentTxn} ${r.status.toLowerCase()} (${r.reference}).`;
  const by: transitions.By = {
    ctx: { viewer: null, requestId: r.source },
    now: deps.clock.now(),
    publicUrl: deps.config.publicUrl,
  };
  await transitions.oppose(em, by, booking, [BookingStatus.RESERVED], reason, {
    data: { provider: r.provider, txn: r.reference, parentTxn: r.parentTxn },
  });
  await em.flush();
  const event = await em.findOneOrFail(Event, booking.event.id);
  await mailOrganizers(deps, em, booking, event, {
    provider,
    txn: r.reference,
    amount: r.amountCents === null ? '?' : formatEuros(Math.abs(r.amountCents)),
    problem: `${r.status} of payment ${r.parentTxn}`,
    action: 'the reservation was put in opposition.',
  });
  return { outcome: 'OPPOSED', detail: reason };
}
