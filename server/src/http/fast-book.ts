import type { Knex } from '@mikro-orm/postgresql';
import { getLocation, Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import type { AppDeps } from '../app-context';
import { DateTimeScalar } from '../graphql/date-time';
import { fastBooker, type FastBook } from '../modules/bookings';
import { DomainError } from '../core/errors';
import { databaseError } from '../db/sqlstates';
import type { Gate } from '../db/transactions';
import { isRecord, MUST_ADMIT, plainBody, type LaneDocument, type LaneSpec, type Picked } from './fast-lane';
import { SoldOutTickets } from './sold-out';

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
type BookedRow = Exclude<Awaited<ReturnType<FastBook>>, null | 'MUST_ADMIT'>;

/** What a document that the fast lane may answer looks like, once analysed. */
interface BookDocument extends LaneDocument {
  variable: string;
  fields: string[];
}

/** The one `book` field of a document made only of what the fast lane answers, or null. */
function bookDocument(doc: DocumentNode): Picked<BookDocument> | null {
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
  const variable = v.variable.name.value;
  return {
    document: {
      operationName: op.name?.value,
      variable,
      fields: [...seen],
      location: getLocation(field.loc!.source, field.loc!.start),
    },
    operationName: op.name?.value,
    costVariables: { [variable]: { ticketId: '', optionIds: [] } },
  };
}

interface BookInput {
  ticketId: string;
  optionIds: string[];
}

/** The ticket and options of a request the fast lane takes, or null (the body, variables or input are unusual). */
function bookInput(doc: BookDocument, body: Record<string, unknown>): BookInput | null {
  if (!plainBody(body, doc.operationName)) return null;
  const { variables } = body;
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

/** Whether `book` failed for want of a place (the read's SOLD_OUT, or the places trigger's: ticket, quota, event). */
function isSoldOut(e: unknown): boolean {
  const error = databaseError(e) ?? e;
  return error instanceof DomainError && error.code === 'SOLD_OUT';
}

/**
 * The sale opening's lane (`fastLane` makes it a middleware), on the ORM's own pool (`knex`). Its requests are admitted
 * by their own gate (`gates.lane`, db/transactions.ts: BOOK_LANE_SLOTS), its write batches by the mutation gate
 * (`gates.writes`). A ticket it answers SOLD_OUT for is marked (http/sold-out.ts): requests for it then skip admission
 * and only read until a place shows.
 */
export function bookLane(
  deps: AppDeps,
  knex: Knex,
  gates: { lane: Gate; writes: Gate },
  soldOut = new SoldOutTickets(),
): LaneSpec<BookDocument, BookInput> {
  const fastBook = fastBooker(deps, knex, gates.writes);
  return {
    gate: gates.lane,
    field: 'book',
    pick: bookDocument,
    input: bookInput,
    async run(doc, input, caller) {
      let row: Awaited<ReturnType<FastBook>>;
      try {
        row = await fastBook({ ...input, ...caller });
      } catch (e) {
        if (isSoldOut(e)) soldOut.mark(input.ticketId);
        throw e;
      }
      if (row === null) return null;
      soldOut.clear(input.ticketId); // a place was there
      if (row === 'MUST_ADMIT') return MUST_ADMIT;
      const book: Record<string, unknown> = {};
      for (const f of doc.fields) book[f] = FIELDS[f](row);
      return { book };
    },
    skipAdmission: (input) => soldOut.whenMarked(input.ticketId),
  };
}
