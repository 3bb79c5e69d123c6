import { randomInt } from 'node:crypto';

/** Crockford-like alphabet: no 0/O, 1/I/L, U — readable aloud and over the phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * BK12: a short reference like GALA-7F3K9Q: up to six letters of the event's first word, then six random
 * characters (30^6 ≈ 729 million). A unique index is the guard; the caller retries on a collision.
 */
export function bookingReference(eventName: string): string {
  const word = eventName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .find((w) => w.length >= 2);
  const prefix = (word ?? 'BIL').slice(0, 6);
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${suffix}`;
}
