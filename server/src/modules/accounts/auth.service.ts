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
  issueEmailToken,
  liveEmailTokenUserId,
  voidEmailTokens,
} from './email-tokens';
import { cleanNames, isEmail, normalizeEmail } from '../../core/normalize';
import * as rateLimit from './rate-limit';
import { burnPasswordCheck, hashPassword, verifyPassword } from './secrets';
import { closeAllSessions, closeSession, openSession } from './sessions.service';
import { safeNext } from './oidc.service';
import type { Config } from '../../core/config';
import { EmailTokenPurpose, AccountKind, User } from '../../model';

/**
 * AC2: with `SCHOOL_PASSWORDS=false` (the default with a real identity provider) a school account signs in only
 * through the school's provider: it can't sign in with, set or reset a password. Its stored hash is kept, so turning
 * the setting back on restores it.
 */
export const passwordRefused = (config: Config, user: Pick<User, 'kind'>) =>
  user.kind === AccountKind.SCHOOL && !config.schoolPasswords;

export const schoolPasswordDisabled = () =>
  new DomainError(
    'SCHOOL_PASSWORD_DISABLED',
    'School accounts sign in with the school’s identity provider here: they have no password to set or reset.',
  );

/** The portal's sign-in page, where "Se connecter avec mon compte école" is. */
export const signInPageUrl = (config: Config) => `${config.publicUrl}/signin`;

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
      if (!(await limitMailTo(ctx, 'exists', email))) return null;
      return queueMail(
        em,
        passwordRefused(ctx.deps.config, existing)
          ? mails.schoolSignInInstead(
              email,
              existing.language,
              existing.firstName,
              'signup',
              signInPageUrl(ctx.deps.config),
            )
          : mails.accountExists(email, existing.language, `${ctx.deps.config.publicUrl}/forgot-password`),
      );
    }
    const user = new User({ email, firstName: input.firstName, lastName: input.lastName, kind: AccountKind.EXTERNAL });
    user.passwordHash = passwordHash;
    if (input.language) user.language = input.language;
    em.persist(user);
    const token = issueEmailToken(em, user, EmailTokenPurpose.VERIFY_EMAIL);
    audit(ctx, em, { action: 'account.signed_up', subjectType: 'User', subjectId: user.id, actor: user });
    // Issue 16: the link brings the person back where they were (a same-site path only: no open redirect).
    const back = safeNext(input.returnTo, '');
    const verifyLink = `${link(ctx, '/verify-email', token)}${back ? `&returnTo=${encodeURIComponent(back)}` : ''}`;
    return queueMail(em, mails.verifyEmail(email, user.language, user.firstName, verifyLink));
  });
  if (mail) ctx.deps.outbox.kick();
  return true;
}

export async function verifyEmail(ctx: ActorContext, token: string): Promise<boolean> {
  await ctx.em.transactional(async (em) => {
    const user = await consumeEmailToken(em, token, EmailTokenPurpose.VERIFY_EMAIL);
    user.emailVerifiedAt ??= new Date();
    audit(ctx, em, { action: 'account.email_verified', subjectType: 'User', subjectId: user.id, actor: user });
    // Issue 16: the single-use link proves the mailbox, as a password reset does: the person is signed in.
    openSession(ctx, em, user);
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
  // AC2: only the right password tells that this is a school account (a wrong one is INVALID_CREDENTIALS above).
  if (passwordRefused(ctx.deps.config, user))
    throw new DomainError(
      'SCHOOL_SIGNIN_REQUIRED',
      'School accounts sign in with the school’s identity provider: use "Sign in with my school account".',
    );
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

/**
 * Always true (no account enumeration). AC2: a school account that may not have a password gets a mail pointing to
 * the school sign-in instead of a reset link.
 */
export async function requestPasswordReset(ctx: ActorContext, rawEmail: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  if (!isEmail(email)) throw badInput({ email: 'INVALID_EMAIL' });
  const mail = await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { email });
    if (!user || !(await limitMailTo(ctx, 'reset', email))) return null;
    if (passwordRefused(ctx.deps.config, user)) {
      audit(ctx, em, {
        action: 'account.password_reset_refused',
        subjectType: 'User',
        subjectId: user.id,
        actor: null,
        reason: 'school accounts sign in with the school’s identity provider (SCHOOL_PASSWORDS=false)',
      });
      return queueMail(
        em,
        mails.schoolSignInInstead(email, user.language, user.firstName, 'reset', signInPageUrl(ctx.deps.config)),
      );
    }
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
  const userId = await liveEmailTokenUserId(ctx.em, input.token, EmailTokenPurpose.RESET_PASSWORD);
  if (!userId) throw invalidEmailToken();
  // AC2: a link issued before the setting was turned off (or an old invitation) sets no password either.
  const owner = await ctx.em.findOne(User, userId);
  if (owner && passwordRefused(ctx.deps.config, owner)) throw schoolPasswordDisabled();
  const passwordHash = await hashPassword(input.password);
  await ctx.em.transactional(async (em) => {
    const user = await consumeEmailToken(em, input.token, EmailTokenPurpose.RESET_PASSWORD);
    if (passwordRefused(ctx.deps.config, user)) throw schoolPasswordDisabled(); // became a school account meanwhile
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
  if (passwordRefused(ctx.deps.config, current)) throw schoolPasswordDisabled();
  if (!current.passwordHash || !(await verifyPassword(input.currentPassword, current.passwordHash))) {
    throw badInput({ currentPassword: 'WRONG_PASSWORD' }, 'The current password is wrong.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, viewer.user.id);
    if (passwordRefused(ctx.deps.config, user)) throw schoolPasswordDisabled();
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
