import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DomainError, type FieldErrors } from '../core/errors';
import { hasControlCharacter } from '../core/text';
import type { GraphQLContext } from './context';

/**
 * Fields and arguments holding free, multi-line text (the apps' textareas): tabs and line breaks are kept there
 * (descriptions, help, answers, the reasons of an opposition or a cancellation).
 */
const MULTI_LINE_FIELDS = new Set(['description', 'help', 'text', 'reason']);

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

/**
 * SEC3: refuses, before anything runs, an operation with a control character in any string it passes:
 * inline literals and variables alike, at any depth of input objects and lists, on every field of the
 * operation (nested ones and fragments included). Answers BAD_USER_INPUT with the field, HTTP 400.
 */
export function textInputPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
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
