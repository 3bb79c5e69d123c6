import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';

/** Encrypts provider secrets at rest (PY1): AES-256-GCM, a fresh IV per value, bound to its row by the AAD. */
export interface SecretBox {
  seal(plain: string, aad: string): string;
  /** Throws when the value was altered, moved to another row, or sealed with another key. */
  open(sealed: string, aad: string): string;
}

const VERSION = 'v1';

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the payment secrets key must be 32 bytes');
  return {
    seal(plain, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed, aad) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The key from PAYMENT_SECRETS_KEY, or (outside production) a random key kept in DATA_DIR/payment-secrets.key,
 * created on first start with owner-only permissions.
 */
export async function loadSecretBox(config: Config, log: Logger): Promise<SecretBox> {
  if (config.payments.secretsKey) return secretBox(config.payments.secretsKey);
  const file = path.join(config.dataDir, 'payment-secrets.key');
  await fs.mkdir(config.dataDir, { recursive: true });
  try {
    await fs.writeFile(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
    log.warn({ file }, 'PAYMENT_SECRETS_KEY is not set: created a key file for this data directory');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return secretBox(Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'base64'));
}
