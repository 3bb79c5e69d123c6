import { parse as parseCookies } from 'cookie';
import type { Request, RequestHandler } from 'express';
import depthLimit from 'graphql-depth-limit';
import {
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import type { IncomingMessage } from 'node:http';
import Negotiator from 'negotiator';
import type { AppDeps } from '../app-context';
import { DomainError } from '../core/errors';
import { databaseError } from '../db/sqlstates';
import { formatError, isExpected } from '../graphql/format-error';
import { queryCost } from '../graphql/limits';
import { SESSION_COOKIE } from '../modules/accounts';
import type { Gate } from '../db/transactions';
import { admit, UNADMITTED, type AdmissionPlan, type Skip } from './admission';
import type { InFlight } from './in-flight';
import type { InProcessOperation } from './in-process';

/*
 * Issue 14: what every fast lane of POST /graphql shares (the sale opening's `book`, http/fast-book.ts; the door's
 * `checkIn`, http/fast-check-in.ts). A lane answers one common request without Apollo, with Apollo's answer byte for
 * byte, and hands anything else to Apollo before writing anything. The parts that make an answer Apollo's — which
 * documents qualify (valid, within the query limits), the content type negotiated, an error's formatting and
 * status, the serialisation, the headers — live here, once, so that both lanes answer alike.
 */

/** The limits Apollo applies (graphql/limits.ts): a document over them is Apollo's to refuse. */
export interface LaneLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** What a lane reads in a parsed document it may answer, with the variables its cost is computed with. */
export interface Picked<D> {
  document: D;
  operationName: string | undefined;
  costVariables: Record<string, unknown>;
}

const MAX_CACHED = 200;
const MAX_CACHED_LENGTH = 4_000;
/** The parser's token limit: the lanes' documents are small (the console's door document, fragments and all: ~90). */
const MAX_TOKENS = 600;

/**
 * Analyses documents once each (a sale opening, a door, sends one document thousands of times): `pick` reads a
 * parsed document (null: not the lane's), which must then be valid against the schema and within the limits.
 * Documents without the lane's field name, longer than the cache takes or over MAX_TOKENS are not the lane's.
 */
function laneDocuments<D>(
  schema: GraphQLSchema,
  limits: LaneLimits,
  lane: { field: string; pick(doc: DocumentNode): Picked<D> | null },
): (query: string) => D | null {
  const known = new Map<string, D | null>();
  const depth = depthLimit(limits.maxDepth);
  return (query) => {
    if (!query.includes(lane.field) || query.length > MAX_CACHED_LENGTH) return null; // most: not even looked at
    const cached = known.get(query);
    if (cached !== undefined) return cached;
    let result: D | null = null;
    let doc: DocumentNode | null;
    try {
      doc = parse(query, { maxTokens: MAX_TOKENS });
    } catch {
      doc = null;
    }
    const picked = doc && lane.pick(doc);
    if (doc && picked) {
      const fits =
        validate(schema, doc).length === 0 &&
        validate(schema, doc, [depth]).length === 0 &&
        queryCost(schema, doc, {
          operationName: picked.operationName,
          variables: picked.costVariables,
          maxComplexity: limits.maxComplexity,
        }) <= limits.maxComplexity;
      if (fits) result = picked.document;
    }
    if (known.size >= MAX_CACHED) known.clear();
    known.set(query, result);
    return result;
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
/** Apollo's choice of response type for a single result (its chooseContentTypeForSingleResultResponse). */
const OFFERED = [JSON_TYPE, GRAPHQL_RESPONSE_TYPE, 'application/json; callback=graphql; charset=utf-8'];
const contentTypes = new Map<string, string | null>();

/** The content type Apollo would answer with, or null when it would not answer JSON (Apollo's then). */
function contentTypeFor(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  let type = contentTypes.get(accept);
  if (type === undefined) {
    const chosen = new Negotiator({ headers: { accept } }).mediaType(OFFERED);
    type = chosen === JSON_TYPE || chosen === GRAPHQL_RESPONSE_TYPE ? chosen : null;
    if (accept.length <= 500) {
      if (contentTypes.size >= MAX_CACHED) contentTypes.clear();
      contentTypes.set(accept, type);
    }
  }
  return type;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request body's keys a lane accepts (anything else, e.g. `extensions`, is Apollo's). */
export function plainBody(body: Record<string, unknown>, operationName: string | undefined): boolean {
  for (const key of Object.keys(body))
    if (key !== 'query' && key !== 'variables' && key !== 'operationName') return false;
  return body.operationName === undefined || body.operationName === null || body.operationName === operationName;
}

/** A GraphQL answer as Apollo gives it: its HTTP status and the result. */
export interface Answer {
  status: number;
  result: { errors?: GraphQLFormattedError[]; data: Record<string, unknown> | null };
}

/** Where a lane's one root field stands in its document, for its errors. */
interface ErrorPlace {
  operationName: string | undefined;
  location: SourceLocation;
  path: string[];
}

/**
 * What Apollo does with an error a resolver throws: formats it, logs it when unexpected, adds the request id, and
 * applies the status it asks for (extensions.http).
 */
function errorAnswer(deps: AppDeps, e: unknown, at: ErrorPlace, requestId: string): Answer {
  const original = databaseError(e) ?? e;
  const formatted = formatError({ message: '', locations: [at.location], path: at.path }, original);
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    if (!isExpected(original))
      deps.log.error({ err: original, requestId, operationName: at.operationName, path: at.path }, 'graphql error');
    (formatted.extensions as Record<string, unknown>).requestId = requestId;
  }
  const http =
    original instanceof DomainError ? (original.extensions.http as { status?: number } | undefined) : undefined;
  return { status: http?.status ?? 200, result: { errors: [formatted], data: null } };
}

export interface FastLane {
  /** Express middleware for POST /graphql, after the body parser and the admission gate, before Apollo. */
  middleware: RequestHandler;
  /**
   * For admitMutations: how this request is admitted when it is this lane's — by the lane's own gate, or not at first
   * (the spec's `skipAdmission`) — or null (the mutation gate's).
   */
  admission(req: Request): AdmissionPlan | null;
  /** The same for the apps' in-process calls (http/in-process.ts): the result, or null for Apollo to run it. */
  inProcess(op: InProcessOperation, req: IncomingMessage): Promise<Answer['result'] | null>;
}

/** What a lane's document says about its one root field, for the errors there. */
export interface LaneDocument {
  operationName: string | undefined;
  location: SourceLocation;
}

/** Who asks: the session cookie's secret (the only credentials a lane takes) and the request id. */
export interface LaneCaller {
  sessionSecret: string | undefined;
  requestId: string;
  /** False for a request let through without admission (`skipAdmission`): it may read, and answers MUST_ADMIT before writing. */
  mayWrite: boolean;
}

/** A lane's answer for an unadmitted request that would write: admit it, then run it again. */
export const MUST_ADMIT = Symbol('must be admitted');

/** One lane: the documents and requests it takes (decided on what they say, nothing read) and how it answers. */
export interface LaneSpec<D extends LaneDocument, I> {
  /** The one root field the lane answers (documents without its name are not even parsed; its errors' path). */
  field: string;
  pick(doc: DocumentNode): Picked<D> | null;
  /** The arguments of a request with this document, or null (its body or variables are unusual: Apollo's). */
  input(doc: D, body: Record<string, unknown>): I | null;
  /** The answer's data, or null for Apollo (nothing written); throws what the resolver would. */
  run(doc: D, input: I, caller: LaneCaller): Promise<Record<string, unknown> | null | typeof MUST_ADMIT>;
  /** SEC2: whether a request with these arguments may go unadmitted, and from when (admitMutations' `planFor`). */
  skipAdmission?(input: I): Skip | null;
  /**
   * SEC2: the gate admitting this lane's requests in place of the mutation gate, for a lane whose own batches bound
   * its use of the pool. A request it hands to Apollo is then admitted by the mutation gate as well.
   */
  gate?: Gate;
}

/**
 * A lane's middleware and in-process form. Session-cookie requests only: an Authorization header (API tokens) is
 * Apollo's. The answer is serialised as Apollo does (errors, then data; one line) with its headers.
 */
export function fastLane<D extends LaneDocument, I>(
  deps: AppDeps,
  schema: GraphQLSchema,
  limits: LaneLimits,
  spec: LaneSpec<D, I>,
  inFlight?: InFlight,
  gate?: Gate,
): FastLane {
  const documentOf = laneDocuments(schema, limits, spec);
  const laneGate = spec.gate ?? gate;
  const take = (body: Record<string, unknown>) => {
    const doc = typeof body.query === 'string' ? documentOf(body.query) : null;
    const input = doc && spec.input(doc, body);
    return doc && input ? { doc, input } : null;
  };
  /**
   * The request as this lane takes it over HTTP, with the content type of its answer, or null (not its own: Apollo's,
   * or another lane's — one whose client accepts no JSON answer too). Admission and the middleware decide alike.
   */
  const claim = (req: Request) => {
    if (req.method !== 'POST' || !isRecord(req.body) || typeof req.body.query !== 'string') return null;
    if (req.headers.authorization !== undefined || !req.is('application/json')) return null;
    const taken = take(req.body);
    const contentType = taken && contentTypeFor(req.headers.accept);
    return taken && contentType ? { ...taken, contentType } : null;
  };
  async function answer(
    { doc, input }: { doc: D; input: I },
    headers: IncomingMessage['headers'],
    requestId: string,
    mayWrite = true,
  ): Promise<Answer | null | typeof MUST_ADMIT> {
    const sessionSecret = headers.cookie ? parseCookies(headers.cookie)[SESSION_COOKIE] : undefined;
    try {
      const data = await spec.run(doc, input, { sessionSecret, requestId, mayWrite });
      if (data === MUST_ADMIT) return data;
      return data && { status: 200, result: { data } };
    } catch (e) {
      const at = { operationName: doc.operationName, location: doc.location, path: [spec.field] };
      return errorAnswer(deps, e, at, requestId);
    }
  }
  return {
    middleware: (req, res, next) => {
      const request = claim(req);
      if (!request) return next();
      const { contentType } = request;
      const release = inFlight?.hold() ?? (() => undefined);
      const run = (mayWrite: boolean): Promise<void> =>
        answer(request, req.headers, String(req.id ?? ''), mayWrite).then((a) => {
          if (a === MUST_ADMIT) return admitThenRun();
          release();
          if (!a) {
            // Apollo's: admitSkipped admits it first when it went unadmitted, or came through the lane's own gate.
            if (spec.gate) res.locals[UNADMITTED] = true;
            return next();
          }
          res.status(a.status);
          res.setHeader('cache-control', 'no-store');
          res.setHeader('content-type', contentType);
          res.send(`${JSON.stringify(a.result)}\n`);
        });
      /** It read a place it may take (or its lane only runs admitted): admitted like any mutation (or answered BUSY), then run. */
      const admitThenRun = async (): Promise<void> => {
        if (laneGate && (await admit(laneGate, req, res)) !== 'admitted') return release();
        delete res.locals[UNADMITTED];
        return run(true);
      };
      const unadmitted = res.locals[UNADMITTED] === true;
      (!unadmitted ? run(true) : spec.skipAdmission ? run(false) : admitThenRun()).catch((e: unknown) => {
        release();
        next(e);
      });
    },
    admission(req) {
      const request = (spec.gate || spec.skipAdmission) && claim(req);
      if (!request) return null;
      return { gate: spec.gate, skip: spec.skipAdmission?.(request.input) ?? null };
    },
    async inProcess(op, req) {
      if (req.headers.authorization !== undefined) return null;
      const request = take({ query: op.query, variables: op.variables, operationName: op.operationName });
      if (!request) return null;
      const requestId = String((req as IncomingMessage & { id?: unknown }).id ?? '');
      const a = await answer(request, req.headers, requestId);
      return a && a !== MUST_ADMIT ? a.result : null;
    },
  };
}

/** Several lanes as one: each request goes to the first that takes it, else to Apollo. */
export function fastLanes(lanes: Array<FastLane | null>): FastLane | null {
  const all = lanes.filter((l): l is FastLane => l !== null);
  if (all.length <= 1) return all[0] ?? null;
  return {
    admission: (req) => {
      for (const lane of all) {
        const plan = lane.admission(req);
        if (plan) return plan;
      }
      return null;
    },
    middleware: (req, res, next) => {
      const at = (i: number): void => {
        if (i === all.length) return next();
        void all[i].middleware(req, res, (err?: unknown) => (err === undefined ? at(i + 1) : next(err)));
      };
      at(0);
    },
    async inProcess(op, req) {
      for (const lane of all) {
        const result = await lane.inProcess(op, req);
        if (result) return result;
      }
      return null;
    },
  };
}
