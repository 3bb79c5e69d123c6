import type { RequestHandler } from 'express';
import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { BUSY_RETRY_AFTER_SECONDS } from '../db/sqlstates';
import type { Gate } from '../db/transactions';
import { DomainError } from '../errors';

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
}

/** Does this GraphQL request body run a mutation? An unparsable one is left for Apollo to refuse. */
export function isMutation(body: unknown): boolean {
  if (Array.isArray(body)) return body.some(isMutation);
  const { query, operationName } = (body ?? {}) as GraphQLBody;
  if (typeof query !== 'string' || !/\bmutation\b/.test(query)) return false;
  let doc: DocumentNode;
  try {
    doc = parse(query, { noLocation: true });
  } catch {
    return false;
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = typeof operationName === 'string' ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  return op?.operation === OperationTypeNode.MUTATION;
}

/**
 * SEC2 admission control: at most `gate.max` mutation requests run at once; the others wait (cheaply, holding no
 * database connection) up to the gate's bound, then get BUSY with a Retry-After, nothing having run. Queries pass.
 */
export function admitMutations(gate: Gate): RequestHandler {
  return (req, res, next) => {
    if (!isMutation(req.body)) return next();
    gate.enter().then(
      () => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          gate.leave();
        };
        res.once('finish', release);
        res.once('close', release);
        next();
      },
      (e: unknown) => {
        const err = e instanceof DomainError ? e : new DomainError('BUSY', 'The server is busy; try again in a moment.', { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });
        res.status(503).set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS)).json({ errors: [{ message: err.message, extensions: err.extensions }] });
      },
    );
  };
}
