import type { MikroORM } from '@mikro-orm/postgresql';
import { parse as parseCookies, serialize } from 'cookie';
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../app-context';
import { DomainError } from '../core/errors';
import type { GraphQLContext } from '../graphql/context';
import {
  finishSchoolSignIn,
  openFlow,
  safeNext,
  SCHOOL_FLOW_TTL_SECONDS,
  SchoolSignInError,
  sealFlow,
  startSchoolSignIn,
  type SchoolSignInApp,
} from '../modules/accounts';

/** The sealed, short-lived cookie carrying a started sign-in (state, nonce, PKCE verifier, where to go back). */
export const SCHOOL_FLOW_COOKIE = 'billetterie_school_signin';
const APP_BASE: Record<SchoolSignInApp, string> = { portal: '', console: '/console' };
/** Where an app's pages start; `next` is a full path of the site (the console's include /console). */
const APP_HOME: Record<SchoolSignInApp, string> = { portal: '/', console: '/console' };

/**
 * AC2: school sign-in over OpenID Connect, for both apps.
 * `GET /auth/school/start?app=portal|console&next=/path` sends the browser to the school's identity provider;
 * `GET /auth/school/callback` checks its answer, signs the person in (session cookie) and goes back to `next`.
 * Any failure goes back to the app's sign-in page with `schoolError=<CODE>` (an ErrorCode the apps translate).
 */
export function schoolSignInRouter(
  deps: AppDeps,
  _orm: MikroORM,
  contextFor: (req: Request) => Promise<GraphQLContext>,
): Router {
  const { config, log } = deps;
  const secure = config.publicUrl.startsWith('https:');
  const flowCookie = (value: string, maxAge: number) =>
    serialize(SCHOOL_FLOW_COOKIE, value, { path: '/auth/school', httpOnly: true, sameSite: 'lax', secure, maxAge });
  const backToSignIn = (res: Response, app: SchoolSignInApp, next: string, code: string) => {
    const params = new URLSearchParams({ schoolError: code });
    if (next !== APP_HOME[app]) params.set('redirectTo', next);
    res.redirect(303, `${APP_BASE[app]}/signin?${params}`);
  };
  const router = Router();
  router.get('/start', async (req, res, nextFn) => {
    const app: SchoolSignInApp = req.query.app === 'console' ? 'console' : 'portal';
    const next = safeNext(req.query.next, APP_HOME[app]);
    try {
      const { redirectTo, flow } = await startSchoolSignIn(deps, { app, next });
      res.set('cache-control', 'no-store');
      res.append('set-cookie', flowCookie(sealFlow(deps, flow), SCHOOL_FLOW_TTL_SECONDS));
      res.redirect(303, redirectTo);
    } catch (e) {
      if (e instanceof DomainError) backToSignIn(res, app, next, e.code);
      else nextFn(e);
    }
  });
  router.get('/callback', async (req, res, nextFn) => {
    const flow = openFlow(deps, parseCookies(req.headers.cookie ?? '')[SCHOOL_FLOW_COOKIE]);
    res.set('cache-control', 'no-store');
    res.append('set-cookie', flowCookie('', 0)); // single use, whatever happens
    if (!flow) {
      log.info('school sign-in: callback without a live flow cookie');
      backToSignIn(res, 'portal', APP_HOME.portal, 'SCHOOL_SIGNIN_INVALID_ANSWER');
      return;
    }
    try {
      const ctx = await contextFor(req);
      const currentUrl = new URL(req.originalUrl, config.publicUrl);
      const result = await finishSchoolSignIn(ctx, currentUrl, flow);
      for (const c of ctx.cookies) res.append('set-cookie', serialize(c.name, c.value, c.options));
      const unknown = [...result.unknown.schools, ...result.unknown.associations, ...result.unknown.clubs];
      if (unknown.length) {
        // Signed in; what the school's provider named but this platform doesn't know is told to the person.
        const url = new URL(flow.next, config.publicUrl);
        url.searchParams.set('schoolNotice', 'SCHOOL_SIGNIN_UNKNOWN_ORGANIZATIONS');
        res.redirect(303, `${url.pathname}${url.search}`);
      } else res.redirect(303, flow.next);
    } catch (e) {
      if (e instanceof SchoolSignInError || e instanceof DomainError) backToSignIn(res, flow.app, flow.next, e.code);
      else nextFn(e);
    }
  });
  return router;
}
