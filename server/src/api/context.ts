import type { MikroORM } from '@mikro-orm/postgresql';
import { parse as parseCookies } from 'cookie';
import type { ActorContext, AppDeps } from '../app-context';
import { DomainError } from '../core/errors';
import type { GraphQLContext, Loaders } from '../graphql/context';
import { resolveViewer, SESSION_COOKIE, userLoaders } from '../modules/accounts';
import { bookingLoaders } from '../modules/bookings';
import { eventLoaders } from '../modules/events';
import { organizationLoaders } from '../modules/organizations';
import { permissionLoaders } from '../modules/permissions';
import { ticketLoaders } from '../modules/tickets';

/** Every module's loaders for one request, fresh so nothing is cached across viewers. */
export function createLoaders(ctx: Pick<ActorContext, 'em' | 'viewer'>): Loaders {
  const em = ctx.em;
  return {
    ...organizationLoaders(em),
    ...userLoaders(em),
    ...eventLoaders(em),
    ...ticketLoaders(em),
    ...bookingLoaders(ctx, em),
    ...permissionLoaders(ctx, em),
  };
}

/** The parts of an HTTP request the context needs (an Express request or the in-process caller's). */
export interface RequestInfo {
  requestId: string;
  ip: string;
  userAgent?: string;
  cookieHeader?: string;
  authorizationHeader?: string;
}

export async function createContext(deps: AppDeps, orm: MikroORM, req: RequestInfo): Promise<GraphQLContext> {
  // useContext: inside a transaction, `ctx.em` (and the loaders and memos built on it) resolves to the transaction's
  // own EntityManager, so a service that reaches for `ctx.em` mid-transaction reuses the transaction's connection
  // instead of taking a second one from the pool while holding the first (the SEC2 pool stall).
  const em = orm.em.fork({ useContext: true });
  const auth = req.authorizationHeader?.match(/^Bearer\s+(\S+)$/i);
  if (req.authorizationHeader && !auth) {
    throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".', {
      http: { status: 401 },
    });
  }
  const sessionSecret = req.cookieHeader ? parseCookies(req.cookieHeader)[SESSION_COOKIE] : undefined;
  const viewer = await resolveViewer(em, deps.config, { bearer: auth?.[1], sessionSecret });
  if (auth && !viewer) {
    // An integrator's revoked or mistyped token must fail loudly, not silently run as anonymous.
    throw new DomainError('UNAUTHENTICATED', 'The API token is unknown or revoked.', { http: { status: 401 } });
  }
  const base: ActorContext = {
    em,
    viewer,
    deps,
    requestId: req.requestId,
    ip: req.ip,
    userAgent: req.userAgent,
    cookies: [],
  };
  const ctx = base as GraphQLContext;
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
