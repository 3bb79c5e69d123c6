import { DomainError } from '../../core/errors';
import { replaceC0Controls } from '../../core/text';

export interface ProviderReply {
  status: number;
  body: Buffer;
}

/** The largest reply read from a provider: their answers are a few hundred bytes. */
const MAX_REPLY_BYTES = 256 * 1024;

/** POSTs a form to a payment provider; network errors and timeouts throw PROVIDER_UNAVAILABLE. */
export async function postForm(url: string, body: string | Buffer, timeoutMs: number): Promise<ProviderReply> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Billetterie' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: bytes.subarray(0, MAX_REPLY_BYTES) };
  } catch (e) {
    throw providerUnavailable(`${new URL(url).host}: ${(e as Error).message}`);
  }
}

export const providerUnavailable = (why: string) =>
  new DomainError('PROVIDER_UNAVAILABLE', `The payment provider could not be reached; try again in a moment. (${why})`);

/** The largest amount a record holds (payment_messages.amount_cents is a PostgreSQL int). */
const MAX_AMOUNT_CENTS = 2_147_483_647;

/**
 * "12.50" → 1250; anything but a plain decimal with at most two decimals → null (never floats). So is an amount
 * beyond what a record holds: a malformed value, kept in the raw message, never a failed insert (a 500).
 */
export function parseAmountCents(value: string | undefined): number | null {
  const m = /^(-)?(\d{1,9})(?:\.(\d{1,2}))?$/.exec((value ?? '').trim());
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) return null;
  return m[1] ? -cents : cents;
}

/** 1250 → "12.50". */
export const formatAmount = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** A provider's value quoted in our words (outcome details, mails): control characters (NUL included) shown as '?' (SEC3). */
export const printable = (value: string | null | undefined, max = 100) =>
  replaceC0Controls(value ?? '', '?').slice(0, max);
