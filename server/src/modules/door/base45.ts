/**
 * Base45 (RFC 9285): bytes as characters of the QR code alphanumeric set, so a payload is encoded in the QR's
 * dense alphanumeric mode (5.5 bits a character) instead of byte mode.
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

/** Null when the text is not valid base45 (wrong characters, wrong length, a group out of range). */
export function base45Decode(text: string): Buffer | null {
  if (text.length % 3 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    const digits = [...group].map((c) => VALUE.get(c));
    if (digits.some((d) => d === undefined)) return null;
    const [c, d, e = 0] = digits as number[];
    const n = c + d * 45 + e * 2025;
    if (group.length === 3) {
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return Buffer.from(out);
}
