/**
 * Base45 (RFC 9285): bytes as characters of the QR code alphanumeric set, so a payload is encoded in the QR's
 * dense alphanumeric mode (5.5 bits a character) instead of byte mode. Three characters for every two bytes,
 * two for a last odd byte, least significant digit first.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function base45Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = bytes[i] * 256 + bytes[i + 1];
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    out += ALPHABET[c] + ALPHABET[d] + ALPHABET[(n - d) / 45];
  }
  if (bytes.length % 2) {
    const n = bytes[bytes.length - 1];
    out += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45)];
  }
  return out;
}

/** Null when the text is not base45 (a foreign character, a wrong length, a group out of range); never throws. */
export function base45Decode(text: string): Uint8Array | null {
  if (typeof text !== 'string' || text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = VALUE.get(text[i]);
    const d = VALUE.get(text[i + 1]);
    const e = i + 2 < text.length ? VALUE.get(text[i + 2]) : 0;
    if (c === undefined || d === undefined || e === undefined) return null;
    const n = c + d * 45 + e * 2025;
    if (i + 2 < text.length) {
      if (n > 0xffff) return null;
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      if (n > 0xff) return null;
      out[o++] = n;
    }
  }
  return out;
}
