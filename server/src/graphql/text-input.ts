import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DomainError, type FieldErrors } from '../core/errors';
import { hasControlCharacter } from '../core/text';
import type { GraphQLContext } from './context';

/**
 * Fields and arguments holding free, multi-line text (the apps' textareas): tabs and line breaks are kept there
 * (descriptions, help, answers, the reasons of an opposition or a cancellation, a mailing's body).
 */
const MULTI_LINE_FIELDS = new Set(['description', 'help', 'text', 'reason', 'body']);

/** Arguments whose own parser reports bad characters more precisely (the import's problems carry line numbers). */
const PARSED_ELSEWHERE = new Set(['Mutation.importSchoolAccounts.csv']);

/** Adds `name: INVALID_FORMAT` for every string in `value` (shaped by `type`) holding a control character. */
function check(type: GraphQLInputType, value: unknown, name: string, multiline: boolean, into: FieldErrors) {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (Array.isArray(value)) for (const item of value) check(t.ofType, item, name, multiline, into);
    return;
  }
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields())) {
      check(f.type, (value as Record<string, unknown>)[f.name], f.name, MULTI_LINE_FIELDS.has(f.name), into);
    }
    return;
  }
  // Scalars: String, ID and any custom one whose value stays a string (Upload and DateTime do not).
  if (typeof value === 'string' && hasControlCharacter(value, multiline)) into[name] = 'INVALID_FORMAT';
}

/** Whether a raw variable value holds, at any depth of objects and lists, a string that may be refused. */
function variablesSuspect(value: unknown): boolean {
  if (typeof value === 'string') return hasControlCharacter(value);
  if (Array.isArray(value)) return value.some(variablesSuspect);
  // Plain objects only: an upload's value is not a string and is never checked.
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && Object.values(value).some(variablesSuspect);
}

/** Whether a document's string literals (default values of variables included) hold one that may be refused. */
const literalsSuspect = new WeakMap<DocumentNode, boolean>();
function documentSuspect(document: DocumentNode): boolean {
  let suspect = literalsSuspect.get(document);
  if (suspect === undefined) {
    suspect = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (!hasControlCharacter(node.value)) return undefined;
        suspect = true;
        return BREAK;
      },
    });
    literalsSuspect.set(document, suspect);
  }
  return suspect;
}

/**
 * SEC3: refuses, before anything runs, an operation with a control character in any string it passes:
 * inline literals and variables alike, at any depth of input objects and lists, on every field of the
 * operation (nested ones and fragments included). Answers BAD_USER_INPUT with the field, HTTP 400.
 *
 * Issue 14: the walk through the operation with the schema's types costs more than the rest of a small request
 * (the door's scan). Every string it checks comes from a variable or a literal of the document, so it runs only when
 * one of them holds a character that is refused somewhere (the single-line rule, the strictest): the variables'
 * values are looked through as they came, and a document's literals once (Apollo hands over the same parsed
 * document for the same text).
 */
export function textInputPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          if (!variablesSuspect(request.variables) && !documentSuspect(document)) return;
          const vars = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that don't fit the schema: nothing will run, and Apollo answers BAD_USER_INPUT with the reason.
          if (vars.errors) return;
          const fields: FieldErrors = {};
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              // The operation that runs and the fragments (validation refuses unused ones); not its siblings.
              [Kind.OPERATION_DEFINITION]: (node) => (node === operation ? undefined : false),
              [Kind.FIELD](node) {
                const def = typeInfo.getFieldDef();
                const parent = typeInfo.getParentType();
                if (!def?.args.length || !parent) return;
                let args: Record<string, unknown>;
                try {
                  args = getArgumentValues(def, node, vars.coerced);
                } catch {
                  return; // a value that doesn't fit: execution answers it with its own error
                }
                for (const arg of def.args) {
                  if (PARSED_ELSEWHERE.has(`${parent.name}.${def.name}.${arg.name}`)) continue;
                  check(arg.type, args[arg.name], arg.name, MULTI_LINE_FIELDS.has(arg.name), fields);
                }
              },
            }),
          );
          if (Object.keys(fields).length) {
            throw new DomainError(
              'BAD_USER_INPUT',
              'Some fields hold control characters, which text may not contain.',
              { fields, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
