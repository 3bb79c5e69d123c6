import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../core/errors';

/** An open payment attempt of a booking (issue 16): a checkout or request being paid, or being confirmed. */
export interface OpenAttempt {
  id: string;
  provider: 'PAYPAL' | 'LYDIA';
  state: 'CREATED' | 'PENDING' | 'CONFIRMING';
  expiresAt: Date | null;
}

/**
 * Issue 16, paying once: closes the booking's attempts past their time limit (EXPIRED), then returns the one still
 * open, if any. Called under the booking's row lock by every path that starts an attempt or deletes the booking,
 * so the answer holds until the caller's transaction ends; the partial unique index `payment_attempts_one_open`
 * is the last guard. An expired or abandoned attempt still matches the money that arrives for it (PY3).
 */
export async function openPaymentAttempt(em: EntityManager, bookingId: string, now: Date): Promise<OpenAttempt | null> {
  await em.execute(
    `update payment_attempts set state = 'EXPIRED', updated_at = ?
      where booking_id = ? and state in ('CREATED', 'PENDING') and expires_at is not null and expires_at <= ?`,
    [now, bookingId, now],
    'run',
  );
  const rows = await em.execute<Array<{ id: string; provider: string; state: string; expires_at: Date | null }>>(
    `select id, provider, state, expires_at from payment_attempts
      where booking_id = ? and state in ('CREATED', 'PENDING', 'CONFIRMING') limit 1`,
    [bookingId],
    'all',
  );
  if (!rows.length) return null;
  const r = rows[0];
  return {
    id: r.id,
    provider: r.provider as OpenAttempt['provider'],
    state: r.state as OpenAttempt['state'],
    expiresAt: r.expires_at ? new Date(r.expires_at) : null,
  };
}

/** The coded error for a second attempt, or a deletion, while one is open. */
export function paymentInProgress(open: OpenAttempt, doing: string): DomainError {
  return new DomainError(
    'PAYMENT_IN_PROGRESS',
    open.state === 'CONFIRMING'
      ? `A payment is being confirmed by ${open.provider === 'PAYPAL' ? 'PayPal' : 'Lydia'}: ${doing} must wait until it settles.`
      : `A payment attempt is open: ${doing} must wait until it is paid, abandoned or times out.`,
    {
      attemptId: open.id,
      provider: open.provider,
      state: open.state,
      expiresAt: open.state === 'CONFIRMING' ? null : (open.expiresAt?.toISOString() ?? null),
    },
  );
}

/** Throws PAYMENT_IN_PROGRESS when the booking has an open attempt (after closing the timed-out ones). */
export async function assertNoOpenAttempt(em: EntityManager, bookingId: string, now: Date, doing: string) {
  const open = await openPaymentAttempt(em, bookingId, now);
  if (open) throw paymentInProgress(open, doing);
}
