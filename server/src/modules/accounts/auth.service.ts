import type { ActorContext } from '../../app-context';
import { DomainError, badInput, unauthenticated } from '../../core/errors';
import { audit } from '../audit';
import { mails, queueMail } from '../mail';
import type {
  ChangePasswordInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from './accounts.inputs';
import {
  consumeEmailToken,
  invalidEmailToken,
  isLiveEmailToken,
  issueEmailToken,
  voidEmailTokens,
} from './email-tokens';
import { cleanNames, isEmail, normalizeEmail } from '../../core/normalize';
import * as rateLimit from './rate-limit';
import { burnPasswordCheck, hashPassword, verifyPassword } from './secrets';
import { closeAllSessions, closeSession, openSession } from './sessions.service';
import { EmailTokenPurpose, AccountKind, User } from '../../model';

const link = (ctx: ActorContext, route: string, token: string) =>
  `${ctx.deps.config.publicUrl}${route}?token=${encodeURIComponent(token)}`;

/** Mail-sending endpoints: a few per address and hour, so nobody can flood an inbox through us. */
async function limitMailTo(ctx: ActorContext, kind: string, email: string) {
  const state = await rateLimit.hit(ctx.em, rateLimit.keyFor(`mail:${kind}`, email), 3600);
  return state.points <= 5;
}

async function limitByIp(ctx: ActorContext, kind: string, max: number, windowSeconds: number) {
  const state = await rateLimit.hit(ctx.em, rateLimit.keyFor(`${kind}:ip`, ctx.ip), windowSeconds);
  if (state.points > max) {
    throw new DomainError('RATE_LIMITED', 'Too many attempts; try again later.', {
      retryAfterSeconds: state.retryAfterSeconds,
    });
  }
}

/**
 * AC1: external sign-up. Answers the same whether or not the email is taken (no account enumeration):
 * a new address gets a verification link, a known one gets a "you already have an account" mail.
 */
export async function signUp(ctx: ActorContext, raw: SignUpInput): Promise<boolean> {
  const input = cleanNames(raw);
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw badInput({ email: 'INVALID_EMAIL' });
  await limitByIp(ctx, 'signup', 20, 3600);
  const passwordHash = await hashPassword(input.password);
  const mail = await ctx.em.transactional(async (em) => {
    const existing = await em.findOne(User, { email });
    if (existing) {
      return queueMail(
        em,
        (await limitMailTo(ctx, 'exists', email))
          ? mails.accountExists(email, existing.language, `${ctx.deps.config.publicUrl}/forgot-password`)
          : null,
      );
    }
    const user = new User({ email, firstName: input.firstName, lastName: input.lastName, kind: AccountKind.EXTERNAL });
    user.passwordHash = passwordHash;
    if (input.language) user.language = input.language;
    em.persist(user);
    const token = issueEmailToken(em, user, EmailTokenPurpose.VERIFY_EMAIL);
    audit(ctx, em, { action: 'account.signed_up', subjectType: 'User', subjectId: user.id, actor: user });
    return queueMail(em, mails.verifyEmail(email, user.language, user.firstName, link(ctx, '/verify-email', token)));
  });
  if (mail) ctx.deps.outbox.kick();
  return true;
}

export async function verifyEmail(ctx: ActorContext, token: string): Promise<boolean> {
  await ctx.em.transactional(async (em) => {
    const user = await consumeEmailToken(em, token, EmailTokenPurpose.VERIFY_EMAIL);
    user.emailVerifiedAt ??= new Date();
    audit(ctx, em, { action: 'account.email_verified', subjectType: 'User', subjectId: user.id, actor: user });
  });
  return true;
}

/** Always true: whether the address has an unverified account is not disclosed. */
export async function resendVerificationEmail(ctx: ActorContext, rawEmail: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) throw badInput({ email: 'INVALID_EMAIL' });
  const mail = await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { email, emailVerifiedAt: null, kind: AccountKind.EXTERNAL });
    if (!user || !(await limitMailTo(ctx, 'verify', email))) return null;
    await voidEmailTokens(em, user, EmailTokenPurpose.VERIFY_EMAIL);
    return queueMail(
      em,
      mails.verifyEmail(
        email,
        user.language,
        user.firstName,
        link(ctx, '/verify-email', issueEmailToken(em, user, EmailTokenPurpose.VERIFY_EMAIL)),
      ),
    );
  });
  if (mail) ctx.deps.outbox.kick();
  return true;
}

/**
 * Unknown email and wrong password give the same INVALID_CREDENTIALS, after the same work.
 * Failures count per address and per IP; past the limit even the right password is refused until the window ends.
 * Each attempt takes its place in both counters before the password is checked (one conditional upsert each), so
 * concurrent attempts can't all pass a check made before any of them is counted; a right password gives it back.
 */
export async function signIn(ctx: ActorContext, input: SignInInput): Promise<User> {
  const { signInMaxFailures: max, signInWindowMinutes: minutes } = ctx.deps.config;
  const email = normalizeEmail(input.email);
  const keys = { email: rateLimit.keyFor('signin:email', email), ip: rateLimit.keyFor('signin:ip', ctx.ip) };
  const byEmail = await rateLimit.reserve(ctx.em, keys.email, max, minutes * 60);
  const byIp = byEmail && (await rateLimit.reserve(ctx.em, keys.ip, max * 10, minutes * 60));
  if (!byEmail || !byIp) {
    if (byEmail) await rateLimit.release(ctx.em, byEmail);
    const { retryAfterSeconds } = await rateLimit.peek(ctx.em, byEmail ? keys.ip : keys.email);
    throw new DomainError('RATE_LIMITED', 'Too many failed sign-in attempts; try again later.', {
      retryAfterSeconds: Math.max(1, retryAfterSeconds),
    });
  }
  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
  const ok = user?.passwordHash
    ? await verifyPassword(input.password, user.passwordHash)
    : (await burnPasswordCheck(input.password), false);
  // A failure keeps its two reserved places.
  if (!user || !ok) throw new DomainError('INVALID_CREDENTIALS', 'Unknown email or wrong password.');
  await Promise.all([rateLimit.release(ctx.em, byEmail), rateLimit.release(ctx.em, byIp)]);
  if (!user.emailVerifiedAt)
    throw new DomainError('EMAIL_NOT_VERIFIED', 'Verify your email address first: follow the link we sent you.');
  const session = await ctx.em.transactional(async (em) => {
    await rateLimit.clear(em, keys.email);
    audit(ctx, em, { action: 'account.signed_in', subjectType: 'User', subjectId: user.id, actor: user });
    return openSession(ctx, em, user);
  });
  // The rest of this response is read as the person who just signed in (their own account fields are private).
  ctx.viewer = { user, via: 'session', sessionId: session.id };
  return user;
}

export async function signOut(ctx: ActorContext): Promise<boolean> {
  await closeSession(ctx);
  return true;
}

/** Always true (no account enumeration). */
export async function requestPasswordReset(ctx: ActorContext, rawEmail: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) throw badInput({ email: 'INVALID_EMAIL' });
  const mail = await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { email });
    if (!user || !(await limitMailTo(ctx, 'reset', email))) return null;
    const token = issueEmailToken(em, user, EmailTokenPurpose.RESET_PASSWORD);
    audit(ctx, em, {
      action: 'account.password_reset_requested',
      subjectType: 'User',
      subjectId: user.id,
      actor: null,
    });
    return queueMail(
      em,
      mails.resetPassword(email, user.language, user.firstName, link(ctx, '/reset-password', token)),
    );
  });
  if (mail) ctx.deps.outbox.kick();
  return true;
}

/**
 * Sets a new password from an emailed link. Receiving the link proves the address, so it also verifies it.
 * Every session of the account ends and every other reset link dies.
 * SEC2: hashing costs ~0.4 s and 128 MiB, so a bogus token is refused (one indexed read) before any hashing, and
 * attempts are limited per IP; the token is still consumed atomically afterwards (two uses of one link can race).
 */
export async function resetPassword(ctx: ActorContext, input: ResetPasswordInput): Promise<boolean> {
  await limitByIp(ctx, 'reset-password', 10, 900);
  if (!(await isLiveEmailToken(ctx.em, input.token, EmailTokenPurpose.RESET_PASSWORD))) throw invalidEmailToken();
  const passwordHash = await hashPassword(input.password);
  await ctx.em.transactional(async (em) => {
    const user = await consumeEmailToken(em, input.token, EmailTokenPurpose.RESET_PASSWORD);
    user.passwordHash = passwordHash;
    user.emailVerifiedAt ??= new Date();
    await voidEmailTokens(em, user, EmailTokenPurpose.RESET_PASSWORD);
    await closeAllSessions(em, user);
    audit(ctx, em, { action: 'account.password_reset', subjectType: 'User', subjectId: user.id, actor: user });
  });
  return true;
}

export async function changePassword(ctx: ActorContext, input: ChangePasswordInput): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const current = await ctx.em.findOneOrFail(User, viewer.user.id, { populate: ['passwordHash'] });
  if (!current.passwordHash || !(await verifyPassword(input.currentPassword, current.passwordHash))) {
    throw badInput({ currentPassword: 'WRONG_PASSWORD' }, 'The current password is wrong.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, viewer.user.id);
    user.passwordHash = passwordHash;
    await closeAllSessions(em, user, viewer.sessionId);
    await voidEmailTokens(em, user, EmailTokenPurpose.RESET_PASSWORD);
    audit(ctx, em, { action: 'account.password_changed', subjectType: 'User', subjectId: user.id });
  });
  return true;
}

/**
 * AC2: school accounts' names come from the school's directory; only external accounts edit theirs. Every account
 * sets its language (issue 12). What the input leaves out stays as it is.
 */
export async function updateProfile(ctx: ActorContext, raw: UpdateProfileInput): Promise<User> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const renames = raw.firstName != null || raw.lastName != null;
  return ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, viewer.user.id);
    if (renames && user.kind === AccountKind.SCHOOL) {
      throw new DomainError('FORBIDDEN', "A school account's name is managed by the school's directory.");
    }
    const names = renames
      ? cleanNames({ firstName: raw.firstName ?? user.firstName, lastName: raw.lastName ?? user.lastName })
      : user;
    const language = raw.language ?? user.language;
    const before = { firstName: user.firstName, lastName: user.lastName, language: user.language };
    user.firstName = names.firstName;
    user.lastName = names.lastName;
    user.language = language;
    audit(ctx, em, { action: 'account.profile_updated', subjectType: 'User', subjectId: user.id, data: { before } });
    return user;
  });
}
