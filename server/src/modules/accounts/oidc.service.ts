/**
 * AC2: school sign-in with OpenID Connect (openid-client). The provider vouches for the person: the first sign-in
 * creates their SCHOOL account, every sign-in brings names, school, class year and memberships up to date from the
 * claims (the ones configured; the others stay the directory import's). A CSV-imported account is matched by its
 * email, which the provider must not call unverified; an EXTERNAL account never signs in this way. Schools,
 * associations and clubs the claims name but this platform does not know are reported, never invented.
 *
 * The flow's secrets (state, nonce, PKCE verifier, where to go back) travel in a sealed (AES-GCM), short-lived,
 * HTTP-only cookie: whatever process gets the callback can check them, and nobody can forge or read them.
 */
import { LockMode } from '@mikro-orm/core';
import * as oidc from 'openid-client';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, AppDeps } from '../../app-context';
import type { OidcConfig } from '../../core/config';
import { DomainError, type ErrorCode } from '../../core/errors';
import { normalizeEmail } from '../../core/normalize';
import { audit } from '../audit';
import { openSession } from './sessions.service';
import { AccountKind, Association, AssociationMembership, Club, ClubMembership, School, User } from '../../model';

/** Where the browser comes back from the provider. */
export const SCHOOL_CALLBACK_PATH = '/auth/school/callback';
/** How long a started sign-in may take at the provider. */
export const SCHOOL_FLOW_TTL_SECONDS = 600;
const FLOW_AAD = 'oidc-flow';
const DISCOVERY_TTL_MS = 5 * 60_000;

export type SchoolSignInApp = 'portal' | 'console';

/** What the sealed cookie carries between start and callback. */
export interface SchoolSignInFlow {
  state: string;
  nonce: string;
  verifier: string;
  app: SchoolSignInApp;
  next: string;
  expiresAt: number;
}

/** A school sign-in that could not go through; `code` is the catalogue's (the apps translate it). */
export class SchoolSignInError extends DomainError {}

const refuse = (code: ErrorCode, message: string) => new SchoolSignInError(code, message);

const discovered = new Map<string, { config: oidc.Configuration; at: number }>();

/** The provider's metadata, discovered once every few minutes; a failure is not remembered (the next try retries). */
async function providerConfig(deps: AppDeps): Promise<oidc.Configuration> {
  const c = deps.config.oidc;
  if (!c) throw refuse('SCHOOL_SIGNIN_UNAVAILABLE', 'School sign-in is not configured.');
  const key = `${c.issuer}\n${c.clientId}`;
  const hit = discovered.get(key);
  if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const insecure = c.issuer.startsWith('http:');
  try {
    const config = await oidc.discovery(
      new URL(c.issuer),
      c.clientId,
      { redirect_uris: [callbackUrl(deps)], response_types: ['code'] },
      c.clientSecret ? oidc.ClientSecretBasic(c.clientSecret) : oidc.None(),
      {
        // http issuers: the local provider and test providers; a real school's issuer is https.
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        timeout: Math.ceil(deps.config.payments.httpTimeoutMs / 1000),
      },
    );
    // Check the ID token's signature against the provider's published keys (not only trust TLS).
    oidc.enableNonRepudiationChecks(config);
    discovered.set(key, { config, at: Date.now() });
    return config;
  } catch (err) {
    const why = describe(err);
    deps.log.warn({ err: why, issuer: c.issuer }, 'school sign-in: identity provider unavailable');
    throw new SchoolSignInError('SCHOOL_SIGNIN_UNAVAILABLE', 'The school’s identity provider cannot be reached.', {
      cause: [why.code, why.message].filter(Boolean).join(' ').slice(0, 300),
    });
  }
}

function describe(err: unknown): { name?: string; code?: unknown; message?: string } {
  if (!(err instanceof Error)) return { message: String(err) };
  return { name: err.name, code: (err as { code?: unknown }).code, message: err.message };
}

export const callbackUrl = (deps: AppDeps) => `${deps.config.publicUrl}${SCHOOL_CALLBACK_PATH}`;

/** A path of this site (never another origin), as given to `next`; else the fallback. */
/** A path of this site: `/`, not `//` nor `/\`, no space nor control character (a string: eslint's no-control-regex). */
const SAME_SITE_PATH = new RegExp(`^/(?![/\\\\])[^\\s\\u0000-\\u001f\\u007f]*$`);

export function safeNext(next: unknown, fallback = '/'): string {
  const s = typeof next === 'string' ? next : '';
  // Control characters too: browsers drop tabs and newlines from URLs, so `/\t/host` would become `//host`.
  return SAME_SITE_PATH.test(s) && s.length <= 2000 ? s : fallback;
}

export function sealFlow(deps: AppDeps, flow: SchoolSignInFlow): string {
  return deps.secrets.seal(JSON.stringify(flow), FLOW_AAD);
}

export function openFlow(deps: AppDeps, sealed: string | undefined): SchoolSignInFlow | null {
  if (!sealed) return null;
  try {
    const flow = JSON.parse(deps.secrets.open(sealed, FLOW_AAD)) as SchoolSignInFlow;
    return flow.expiresAt > Date.now() ? flow : null;
  } catch {
    return null;
  }
}

/** Starts a sign-in: where to send the browser, and the flow to keep in the sealed cookie. */
export async function startSchoolSignIn(
  deps: AppDeps,
  input: { app: SchoolSignInApp; next: string },
): Promise<{ redirectTo: string; flow: SchoolSignInFlow }> {
  const config = await providerConfig(deps);
  const flow: SchoolSignInFlow = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    app: input.app,
    next: safeNext(input.next),
    expiresAt: Date.now() + SCHOOL_FLOW_TTL_SECONDS * 1000,
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(deps),
    scope: deps.config.oidc!.scopes,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  });
  return { redirectTo: url.href, flow };
}

/** What the claims say, in this platform's terms (undefined: not said, or that claim is not configured). */
export interface SchoolClaims {
  /** The provider (the ID token's `iss`) and the person's stable identifier there (`sub`): the account's binding. */
  issuer: string;
  subject: string;
  email: string;
  firstName?: string;
  lastName?: string;
  school?: string;
  classYear?: number;
  associations?: Array<{ slug: string; endsOn: string }>;
  clubs?: Array<{ slug: string; isBoard: boolean }>;
}

const list = (v: unknown): string[] | undefined =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string').map((x) => x.trim())
    : typeof v === 'string'
      ? v
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean)
      : undefined;

const text = (v: unknown, max = 100): string | undefined =>
  typeof v === 'string' && v.trim() && v.trim().length <= max ? v.trim() : undefined;

/** Reads the configured claims; whatever is malformed is left out (and reported as such by the caller). */
export function readSchoolClaims(c: OidcConfig, claims: Record<string, unknown>): SchoolClaims {
  const email = typeof claims.email === 'string' ? normalizeEmail(claims.email) : '';
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320)
    throw refuse('SCHOOL_SIGNIN_CLAIMS_MISSING', 'The identity provider did not give an email address.');
  if (claims.email_verified === false)
    throw refuse('SCHOOL_SIGNIN_DENIED', 'The identity provider does not vouch for this email address.');
  const out: SchoolClaims = {
    issuer: typeof claims.iss === 'string' && claims.iss ? claims.iss : c.issuer,
    subject: String(claims.sub),
    email,
    firstName: text(claims.given_name),
    lastName: text(claims.family_name),
  };
  if (c.claims.school) out.school = text(claims[c.claims.school]);
  if (c.claims.classYear) {
    const y = Number(claims[c.claims.classYear]);
    if (Number.isInteger(y) && y >= 1950 && y <= 2200) out.classYear = y;
  }
  if (c.claims.associations) {
    const raw = list(claims[c.claims.associations]);
    out.associations = raw?.flatMap((s) => {
      const m = /^([a-z0-9-]{1,64}):(\d{4}-\d{2}-\d{2})$/.exec(s);
      return m && !Number.isNaN(Date.parse(`${m[2]}T00:00:00Z`)) ? [{ slug: m[1], endsOn: m[2] }] : [];
    });
  }
  if (c.claims.clubs) {
    const raw = list(claims[c.claims.clubs]);
    out.clubs = raw?.flatMap((s) => {
      const m = /^([a-z0-9-]{1,64})(:board)?$/.exec(s);
      return m ? [{ slug: m[1], isBoard: Boolean(m[2]) }] : [];
    });
  }
  return out;
}

export interface SchoolSignInResult {
  user: User;
  created: boolean;
  /** Slugs the claims named that this platform doesn't know (left out, reported). */
  unknown: { schools: string[]; associations: string[]; clubs: string[] };
}

/**
 * The callback: exchanges the code (state, nonce and PKCE checked, ID token signature verified by openid-client),
 * then creates or updates the school account and opens a session, in one transaction.
 */
export async function finishSchoolSignIn(
  ctx: ActorContext,
  currentUrl: URL,
  flow: SchoolSignInFlow,
): Promise<SchoolSignInResult> {
  const deps = ctx.deps;
  const providerError = currentUrl.searchParams.get('error');
  if (providerError) {
    deps.log.info({ providerError }, 'school sign-in: the provider answered an error');
    throw refuse('SCHOOL_SIGNIN_DENIED', 'The identity provider did not sign the person in.');
  }
  const config = await providerConfig(deps);
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = { ...tokens.claims() };
    if (config.serverMetadata().userinfo_endpoint) {
      // Some providers put the profile claims only in userinfo: the ID token's, completed by them.
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
        claims = { ...info, ...claims };
      } catch (err) {
        deps.log.warn({ err: describe(err) }, 'school sign-in: userinfo unavailable, ID token claims only');
      }
    }
  } catch (err) {
    deps.log.warn({ err: describe(err) }, 'school sign-in: the answer was refused (state, nonce, PKCE or ID token)');
    throw refuse('SCHOOL_SIGNIN_INVALID_ANSWER', 'The sign-in answer could not be checked.');
  }
  const read = readSchoolClaims(deps.config.oidc!, claims);
  const result = await applyClaimsOnce(ctx, read);
  const unknown = [...result.unknown.schools, ...result.unknown.associations, ...result.unknown.clubs];
  if (unknown.length)
    deps.log.warn(
      { unknown: result.unknown, userId: result.user.id },
      'school sign-in: claims name unknown organizations',
    );
  return result;
}

/** Unique indexes two first sign-ins of one person can both hit; the loser re-reads and finds the winner's account. */
const RACED = new Set(['users_email_unique', 'users_oidc_subject_unique']);

/**
 * One transaction; when a concurrent sign-in of the same person created or re-addressed the account first (a unique
 * index said so), once more: it then finds that account instead of making a second one.
 */
async function applyClaimsOnce(ctx: ActorContext, claims: SchoolClaims): Promise<SchoolSignInResult> {
  for (let attempt = 1; ; attempt++) {
    const cookies = ctx.cookies.length;
    try {
      return await ctx.em.transactional((em) => applyClaims(ctx, em, claims));
    } catch (e) {
      const pg = e as { code?: string; constraint?: string };
      if (attempt > 1 || pg.code !== '23505' || !RACED.has(pg.constraint ?? '')) throw e;
      ctx.cookies.length = cookies; // the failed attempt's session never existed
      ctx.deps.log.info({ constraint: pg.constraint }, 'school sign-in: raced with another sign-in, reading again');
    }
  }
}

/**
 * AC2: who the claims are. First by the binding (issuer, subject); else by the verified email among school accounts
 * not bound at this issuer (CSV-imported, created before bindings existed, or bound at a provider the platform no
 * longer uses), which are then bound; else a new account, bound. An account bound to another subject of this issuer
 * is never taken over by its email. Rows are locked, so concurrent sign-ins see each other's binding.
 */
async function findAccount(
  ctx: ActorContext,
  em: EntityManager,
  claims: SchoolClaims,
): Promise<{ user: User | null; bind: boolean }> {
  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE } as const;
  const bound = await em.findOne(User, { oidcIssuer: claims.issuer, oidcSubject: claims.subject }, lock);
  if (bound) {
    if (bound.email !== claims.email) {
      const other = await em.findOne(User, { email: claims.email });
      if (other) {
        ctx.deps.log.warn(
          { userId: bound.id, otherId: other.id },
          'school sign-in: the provider’s new email address belongs to another account',
        );
        throw refuse(
          'SCHOOL_SIGNIN_EMAIL_TAKEN',
          'The address the identity provider gives belongs to another account here; nothing was changed.',
        );
      }
    }
    return { user: bound, bind: false };
  }
  const byEmail = await em.findOne(User, { email: claims.email }, lock);
  if (!byEmail) return { user: null, bind: true };
  if (byEmail.kind === AccountKind.EXTERNAL)
    throw refuse(
      'SCHOOL_SIGNIN_EXTERNAL_ACCOUNT',
      'This address belongs to an external account: sign in with its password.',
    );
  if (byEmail.oidcIssuer === claims.issuer && byEmail.oidcSubject !== claims.subject) {
    ctx.deps.log.warn(
      { userId: byEmail.id, issuer: claims.issuer },
      'school sign-in: the email matches an account bound to another subject of this provider; refused',
    );
    throw refuse(
      'SCHOOL_SIGNIN_DENIED',
      'This address belongs to an account bound to another person of the identity provider.',
    );
  }
  return { user: byEmail, bind: true };
}

async function applyClaims(ctx: ActorContext, em: EntityManager, claims: SchoolClaims): Promise<SchoolSignInResult> {
  const unknown = { schools: [] as string[], associations: [] as string[], clubs: [] as string[] };
  const found = await findAccount(ctx, em, claims);
  let user = found.user;
  const school = claims.school ? await em.findOne(School, { slug: claims.school }) : null;
  if (claims.school && !school) unknown.schools.push(claims.school);
  const created = !user;
  if (!user) {
    if (!school) {
      ctx.deps.log.warn({ unknown }, 'school sign-in: no known school in the claims of a new person');
      throw school === null && claims.school
        ? refuse('SCHOOL_SIGNIN_UNKNOWN_SCHOOL', `The school "${claims.school}" is not known here.`)
        : refuse('SCHOOL_SIGNIN_CLAIMS_MISSING', 'The identity provider did not say which school the person is in.');
    }
    if (!claims.classYear || !claims.firstName || !claims.lastName)
      throw refuse('SCHOOL_SIGNIN_CLAIMS_MISSING', 'The identity provider did not give the names and class year.');
    user = new User({
      email: claims.email,
      firstName: claims.firstName,
      lastName: claims.lastName,
      kind: AccountKind.SCHOOL,
    });
    user.emailVerifiedAt = new Date();
    em.persist(user);
  }
  const u = user;
  const changed: string[] = [];
  if (found.bind) {
    if (!created) changed.push('binding');
    u.oidcIssuer = claims.issuer;
    u.oidcSubject = claims.subject;
  }
  if (u.email !== claims.email) {
    u.email = claims.email; // findAccount checked that no other account has it
    changed.push('email');
  }
  const set = <K extends 'firstName' | 'lastName' | 'school' | 'classYear'>(k: K, v: User[K] | undefined | null) => {
    if (v === undefined || v === null || u[k] === v) return;
    u[k] = v;
    changed.push(k);
  };
  set('firstName', claims.firstName);
  set('lastName', claims.lastName);
  set('school', school);
  set('classYear', claims.classYear);
  u.emailVerifiedAt ??= new Date(); // the school's provider vouches for the address
  if (claims.associations) {
    const known = await em.find(Association, { slug: { $in: claims.associations.map((a) => a.slug) } });
    const bySlug = new Map(known.map((a) => [a.slug, a]));
    const wanted = new Map<string, string>();
    for (const a of claims.associations) {
      if (bySlug.has(a.slug)) wanted.set(a.slug, a.endsOn);
      else unknown.associations.push(a.slug);
    }
    const mine = created ? [] : await em.find(AssociationMembership, { user: u }, { populate: ['association'] });
    for (const m of mine) {
      const endsOn = wanted.get(m.association.slug);
      if (endsOn === undefined) em.remove(m);
      else if (m.endsOn !== endsOn) m.endsOn = endsOn;
      else {
        wanted.delete(m.association.slug);
        continue;
      }
      wanted.delete(m.association.slug);
      changed.push('associations');
    }
    for (const [slug, endsOn] of wanted) {
      em.persist(new AssociationMembership(u, bySlug.get(slug)!, endsOn));
      changed.push('associations');
    }
  }
  if (claims.clubs) {
    const known = await em.find(Club, { slug: { $in: claims.clubs.map((c) => c.slug) } });
    const bySlug = new Map(known.map((c) => [c.slug, c]));
    const wanted = new Map<string, boolean>();
    for (const c of claims.clubs) {
      if (bySlug.has(c.slug)) wanted.set(c.slug, c.isBoard);
      else unknown.clubs.push(c.slug);
    }
    const mine = created ? [] : await em.find(ClubMembership, { user: u }, { populate: ['club'] });
    for (const m of mine) {
      const isBoard = wanted.get(m.club.slug);
      if (isBoard === undefined) em.remove(m);
      else if (m.isBoard !== isBoard) m.isBoard = isBoard;
      else {
        wanted.delete(m.club.slug);
        continue;
      }
      wanted.delete(m.club.slug);
      changed.push('clubs');
    }
    for (const [slug, isBoard] of wanted) {
      em.persist(new ClubMembership(u, bySlug.get(slug)!, isBoard));
      changed.push('clubs');
    }
  }
  audit({ viewer: { user: u, via: 'session' }, requestId: ctx.requestId }, em, {
    action: created ? 'account.school_signin_created' : 'account.school_signin',
    subjectType: 'User',
    subjectId: u.id,
    data: { changed: [...new Set(changed)], unknown },
  });
  openSession(ctx, em, u);
  return { user: u, created, unknown };
}

/** For the console's admin area: whether school sign-in is configured, its provider answers now, and what is wrong. */
export async function schoolSignInStatus(deps: AppDeps): Promise<{
  configured: boolean;
  available: boolean;
  issuer: string | null;
  simulator: boolean;
  problem: string | null;
}> {
  const c = deps.config.oidc;
  if (!c)
    return {
      configured: false,
      available: false,
      issuer: null,
      simulator: false,
      problem: 'OIDC_ISSUER is not set: school accounts sign in with a password only.',
    };
  try {
    await providerConfig(deps);
    return { configured: true, available: true, issuer: c.issuer, simulator: c.simulator, problem: null };
  } catch (e) {
    const cause = e instanceof SchoolSignInError ? (e.extensions.cause as string | undefined) : undefined;
    return {
      configured: true,
      available: false,
      issuer: c.issuer,
      simulator: c.simulator,
      problem: `The identity provider's discovery document (${c.issuer}/.well-known/openid-configuration) could not be read${cause ? `: ${cause}` : ''}.`,
    };
  }
}
