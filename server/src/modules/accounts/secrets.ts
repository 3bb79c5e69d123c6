import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** log2 of scrypt's N. 17 follows OWASP's recommendation; tests may lower it through PASSWORD_HASH_COST. */
let defaultCost = 17;
export const setPasswordHashCost = (cost: number) => {
  defaultCost = cost;
};

const KEYLEN = 64;
const params = (logN: number): ScryptOptions => ({ N: 2 ** logN, r: 8, p: 1, maxmem: 128 * 2 ** logN * 8 * 2 });

/** Hash as `scrypt$<log2 N>$<salt>$<key>` (base64url) so the cost can rise later without breaking old hashes. */
export async function hashPassword(password: string, logN = defaultCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, params(logN));
  return `scrypt$${logN}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, logN, salt, key] = stored.split('$');
  if (alg !== 'scrypt' || !logN || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(
    password.normalize('NFKC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    params(Number(logN)),
  );
  return timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email can't be told from a wrong password by timing. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(password, await dummyHash);
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A random secret for links, cookies and API tokens (256 bits). */
export const randomSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');
