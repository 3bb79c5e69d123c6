/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a booking stands (BK). PRE_RESERVED and RESERVED are "live": they take a place (BK9) and count for BK2. */
export type BookingStatus =
  /** A pre-reservation deleted by its holder, sponsor or an organizer (BK6). Kept until the organizers delete the ticket structure it points to; the audit log keeps its story. */
  | 'DELETED'
  /** A pre-reservation not paid before the event’s payment deadline (BK10). Kept like DELETED ones. */
  | 'EXPIRED'
  /** Put in opposition with a reason (BK8, PY3): invalid for entry and download, kept as proof. Final. */
  | 'OPPOSED'
  /** Booked, not paid yet; commits nobody (BK6) and may expire (BK10). */
  | 'PRE_RESERVED'
  /** Paid (online or marked paid) or free: a valid reservation. Never deleted (BK8). */
  | 'RESERVED';

/** SPEC XI1: what an unvalidated answer blocks. */
export type ExtraInfoBlocks =
  /** The booking can’t be used at the door until the answer is validated. */
  | 'ENTRY'
  /** The booking can’t be paid (online or by hand) until the answer is validated. */
  | 'PAYMENT';

/** SPEC XI1: what is asked; never changes (XI2). */
export type ExtraInfoType =
  /** One of `choices` (e.g. a T-shirt size). */
  | 'CHOICE'
  /** A file of one of `fileTypes`, at most `fileMaxBytes`. */
  | 'FILE'
  /** A number, optionally within numberMin..numberMax. */
  | 'NUMBER'
  /** Free text. */
  | 'TEXT';

/** Where an extra information of a booking stands (XI3, XI4). */
export type RequirementState =
  /** Answered, and sent back by an organizer to correct (NT1; see `Answer.correctionComment`). */
  | 'TO_CORRECT'
  /** No answer yet. */
  | 'TO_FILL'
  /** Validated by an organizer: frozen for good. */
  | 'VALIDATED'
  /** Answered; an organizer has not validated it yet. Still replaceable. */
  | 'WAITING_VALIDATION';

/** Email and password sign-in. */
export type SignInInput = {
  /** Email address of the account. */
  email: string;
  /** Password of the account. */
  password: string;
};

export type SharedSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SharedSignInMutation = { signIn: { id: string } };

export type SharedResendVerificationEmailMutationVariables = Exact<{
  email: string;
}>;


export type SharedResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type SharedSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SharedSignOutMutation = { signOut: boolean };

export type SharedAnswerValueFragment = { id: string, textValue: string | null, numberValue: number | null, choiceValue: string | null, file: { name: string, mimeType: string, size: number, url: string } | null };

export type SharedBookingSummaryFragment = { id: string, reference: string, status: BookingStatus, priceCents: number, isGuest: boolean, ticket: { id: string, name: string }, holder: { fullName: string, email: string }, sponsor: { id: string, fullName: string } | null };

export type SharedEventSummaryFragment = { id: string, name: string, startsAt: string, endsAt: string, club: { id: string, name: string } };

export type SharedRequirementFragment = { state: RequirementState, extraInfo: { id: string, label: string, help: string, type: ExtraInfoType, blocks: ExtraInfoBlocks, position: number, choices: Array<string>, numberMin: number | null, numberMax: number | null, fileTypes: Array<string>, fileMaxBytes: number | null } };

export type SharedTicketOptionsFragment = { options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }>, optionGroups: Array<{ id: string, name: string, description: string, position: number, options: Array<{ id: string, name: string, description: string, priceCents: number, position: number }> }> };

export type SharedViewerFragment = { id: string, firstName: string, fullName: string };

export const SharedAnswerValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedAnswerValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Answer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"textValue"}},{"kind":"Field","name":{"kind":"Name","value":"numberValue"}},{"kind":"Field","name":{"kind":"Name","value":"choiceValue"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SharedAnswerValueFragment, unknown>;
export const SharedBookingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedBookingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"isGuest"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SharedBookingSummaryFragment, unknown>;
export const SharedEventSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedEventSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"club"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SharedEventSummaryFragment, unknown>;
export const SharedRequirementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedRequirement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRequirement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"extraInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"numberMin"}},{"kind":"Field","name":{"kind":"Name","value":"numberMax"}},{"kind":"Field","name":{"kind":"Name","value":"fileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fileMaxBytes"}}]}}]}}]} as unknown as DocumentNode<SharedRequirementFragment, unknown>;
export const SharedTicketOptionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedTicketOptions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<SharedTicketOptionsFragment, unknown>;
export const SharedViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]} as unknown as DocumentNode<SharedViewerFragment, unknown>;
export const SharedSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SharedSignInMutation, SharedSignInMutationVariables>;
export const SharedResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedResendVerificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<SharedResendVerificationEmailMutation, SharedResendVerificationEmailMutationVariables>;
export const SharedSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SharedSignOutMutation, SharedSignOutMutationVariables>;