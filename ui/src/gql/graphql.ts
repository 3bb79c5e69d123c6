/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type SharedRequirementFragment = { state: RequirementState, extraInfo: { id: string, label: string, help: string, type: ExtraInfoType, blocks: ExtraInfoBlocks, position: number, choices: Array<string>, numberMin: number | null, numberMax: number | null, fileTypes: Array<string>, fileMaxBytes: number | null } };

export const SharedRequirementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharedRequirement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRequirement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"extraInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"numberMin"}},{"kind":"Field","name":{"kind":"Name","value":"numberMax"}},{"kind":"Field","name":{"kind":"Name","value":"fileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"fileMaxBytes"}}]}}]}}]} as unknown as DocumentNode<SharedRequirementFragment, unknown>;
export const SharedSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SharedSignInMutation, SharedSignInMutationVariables>;
export const SharedResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedResendVerificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<SharedResendVerificationEmailMutation, SharedResendVerificationEmailMutationVariables>;
export const SharedSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SharedSignOutMutation, SharedSignOutMutationVariables>;