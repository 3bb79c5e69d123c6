import { DefaultLogger, type LogContext, type LoggerNamespace } from '@mikro-orm/core';

/**
 * SEC3: MikroORM's logger with the query namespaces switched off for good. Statements carry their parameters
 * (emails, names, tokens' hashes), so neither `debug`, MIKRO_ORM_DEBUG, setDebugMode nor a per-query
 * `logging` option may turn them on. Schema, discovery and deprecation messages still work for the CLI.
 */
export class NoQueryLogger extends DefaultLogger {
  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace !== 'query' && namespace !== 'query-params' && super.isEnabled(namespace, context);
  }
}
