/** A PayPal Payments Standard form, as built by the server: POST the fields to the url (PY2). */
export interface PaypalCheckoutForm {
  url: string;
  fields: Array<{ name: string; value: string }>;
}

/** Where the attendee comes back from a provider: PayPal's `return` and `cancel_return`, the Lydia waiting page. */
export type PaymentReturn = 'paypal' | 'cancelled' | 'lydia';

export const paymentReturnOf = (url: URL): PaymentReturn | undefined => {
  const value = url.searchParams.get('payment');
  return value === 'paypal' || value === 'cancelled' || value === 'lydia' ? value : undefined;
};
