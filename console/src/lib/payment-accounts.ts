import { graphql } from '$lib/gql';
import type { ConsolePaymentAccountFragment } from '$lib/gql/graphql';
import { m } from '$lib/paraglide/messages.js';

/** PY1: what the console shows of a payment account (the API never returns its secrets); spread into queries. */
export const PaymentAccountFragment = graphql(`
  fragment ConsolePaymentAccount on PaymentAccount {
    id
    provider
    description
    paypalReceiverEmail
    lydiaVendorToken
    active
    createdAt
    deactivatedAt
  }
`);

export type PaymentAccount = ConsolePaymentAccountFragment;

/** The public identifier of an account: the PayPal receiver email or the Lydia vendor token. */
export const accountIdentifier = (account: PaymentAccount): string =>
  (account.provider === 'PAYPAL' ? account.paypalReceiverEmail : account.lydiaVendorToken) ?? '';

/** "Description — identifier", with the state when deactivated: how a select names an account. */
export function accountChoiceLabel(account: PaymentAccount): string {
  const label = `${account.description} — ${accountIdentifier(account)}`;
  return account.active ? label : m.payment_account_choice_inactive({ label });
}
