import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, AppDeps } from '../../app-context';
import { badInput, DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { rateLimit } from '../accounts';
import { audit } from '../audit';
import { assertMayBind, bookingAccess, openPaymentAttempt, paymentInProgress } from '../bookings';
import { lydiaPrivateToken } from './accounts.service';
import { lydiaClient, lydiaOk, signatureMatches, type LydiaCall } from './lydia';
import { attemptRef, requireOffer, requirePayer } from './offer';
import { formatAmount, parseAmountCents, printable, providerUnavailable } from './provider-http';
import { record } from './records';
import { settlePayment } from './settlement';
import {
  Booking,
  OnlineProvider,
  PaymentAccount,
  AttemptState,
  PaymentAttempt,
  MessageKind,
  PaymentMessage,
  Verification,
} from '../../model';

type Deps = AppDeps;
const client = (deps: Deps) => lydiaClient(deps.config.payments.lydiaApiUrl, deps.config.payments.httpTimeoutMs);

/** French and international numbers: digits with an optional leading +, separators removed; 9 to 15 digits. */
export function normalizePhone(raw: string): string | null {
  const s = raw.trim().replace(/[\s.\-()]/g, '');
  return /^\+?\d{9,15}$/.test(s) ? s : null;
}

const callRecord = (call: LydiaCall) => ({ sent: call.sent, reply: call.reply });

/** Each request makes Lydia text a phone: a few per booking and per person in ten minutes, so nobody floods a phone through us. */
const REQUEST_LIMITS = { windowSeconds: 600, perBooking: 5, perPerson: 10 };

/** Counts a request against both limits (in the caller's transaction: a request refused later gives its places back). */
async function limitRequests(em: EntityManager, bookingId: string, userId: string) {
  const { windowSeconds, perBooking, perPerson } = REQUEST_LIMITS;
  for (const [key, max] of [
    [rateLimit.keyFor('lydia:booking', bookingId), perBooking],
    [rateLimit.keyFor('lydia:user', userId), perPerson],
  ] as const) {
    if (await rateLimit.reserve(em, key, max, windowSeconds)) continue;
    const { retryAfterSeconds } = await rateLimit.peek(em, key);
    throw new DomainError('RATE_LIMITED', 'Too many payment requests; try again in a few minutes.', {
      retryAfterSeconds: Math.max(1, retryAfterSeconds),
    });
  }
}

/**
 * PY4: asks Lydia to send a payment request to the attendee's phone. Older requests for the booking are cancelled
 * first (at Lydia too); the request and Lydia's answers are recorded (PY5). No transaction stays open while Lydia
 * is called. Limited per booking and per person (SEC2: RATE_LIMITED).
 */
export async function requestLydiaPayment(
  ctx: ActorContext,
  bookingId: string,
  rawPhone: string,
): Promise<PaymentAttempt> {
  const { deps } = ctx;
  const phone = normalizePhone(rawPhone);
  if (!phone) throw badInput({ phone: 'INVALID_PHONE' });
  const prepared = await ctx.em.transactional(async (em) => {
    const { booking, event } = await bookingAccess(ctx, em, bookingId, 'PAY', { lock: true });
    await requirePayer(ctx, booking);
    await assertMayBind(em, booking); // BK2/BK3: never ask money for a person's second booking
    const now = deps.clock.now();
    const account = await requireOffer(em, booking, event, now, OnlineProvider.LYDIA);
    // Issue 16, paying once: under the booking's lock, no second attempt while one is open (the index backs it);
    // to send the request to another phone, the payer abandons the open one first.
    const open = await openPaymentAttempt(em, booking.id, now);
    if (open) throw paymentInProgress(open, 'a new payment request');
    // After the access checks: a stranger can neither use up a booking's requests nor learn it exists (SEC5).
    await limitRequests(em, booking.id, ctx.viewer!.user.id);
    const secondsLeft = booking.expiresAt ? Math.floor((booking.expiresAt.getTime() - now.getTime()) / 1000) : 3600;
    const expireSeconds = Math.max(60, Math.min(deps.config.payments.attemptMinutes * 60, secondsLeft));
    const attempt = em.create(PaymentAttempt, {
      booking,
      provider: OnlineProvider.LYDIA,
      account,
      ref: attemptRef(booking.reference),
      phone,
      amountCents: booking.priceCents,
      currency: 'EUR',
      state: AttemptState.CREATED,
      createdBy: ctx.viewer!.user,
      createdAt: now,
      updatedAt: now,
      // Lydia expires the request at the same moment (expire_time).
      expiresAt: new Date(now.getTime() + expireSeconds * 1000),
    });
    audit(ctx, em, {
      action: 'payment.request',
      subjectType: 'Booking',
      subjectId: booking.id,
      data: { provider: 'LYDIA', orderRef: attempt.ref, amountCents: booking.priceCents },
    });
    return {
      attempt,
      eventName: event.name,
      reference: booking.reference,
      vendorToken: account.lydiaVendorToken!,
      expireSeconds,
    };
  });

  const { attempt } = prepared;
  const em = ctx.em.fork();
  const publicUrl = deps.config.publicUrl;
  const waitPage = `${publicUrl}/bookings/${bookingId}/lydia/${attempt.id}`;
  let call: LydiaCall;
  try {
    call = await client(deps).request({
      vendor_token: prepared.vendorToken,
      recipient: phone,
      type: 'phone',
      amount: formatAmount(attempt.amountCents),
      currency: 'EUR',
      message: `${prepared.eventName} — ${prepared.reference}`.slice(0, 200),
      order_ref: attempt.ref,
      confirm_url: `${publicUrl}/webhooks/lydia`,
      browser_success_url: waitPage,
      browser_fail_url: waitPage,
      expire_time: String(prepared.expireSeconds),
    });
  } catch (e) {
    await failAttempt(deps, em, attempt.id, { error: (e as Error).message });
    throw e;
  }
  const ok = lydiaOk(call.reply) && typeof call.reply.request_id !== 'undefined';
  const requestId = ok ? String(call.reply.request_id) : null;
  const saved = await em.transactional(async (tx) => {
    const a = await tx.findOneOrFail(PaymentAttempt, attempt.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    record(tx, {
      provider: OnlineProvider.LYDIA,
      kind: MessageKind.LYDIA_REQUEST,
      raw: callRecord(call),
      booking: tx.getReference(Booking, bookingId),
      attempt: a,
      reference: requestId ?? a.ref,
      amountCents: a.amountCents,
      currency: 'EUR',
      status: String(call.reply.error ?? ''),
      at: deps.clock.now(),
    });
    if (!ok) {
      a.state = AttemptState.FAILED;
      return a;
    }
    a.providerRef = requestId;
    a.requestUuid = call.reply.request_uuid ? String(call.reply.request_uuid).slice(0, 100) : null;
    a.mobileUrl = call.reply.mobile_url ? String(call.reply.mobile_url).slice(0, 1000) : null;
    // The payer may have abandoned this one while Lydia was being called: then cancel it at Lydia too.
    if (a.state === AttemptState.CREATED) a.state = AttemptState.PENDING;
    return a;
  });
  if (!ok)
    throw new DomainError('PROVIDER_REFUSED', 'Lydia refused the payment request.', {
      providerMessage: String(call.reply.message ?? ''),
    });
  if (saved.state === AttemptState.ABANDONED || saved.state === AttemptState.CANCELLED)
    await cancelAtLydia(deps, ctx.em.fork(), saved.id);
  return saved;
}

async function failAttempt(deps: Deps, em: EntityManager, id: string, raw: Record<string, unknown>) {
  await em.transactional(async (tx) => {
    const a = await tx.findOneOrFail(PaymentAttempt, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    record(tx, {
      provider: OnlineProvider.LYDIA,
      kind: MessageKind.LYDIA_REQUEST,
      raw,
      booking: a.booking,
      attempt: a,
      reference: a.ref,
      amountCents: a.amountCents,
      currency: a.currency,
      status: 'ERROR',
      at: deps.clock.now(),
    });
    if (a.state === AttemptState.CREATED) a.state = AttemptState.FAILED;
  });
}

export async function cancelAtLydia(deps: Deps, em: EntityManager, id: string) {
  const a = await em.findOneOrFail(PaymentAttempt, id, { populate: ['account'] });
  if (!a.providerRef) return;
  try {
    const call = await client(deps).cancel(a.providerRef, a.account.lydiaVendorToken!);
    record(em, {
      provider: OnlineProvider.LYDIA,
      kind: MessageKind.LYDIA_CANCEL,
      raw: callRecord(call),
      booking: a.booking,
      attempt: a,
      reference: a.providerRef,
      status: String(call.reply.error ?? ''),
      at: deps.clock.now(),
    });
    await em.flush();
    // Lydia refuses to cancel a request that was paid meanwhile: then the money is settled, never lost.
    if (!lydiaOk(call.reply)) await checkLydiaAttempt(deps, em.fork(), a.id, 'lydia:cancel', { evenIfClosed: true });
  } catch (e) {
    deps.log.warn(
      { attempt: a.id, err: (e as Error).message },
      'Lydia request could not be cancelled; the state check job will look at it',
    );
  }
}

/**
 * PY4: asks Lydia where a request stands; a paid request turns the booking into a reservation (idempotent on the
 * request id). Used by the attendee's "J'ai payé" button and by the periodic job.
 */
export async function checkLydiaAttempt(
  deps: Deps,
  em: EntityManager,
  attemptId: string,
  source: string,
  opts: { evenIfClosed?: boolean } = {},
): Promise<PaymentAttempt> {
  const attempt = await em.findOneOrFail(PaymentAttempt, attemptId, { populate: ['account'] });
  const open = attempt.state === AttemptState.PENDING;
  if (!attempt.providerRef || (!open && !opts.evenIfClosed) || attempt.state === AttemptState.PAID) return attempt;
  const call = await client(deps).state(attempt.providerRef, attempt.account.lydiaVendorToken!);
  const state = String(call.reply.state ?? call.reply.error ?? '');
  return em.transactional(async (tx) => {
    const a = await tx.findOneOrFail(PaymentAttempt, attempt.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    const now = deps.clock.now();
    a.checkedAt = now;
    const msg = record(tx, {
      provider: OnlineProvider.LYDIA,
      kind: MessageKind.LYDIA_STATE,
      raw: callRecord(call),
      booking: a.booking,
      attempt: a,
      reference: a.providerRef,
      amountCents: a.amountCents,
      currency: a.currency,
      status: state,
      at: now,
    });
    if (call.reply.state === undefined) {
      msg.outcome = 'ERROR';
      return a;
    }
    if (state === '1') {
      const settled = await settlePayment(deps, tx, {
        provider: OnlineProvider.LYDIA,
        providerTxn: a.providerRef!,
        reference: a.providerRef!,
        bookingId: a.booking.id,
        attemptId: a.id,
        amountCents: a.amountCents,
        currency: a.currency,
        problems: [],
        source,
      });
      a.state = AttemptState.PAID;
      msg.outcome = settled.outcome;
      msg.outcomeDetail = settled.detail;
      msg.processedAt = now;
      deps.outbox.kick();
    } else if (state === '5' && a.state === AttemptState.PENDING) a.state = AttemptState.REFUSED;
    else if (state === '6' && a.state === AttemptState.PENDING) a.state = AttemptState.CANCELLED;
    return a;
  });
}

/** "J'ai payé": the holder or sponsor asks the server to check with Lydia now. */
export async function checkLydiaPayment(ctx: ActorContext, attemptId: string): Promise<PaymentAttempt> {
  // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
  if (!ctx.viewer) throw unauthenticated();
  const attempt = isUuid(attemptId) ? await ctx.em.findOne(PaymentAttempt, attemptId) : null;
  if (!attempt || attempt.provider !== OnlineProvider.LYDIA) throw notFound('PaymentAttempt');
  await bookingAccess(ctx, ctx.em, attempt.booking.id, 'PAY');
  try {
    return await checkLydiaAttempt(ctx.deps, ctx.em.fork(), attempt.id, `user:${ctx.viewer!.user.id}`);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw providerUnavailable((e as Error).message);
  }
}

/**
 * The periodic job: open Lydia requests (not checked in the last minute, at most two days old) are checked; so is,
 * once, a request that timed out here since its last check (issue 16, PY3: money paid at the last moment is
 * settled even if Lydia's callback never comes; an abandoned one was checked when it was cancelled at Lydia).
 */
export async function checkPendingLydiaRequests(deps: Deps, fork: () => EntityManager): Promise<number> {
  const now = deps.clock.now().getTime();
  const open = await fork().execute<Array<{ id: string }>>(
    `select id from payment_attempts
      where provider = 'LYDIA' and provider_ref is not null and created_at >= ?
        and ((state = 'PENDING' and (checked_at is null or checked_at < ?))
          or (state = 'EXPIRED' and (checked_at is null or checked_at <= expires_at)))
      order by created_at limit 200`,
    [new Date(now - 2 * 24 * 3600_000), new Date(now - 60_000)],
    'all',
  );
  for (const a of open) {
    try {
      await checkLydiaAttempt(deps, fork(), a.id, 'job:check-lydia-requests', { evenIfClosed: true });
    } catch (e) {
      deps.log.warn({ attempt: a.id, err: (e as Error).message }, 'Lydia state check failed; next run will retry');
    }
  }
  return open.length;
}

/**
 * PY4: Lydia's confirmation callback. Stored as received; acted upon only when its signature (with the account's
 * private token) and vendor token are right; the amount and currency must be the request's or the booking is
 * put in opposition (PY3). Replays change nothing. Returns the HTTP status to answer.
 */
export async function receiveLydiaCallback(deps: Deps, em: EntityManager, raw: Buffer): Promise<number> {
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) if (!(k in params)) params[k] = v;
  // PY3: matched only through a request we made (its request_id); a value with control characters is none (SEC3).
  const sent = params.request_id?.trim() ?? '';
  const requestId = sent && printable(sent, sent.length) === sent ? sent : null;
  const attempt = requestId
    ? await em.findOne(PaymentAttempt, { provider: OnlineProvider.LYDIA, providerRef: requestId })
    : null;
  const now = deps.clock.now();
  const message = record(em, {
    provider: OnlineProvider.LYDIA,
    kind: MessageKind.LYDIA_CALLBACK,
    raw,
    // PY3, PY5: linked to the booking and the request only once its signature is checked (below); a forged callback
    // naming someone's request stays on no booking, and unproven, it is purged after the retention.
    booking: null,
    attempt: null,
    reference: requestId,
    amountCents: parseAmountCents(params.amount),
    currency: params.currency ?? null,
    status: params.transaction_identifier ? `transaction ${params.transaction_identifier}` : null,
    verification: Verification.PENDING,
    at: now,
  });
  await em.flush();
  const reject = async (outcome: string, detail: string, status: number) => {
    await em.nativeUpdate(
      PaymentMessage,
      { id: message.id },
      { verification: Verification.INVALID, outcome, outcomeDetail: detail, processedAt: now },
    );
    deps.log.warn(
      { paymentMessage: message.id, requestId, outcome },
      'Lydia callback rejected: stored, not acted upon',
    );
    return status;
  };
  if (!attempt) return reject('UNKNOWN_REQUEST', `no Lydia request ${requestId ?? '(none)'} here`, 404);
  const account = await em.findOneOrFail(PaymentAccount, attempt.account.id);
  if (!signatureMatches(params, await lydiaPrivateToken(deps, em, account)))
    return reject('FORGED', 'signature does not match', 403);
  if (params.vendor_token !== account.lydiaVendorToken)
    return reject('WRONG_VENDOR', 'vendor_token is not the account’s', 403);

  const amountCents = parseAmountCents(params.amount);
  const problems: string[] = [];
  if (amountCents !== attempt.amountCents)
    problems.push(
      `amount ${params.amount === undefined ? '(none)' : printable(params.amount)} instead of ${formatAmount(attempt.amountCents)}`,
    );
  if (params.currency !== 'EUR')
    problems.push(`currency ${params.currency === undefined ? '(none)' : printable(params.currency)} instead of EUR`);
  await em.transactional(async (tx) => {
    const m = await tx.findOneOrFail(PaymentMessage, message.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    m.verification = Verification.VERIFIED;
    m.processedAt = now;
    m.booking = tx.getReference(Booking, attempt.booking.id);
    m.attempt = tx.getReference(PaymentAttempt, attempt.id);
    const settled = await settlePayment(deps, tx, {
      provider: OnlineProvider.LYDIA,
      providerTxn: attempt.providerRef!,
      reference: printable(params.transaction_identifier, 200) || attempt.providerRef!,
      bookingId: attempt.booking.id,
      attemptId: attempt.id,
      amountCents: amountCents ?? 0,
      currency: printable(params.currency, 8),
      problems,
      source: `webhook:lydia:${message.id}`,
    });
    m.outcome = settled.outcome;
    m.outcomeDetail = settled.detail;
    if (settled.outcome !== 'DUPLICATE') {
      await tx.nativeUpdate(
        PaymentAttempt,
        { id: attempt.id },
        { state: problems.length ? AttemptState.FAILED : AttemptState.PAID, updatedAt: now },
      );
    }
  });
  deps.outbox.kick();
  return 200;
}
