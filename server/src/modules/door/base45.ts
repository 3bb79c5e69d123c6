import { base45Decode as decode, base45Encode } from '@billetterie/ticket-code';

/**
 * Base45 (RFC 9285) lives in @billetterie/ticket-code, shared with the console; the server's callers (tests,
 * benchmarks) get a Buffer back.
 */
export { base45Encode };

/** Null when the text is not valid base45 (wrong characters, wrong length, a group out of range). */
export function base45Decode(text: string): Buffer | null {
  const bytes = decode(text);
  return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
