// The payment tab's query and mutations (PY1, PY4); its actions are in +page.server.ts.
import { graphql } from '$lib/gql';

export const EventPaymentAccountsQuery = graphql(`
  query ConsoleEventPaymentAccounts($id: ID!) {
    event(id: $id) {
      id
      club {
        id
        name
      }
      paypalAccount {
        ...ConsolePaymentAccount
      }
      lydiaAccount {
        ...ConsolePaymentAccount
      }
      paymentAccountChoices {
        ...ConsolePaymentAccount
      }
      paymentAccountSuggestion {
        paypal {
          id
        }
        lydia {
          id
        }
      }
    }
  }
`);

export const SetEventPaymentAccounts = graphql(`
  mutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {
    setEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {
      id
    }
  }
`);

export const CreatePaypalAccount = graphql(`
  mutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {
    createPaypalAccount(input: $input) {
      id
    }
  }
`);

export const CreateLydiaAccount = graphql(`
  mutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {
    createLydiaAccount(input: $input) {
      id
    }
  }
`);

export const LydiaBusinesses = graphql(`
  mutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {
    lydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {
      name
      vendorToken
    }
  }
`);
