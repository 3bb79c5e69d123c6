import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import type { IncomingMessage } from 'node:http';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from '../app-context';
import { createContext, type GraphQLContext, type RequestInfo } from '../graphql/context';
import { appsMiddleware } from './apps';
import { httpErrorHandler } from './errors';
import { healthz } from './healthz';
import { inProcessGraphQL } from './in-process';
import { mediaRouter } from './media';
import { MAX_UPLOAD_BYTES } from './limits';
import { requestId } from './request-id';
import { webhooksRouter } from './webhooks';
import { simulatorsRouter } from '../simulators';


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

/** The single HTTP app: API, webhooks, health, then the console and the portal. */
export async function createHttpApp(deps: AppDeps, orm: MikroORM, apollo: ApolloServer<GraphQLContext>) {
  const { config, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: requestId,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/livez' || req.url?.includes('/_app/') === true },
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) },
    }),
  );
  const contextFor = (req: Request | IncomingMessage) => createContext(deps, orm, requestInfo(req));

  app.get('/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/healthz', healthz(orm));
  app.use('/webhooks', webhooksRouter(deps, orm));
  // PY6: the local PayPal and Lydia simulators (demo and tests; never in production, see config).
  if (config.payments.simulators) app.use('/simulators', simulatorsRouter({ log }));
  app.use('/media', mediaRouter(deps, orm, contextFor));
  app.use(
    '/graphql',
    // Multipart uploads (Apollo's CSRF prevention requires the apollo-require-preflight header for them).
    graphqlUploadExpress({ maxFileSize: Math.max(config.coverMaxBytes, MAX_UPLOAD_BYTES), maxFiles: 1 }),
    express.json({ limit: `${config.bodyLimitKb}kb` }),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }),
  );
  if (config.serveApps) {
    const apps = await appsMiddleware();
    app.use((req, res, next) => {
      req.billetterie = inProcessGraphQL(apollo, contextFor, req);
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
