import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../core/errors';
import { randomSecret, sha256 } from './secrets';
import { EmailToken, EmailTokenPurpose, User } from '../../model';

export const EMAIL_TOKEN_TTL_HOURS: Record<EmailTokenPurpose, number> = {
  [EmailTokenPurpose.VERIFY_EMAIL]: 48,
  [EmailTokenPurpose.RESET_PASSWORD]: 1,
};

/** Creates a single-use link secret; only its hash is stored. Returns the secret to put in the mail. */
export function issueEmailToken(
  em: EntityManager,
  user: User,
  purpose: EmailTokenPurpose,
  ttlHours = EMAIL_TOKEN_TTL_HOURS[purpose],
): string {
  const secret = randomSecret();
  em.persist(new EmailToken(user, purpose, sha256(secret), new Date(Date.now() + ttlHours * 3600_000)));
  return secret;
}

export const invalidEmailToken = () =>
  new DomainError('INVALID_TOKEN', 'This link is invalid, already used or expired.');

/** The account of a token that could be consumed now (one indexed read), or null. */
export async function liveEmailTokenUserId(
  em: EntityManager,
  secret: string,
  purpose: EmailTokenPurpose,
): Promise<string | null> {
  const rows: Array<{ user_id: string }> = await em.execute(
    `select user_id from email_tokens where token_hash = ? and purpose = ? and used_at is null and expires_at > now()`,
    [sha256(secret), purpose],
  );
  return rows[0]?.user_id ?? null;
}

/**
 * Marks the token used and returns its user, in one conditional UPDATE: two concurrent uses of one
 * link can't both succeed. Unknown, used and expired tokens all give INVALID_TOKEN.
 */
export async function consumeEmailToken(em: EntityManager, secret: string, purpose: EmailTokenPurpose): Promise<User> {
  const rows: Array<{ user_id: string }> = await em.execute(
    `update email_tokens set used_at = now()
      where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
      returning user_id`,
    [sha256(secret), purpose],
  );
  if (!rows[0]) throw invalidEmailToken();
  return em.findOneOrFail(User, rows[0].user_id);
}

/** Voids every unused token of a purpose (e.g. older reset links once the password changed). */
export async function voidEmailTokens(em: EntityManager, user: User, purpose: EmailTokenPurpose): Promise<void> {
  await em.nativeUpdate(EmailToken, { user, purpose, usedAt: null }, { usedAt: new Date() });
}
