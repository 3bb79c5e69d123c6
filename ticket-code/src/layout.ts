/**
 * TT3: the ticket code's payload, 102 bytes (153 base45 characters: a version 8 QR at level M):
 *   [0] version · [1] key id · [2..17] booking id · [18..33] event id · [34..37] issued at, Unix seconds,
 *   big-endian · [38..101] Ed25519 signature of bytes 0..37.
 * Altering any byte, or signing with another key, fails the signature check.
 */
export const TICKET_CODE_VERSION = 1;
export const SIGNED_BYTES = 38;
export const SIGNATURE_BYTES = 64;
export const PAYLOAD_BYTES = SIGNED_BYTES + SIGNATURE_BYTES;
/** Anything longer is not one of our codes: refused before decoding. */
export const MAX_CODE_CHARS = 200;

/** What a code says, once its signature is checked. */
export interface TicketClaim {
  keyId: number;
  bookingId: string;
  eventId: string;
  issuedAt: Date;
}

/** A decoded code, not yet verified: the claim, plus the signed bytes and the signature to check them with. */
export interface TicketPayload extends TicketClaim {
  version: number;
  /** Bytes 0..37, what the signature covers. */
  body: Uint8Array;
  signature: Uint8Array;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

function writeUuid(out: Uint8Array, at: number, id: string): void {
  if (!UUID.test(id)) throw new RangeError(`not a UUID: ${JSON.stringify(id)}`);
  const hex = id.replace(/-/g, '');
  for (let i = 0; i < 16; i++) out[at + i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
}

function readUuid(bytes: Uint8Array): string {
  const h = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The signed part of a code. Throws a RangeError on fields that cannot be encoded (a caller's bug, not input). */
export function ticketBody(claim: TicketClaim): Uint8Array {
  const { keyId, bookingId, eventId, issuedAt } = claim;
  if (!Number.isInteger(keyId) || keyId < 0 || keyId > 0xff) throw new RangeError(`key id out of range: ${keyId}`);
  const seconds = Math.floor(issuedAt.getTime() / 1000);
  if (!(seconds >= 0 && seconds <= 0xffffffff)) throw new RangeError(`issue time out of range: ${String(issuedAt)}`);
  const body = new Uint8Array(SIGNED_BYTES);
  body[0] = TICKET_CODE_VERSION;
  body[1] = keyId;
  writeUuid(body, 2, bookingId);
  writeUuid(body, 18, eventId);
  new DataView(body.buffer).setUint32(34, seconds, false);
  return body;
}

/** The payload's bytes: the body, then its signature. */
export function ticketPayload(body: Uint8Array, signature: Uint8Array): Uint8Array {
  if (body.length !== SIGNED_BYTES) throw new RangeError(`a ticket body is ${SIGNED_BYTES} bytes, not ${body.length}`);
  if (signature.length !== SIGNATURE_BYTES)
    throw new RangeError(`an Ed25519 signature is ${SIGNATURE_BYTES} bytes, not ${signature.length}`);
  const out = new Uint8Array(PAYLOAD_BYTES);
  out.set(body, 0);
  out.set(signature, SIGNED_BYTES);
  return out;
}

/** The payload's fields, unverified; null when the bytes are not shaped like one of our payloads. */
export function readTicketPayload(bytes: Uint8Array): TicketPayload | null {
  if (bytes.length !== PAYLOAD_BYTES || bytes[0] !== TICKET_CODE_VERSION) return null;
  const issued = new DataView(bytes.buffer, bytes.byteOffset + 34, 4).getUint32(0, false);
  return {
    version: bytes[0],
    keyId: bytes[1],
    bookingId: readUuid(bytes.subarray(2, 18)),
    eventId: readUuid(bytes.subarray(18, 34)),
    issuedAt: new Date(issued * 1000),
    body: bytes.slice(0, SIGNED_BYTES),
    signature: bytes.slice(SIGNED_BYTES),
  };
}
