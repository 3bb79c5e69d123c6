/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n\tmutation SharedSignIn($input: SignInInput!) {\n\t\tsignIn(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.SharedSignInDocument,
    "\n\tmutation SharedResendVerificationEmail($email: String!) {\n\t\tresendVerificationEmail(email: $email)\n\t}\n": typeof types.SharedResendVerificationEmailDocument,
    "\n\tmutation SharedSignOut {\n\t\tsignOut\n\t}\n": typeof types.SharedSignOutDocument,
    "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n": typeof types.SharedRequirementFragmentDoc,
};
const documents: Documents = {
    "\n\tmutation SharedSignIn($input: SignInInput!) {\n\t\tsignIn(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.SharedSignInDocument,
    "\n\tmutation SharedResendVerificationEmail($email: String!) {\n\t\tresendVerificationEmail(email: $email)\n\t}\n": types.SharedResendVerificationEmailDocument,
    "\n\tmutation SharedSignOut {\n\t\tsignOut\n\t}\n": types.SharedSignOutDocument,
    "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n": types.SharedRequirementFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SharedSignIn($input: SignInInput!) {\n\t\tsignIn(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation SharedSignIn($input: SignInInput!) {\n\t\tsignIn(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SharedResendVerificationEmail($email: String!) {\n\t\tresendVerificationEmail(email: $email)\n\t}\n"): (typeof documents)["\n\tmutation SharedResendVerificationEmail($email: String!) {\n\t\tresendVerificationEmail(email: $email)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SharedSignOut {\n\t\tsignOut\n\t}\n"): (typeof documents)["\n\tmutation SharedSignOut {\n\t\tsignOut\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;