import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import type { IncomingMessage } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from '../app-context';
import { createContext, type RequestInfo } from '../api/context';
import type { GraphQLContext } from '../graphql/context';
import { appsMiddleware } from './apps';
import { httpErrorHandler } from './errors';
import { admitMutations, admitSkipped } from './admission';
import { bookLaneGateOf, mutationGateOf } from '../db/transactions';
import { healthz } from './healthz';
import { readyz, type Readiness } from './readiness';
import { inProcessGraphQL } from './in-process';
import { bookLane } from './fast-book';
import { checkInLane } from './fast-check-in';
import { fastLane, fastLanes } from './fast-lane';
import type { InFlight } from './in-flight';
import { getSchema } from '../api/schema';
import { mediaRouter } from './media';
import { personalDataRouter } from './personal-data';
import { calendarRouter } from './calendar';
import { MAX_UPLOAD_BYTES } from './limits';
import { graphqlMultipart } from './multipart';
import { requestId } from './request-id';
import { canonicalHost } from './canonical-host';
import { webhooksRouter } from './webhooks';
import { schoolSignInRouter } from './school-signin';
import { simulatorsRouter } from '../simulators';
import { oidcSimulator } from '../simulators/oidc';
import { safeError, type Logger } from '../core/logger';

function requestInfo(req: Request | IncomingMessage): RequestInfo {
  const r = req as Request;
  return {
    requestId: String(r.id ?? ''),
    ip: r.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.headers['user-agent'],
    cookieHeader: req.headers.cookie,
    authorizationHeader: req.headers.authorization,
  };
}

/**
 * The level of a request's log line. A 503 is the server telling the client to come back (BUSY from admission
 * control, a draining process): expected at a sale opening by the thousand, so an ordinary request line (/healthz
 * shows the gates' queues), not an error each. Levels the logger drops are 'silent', so pino-http builds nothing for
 * them (it makes an Error, with its stack, for every 5xx it logs).
 */
export const requestLogLevel =
  (log: Pick<Logger, 'isLevelEnabled'>) =>
  (_req: unknown, res: { statusCode: number }, err?: Error): 'error' | 'warn' | 'info' | 'silent' => {
    const status = res.statusCode;
    const level =
      err || (status >= 500 && status !== 503) ? 'error' : status >= 400 && status !== 503 ? 'warn' : 'info';
    return log.isLevelEnabled(level) ? level : 'silent';
  };

/** The single HTTP app: API, webhooks, health, then the console and the portal. */
export async function createHttpApp(
  deps: AppDeps,
  orm: MikroORM,
  apollo: ApolloServer<GraphQLContext>,
  readiness: Readiness,
  inFlight?: InFlight,
) {
  const { config, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Draining (app.close()): each answer closes its connection, so a proxy's kept-alive ones move to other processes.
  app.use((_req, res, next) => {
    if (readiness.draining) res.set('connection', 'close');
    next();
  });
  app.use(
    pinoHttp({
      logger: log,
      genReqId: requestId,
      customLogLevel: requestLogLevel(log),
      autoLogging: {
        ignore: (req) =>
          req.url === '/healthz' ||
          req.url === '/livez' ||
          req.url === '/readyz' ||
          req.url?.includes('/_app/') === true,
      },
      // No query string (GET variables, emailed links' tokens) and no error internals in request logs (SEC3).
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
        err: safeError,
      },
    }),
  );
  // Issue 16: one canonical address, before anything reads or makes a session.
  if (config.canonicalHostRedirect) app.use(canonicalHost(config.publicUrl));
  const contextFor = (req: Request | IncomingMessage) => createContext(deps, orm, requestInfo(req));

  app.get('/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/healthz', healthz(orm));
  app.get('/readyz', readyz(orm, readiness));
  app.use('/webhooks', webhooksRouter(deps, orm));
  // AC2: school sign-in, and the local identity provider when it is the issuer (never in production, see config).
  if (config.oidc?.simulator)
    app.use(
      '/simulators/oidc',
      await oidcSimulator({
        log,
        issuer: config.oidc.issuer,
        client: { ...config.oidc, redirectUri: `${config.publicUrl}/auth/school/callback` },
      }),
    );
  app.use('/auth/school', schoolSignInRouter(deps, orm, contextFor));
  // PY6: the local PayPal and Lydia simulators (demo and tests; never in production, see config).
  if (config.payments.simulators) app.use('/simulators', simulatorsRouter({ log }));
  app.use('/media', mediaRouter(deps, orm, contextFor));
  app.use('/personal-data', personalDataRouter(contextFor)); // AC4
  app.use('/calendar', calendarRouter(contextFor)); // CL1
  // Issue 14: the sale opening's `book` and the door's `checkIn` on their fast lanes, with Apollo's answers
  // (FAST_BOOK=false, FAST_CHECK_IN=false: Apollo only).
  const limits = { maxDepth: config.graphqlMaxDepth, maxComplexity: config.graphqlMaxComplexity };
  const schema = await getSchema();
  const knex = orm.em.getConnection().getKnex();
  const mutations = mutationGateOf(orm.em);
  const fast = fastLanes([
    config.fastBook
      ? fastLane(
          deps,
          schema,
          limits,
          bookLane(deps, knex, { lane: bookLaneGateOf(orm.em), writes: mutations }),
          inFlight,
        )
      : null,
    config.fastCheckIn ? fastLane(deps, schema, limits, checkInLane(deps, knex), inFlight, mutations) : null,
  ]);
  app.use(
    '/graphql',
    // Multipart uploads (Apollo's CSRF prevention requires the apollo-require-preflight header for them).
    graphqlMultipart({
      maxFileBytes: Math.max(config.coverMaxBytes, MAX_UPLOAD_BYTES),
      maxFiles: 1,
      maxFieldBytes: config.bodyLimitKb * 1024,
    }),
    express.json({ limit: `${config.bodyLimitKb}kb` }),
    // SEC2: a burst of mutations waits here, not in the pool's queue — the sale opening's `book` in its lane's own gate
    // (its batches bound its pool use); a `book` of a ticket seen sold out only reads (http/sold-out.ts): it goes
    // through, and is admitted by its lane before writing, or by the mutation gate before Apollo.
    admitMutations(mutations, fast ? (req) => fast.admission(req) : undefined),
    ...(fast ? [fast.middleware, admitSkipped(mutations)] : []),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }),
  );
  if (config.serveApps) {
    const apps = await appsMiddleware();
    app.use((req, res, next) => {
      req.billetterie = inProcessGraphQL(apollo, contextFor, req, fast);
      apps(req, res, next);
    });
  } else {
    app.use((_req, res) => {
      res.status(404).json({ error: 'not found (SERVE_APPS=false: only the API is served)' });
    });
  }
  app.use(httpErrorHandler());
  return app;
}
