import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext, CookieInstruction, Viewer } from '../../app-context';
import type { Config } from '../../core/config';
import { randomSecret, sha256 } from './secrets';
import { ApiToken, Session, User } from '../../model';

export const SESSION_COOKIE = 'billetterie_session';
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
 * Finds who is calling: a personal API token (`Authorization: Bearer blt_…`) or the session cookie.
 * Sessions slide: their expiry moves forward at most once an hour, with one conditional UPDATE.
 */
export async function resolveViewer(
  em: EntityManager,
  config: Config,
  creds: { bearer?: string; sessionSecret?: string },
): Promise<Viewer | null> {
  if (creds.bearer) {
    const token = await em.findOne(
      ApiToken,
      { tokenHash: sha256(creds.bearer), revokedAt: null },
      { populate: ['user'] },
    );
    if (!token) return null;
    // Only write when the stored time is stale: most requests cost no UPDATE.
    if (!token.lastUsedAt || token.lastUsedAt.getTime() < Date.now() - 60_000)
      await em.execute(
        `update api_tokens set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [token.id],
      );
    return { user: token.user, via: 'token' };
  }
  if (creds.sessionSecret) {
    // Every signed-in request runs this: one plain query, mapped without the ORM's query builder.
    const [row] = await em.getConnection().execute<Array<Record<string, unknown>>>(
      `select s.id as session__id, s.last_seen_at as session__last_seen_at, u.*
         from sessions s join users u on u.id = s.user_id
        where s.token_hash = ? and s.expires_at > now()`,
      [sha256(creds.sessionSecret)],
    );
    if (!row) return null;
    const { session__id: sessionId, session__last_seen_at: lastSeenAt, password_hash: _secret, ...userRow } = row;
    const user = em.map(User, userRow);
    if (new Date(lastSeenAt as string | Date).getTime() < Date.now() - 3600_000)
      await em.execute(
        `update sessions set last_seen_at = now(), expires_at = now() + make_interval(days => ?)
        where id = ? and last_seen_at < now() - interval '1 hour'`,
        [config.sessionTtlDays, sessionId],
      );
    return { user, via: 'session', sessionId: sessionId as string };
  }
  return null;
}
