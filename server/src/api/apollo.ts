import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';
import { serialize } from 'cookie';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import type { GraphQLContext } from '../graphql/context';
import { formatError, isExpected, unwrap } from '../graphql/format-error';
import { limitsPlugin } from '../graphql/limits';
import { getSchema } from './schema';
import { textInputPlugin } from '../graphql/text-input';

/** Logs unexpected errors with the request id, and gives that id to the client in the error. */
function errorsPlugin(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const err of errors) {
            const original = unwrap(err);
            if (!err.extensions?.code || err.extensions.code === 'INTERNAL_SERVER_ERROR') {
              if (!isExpected(original))
                log.error(
                  { err: original, requestId: contextValue.requestId, operationName, path: err.path },
                  'graphql error',
                );
            }
          }
        },
        async willSendResponse({ response }) {
          // Cookies asked for by the operation (sign-in, sign-out), applied to the HTTP response.
          for (const c of contextValue.cookies)
            response.http.headers.set('set-cookie', serialize(c.name, c.value, c.options));
          if (response.body.kind === 'single') {
            for (const e of response.body.singleResult.errors ?? []) {
              if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
                (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

export async function createApollo(
  config: Config,
  log: Logger,
  httpServer: Server,
  shutdown: {
    /** How long stopping waits for the server's in-flight requests before cutting their connections. */
    drainMs: number;
    /** Counts operations in flight, for the shutdown to wait for (app.ts). */
    plugin: ApolloServerPlugin<GraphQLContext>;
  },
) {
  const schema = await getSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // app.ts `close` owns the shutdown order (HTTP, then jobs, then mail, then database).
    stopOnTerminationSignals: false,
    // Priced and, in production, kept for signed-in callers by limitsPlugin (SEC2).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: 5000 },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: shutdown.drainMs }),
      shutdown.plugin,
      limitsPlugin(schema, {
        maxDepth: config.graphqlMaxDepth,
        maxComplexity: config.graphqlMaxComplexity,
        maxAliases: config.graphqlMaxAliases,
        maxResponseBytes: config.graphqlMaxResponseBytes,
        introspectionNeedsViewer: config.env === 'production',
      }),
      textInputPlugin(schema),
      errorsPlugin(log),
    ],
  });
  await apollo.start();
  return apollo;
}
