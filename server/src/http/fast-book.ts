import type { MikroORM } from '@mikro-orm/postgresql';
import { parse as parseCookies } from 'cookie';
import type { RequestHandler } from 'express';
import depthLimit from 'graphql-depth-limit';
import {
  getLocation,
  Kind,
  OperationTypeNode,
  parse,
  validate,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import type { IncomingMessage } from 'node:http';
import Negotiator from 'negotiator';
import type { AppDeps } from '../app-context';
import { DomainError } from '../core/errors';
import { databaseError } from '../db/sqlstates';
import { DateTimeScalar } from '../graphql/date-time';
import { formatError, isExpected } from '../graphql/format-error';
import { queryCost } from '../graphql/limits';
import { SESSION_COOKIE } from '../modules/accounts';
import { fastBook } from '../modules/bookings';
import type { InFlight } from './in-flight';
import type { InProcessOperation } from './in-process';

/*
 * Issue 14: the sale opening's `book`, answered without Apollo, Express's later layers or the ORM when the request
 * is exactly the common one — one `book(input: $v)` mutation for oneself, with a session cookie, selecting plain
 * fields of the booking — and handed to Apollo unchanged otherwise. The decision is made on what the request says,
 * before anything is read, then by the bookings module's fast lane (modules/bookings/fast-lane.ts), which may still
 * hand over before writing anything. Every answer is the one Apollo would send, byte for byte: the same error
 * formatting (graphql/format-error.ts), locations, field order, scalars, content negotiation and headers
 * (test/api/fast-book.test.ts compares both paths over every outcome). `FAST_BOOK=false` turns it off.
 */

/** Booking fields read straight from the row, each serialised by the schema's own scalar. */
const FIELDS: Record<string, (row: BookedRow) => unknown> = {
  __typename: () => 'Booking',
  id: (b) => b.id,
  reference: (b) => b.reference,
  status: (b) => b.status,
  priceCents: (b) => b.priceCents,
  forced: (b) => b.forced,
  createdAt: (b) => DateTimeScalar.serialize(b.createdAt),
  expiresAt: (b) => (b.expiresAt ? DateTimeScalar.serialize(b.expiresAt) : null),
  reservedAt: (b) => (b.reservedAt ? DateTimeScalar.serialize(b.reservedAt) : null),
};
type BookedRow = NonNullable<Awaited<ReturnType<typeof fastBook>>>;

/** What a document that the fast lane may answer looks like, once analysed. */
interface BookDocument {
  operationName: string | undefined;
  variable: string;
  fields: string[];
  location: SourceLocation;
}

/** The limits Apollo applies (graphql/limits.ts): a document over them is Apollo's to refuse. */
export interface FastBookLimits {
  maxDepth: number;
  maxComplexity: number;
}

const MAX_CACHED = 200;
const MAX_CACHED_LENGTH = 2_000;

/** The one `book` field of a document made only of what the fast lane answers, or null. */
function bookField(query: string): { field: FieldNode; name?: string; variable: string } | null {
  let doc;
  try {
    doc = parse(query, { maxTokens: 200 });
  } catch {
    return null;
  }
  if (doc.definitions.length !== 1) return null;
  const op = doc.definitions[0];
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== OperationTypeNode.MUTATION) return null;
  if (op.directives?.length || op.variableDefinitions?.length !== 1) return null;
  const v = op.variableDefinitions[0];
  if (
    v.defaultValue ||
    v.directives?.length ||
    v.type.kind !== Kind.NON_NULL_TYPE ||
    v.type.type.kind !== Kind.NAMED_TYPE ||
    v.type.type.name.value !== 'BookInput'
  )
    return null;
  if (op.selectionSet.selections.length !== 1) return null;
  const field = op.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD || field.name.value !== 'book' || field.alias || field.directives?.length) return null;
  const arg = field.arguments?.length === 1 ? field.arguments[0] : null;
  if (arg?.name.value !== 'input' || arg.value.kind !== Kind.VARIABLE || arg.value.name.value !== v.variable.name.value)
    return null;
  const seen = new Set<string>();
  for (const s of field.selectionSet?.selections ?? []) {
    if (s.kind !== Kind.FIELD || s.alias || s.arguments?.length || s.directives?.length || s.selectionSet) return null;
    if (!(s.name.value in FIELDS) || seen.has(s.name.value)) return null;
    seen.add(s.name.value);
  }
  if (!seen.size) return null;
  return { field, name: op.name?.value, variable: v.variable.name.value };
}

/** Analyses documents once each (the sale opening sends one document thousands of times). */
function bookDocuments(schema: GraphQLSchema, limits: FastBookLimits) {
  const known = new Map<string, BookDocument | null>();
  const depth = depthLimit(limits.maxDepth);
  return (query: string): BookDocument | null => {
    if (!query.includes('book')) return null; // most documents: not even looked at
    const cached = known.get(query);
    if (cached !== undefined) return cached;
    let result: BookDocument | null = null;
    const found = query.length <= MAX_CACHED_LENGTH ? bookField(query) : null;
    if (found) {
      const doc = parse(query);
      const fits =
        validate(schema, doc).length === 0 &&
        validate(schema, doc, [depth]).length === 0 &&
        queryCost(schema, doc, {
          operationName: found.name,
          variables: { [found.variable]: { ticketId: '', optionIds: [] } },
          maxComplexity: limits.maxComplexity,
        }) <= limits.maxComplexity;
      if (fits)
        result = {
          operationName: found.name,
          variable: found.variable,
          fields: found.field.selectionSet!.selections.map((s) => (s as FieldNode).name.value),
          location: getLocation(found.field.loc!.source, found.field.loc!.start),
        };
    }
    if (query.length <= MAX_CACHED_LENGTH) {
      if (known.size >= MAX_CACHED) known.clear();
      known.set(query, result);
    }
    return result;
  };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
/** Apollo's choice of response type for a single result (its chooseContentTypeForSingleResultResponse). */
const OFFERED = [JSON_TYPE, GRAPHQL_RESPONSE_TYPE, 'application/json; callback=graphql; charset=utf-8'];
const contentTypes = new Map<string, string | null>();
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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ticket and options of a request the fast lane takes, or null (the body, variables or input are unusual). */
function bookInput(doc: BookDocument, body: Record<string, unknown>): { ticketId: string; optionIds: string[] } | null {
  for (const key of Object.keys(body))
    if (key !== 'query' && key !== 'variables' && key !== 'operationName') return null;
  const { operationName, variables } = body;
  if (operationName !== undefined && operationName !== null && operationName !== doc.operationName) return null;
  if (!isRecord(variables) || Object.keys(variables).length !== 1) return null;
  const input = variables[doc.variable];
  if (!isRecord(input)) return null;
  for (const key of Object.keys(input)) if (key !== 'ticketId' && key !== 'optionIds' && key !== 'guest') return null;
  const { ticketId, optionIds, guest } = input;
  if (guest !== undefined && guest !== null) return null;
  if (typeof ticketId !== 'string' || !Array.isArray(optionIds) || optionIds.length > 100) return null;
  if (!optionIds.every((o) => typeof o === 'string')) return null;
  return { ticketId, optionIds: optionIds as string[] };
}

/** A GraphQL answer as Apollo gives it: its HTTP status and the result. */
interface Answer {
  status: number;
  result: { errors?: GraphQLFormattedError[]; data: Record<string, unknown> | null };
}

export interface FastBookLane {
  /** Express middleware for POST /graphql, after the body parser and the admission gate, before Apollo. */
  middleware: RequestHandler;
  /** The same for the apps' in-process calls (http/in-process.ts): the result, or null for Apollo to run it. */
  inProcess(op: InProcessOperation, req: IncomingMessage): Promise<Answer['result'] | null>;
}

export function fastBookLane(
  deps: AppDeps,
  orm: MikroORM,
  schema: GraphQLSchema,
  limits: FastBookLimits,
  inFlight?: InFlight,
): FastBookLane {
  const documentOf = bookDocuments(schema, limits);
  const knex = orm.em.getConnection().getKnex();

  /** Runs the request when the fast lane takes it; null hands it to Apollo (nothing written). */
  async function answer(
    doc: BookDocument,
    input: { ticketId: string; optionIds: string[] },
    headers: IncomingMessage['headers'],
    requestId: string,
  ): Promise<Answer | null> {
    const sessionSecret = headers.cookie ? parseCookies(headers.cookie)[SESSION_COOKIE] : undefined;
    try {
      const row = await fastBook(deps, knex, { ...input, sessionSecret, requestId });
      if (!row) return null;
      const book: Record<string, unknown> = {};
      for (const f of doc.fields) book[f] = FIELDS[f](row);
      return { status: 200, result: { data: { book } } };
    } catch (e) {
      // What Apollo does with an error a resolver throws: format it, log it when unexpected, add the request id.
      const original = databaseError(e) ?? e;
      const formatted = formatError({ message: '', locations: [doc.location], path: ['book'] }, original);
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        if (!isExpected(original))
          deps.log.error(
            { err: original, requestId, operationName: doc.operationName, path: ['book'] },
            'graphql error',
          );
        (formatted.extensions as Record<string, unknown>).requestId = requestId;
      }
      // A status an error asks for (extensions.http), as Apollo applies it; `book`'s own errors ask for none.
      const http =
        original instanceof DomainError ? (original.extensions.http as { status?: number } | undefined) : undefined;
      return { status: http?.status ?? 200, result: { errors: [formatted], data: null } };
    }
  }

  return {
    middleware: (req, res, next) => {
      if (req.method !== 'POST' || !isRecord(req.body) || typeof req.body.query !== 'string') return next();
      if (req.headers.authorization !== undefined || !req.is('application/json')) return next();
      const doc = documentOf(req.body.query);
      const input = doc && bookInput(doc, req.body);
      const contentType = input && contentTypeFor(req.headers.accept);
      if (!doc || !input || !contentType) return next();
      const release = inFlight?.hold() ?? (() => undefined);
      answer(doc, input, req.headers, String(req.id ?? '')).then(
        (a) => {
          release();
          if (!a) return next();
          res.status(a.status);
          res.setHeader('cache-control', 'no-store');
          res.setHeader('content-type', contentType);
          // Apollo's serialisation: errors, then data; one line.
          res.send(`${JSON.stringify(a.result)}\n`);
        },
        (e: unknown) => {
          release();
          next(e);
        },
      );
    },
    async inProcess(op, req) {
      const doc = documentOf(op.query);
      const input =
        doc && bookInput(doc, { query: op.query, variables: op.variables, operationName: op.operationName });
      if (!doc || !input || req.headers.authorization !== undefined) return null;
      const requestId = String((req as IncomingMessage & { id?: unknown }).id ?? '');
      return (await answer(doc, input, req.headers, requestId))?.result ?? null;
    },
  };
}
