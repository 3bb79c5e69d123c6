import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, CookieInstruction, Viewer } from '../../app-context';
import type { Config } from '../../core/config';
import { executePrepared } from '../../db/prepared';
import { randomSecret, sha256 } from './secrets';
import { Session, User } from '../../model';

export const SESSION_COOKIE = 'billetterie_session';

/**
 * SQL: the session row `s` is open — its token's hash is the value of the placeholder `hash`, and it has not expired.
 * The one test wherever a session is read in SQL (resolveViewer, the booking fast lane, ticket downloads).
 */
export const sessionOpenSql = (hash: string) => `s.token_hash = ${hash} and s.expires_at > now()`;
/** Sessions slide: one last seen longer ago than this is renewed (its expiry moves forward) by resolveViewer. */
export const SESSION_RENEWAL_MS = 3600_000;
/** SQL twin of SESSION_RENEWAL_MS for the session row `s`: it is due for its renewal. */
export const SESSION_DUE = `s.last_seen_at < now() - interval '1 hour'`;
/** What a session cookie's secret is stored as: only its hash is kept. */
export const sessionTokenHash = (secret: string) => sha256(secret);
export const API_TOKEN_PREFIX = 'blt_';

function sessionCookie(config: Config, value: string, maxAge: number): CookieInstruction {
  return {
    name: SESSION_COOKIE,
    value,
    options: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), maxAge },
  };
}

/** Opens a server-side session and asks the response to set its cookie. */
export function openSession(ctx: ActorContext, em: EntityManager, user: User): Session {
  const secret = randomSecret();
  const ttl = ctx.deps.config.sessionTtlDays * 86400;
  const session = new Session(user, sha256(secret), new Date(Date.now() + ttl * 1000), ctx.userAgent);
  em.persist(session);
  ctx.cookies.push(sessionCookie(ctx.deps.config, secret, ttl));
  return session;
}

export async function closeSession(ctx: ActorContext): Promise<void> {
  if (ctx.viewer?.sessionId) await ctx.em.nativeDelete(Session, { id: ctx.viewer.sessionId });
  ctx.cookies.push(sessionCookie(ctx.deps.config, '', 0));
}

/** Ends every session of a user (after a password change or reset), optionally keeping the current one. */
export async function closeAllSessions(em: EntityManager, user: User, keepSessionId?: string): Promise<void> {
  await em.nativeDelete(Session, keepSessionId ? { user, id: { $ne: keepSessionId } } : { user });
}

/**
 * The users columns the viewer's account is read with: every column the ORM loads by default (not the lazy password
 * hash). Listed rather than `u.*` so the prepared statements' result type stays fixed (prepared.ts).
 */
let userColumnsSql: string | undefined;
function userColumns(em: EntityManager): string {
  if (userColumnsSql === undefined) {
    const meta = em.getMetadata().get(User.name);
    userColumnsSql = meta.props
      .filter(
        (p) =>
          p.persist !== false &&
          !p.lazy &&
          !p.formula &&
          (p.kind === ReferenceKind.SCALAR ||
            p.kind === ReferenceKind.MANY_TO_ONE ||
            (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
      )
      .flatMap((p) => p.fieldNames.map((f) => `u.${em.getPlatform().quoteIdentifier(f)}`))
      .join(', ');
  }
  return userColumnsSql;
}

interface ViewerRow {
  /** The session's or the token's id, then the account's columns. */
  viewer__id: string;
  /** The session's `last_seen_at`, the token's `last_used_at`. */
  viewer__seen_at: Date | string | null;
  [column: string]: unknown;
}

/** The account's part of a row, mapped to the request's User entity (managed, like one the ORM read). */
function viewerUser(em: EntityManager, row: ViewerRow): User {
  const { viewer__id: _id, viewer__seen_at: _seen, ...userRow } = row;
  return em.map(User, userRow);
}

const seenBefore = (at: Date | string | null, ms: number) => at === null || new Date(at).getTime() < Date.now() - ms;

/**
 * Finds who is calling: a personal API token (`Authorization: Bearer blt_…`) or the session cookie.
 * Sessions slide: their expiry moves forward at most once an hour, with one conditional UPDATE.
 *
 * Issue 14: every signed-in request runs this, so it is one prepared statement (parsed and planned once per
 * connection) whose row is mapped without the ORM's query builder; the writes are rare (at most once an hour per
 * session, once a minute per token).
 */
export async function resolveViewer(
  em: EntityManager,
  config: Config,
  creds: { bearer?: string; sessionSecret?: string },
): Promise<Viewer | null> {
  if (creds.bearer) {
    const [row] = await executePrepared<ViewerRow>(
      em,
      'viewer-by-api-token',
      `select t.id as viewer__id, t.last_used_at as viewer__seen_at, ${userColumns(em)}
         from api_tokens t join users u on u.id = t.user_id
        where t.token_hash = ? and t.revoked_at is null`,
      [sha256(creds.bearer)],
    );
    if (!row) return null;
    // Only write when the stored time is stale: most requests cost no UPDATE.
    if (seenBefore(row.viewer__seen_at, 60_000))
      await em.execute(
        `update api_tokens set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [row.viewer__id],
      );
    return { user: viewerUser(em, row), via: 'token' };
  }
  if (creds.sessionSecret) {
    const [row] = await executePrepared<ViewerRow>(
      em,
      'viewer-by-session',
      `select s.id as viewer__id, s.last_seen_at as viewer__seen_at, ${userColumns(em)}
         from sessions s join users u on u.id = s.user_id
        where ${sessionOpenSql('?')}`,
      [sessionTokenHash(creds.sessionSecret)],
    );
    if (!row) return null;
    if (seenBefore(row.viewer__seen_at, SESSION_RENEWAL_MS))
      await em.execute(
        `update sessions s set last_seen_at = now(), expires_at = now() + make_interval(days => ?)
        where s.id = ? and ${SESSION_DUE}`,
        [config.sessionTtlDays, row.viewer__id],
      );
    return { user: viewerUser(em, row), via: 'session', sessionId: row.viewer__id };
  }
  return null;
}
