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
    "\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ConsoleKnownSlugsDocument,
    "\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleImportSchoolAccountsDocument,
    "\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleViewerDocument,
};
const documents: Documents = {
    "\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n": types.ConsoleKnownSlugsDocument,
    "\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleImportSchoolAccountsDocument,
    "\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleViewerDocument,
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
export function graphql(source: "\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;