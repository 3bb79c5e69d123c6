import { base45Decode, base45Encode } from './base45';
import {
  MAX_CODE_CHARS,
  TICKET_CODE_VERSION,
  readTicketPayload,
  ticketBody,
  ticketPayload,
  type TicketClaim,
  type TicketPayload,
} from './layout';

/**
 * The code in a ticket's QR (TT3): the payload in base45. Signing and verifying Ed25519 are the caller's: the
 * server uses node:crypto (native, with its cached key objects), the console @noble/ed25519 (browsers' WebCrypto
 * Ed25519 is not everywhere yet). This package holds what both must agree on, so it stays free of dependencies
 * and of Node-only APIs: the layout, the encoding, and the order of the checks.
 */

/** Signs the body; `sign` returns the 64-byte Ed25519 signature of its argument. */
export function encodeTicketCode(claim: TicketClaim, sign: (message: Uint8Array) => Uint8Array): string {
  const body = ticketBody(claim);
  return base45Encode(ticketPayload(body, sign(body)));
}

/**
 * Whether codes signed with this key id survive scanners and forms that trim what they read: the first base45
 * character comes from the version and the key id, and is a space for key ids 5, 50, 95… (the last never is).
 * Keys are only made with usable ids.
 */
export function usableKeyId(keyId: number): boolean {
  return (
    Number.isInteger(keyId) &&
    keyId >= 0 &&
    keyId <= 0xff &&
    base45Encode(Uint8Array.of(TICKET_CODE_VERSION, keyId))[0] !== ' '
  );
}

/** Trailing whitespace (never base45's last character), leading whitespace but a space. Linear, unlike a regex. */
function withoutSurroundings(text: string): string {
  const trimmed = text.trimEnd();
  let start = 0;
  while (start < trimmed.length && trimmed[start] !== ' ' && trimmed[start].trim() === '') start++;
  return trimmed.slice(start);
}

/**
 * The code's fields, unverified; null when it is not shaped like one of our codes. Never throws. A scanner's line
 * ending or tab around the code is dropped, but not a leading space: in base45 it is data.
 */
export function parseTicketCode(code: unknown): TicketPayload | null {
  const text = typeof code === 'string' ? withoutSurroundings(code) : '';
  if (!text || text.length > MAX_CODE_CHARS) return null;
  const bytes = base45Decode(text);
  return bytes && readTicketPayload(bytes);
}

export type TicketCheck =
  { ok: true; claim: TicketClaim } | { ok: false; reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' };

export interface SignatureCheck<K> {
  /** The public key with this id; undefined when there is none (unknown or revoked). */
  key(keyId: number): K | undefined | Promise<K | undefined>;
  /** Whether `signature` is `key`'s Ed25519 signature of `message`. A throw counts as a bad signature. */
  verify(signature: Uint8Array, message: Uint8Array, key: K): boolean | Promise<boolean>;
}

/**
 * Verifies a scanned code: its shape first (garbage never reaches the key lookup), then the key by id, then the
 * signature over the body. Never throws on any input.
 */
export async function checkTicketCode<K>(code: unknown, check: SignatureCheck<K>): Promise<TicketCheck> {
  const payload = parseTicketCode(code);
  if (!payload) return { ok: false, reason: 'MALFORMED' };
  const key = await check.key(payload.keyId);
  if (key === undefined) return { ok: false, reason: 'UNKNOWN_KEY' };
  let valid: boolean;
  try {
    valid = (await check.verify(payload.signature, payload.body, key)) === true;
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'BAD_SIGNATURE' };
  const { keyId, bookingId, eventId, issuedAt } = payload;
  return { ok: true, claim: { keyId, bookingId, eventId, issuedAt } };
}

/** Raw bytes of a base64 text (public keys travel so in the check-in kit); null when it is not base64. */
export function base64Bytes(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
