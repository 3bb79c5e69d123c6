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
    "\n  mutation SharedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": typeof types.SharedSignInDocument,
    "\n  mutation SharedResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n": typeof types.SharedResendVerificationEmailDocument,
    "\n  mutation SharedSignOut {\n    signOut\n  }\n": typeof types.SharedSignOutDocument,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": typeof types.SharedRequirementFragmentDoc,
};
const documents: Documents = {
    "\n  mutation SharedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": types.SharedSignInDocument,
    "\n  mutation SharedResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n": types.SharedResendVerificationEmailDocument,
    "\n  mutation SharedSignOut {\n    signOut\n  }\n": types.SharedSignOutDocument,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": types.SharedRequirementFragmentDoc,
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
export function graphql(source: "\n  mutation SharedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SharedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n"): (typeof documents)["\n  mutation SharedResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SharedSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"): (typeof documents)["\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;