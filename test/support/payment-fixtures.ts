// Shared set-up for payment tests: an event taking PayPal and Lydia payments through the local simulators (PY6),
// and clients for the simulators' control APIs, over HTTP like any provider.
import { expect } from 'chai';
import type { TestApp } from './app';
import { BOOK, organizerEvent } from './event-fixtures';
import type { ApiClient } from './graphql';

/** The Lydia simulator's built-in business account. */
export const LYDIA_DEMO = {
  phone: '0601020304',
  password: 'lydia-demo',
  vendorToken: 'demo-vendor-token-0001',
  privateToken: 'demo-private-token-0001',
};
export const PAYPAL_RECEIVER = 'tresorerie@net7.example.org';

export const CHECKOUT = `mutation($b: ID!) { startPaypalCheckout(bookingId: $b) { url fields { name value } attempt { id ref state amountCents } } }`;
export const LYDIA_REQUEST = `mutation($b: ID!, $p: String!) { requestLydiaPayment(bookingId: $b, phone: $p) { id ref providerRef state mobileUrl amountCents } }`;
/** Issue 16: the payer abandons the open attempt. */
export const ABANDON = `mutation($a: ID!) { abandonPaymentAttempt(attemptId: $a) { id state } }`;
export const LYDIA_CHECK = `mutation($a: ID!) { checkLydiaPayment(attemptId: $a) { id state } }`;
export const PAYMENT_STATE = `query($id: ID!) { booking(id: $id) {
  id reference status priceCents oppositionReason reservedAt paymentOffer { providers reason }
  payments { provider method amountCents currency reference conforming problem }
  paymentAttempts { id provider ref providerRef state amountCents } } }`;
export const RECORDS = `query($id: ID!) { booking(id: $id) { paymentRecords { id kind provider reference amountCents currency status verification outcome outcomeDetail raw fields { name value } } } }`;

export interface Checkout {
  url: string;
  fields: Array<{ name: string; value: string }>;
  attempt: { id: string; ref: string; state: string; amountCents: number };
}

/** An event of net7 with a paid ticket, a PayPal and a Lydia account picked (made through the API by bureau@). */
export async function paymentEvent(
  t: TestApp,
  opts: { priceCents?: number; capacity?: number; event?: Record<string, unknown>; lydia?: boolean } = {},
) {
  const ev = await organizerEvent(t, opts.event ?? {});
  const ticket = await ev.ticket({ priceCents: opts.priceCents ?? 1250, capacity: opts.capacity ?? 100 });
  const paypal = (
    await ev.board.data(`mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { id } }`, {
      i: { eventId: ev.eventId, receiverEmail: PAYPAL_RECEIVER, description: 'PayPal du BDE' },
    })
  ).createPaypalAccount.id as string;
  let lydia: string | null = null;
  if (opts.lydia !== false) {
    lydia = (
      await ev.board.data(`mutation($i: CreateLydiaAccountInput!) { createLydiaAccount(input: $i) { id } }`, {
        i: {
          eventId: ev.eventId,
          description: 'Lydia du BDE',
          vendorToken: LYDIA_DEMO.vendorToken,
          privateToken: LYDIA_DEMO.privateToken,
        },
      })
    ).createLydiaAccount.id as string;
  }
  await ev.board.data(
    `mutation($e: ID!, $p: ID, $l: ID) { setEventPaymentAccounts(eventId: $e, paypalAccountId: $p, lydiaAccountId: $l) { id } }`,
    { e: ev.eventId, p: paypal, l: lydia },
  );
  return { ...ev, ticketId: ticket, paypal, lydia };
}

/** The PayPal and Lydia simulators' control APIs (JSON), mounted by the test server at /simulators. */
export function simulators(t: TestApp) {
  const call = async (path: string, body?: unknown) => {
    const res = await fetch(
      `${t.url}/simulators${path}`,
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    const json = (await res.json()) as any;
    expect(res.status, `${path}: ${JSON.stringify(json)}`).to.equal(200);
    return json;
  };
  return {
    /** What the attendee's browser does with the checkout: post the form to "PayPal". */
    async openCheckout(checkout: Checkout) {
      const res = await fetch(checkout.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(checkout.fields.map((f) => [f.name, f.value])).toString(),
        redirect: 'manual',
      });
      expect(res.status, 'the simulator accepts the checkout').to.equal(303);
    },
    paypalPay: (invoice: string, scenario: Record<string, unknown> = {}) =>
      call(`/paypal/_control/checkouts/${encodeURIComponent(invoice)}/pay`, scenario) as Promise<{
        txnId: string;
        body: string;
        deliveries: number[];
      }>,
    paypalRefund: (txnId: string, status = 'Refunded') =>
      call('/paypal/_control/refund', { txnId, status }) as Promise<{
        txnId: string;
        body: string;
        deliveries: number[];
      }>,
    paypalResend: (txnId: string) => call('/paypal/_control/resend', { txnId }),
    paypalForge: (fields: Record<string, string>) =>
      call('/paypal/_control/forge', { notifyUrl: `${t.url}/webhooks/paypal`, fields }),
    paypalVerifyMode: (mode: string, delayMs?: number) => call('/paypal/_control/verify-mode', { mode, delayMs }),
    lydiaRequests: (orderRef: string) => call(`/lydia/_control/requests?order_ref=${encodeURIComponent(orderRef)}`),
    lydiaAccept: (requestId: string, scenario: Record<string, unknown> = {}) =>
      call(`/lydia/_control/requests/${requestId}/accept`, scenario) as Promise<{
        state: string;
        callback: { body: string; deliveries: number[] } | null;
      }>,
    lydiaRefuse: (requestId: string) => call(`/lydia/_control/requests/${requestId}/refuse`, {}),
    lydiaExpire: (requestId: string) => call(`/lydia/_control/requests/${requestId}/expire`, {}),
    lydiaReplay: (requestId: string) =>
      call(`/lydia/_control/requests/${requestId}/replay`, {}) as Promise<{ body: string; deliveries: number[] }>,
    lydiaMode: (down: boolean) => call('/lydia/_control/mode', { down }),
  };
}

/** A holder's checkout, posted to the simulator like the browser would. */
export async function checkout(t: TestApp, holder: ApiClient, bookingId: string): Promise<Checkout> {
  const c = (await holder.data(CHECKOUT, { b: bookingId })).startPaypalCheckout as Checkout;
  await simulators(t).openCheckout(c);
  return c;
}

/** Issue 16: the payer abandons an open attempt; returns its new state (ABANDONED). */
export const abandon = async (c: ApiClient, attemptId: string) =>
  (await c.data(ABANDON, { a: attemptId })).abandonPaymentAttempt.state as string;

/** The viewer books a ticket for themselves, without options. */
export const bookForSelf = async (c: ApiClient, ticketId: string) =>
  (await c.data(BOOK, { i: { ticketId, optionIds: [] } })).book as { id: string; reference: string };
/** A booking's status, payments, attempts and offer (PAYMENT_STATE). */
export const bookingPaymentState = async (c: ApiClient, id: string) => (await c.data(PAYMENT_STATE, { id })).booking;
/** Every payment record of a booking, as `VIEW`+ organizers see them. */
export const bookingPaymentRecords = async (c: ApiClient, id: string) =>
  (await c.data(RECORDS, { id })).booking.paymentRecords as Array<Record<string, any>>;
