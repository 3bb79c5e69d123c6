import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, AppDeps } from '../../app-context';
import { isUuid } from '../../ids';
import { formatEuros } from '../../time';
import { audit } from '../audit';
import { User } from '../accounts/user.entity';
import { bookingAccess } from '../bookings/booking-access';
import { Booking } from '../bookings/booking.entity';
import { Event } from '../events/event.entity';
import { enqueueMail, mails } from '../mail';
import { Ticket } from '../tickets/ticket.entity';
import { attemptRef, requireOffer } from './offer';
import { OnlineProvider, PaymentAccount } from './payment-account.entity';
import { AttemptState, PaymentAttempt } from './payment-attempt.entity';
import { MessageKind, PaymentMessage, Verification } from './payment-message.entity';
import { Payment } from './payment.entity';
import { ipnFacts, parseIpn, verifyIpn } from './paypal';
import { formatAmount } from './provider-http';
import { record } from './records';
import { reversePayment, settlePayment, type Settlement } from './settlement';

export interface CheckoutForm {
  url: string;
  fields: Array<{ name: string; value: string }>;
  attempt: PaymentAttempt;
}

/**
 * PY2: the PayPal Payments Standard form the attendee's browser posts to PayPal, built by the server with a
 * fresh `invoice` per attempt and the booking's price. Recorded (PY5).
 */
export async function startPaypalCheckout(ctx: ActorContext, bookingId: string): Promise<CheckoutForm> {
  const { config, clock } = ctx.deps;
  return ctx.em.transactional(async (em) => {
    const { booking, event } = await bookingAccess(ctx, em, bookingId, 'PAY', { lock: true });
    const now = clock.now();
    const account = await requireOffer(em, booking, event, now, OnlineProvider.PAYPAL);
    const ticket = await em.findOneOrFail(Ticket, booking.ticket.id);
    const attempt = em.create(PaymentAttempt, {
      booking,
      provider: OnlineProvider.PAYPAL,
      account,
      ref: attemptRef(booking.reference),
      amountCents: booking.priceCents,
      currency: 'EUR',
      state: AttemptState.PENDING,
      createdBy: ctx.viewer!.user,
      createdAt: now,
      updatedAt: now,
    });
    const back = `${config.publicUrl}/bookings/${booking.id}`;
    const fields = [
      ['cmd', '_xclick'],
      ['business', account.paypalReceiverEmail!],
      ['item_name', `${event.name} — ${ticket.name} (${booking.reference})`.slice(0, 127)],
      ['item_number', booking.reference],
      ['amount', formatAmount(booking.priceCents)],
      ['currency_code', 'EUR'],
      ['invoice', attempt.ref],
      ['custom', booking.id],
      ['notify_url', `${config.publicUrl}/webhooks/paypal`],
      ['return', `${back}?payment=paypal`],
      ['cancel_return', `${back}?payment=cancelled`],
      ['charset', 'utf-8'],
      ['no_shipping', '1'],
      ['no_note', '1'],
      ['rm', '1'],
    ].map(([name, value]) => ({ name, value }));
    record(em, {
      provider: OnlineProvider.PAYPAL,
      kind: MessageKind.CHECKOUT,
      booking,
      attempt,
      reference: attempt.ref,
      amountCents: booking.priceCents,
      currency: 'EUR',
      raw: { url: config.payments.paypalCheckoutUrl, fields: Object.fromEntries(fields.map((f) => [f.name, f.value])) },
      at: now,
    });
    audit(ctx, em, { action: 'payment.checkout', subjectType: 'Booking', subjectId: booking.id, data: { provider: 'PAYPAL', invoice: attempt.ref, amountCents: booking.priceCents } });
    return { url: config.payments.paypalCheckoutUrl, fields, attempt };
  });
}

/**
 * PY2, PY5: stores an IPN exactly as received (the bytes, for the postback and as proof), linked to its booking
 * when the invoice or custom field names one. Called before answering PayPal; verification comes after.
 */
export async function storeIpn(deps: Pick<AppDeps, 'clock'>, em: EntityManager, raw: Buffer): Promise<PaymentMessage> {
  const { fields, charset } = parseIpn(raw);
  const f = ipnFacts(fields);
  const attempt = f.invoice ? await em.findOne(PaymentAttempt, { provider: OnlineProvider.PAYPAL, ref: f.invoice }) : null;
  let booking = attempt ? em.getReference(Booking, attempt.booking.id) : null;
  if (!booking && f.custom && isUuid(f.custom)) booking = await em.findOne(Booking, f.custom);
  if (!booking && f.parentTxnId) booking = (await em.findOne(Payment, { provider: 'PAYPAL' as never, providerTxn: f.parentTxnId }))?.booking ?? null;
  const message = record(em, {
    provider: OnlineProvider.PAYPAL,
    kind: MessageKind.IPN,
    raw,
    booking,
    attempt,
    reference: f.txnId,
    amountCents: f.amountCents,
    currency: f.currency,
    status: f.status,
    charset,
    verification: Verification.PENDING,
    at: deps.clock.now(),
  });
  await em.flush();
  return message;
}

/**
 * PY2, PY3: verifies a stored IPN by postback and acts on it. Safe to call more than once and concurrently (the
 * message row is locked and acted upon once). When PayPal can't be reached the message stays PENDING for the
 * periodic job.
 */
export async function processIpn(deps: AppDeps, em: EntityManager, messageId: string): Promise<PaymentMessage | null> {
  const message = await em.findOne(PaymentMessage, messageId);
  if (!message || message.kind !== MessageKind.IPN || message.verification !== Verification.PENDING) return message;
  let reply: 'VERIFIED' | 'INVALID';
  try {
    const res = await verifyIpn(deps.config.payments.paypalVerifyUrl, message.raw, deps.config.payments.httpTimeoutMs);
    reply = res.reply;
    record(em, { provider: OnlineProvider.PAYPAL, kind: MessageKind.IPN_VERIFICATION, raw: res.body, message, booking: message.booking, reference: message.reference, status: reply, at: deps.clock.now() });
    await em.flush();
  } catch (e) {
    const why = (e as Error).message.slice(0, 500);
    record(em, { provider: OnlineProvider.PAYPAL, kind: MessageKind.IPN_VERIFICATION, raw: why, message, booking: message.booking, reference: message.reference, status: 'ERROR', at: deps.clock.now() });
    message.verifyAttempts += 1;
    message.lastError = why;
    await em.flush();
    deps.log.warn({ paymentMessage: message.id, err: why }, 'PayPal IPN could not be verified yet; will retry');
    return message;
  }
  const settled = await em.transactional(async (tx) => {
    const m = await tx.findOneOrFail(PaymentMessage, message.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (m.verification !== Verification.PENDING) return m;
    m.verifyAttempts += 1;
    m.processedAt = deps.clock.now();
    if (reply === 'INVALID') {
      m.verification = Verification.INVALID;
      m.outcome = 'IGNORED_INVALID';
      m.outcomeDetail = 'PayPal answered INVALID: not acted upon.';
      deps.log.warn({ paymentMessage: m.id, txn: m.reference }, 'PayPal IPN answered INVALID: stored, not acted upon');
      return m;
    }
    m.verification = Verification.VERIFIED;
    const result = await actOnVerifiedIpn(deps, tx, m);
    m.outcome = result.outcome;
    m.outcomeDetail = result.detail;
    return m;
  });
  if (settled.outcome) deps.outbox.kick();
  deps.log.info({ paymentMessage: settled.id, txn: settled.reference, status: settled.status, outcome: settled.outcome }, 'PayPal IPN processed');
  return settled;
}

async function actOnVerifiedIpn(deps: AppDeps, em: EntityManager, m: PaymentMessage): Promise<Settlement | { outcome: string; detail: string | null }> {
  const { fields } = parseIpn(m.raw);
  const f = ipnFacts(fields);
  const source = `webhook:paypal:${m.id}`;
  if (f.status === 'Refunded' || f.status === 'Reversed') {
    const original = f.parentTxnId ? await em.findOne(Payment, { provider: 'PAYPAL' as never, providerTxn: f.parentTxnId }) : null;
    if (!original) return { outcome: 'UNKNOWN_PAYMENT', detail: `${f.status} of ${f.parentTxnId ?? '?'}: no such payment here` };
    if (!m.booking) m.booking = original.booking;
    return reversePayment(deps, em, { provider: OnlineProvider.PAYPAL, bookingId: original.booking.id, status: f.status, reference: f.txnId ?? '?', parentTxn: f.parentTxnId!, amountCents: f.amountCents, source });
  }
  if (f.status === 'Pending') return { outcome: 'PENDING', detail: fields.pending_reason ? `pending_reason: ${fields.pending_reason}` : null };
  if (f.status !== 'Completed') {
    if (m.attempt && f.status && ['Failed', 'Denied', 'Voided', 'Expired'].includes(f.status)) {
      await em.nativeUpdate(PaymentAttempt, { id: m.attempt.id, state: AttemptState.PENDING }, { state: AttemptState.FAILED, updatedAt: deps.clock.now() });
    }
    return { outcome: 'RECORDED', detail: `payment_status ${f.status ?? '(none)'}: nothing to do` };
  }
  if (!f.txnId) return { outcome: 'MALFORMED', detail: 'no txn_id' };
  if (!m.booking) {
    await mailPlatformAdmins(deps, em, f.txnId, f.amountCents, fields.payer_email ?? '?');
    return { outcome: 'UNKNOWN_BOOKING', detail: 'verified payment for no known booking: platform admins mailed to refund it' };
  }
  const booking = await em.findOneOrFail(Booking, m.booking.id);
  const attempt = m.attempt ? await em.findOne(PaymentAttempt, m.attempt.id) : null;
  const accountRef = attempt?.account ?? (await em.findOneOrFail(Event, booking.event.id)).paypalAccount;
  const account = accountRef ? await em.findOne(PaymentAccount, accountRef.id) : null;
  const expected = attempt?.amountCents ?? booking.priceCents;
  const problems: string[] = [];
  const receiver = account?.paypalReceiverEmail?.toLowerCase();
  if (!receiver || !f.receivers.includes(receiver)) problems.push(`receiver ${f.receivers[0] ?? '(none)'} is not the event's account ${receiver ?? '(none)'}`);
  if (f.amountCents !== expected) problems.push(`amount ${fields.mc_gross ?? '(none)'} instead of ${formatAmount(expected)}`);
  if (f.currency !== 'EUR') problems.push(`currency ${f.currency ?? '(none)'} instead of EUR`);
  const settled = await settlePayment(deps, em, {
    provider: OnlineProvider.PAYPAL,
    providerTxn: f.txnId,
    reference: f.txnId,
    bookingId: booking.id,
    attemptId: attempt?.id ?? null,
    amountCents: f.amountCents ?? 0,
    currency: f.currency ?? '',
    problems,
    source,
  });
  if (attempt && settled.outcome !== 'DUPLICATE') {
    await em.nativeUpdate(PaymentAttempt, { id: attempt.id }, { state: problems.length ? AttemptState.FAILED : AttemptState.PAID, updatedAt: deps.clock.now() });
  }
  return settled;
}

async function mailPlatformAdmins(deps: AppDeps, em: EntityManager, txn: string, amountCents: number | null, payer: string) {
  for (const admin of await em.find(User, { isPlatformAdmin: true })) {
    await enqueueMail(
      em,
      mails.paymentProblem(
        admin.email,
        { eventName: '?', reference: '?', holderName: payer, provider: 'PayPal', txn, amount: amountCents === null ? '?' : formatEuros(amountCents), problem: 'a verified payment names no booking of this platform', action: 'recorded; refund it from the PayPal account.' },
        `${deps.config.publicUrl}/console`,
      ),
    );
  }
}

/** The periodic job: verifies again the IPN messages PayPal could not be asked about (oldest first, a week back). */
export async function verifyPendingIpns(deps: AppDeps, fork: () => EntityManager): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - 7 * 24 * 3600_000);
  const pending = await fork().find(PaymentMessage, { kind: MessageKind.IPN, verification: Verification.PENDING, createdAt: { $gte: since } }, { orderBy: { createdAt: 'asc' }, limit: 100, fields: ['id'] });
  for (const p of pending) await processIpn(deps, fork(), p.id);
  return pending.length;
}
