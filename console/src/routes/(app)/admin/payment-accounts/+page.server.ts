import { queryOrError } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import { idAction } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const AllPaymentAccountsQuery = graphql(`
  query ConsoleAllPaymentAccounts {
    allPaymentAccounts {
      ...ConsolePaymentAccount
      club {
        id
        name
      }
    }
  }
`);

const DeactivatePaymentAccount = graphql(`
  mutation ConsoleDeactivatePaymentAccount($id: ID!) {
    deactivatePaymentAccount(id: $id) {
      id
      active
      deactivatedAt
    }
  }
`);

/** PY1: every account; `?deactivate=<id>` is the confirmation step before deactivating one. */
export const load: PageServerLoad = async (event) => {
  const { allPaymentAccounts } = await queryOrError(event, AllPaymentAccountsQuery, {});
  return { accounts: allPaymentAccounts, confirmId: event.url.searchParams.get('deactivate') ?? '' };
};

export const actions = {
  /** PY1: final; the account takes no new payment, what it received stays. */
  deactivate: idAction('deactivate', DeactivatePaymentAccount),
} satisfies Actions;
