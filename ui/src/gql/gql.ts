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
    "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.SharedAnswerValueFragmentDoc,
    "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n": typeof types.SharedBookingSummaryFragmentDoc,
    "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n": typeof types.SharedEventSummaryFragmentDoc,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": typeof types.SharedRequirementFragmentDoc,
    "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n": typeof types.SharedTicketOptionsFragmentDoc,
    "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n": typeof types.SharedViewerFragmentDoc,
};
const documents: Documents = {
    "\n  mutation SharedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": types.SharedSignInDocument,
    "\n  mutation SharedResendVerificationEmail($email: String!) {\n    resendVerificationEmail(email: $email)\n  }\n": types.SharedResendVerificationEmailDocument,
    "\n  mutation SharedSignOut {\n    signOut\n  }\n": types.SharedSignOutDocument,
    "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n": types.SharedAnswerValueFragmentDoc,
    "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n": types.SharedBookingSummaryFragmentDoc,
    "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n": types.SharedEventSummaryFragmentDoc,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": types.SharedRequirementFragmentDoc,
    "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n": types.SharedTicketOptionsFragmentDoc,
    "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n": types.SharedViewerFragmentDoc,
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
export function graphql(source: "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"): (typeof documents)["\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n"): (typeof documents)["\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;