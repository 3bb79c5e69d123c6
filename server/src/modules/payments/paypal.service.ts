import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, AppDeps } from '../../app-context';
import { isUuid } from '../../core/ids';
import { formatEuros } from '../../core/time';
import { audit } from '../audit';
import { assertMayBind, bookingAccess, openPaymentAttempt, paymentInProgress } from '../bookings';
import { enqueueMail, mails } from '../mail';
import { eventAdminRecipients } from '../permissions';
import { attemptDeadline, attemptRef, requireOffer, requirePayer } from './offer';
import { ipnFacts, parseIpn, verifyIpn, type IpnFacts } from './paypal';
import { formatAmount, printable } from './provider-http';
import { record } from './records';
import { mailOrganizers, reversePayment, settlePayment, type Settlement } from './settlement';
import {
  User,
  Booking,
  Event,
  Ticket,
  OnlineProvider,
  PaymentAccount,
  AttemptState,
  PaymentAttempt,
  MessageKind,
  PaymentMessage,
  Verification,
  Payment,
} from '../../model';

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
    await requirePayer(ctx, booking);
    await assertMayBind(em, booking); // BK2/BK3: never ask money for a person's second booking
    const now = clock.now();
    const account = await requireOffer(em, booking, event, now, OnlineProvider.PAYPAL);
    // Issue 16, paying once: under the booking's lock, no second attempt while one is open (the index backs it).
    const open = await openPaymentAttempt(em, booking.id, now);
    if (open) throw paymentInProgress(open, 'a new checkout');
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
      expiresAt: attemptDeadline(config, now),
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
    audit(ctx, em, {
      action: 'payment.checkout',
      subjectType: 'Booking',
      subjectId: booking.id,
      data: { provider: 'PAYPAL', attemptId: attempt.id, amountCents: booking.priceCents },
    }); // not the invoice: the audit log is shown to organizers (PY3)
    return { url: config.payments.paypalCheckoutUrl, fields, attempt };
  });
}

/**
 * PY3: what an IPN is about. It is matched to a booking only through the attempt its `invoice` names (an
 * unguessable reference given to the holder or sponsor), or, for a refund or reversal, through the payment it
 * reverses. `custom` is never trusted: anyone can write a booking id there.
 */
async function ipnLinks(
  em: EntityManager,
  raw: Buffer,
): Promise<{ attemptId: string | null; bookingId: string | null }> {
  const f = ipnFacts(parseIpn(raw).fields);
  const attempt = f.invoice
    ? await em.findOne(PaymentAttempt, { provider: OnlineProvider.PAYPAL, ref: f.invoice })
    : null;
  if (attempt) return { attemptId: attempt.id, bookingId: attempt.booking.id };
  const paid = f.parentTxnId
    ? await em.findOne(Payment, { provider: 'PAYPAL' as never, providerTxn: f.parentTxnId })
    : null;
  return { attemptId: null, bookingId: paid?.booking.id ?? null };
}

/**
 * PY2, PY5: stores an IPN exactly as received (the bytes, for the postback and as proof), linked to nothing: anyone
 * can post one naming a real checkout or payment, and only once PayPal vouches for it (processIpn) is it linked to
 * its booking and attempt. Until then it shows on no booking and, if never verified, is purged in time.
 * Called before answering PayPal; verification comes after.
 */
export async function storeIpn(deps: Pick<AppDeps, 'clock'>, em: EntityManager, raw: Buffer): Promise<PaymentMessage> {
  const { fields, charset } = parseIpn(raw);
  const f = ipnFacts(fields);
  const message = record(em, {
    provider: OnlineProvider.PAYPAL,
    kind: MessageKind.IPN,
    raw,
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
  let links: { attemptId: string | null; bookingId: string | null } = { attemptId: null, bookingId: null };
  try {
    const res = await verifyIpn(deps.config.payments.paypalVerifyUrl, message.raw, deps.config.payments.httpTimeoutMs);
    reply = res.reply;
    if (reply === 'VERIFIED') links = await ipnLinks(em, message.raw);
    const booking = links.bookingId ? em.getReference(Booking, links.bookingId) : null;
    record(em, {
      provider: OnlineProvider.PAYPAL,
      kind: MessageKind.IPN_VERIFICATION,
      raw: res.body,
      message,
      booking,
      reference: message.reference,
      status: reply,
      at: deps.clock.now(),
    });
    await em.flush();
  } catch (e) {
    const why = (e as Error).message.slice(0, 500);
    record(em, {
      provider: OnlineProvider.PAYPAL,
      kind: MessageKind.IPN_VERIFICATION,
      raw: why,
      message,
      booking: message.booking,
      reference: message.reference,
      status: 'ERROR',
      at: deps.clock.now(),
    });
    message.verifyAttempts += 1;
    message.lastError = why;
    await em.flush();
    deps.log.warn({ paymentMessage: message.id, err: why }, 'PayPal IPN could not be verified yet; will retry');
    return message;
  }
  const settled = await em.transactional(async (tx) => {
    const m = await tx.findOneOrFail(PaymentMessage, message.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
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
    // PY3: linked now that PayPal vouches for it (set once: the table refuses any later change).
    if (links.attemptId) m.attempt = tx.getReference(PaymentAttempt, links.attemptId);
    if (links.bookingId) m.booking = tx.getReference(Booking, links.bookingId);
    const result = await actOnVerifiedIpn(deps, tx, m);
    m.outcome = result.outcome;
    m.outcomeDetail = result.detail;
    return m;
  });
  if (settled.outcome) deps.outbox.kick();
  deps.log.info(
    { paymentMessage: settled.id, txn: settled.reference, status: settled.status, outcome: settled.outcome },
    'PayPal IPN processed',
  );
  return settled;
}

type Outcome = Settlement | { outcome: string; detail: string | null };

/**
 * PY3: what a verified IPN does. Only a matched payment (its invoice is an attempt we issued) to the event's
 * account can change a booking; anything else is kept, flagged by its outcome and shown to the admins.
 */
async function actOnVerifiedIpn(deps: AppDeps, em: EntityManager, m: PaymentMessage): Promise<Outcome> {
  const { fields } = parseIpn(m.raw);
  const f = ipnFacts(fields);
  const source = `webhook:paypal:${m.id}`;
  if (f.txnId) {
    // PayPal sends copies (retries, duplicates): one at a time per transaction, and a copy changes nothing.
    await em
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtext(?))',
        [`paypal-ipn:${f.txnId}`],
        'all',
        em.getTransactionContext(),
      );
    const copy = await em.count(PaymentMessage, {
      kind: MessageKind.IPN,
      verification: Verification.VERIFIED,
      reference: m.reference,
      status: m.status,
      outcome: { $ne: null },
      id: { $ne: m.id },
    });
    if (copy) return { outcome: 'DUPLICATE', detail: null };
  }
  if (f.status === 'Refunded' || f.status === 'Reversed') return actOnReversal(deps, em, m, f, source);
  if (f.status === 'Pending') {
    // Issue 16: PayPal holds the money and will settle it: the attempt is being confirmed (no timeout, no abandon).
    const pending = m.attempt ? await em.findOne(PaymentAttempt, m.attempt.id) : null;
    const to = pending ? await em.findOne(PaymentAccount, pending.account.id) : null;
    if (pending && to?.paypalReceiverEmail && f.receivers.includes(to.paypalReceiverEmail.toLowerCase()))
      await em.nativeUpdate(
        PaymentAttempt,
        { id: pending.id, state: { $in: [AttemptState.CREATED, AttemptState.PENDING] } },
        { state: AttemptState.CONFIRMING, expiresAt: null, updatedAt: deps.clock.now() },
      );
    return {
      outcome: 'PENDING',
      detail: fields.pending_reason ? `pending_reason: ${printable(fields.pending_reason)}` : null,
    };
  }

  const attempt = m.attempt ? await em.findOne(PaymentAttempt, m.attempt.id) : null;
  const account = attempt ? await em.findOne(PaymentAccount, attempt.account.id) : null;
  const receiver = account?.paypalReceiverEmail?.toLowerCase() ?? null;
  const toEventAccount = !!receiver && f.receivers.includes(receiver);
  if (f.status !== 'Completed') {
    if (attempt && toEventAccount && f.status && ['Failed', 'Denied', 'Voided', 'Expired'].includes(f.status)) {
      await em.nativeUpdate(
        PaymentAttempt,
        { id: attempt.id, state: { $in: [AttemptState.PENDING, AttemptState.CONFIRMING] } },
        { state: AttemptState.FAILED, updatedAt: deps.clock.now() },
      );
    }
    return { outcome: 'RECORDED', detail: `payment_status ${f.status ?? '(none)'}: nothing to do` };
  }
  if (!f.txnId) return { outcome: 'MALFORMED', detail: 'no txn_id' };
  if (!attempt) return unmatched(deps, em, f, fields);
  const booking = await em.findOneOrFail(Booking, attempt.booking.id);
  if (!toEventAccount) {
    // Anyone who saw an invoice can pay it to their own account: that money is not the event's.
    const problem = `receiver ${f.receivers[0] ?? '(none)'} is not the event's account ${receiver ?? '(none)'}`;
    const event = await em.findOneOrFail(Event, booking.event.id);
    await mailOrganizers(deps, em, booking, event, {
      provider: 'PayPal',
      txn: f.txnId,
      amount: f.amountCents === null ? '?' : formatEuros(Math.max(f.amountCents, 0)),
      problem,
      action: 'nothing changed: the money did not reach the event’s account; check who paid and why.',
    });
    return { outcome: 'WRONG_RECEIVER', detail: `${problem}: booking untouched` };
  }
  const problems: string[] = [];
  if (f.amountCents !== attempt.amountCents)
    problems.push(
      `amount ${fields.mc_gross === undefined ? '(none)' : printable(fields.mc_gross)} instead of ${formatAmount(attempt.amountCents)}`,
    );
  if (f.currency !== 'EUR') problems.push(`currency ${f.currency ?? '(none)'} instead of EUR`);
  const settled = await settlePayment(deps, em, {
    provider: OnlineProvider.PAYPAL,
    providerTxn: f.txnId,
    reference: f.txnId,
    bookingId: booking.id,
    attemptId: attempt.id,
    amountCents: f.amountCents ?? 0,
    currency: f.currency ?? '',
    problems,
    source,
  });
  if (settled.outcome !== 'DUPLICATE' && settled.outcome !== 'ATTEMPT_SETTLED') {
    await em.nativeUpdate(
      PaymentAttempt,
      { id: attempt.id },
      { state: problems.length ? AttemptState.FAILED : AttemptState.PAID, updatedAt: deps.clock.now() },
    );
  }
  return settled;
}

/**
 * PY3: PayPal taking back money that paid a booking (a refund from the event's account, a buyer's reversal)
 * puts the reservation in opposition. A reversal of money that did not pay it (a second payment the organizers
 * were told to refund, a non-conforming one) or that was not in the event's account changes nothing.
 */
async function actOnReversal(
  deps: AppDeps,
  em: EntityManager,
  m: PaymentMessage,
  f: IpnFacts,
  source: string,
): Promise<Outcome> {
  const original = f.parentTxnId
    ? await em.findOne(Payment, { provider: 'PAYPAL' as never, providerTxn: f.parentTxnId })
    : null;
  if (!original)
    return { outcome: 'UNKNOWN_PAYMENT', detail: `${f.status} of ${f.parentTxnId ?? '?'}: no such payment here` };
  if (!m.booking) m.booking = original.booking;
  const attempt = original.attempt ? await em.findOne(PaymentAttempt, original.attempt.id) : null;
  const booking = await em.findOneOrFail(Booking, original.booking.id);
  const accountRef = attempt?.account ?? (await em.findOneOrFail(Event, booking.event.id)).paypalAccount;
  const receiver = accountRef
    ? (await em.findOne(PaymentAccount, accountRef.id))?.paypalReceiverEmail?.toLowerCase()
    : null;
  if (!receiver || !f.receivers.includes(receiver)) {
    return {
      outcome: 'WRONG_RECEIVER',
      detail: `${f.status} of ${f.parentTxnId} from ${f.receivers[0] ?? '(none)'}, not the event's account: booking untouched`,
    };
  }
  if (!original.conforming || original.problem) {
    return {
      outcome: 'RECORDED',
      detail: `${f.status} of ${f.parentTxnId}, a payment that did not pay the booking (${original.problem ?? 'non-conforming'}): booking untouched`,
    };
  }
  return reversePayment(deps, em, {
    provider: OnlineProvider.PAYPAL,
    bookingId: original.booking.id,
    status: f.status!,
    reference: f.txnId ?? '?',
    parentTxn: f.parentTxnId!,
    amountCents: f.amountCents,
    source,
  });
}

/**
 * PY3: a verified payment matching no attempt of ours (no invoice, an unknown one, whatever `custom` says) is
 * kept and flagged; the platform admins are mailed, and so are the admins of the event `custom` names when the
 * money reached that event's account (they hold it and refund it). No booking is touched.
 */
async function unmatched(
  deps: AppDeps,
  em: EntityManager,
  f: IpnFacts,
  fields: Record<string, string>,
): Promise<Outcome> {
  // Each once, in their language (issue 12).
  const to = new Map((await em.find(User, { isPlatformAdmin: true })).map((u) => [u.email, u.language]));
  let eventName: string | null = null;
  const named = f.custom && isUuid(f.custom) ? await em.findOne(Booking, f.custom) : null;
  if (named) {
    const event = await em.findOneOrFail(Event, named.event.id);
    const account = event.paypalAccount ? await em.findOne(PaymentAccount, event.paypalAccount.id) : null;
    const receiver = account?.paypalReceiverEmail?.toLowerCase();
    if (receiver && f.receivers.includes(receiver)) {
      eventName = event.name;
      for (const { email, language } of await eventAdminRecipients(em, event.id)) to.set(email, language);
    }
  }
  for (const [email, language] of to) {
    await enqueueMail(
      em,
      mails.paymentToReview(
        email,
        language,
        {
          provider: 'PayPal',
          txn: f.txnId!,
          amount: f.amountCents === null ? '?' : formatEuros(Math.max(f.amountCents, 0)),
          payer: printable(fields.payer_email) || '?',
          receiver: f.receivers[0] ?? '?',
          eventName,
          problem: 'it matches no checkout issued by this platform (unknown or missing invoice)',
          action: 'recorded and flagged; no booking was changed. Refund it from the PayPal account that received it.',
        },
        `${deps.config.publicUrl}/console`,
      ),
    );
  }
  return {
    outcome: 'UNMATCHED',
    detail: `verified payment matching no checkout (invoice ${f.invoice ?? '(none)'}): no booking changed, admins mailed`,
  };
}

/** The periodic job: verifies again the IPN messages PayPal could not be asked about (oldest first, a week back). */
export async function verifyPendingIpns(deps: AppDeps, fork: () => EntityManager): Promise<number> {
  const since = new Date(deps.clock.now().getTime() - 7 * 24 * 3600_000);
  const pending = await fork().find(
    PaymentMessage,
    { kind: MessageKind.IPN, verification: Verification.PENDING, createdAt: { $gte: since } },
    { orderBy: { createdAt: 'asc' }, limit: 100, fields: ['id'] },
  );
  for (const p of pending) await processIpn(deps, fork(), p.id);
  return pending.length;
}
