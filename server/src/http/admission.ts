import type { Request, RequestHandler, Response } from 'express';
import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { BUSY_RETRY_AFTER_SECONDS } from '../db/sqlstates';
import type { Gate } from '../db/transactions';
import { DomainError } from '../core/errors';

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
}

/** Apollo's own parse limit (graphql/apollo.ts): a longer document is refused there, whatever it runs. */
const MAX_TOKENS = 5000;

/** The operations of a document, by name, as parsed once: every request of a client sends the same few documents. */
type Operations = Array<{ name: string | undefined; mutation: boolean }> | null;
const MAX_CACHED = 1000;
/** Only documents of ordinary size are kept (the apps' largest is a few KB): a cache of huge ones would be a memory sink. */
const MAX_CACHED_LENGTH = 20_000;
const known = new Map<string, Operations>();

function operationsOf(query: string): Operations {
  let ops = known.get(query);
  if (ops !== undefined) return ops;
  try {
    const doc: DocumentNode = parse(query, { noLocation: true, maxTokens: MAX_TOKENS });
    ops = doc.definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION
        ? [{ name: d.name?.value, mutation: d.operation === OperationTypeNode.MUTATION }]
        : [],
    );
  } catch {
    ops = null; // unparsable: Apollo refuses it
  }
  if (query.length <= MAX_CACHED_LENGTH) {
    if (known.size >= MAX_CACHED) known.clear(); // bounded: an attacker's one-off documents can't grow it
    known.set(query, ops);
  }
  return ops;
}

/**
 * Does this GraphQL request body run a mutation? An unparsable one is left for Apollo to refuse. The parse stops at
 * Apollo's token limit: the word "mutation" anywhere (a comment) must not buy a full parse of a megabyte body (SEC2),
 * and a document is parsed once, not on every request (the sale opening sends one document thousands of times).
 */
export function isMutation(body: unknown): boolean {
  if (Array.isArray(body)) return body.some(isMutation);
  const { query, operationName } = (body ?? {}) as GraphQLBody;
  if (typeof query !== 'string' || !/\bmutation\b/.test(query)) return false;
  const ops = operationsOf(query);
  if (!ops) return false;
  const op =
    typeof operationName === 'string'
      ? ops.find((o) => o.name === operationName)
      : ops.length === 1
        ? ops[0]
        : undefined;
  return op?.mutation === true;
}

/** What lets a queued request go unadmitted (`marked` settling), and `done` to forget it once it is through. */
export interface Skip {
  marked: Promise<unknown>;
  done(): void;
}

/** How a request came through admission: holding a slot, let through unadmitted (`skip`), or answered (BUSY, gone). */
export type Admission = 'admitted' | 'skipped' | 'answered';

/** The gate a request was admitted by (a lane's, then the mutation gate's when the lane hands it to Apollo). */
const ADMITTED = Symbol('admitted');
type Marked = Request & { [ADMITTED]?: Gate };

/**
 * SEC2 admission control of one request: resolves 'admitted' once it holds one of `gate`'s slots (released when its
 * response closes), or 'answered' when it was not admitted within the gate's bound (a 503 BUSY with Retry-After was
 * sent, nothing having run) or its client left while it waited. A request admitted already (a lane handing it on)
 * is admitted once by each gate. When `skip` settles first — a request that will only read (http/fast-book.ts: a ticket seen sold
 * out) — it leaves the queue and resolves 'skipped', holding nothing.
 * The response's `close` is watched from the start: a client that hangs up while queued would otherwise never
 * release the slot it is given later (its `close` already past), and a few such clients block every mutation.
 */
export function admit(gate: Gate, req: Request, res: Response, skip?: Skip | null): Promise<Admission> {
  if ((req as Marked)[ADMITTED] === gate) return Promise.resolve('admitted');
  // Gone already (a lane read for it meanwhile): its `close` is past, so a slot taken now would never be released.
  if (res.closed) return Promise.resolve('answered');
  let admitted = false;
  let released = false;
  let closed = false;
  const release = () => {
    if (!admitted || released) return;
    released = true;
    gate.leave();
  };
  // `close` follows `finish` too, and comes alone when the connection drops: one listener covers both.
  res.once('close', () => {
    closed = true;
    release();
  });
  const entry = gate.enter(skip?.marked);
  void entry.finally(() => skip?.done()).catch(() => undefined);
  return entry.then(
    (entered) => {
      if (!entered) return closed ? 'answered' : 'skipped';
      admitted = true;
      (req as Marked)[ADMITTED] = gate;
      // Gone while queued: nobody waits for the answer, so nothing runs and the slot goes to the next in line.
      if (closed) {
        release();
        return 'answered';
      }
      return 'admitted';
    },
    (e: unknown) => {
      if (closed) return 'answered';
      const err =
        e instanceof DomainError
          ? e
          : new DomainError('BUSY', 'The server is busy; try again in a moment.', {
              retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
            });
      res
        .status(503)
        .set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
        .json({ errors: [{ message: err.message, extensions: err.extensions }] });
      return 'answered';
    },
  );
}

/** How one mutation request is admitted, when not by the mutation gate alone (http/fast-lane.ts decides). */
export interface AdmissionPlan {
  /** The gate admitting it in place of the mutation gate (a lane's own, whose pool use its batches bound). */
  gate?: Gate;
  /** What lets it through unadmitted (`admit`'s `skip`). */
  skip?: Skip | null;
}

/**
 * SEC2 admission control: at most `gate.max` mutation requests run at once; the others wait (cheaply, holding no
 * database connection) up to the gate's bound, then get BUSY with a Retry-After, nothing having run. Queries pass.
 * `planFor` may name another gate for a request, or let it through unadmitted (`admit`'s `skip`): it is then marked
 * so (`unadmitted`), and whatever handles it must admit it before writing anything.
 */
export function admitMutations(gate: Gate, planFor?: (req: Request) => AdmissionPlan | null): RequestHandler {
  return (req, res, next) => {
    // Uploads are not admitted here: their file streams in at the client's pace while the resolver reads it, and a
    // few clients trickling bytes would hold every slot. Each upload service reads its file before its transaction,
    // which the transaction gate admits; multipart.ts ends a stalled body.
    if (!isMutation(req.body) || req.is('multipart/form-data')) return next();
    const plan = planFor?.(req);
    void admit(plan?.gate ?? gate, req, res, plan?.skip).then((a) => {
      if (a === 'answered') return;
      if (a === 'skipped') res.locals[UNADMITTED] = true;
      next();
    });
  };
}

/**
 * `res.locals` key of a mutation let through without admission (admitMutations' `planFor`), or admitted by a lane's
 * own gate and handed to Apollo: the mutation gate must admit it before Apollo runs it.
 */
export const UNADMITTED = 'billetterieUnadmitted';

/**
 * After the fast lanes, before Apollo: a mutation let through unadmitted that no lane answered, or one a lane's own
 * gate admitted, is admitted by the mutation gate now.
 */
export function admitSkipped(gate: Gate): RequestHandler {
  return (req, res, next) => {
    if (res.locals[UNADMITTED] !== true) return next();
    delete res.locals[UNADMITTED];
    void admit(gate, req, res).then((a) => {
      if (a === 'admitted') next();
    });
  };
}
