import type { Knex } from '@mikro-orm/postgresql';
import {
  getLocation,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';
import type { AppDeps } from '../app-context';
import { DateTimeScalar } from '../graphql/date-time';
import { shownName } from '../modules/accounts';
import { fastCheckIn, type FastCheckedIn } from '../modules/door';
import { isRecord, plainBody, type LaneDocument, type LaneSpec, type Picked } from './fast-lane';

/*
 * Issue 14: the door's `checkIn`, answered without Apollo, Express's later layers or the ORM when the request is the
 * common one — one `checkIn(eventId, code | bookingId, device)` mutation with a session cookie, every argument a
 * variable, selecting what the console's door shows (`ConsoleDoorCheckIn` and its fragments, or any document asking
 * for those fields) — and handed to Apollo unchanged otherwise (aliases, directives, other fields or types, literal
 * arguments, other variables, another mutation). The door module's lane (modules/door/fast-lane.ts) applies the
 * rules and may still hand over before writing anything. The answer is Apollo's byte for byte (http/fast-lane.ts:
 * errors, content type, headers; here: fields merged and ordered as graphql-js collects them, the schema's scalars
 * and the field resolvers' values). test/api/fast-check-in.test.ts compares both paths. `FAST_CHECK_IN=false` turns
 * it off.
 */

/** What a field is read from: the door's answer, as the lane returns it, and the values below it. */
type Json = Record<string, unknown>;
interface Source {
  /** The object this field belongs to (a row as `to_jsonb` gives it, or the answer's top). */
  row: Json;
  answer: FastCheckedIn;
}
interface FieldSpec {
  /** The value: a leaf's serialised value, or the object(s) below (null: null). */
  get(src: Source): unknown;
  /** The type of the object(s) below, for a field selecting fields. */
  type?: string;
}

const leaf = (column: string): FieldSpec => ({ get: ({ row }) => row[column] ?? null });
const time = (column: string): FieldSpec => ({
  get: ({ row }) => (row[column] == null ? null : DateTimeScalar.serialize(new Date(row[column] as string))),
});
const typename = (name: string): FieldSpec => ({ get: () => name });

/**
 * The fields the lane answers, per type, each as its resolver gives it (`door.resolver.ts`, `bookings.resolver.ts`):
 * the scan's row already holds what they load (`transitions.checkIn`). `checkedInBy` (SEC4: the person or the event's
 * VIEW+ organizers) always shows: the scanner passed the VALIDATE check, which includes VIEW (PM1).
 */
const TYPES: Record<string, Record<string, FieldSpec>> = {
  CheckInResult: {
    __typename: typename('CheckInResult'),
    status: { get: ({ answer }) => answer.status },
    booking: { type: 'Booking', get: ({ answer }) => answer.scanned?.booking ?? null },
    checkIn: { type: 'CheckIn', get: ({ answer }) => answer.scanned?.check_in ?? null },
    blockedBy: { type: 'ExtraInfo', get: ({ answer }) => answer.scanned?.blocked ?? [] },
  },
  Booking: {
    __typename: typename('Booking'),
    id: leaf('id'),
    reference: leaf('reference'),
    status: leaf('status'),
    oppositionReason: leaf('opposition_reason'),
    holder: { type: 'BookingHolder', get: ({ row }) => row },
    ticket: { type: 'Ticket', get: ({ answer }) => answer.scanned!.ticket },
    options: { type: 'BookingOption', get: ({ answer }) => answer.scanned!.options ?? [] },
  },
  BookingHolder: {
    __typename: typename('BookingHolder'),
    firstName: leaf('holder_first_name'),
    lastName: leaf('holder_last_name'),
    fullName: {
      get: ({ row, answer }) =>
        shownName(row.holder_first_name as string, row.holder_last_name as string, answer.language),
    },
  },
  Ticket: { __typename: typename('Ticket'), id: leaf('id'), name: leaf('name') },
  BookingOption: { __typename: typename('BookingOption'), id: leaf('id'), name: leaf('name') },
  CheckIn: {
    __typename: typename('CheckIn'),
    checkedInAt: time('checked_in_at'),
    method: leaf('method'),
    device: leaf('device'),
    checkedInBy: { type: 'User', get: ({ answer }) => answer.scanned!.checked_in_by },
  },
  User: { __typename: typename('User'), id: leaf('id'), firstName: leaf('first_name'), lastName: leaf('last_name') },
  ExtraInfo: { __typename: typename('ExtraInfo'), id: leaf('id'), label: leaf('label') },
};

/** A selection compiled once per document: each response key in graphql-js's order, with what is below it. */
type Plan = Array<{ key: string; spec: FieldSpec; below: Plan | null }>;

/** `checkIn`'s arguments and their types, each given by a variable (a nullable argument may take a non-null one). */
const ARGUMENTS: Record<string, string> = { eventId: 'ID', code: 'String', bookingId: 'ID', device: 'String' };

interface CheckInDocument extends LaneDocument {
  /** Argument name → its variable's name and whether that variable is non-null. */
  variables: Record<string, { name: string; nonNull: boolean }>;
  plan: Plan;
}

/**
 * Groups the fields of a selection by response key as graphql-js's collectFields does (fragments inlined in place,
 * first occurrence first), or null for anything the lane leaves to Apollo: aliases, directives, arguments, type
 * conditions other than the type itself, fields it does not answer.
 */
function collect(
  set: SelectionSetNode,
  type: string,
  fragments: Map<string, FragmentDefinitionNode>,
  into: Map<string, FieldNode[]>,
): boolean {
  for (const s of set.selections) {
    if (s.directives?.length) return false;
    if (s.kind === Kind.FIELD) {
      if (s.alias || s.arguments?.length || !(s.name.value in TYPES[type])) return false;
      const same = into.get(s.name.value);
      if (same) same.push(s);
      else into.set(s.name.value, [s]);
    } else {
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
      if (!fragment || fragment.directives?.length) return false;
      if (fragment.typeCondition && fragment.typeCondition.name.value !== type) return false;
      if (!collect(fragment.selectionSet, type, fragments, into)) return false;
    }
  }
  return true;
}

function plan(sets: readonly SelectionSetNode[], type: string, fragments: Map<string, FragmentDefinitionNode>) {
  const fields = new Map<string, FieldNode[]>();
  for (const set of sets) if (!collect(set, type, fragments, fields)) return null;
  const out: Plan = [];
  for (const [key, nodes] of fields) {
    const spec = TYPES[type][key];
    const below = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    if (!spec.type !== !below.length) return null; // a leaf with fields, or an object without (invalid anyway)
    const sub = spec.type ? plan(below, spec.type, fragments) : null;
    if (spec.type && !sub) return null;
    out.push({ key, spec, below: sub });
  }
  return out;
}

/** A variable's type as the lane takes it: `T` or `T!` for a named type. */
function namedType(t: TypeNode): { name: string; nonNull: boolean } | null {
  if (t.kind === Kind.NAMED_TYPE) return { name: t.name.value, nonNull: false };
  if (t.kind === Kind.NON_NULL_TYPE && t.type.kind === Kind.NAMED_TYPE)
    return { name: t.type.name.value, nonNull: true };
  return null;
}

/** The one `checkIn` field of a document made only of what the lane answers, or null. */
function checkInDocument(doc: DocumentNode): Picked<CheckInDocument> | null {
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind !== Kind.OPERATION_DEFINITION) return null;
  }
  if (operations.length !== 1) return null;
  const op = operations[0];
  if (op.operation !== OperationTypeNode.MUTATION || op.directives?.length) return null;
  if (op.selectionSet.selections.length !== 1) return null;
  const field = op.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD || field.name.value !== 'checkIn' || field.alias || field.directives?.length)
    return null;
  const declared = new Map<string, { name: string; nonNull: boolean }>();
  for (const v of op.variableDefinitions ?? []) {
    const t = namedType(v.type);
    if (!t || v.defaultValue || v.directives?.length) return null;
    declared.set(v.variable.name.value, t);
  }
  const variables: CheckInDocument['variables'] = {};
  for (const arg of field.arguments ?? []) {
    const type = ARGUMENTS[arg.name.value];
    if (!type || arg.value.kind !== Kind.VARIABLE) return null;
    const v = declared.get(arg.value.name.value);
    if (v?.name !== type) return null;
    variables[arg.name.value] = { name: arg.value.name.value, nonNull: v.nonNull };
  }
  // Every variable is one argument's, once (`syncCheckIns`' scans, another field's: Apollo's).
  if (Object.keys(variables).length !== declared.size || !variables.eventId) return null;
  const planned = field.selectionSet ? plan([field.selectionSet], 'CheckInResult', fragments) : null;
  if (!planned) return null;
  return {
    document: {
      operationName: op.name?.value,
      variables,
      plan: planned,
      location: getLocation(field.loc!.source, field.loc!.start),
    },
    operationName: op.name?.value,
    costVariables: Object.fromEntries(Object.values(variables).map((v) => [v.name, ''])),
  };
}

/** `checkIn`'s arguments as its resolver gets them, or null (the body or the variables are unusual: Apollo's). */
interface CheckInArguments {
  eventId: string;
  code: string | null;
  bookingId: string | null;
  device: string | null;
}

function checkInArguments(doc: CheckInDocument, body: Record<string, unknown>): CheckInArguments | null {
  if (!plainBody(body, doc.operationName)) return null;
  const given = body.variables ?? {};
  if (!isRecord(given)) return null;
  const names = new Set(Object.values(doc.variables).map((v) => v.name));
  for (const key of Object.keys(given)) if (!names.has(key)) return null;
  const args: Record<string, string | null> = { eventId: null, code: null, bookingId: null, device: null };
  for (const [arg, v] of Object.entries(doc.variables)) {
    const value = given[v.name];
    // IDs given as numbers, a missing non-null variable: Apollo's coercion and its errors.
    if (value === undefined || value === null) {
      if (v.nonNull) return null;
    } else if (typeof value === 'string') args[arg] = value;
    else return null;
  }
  return { eventId: args.eventId!, code: args.code, bookingId: args.bookingId, device: args.device };
}

/** The selected fields of `row`, in the plan's order. */
function selected(plan: Plan, row: Json, answer: FastCheckedIn): Json {
  const out: Json = {};
  for (const { key, spec, below } of plan) {
    const value = spec.get({ row, answer });
    out[key] =
      !below || value == null
        ? value
        : Array.isArray(value)
          ? value.map((v) => selected(below, v as Json, answer))
          : selected(below, value as Json, answer);
  }
  return out;
}

/** The door's lane (`fastLane` makes it a middleware), on the ORM's own pool (`knex`). */
export function checkInLane(deps: AppDeps, knex: Knex): LaneSpec<CheckInDocument, CheckInArguments> {
  return {
    field: 'checkIn',
    pick: checkInDocument,
    input: checkInArguments,
    async run(doc, args, caller) {
      const answer = await fastCheckIn(deps, knex, { ...args, ...caller });
      return answer && { checkIn: selected(doc.plan, {}, answer) };
    },
  };
}
