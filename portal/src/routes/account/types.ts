import type { ApiError } from '@billetterie/ui';
import type { PortalAccountDeletionQuery, PortalAccountQuery } from '$lib/gql/graphql';

export type Account = NonNullable<PortalAccountQuery['viewer']>;
export type ApiToken = PortalAccountQuery['apiTokens'][number];
export type AccountDeletion = PortalAccountDeletionQuery['accountDeletion'];

/** What one of this page's actions answered, narrowed to the form that shows it. */
export interface ActionResult {
  done?: boolean;
  error?: ApiError;
}
