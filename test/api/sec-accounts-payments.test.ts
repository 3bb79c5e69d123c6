// Issue 11 (attacker review): accounts and payment edges — long addresses, reset tokens, webhook amounts,
// forged IPNs, Lydia request floods and the simulators' control API.
import http from 'node:http';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { eventually, sql } from '../support/booking-fixtures';
import { BOOK } from '../support/event-fixtures';
import { createUser, signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import {
  checkout,
  LYDIA_REQUEST,
  PAYMENT_STATE,
  PAYPAL_RECEIVER,
  paymentEvent,
  RECORDS,
  simulators,
} from '../support/payment-fixtures';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESEND = `mutation($e: String!) { resendVerificationEmail(email: $e) }`;

/** A valid 247-character address: a 64-character local part and a 182-character domain of 56-character labels. */
const longEmail = (tag: string) =>
  `${tag.padEnd(64, 'x')}@${['a', 'b', 'c'].map((l) => l.repeat(56)).join('.')}.example.org`;

const bookFor = async (c: ApiClient, ticketId: string) =>
  (await c.data(BOOK, { i: { ticketId, optionIds: [] } })).book as { id: string; reference: string };
const postForm = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

describe('API: accounts under attack — long addresses, reset tokens (SEC4, SEC2, AC1)', function () {
  this.timeout(60_000);
  // The production hashing cost: what a reset with a bogus token must not pay.
  const t = useApp({ env: { PASSWORD_HASH_COST: '17' } });

  it('SEC4: a valid 247-character address answers the same whether or not it has an account (sign-up, reset, resend) and signs in', async () => {
    const known = longEmail('known');
    const unverified = longEmail('unverified');
    expect(known).to.have.length(247);
    await createUser(t, { email: known, kind: 'EXTERNAL' });
    await createUser(t, { email: unverified, kind: 'EXTERNAL' });
    await sql(t).execute(`update users set email_verified_at = null where email = ?`, [unverified]);
    const c = t.client();
    for (const email of [known, unverified, longEmail('ghost')]) {
      const reset = await c.request(REQUEST_RESET, { e: email });
      expect(reset.errors, `requestPasswordReset ${email.slice(0, 10)}: ${JSON.stringify(reset.errors)}`).to.equal(
        undefined,
      );
      expect(reset.data?.requestPasswordReset).to.equal(true);
      const resend = await c.request(RESEND, { e: email });
      expect(resend.errors, `resendVerificationEmail ${email.slice(0, 10)}: ${JSON.stringify(resend.errors)}`).to.equal(
        undefined,
      );
      expect(resend.data?.resendVerificationEmail).to.equal(true);
      const signUp = await c.request(SIGN_UP, {
        i: { email, password: 'a long enough password', firstName: 'Long', lastName: 'Address' },
      });
      expect(signUp.errors, `signUp ${email.slice(0, 10)}: ${JSON.stringify(signUp.errors)}`).to.equal(undefined);
      expect(signUp.data?.signUp).to.equal(true);
    }
    await mailbox.waitFor(known, (m) => m.subject.includes('Réinitialisation'));
    expect((await c.error(SIGN_IN, { i: { email: known, password: 'a wrong password!' } })).extensions?.code).to.equal(
      'INVALID_CREDENTIALS',
    );
    expect((await c.data(SIGN_IN, { i: { email: known, password: 'billetterie-demo' } })).signIn.id).to.be.a('string');
    // The counters name no address (SEC3): a fixed-length digest instead.
    const keys = (await sql(t).execute(`select key from rate_limit_buckets`)).map((r) => r.key as string);
    expect(
      keys.filter((k) => k.includes('@')),
      keys.join(', '),
    ).to.deep.equal([]);
  });

  it('SEC2: a reset with a bogus token is refused before the password is hashed, and attempts from one address are limited (RATE_LIMITED)', async () => {
    const c = t.client();
    // A real reset still works at the production cost.
    await c.data(REQUEST_RESET, { e: 'chloe@example.org' });
    const mail = await mailbox.waitFor('chloe@example.org', (m) => m.subject.includes('Réinitialisation'));
    const link = mail.links.find((l) => l.includes('/reset-password?token='))!;
    const token = decodeURIComponent(link.split('token=')[1]);
    expect((await c.data(RESET, { i: { token, password: 'a brand new password' } })).resetPassword).to.equal(true);
    // Six bogus tokens: without a hash each (about 0.4 s at cost 17), they take milliseconds.
    const started = Date.now();
    for (let i = 0; i < 6; i++) {
      expect(
        (await c.error(RESET, { i: { token: `bogus-token-${i}`, password: 'a brand new password' } })).extensions?.code,
      ).to.equal('INVALID_TOKEN');
    }
    expect(Date.now() - started, 'no scrypt run for a token that does not exist').to.be.below(1500);
    const reused = await c.error(RESET, { i: { token, password: 'another new password' } });
    expect(reused.extensions?.code).to.equal('INVALID_TOKEN');
    // 10 attempts per address and quarter of an hour: the 8 above, 2 more, then a pause.
    for (let i = 0; i < 2; i++)
      expect(
        (await c.error(RESET, { i: { token: `bogus-${i}`, password: 'a brand new password' } })).extensions?.code,
      ).to.equal('INVALID_TOKEN');
    const limited = await c.error(RESET, { i: { token: 'bogus-last', password: 'a brand new password' } });
    expect(limited.extensions?.code).to.equal('RATE_LIMITED');
    expect(limited.extensions?.retryAfterSeconds).to.be.a('number').greaterThan(0);
  });
});

describe('API: payment edges under attack — amounts, forged IPNs, Lydia floods, simulator controls (PY3, PY4, PY5, PY6, SEC2)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: Record<'alice' | 'bruno' | 'chloe', ApiClient>;
  const sim = () => simulators(t);
  before(async () => {
    p = await signInAll(t, { alice: 'alice@example.org', bruno: 'bruno@example.org', chloe: 'chloe@example.org' });
  });
  const message = async (reference: string) =>
    (
      await sql(t).execute(`select * from payment_messages where kind in ('IPN', 'LYDIA_CALLBACK') and reference = ?`, [
        reference,
      ])
    )[0] as Record<string, any> | undefined;

  it('PY5 SEC1: an amount beyond what a payment can be is a malformed value: stored raw with no amount, PayPal still gets its 200, Lydia no 500', async () => {
    const paypal = await postForm(
      `${t.url}/webhooks/paypal`,
      'mc_gross=999999999.99&mc_currency=EUR&payment_status=Completed&txn_id=PTHUGE1&charset=utf-8',
    );
    expect(paypal.status).to.equal(200);
    const stored = await message('PTHUGE1');
    expect(stored, 'stored').to.not.equal(undefined);
    expect(stored!.amount_cents).to.equal(null);
    expect(Buffer.from(stored!.raw).toString()).to.include('mc_gross=999999999.99');
    const negative = await postForm(
      `${t.url}/webhooks/paypal`,
      'mc_gross=-999999999.99&payment_status=Refunded&txn_id=PTHUGE2&charset=utf-8',
    );
    expect(negative.status).to.equal(200);
    expect((await message('PTHUGE2'))!.amount_cents).to.equal(null);
    const lydia = await postForm(
      `${t.url}/webhooks/lydia`,
      'request_id=424242&amount=999999999.99&currency=EUR&signed=0&transaction_identifier=X&vendor_token=v&sig=00',
    );
    expect(lydia.status).to.be.within(400, 499);
    expect((await message('424242'))!.amount_cents).to.equal(null);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
  });

  it('PY3 PY5: an unverified IPN naming a real payment or checkout is linked to no booking or attempt (it stays purgeable); a verified one is linked', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const c = await checkout(t, p.alice, b.id);
    const paid = await sim().paypalPay(c.attempt.ref);
    await eventually(
      'the booking reserved',
      async () => (await p.alice.data(PAYMENT_STATE, { id: b.id })).booking.status === 'RESERVED',
    );
    const genuine = await eventually('the genuine IPN processed', async () => {
      const m = await message(paid.txnId);
      return m?.outcome ? m : null;
    });
    expect(genuine).to.include({ verification: 'VERIFIED', booking_id: b.id, attempt_id: c.attempt.id });

    // Forged: a refund of the real payment, and a payment of the real checkout; PayPal never sent them (INVALID).
    const forged = [
      `txn_id=FORGEDREF1&parent_txn_id=${paid.txnId}&payment_status=Refunded&mc_gross=-12.50&mc_currency=EUR&receiver_email=${encodeURIComponent(PAYPAL_RECEIVER)}&charset=utf-8`,
      `txn_id=FORGEDPAY1&invoice=${encodeURIComponent(c.attempt.ref)}&custom=${b.id}&payment_status=Completed&mc_gross=12.50&mc_currency=EUR&receiver_email=${encodeURIComponent(PAYPAL_RECEIVER)}&charset=utf-8`,
    ];
    for (const body of forged) expect((await postForm(`${t.url}/webhooks/paypal`, body)).status).to.equal(200);
    for (const ref of ['FORGEDREF1', 'FORGEDPAY1']) {
      const m = await eventually(`${ref} verified`, async () => {
        const row = await message(ref);
        return row && row.verification !== 'PENDING' ? row : null;
      });
      expect(m, ref).to.include({ verification: 'INVALID', booking_id: null, attempt_id: null });
      const verifications = await sql(t).execute(
        `select booking_id, attempt_id from payment_messages where message_id = ?`,
        [m.id],
      );
      for (const v of verifications)
        expect(v, `${ref}'s verification record`).to.deep.equal({ booking_id: null, attempt_id: null });
    }
    const records = (await ev.board.data(RECORDS, { id: b.id })).booking.paymentRecords as Array<{
      reference: string | null;
    }>;
    expect(records.map((r) => r.reference)).to.not.include.members(['FORGEDREF1', 'FORGEDPAY1']);
    expect((await p.alice.data(PAYMENT_STATE, { id: b.id })).booking.status).to.equal('RESERVED');
  });

  it('PY4 SEC2: Lydia payment requests are limited per booking (5 in 10 minutes) and per person (10), RATE_LIMITED with retryAfterSeconds', async () => {
    const events = [await paymentEvent(t), await paymentEvent(t), await paymentEvent(t)];
    const bookings = await Promise.all(events.map((ev) => bookFor(p.bruno, ev.ticketId)));
    const sentToLydia = async () =>
      ((await (await fetch(`${t.url}/simulators/lydia/_control/requests`)).json()) as unknown[]).length;
    // Issue 16: one open request at a time, so each is abandoned before the next.
    const requestAndAbandon = async (bookingId: string) => {
      const r = (await p.bruno.data(LYDIA_REQUEST, { b: bookingId, p: '0612345678' })).requestLydiaPayment;
      expect(r.state).to.equal('PENDING');
      await p.bruno.data(`mutation($a: ID!) { abandonPaymentAttempt(attemptId: $a) { id } }`, { a: r.id });
    };
    for (let i = 0; i < 5; i++) await requestAndAbandon(bookings[0].id);
    const sent = await sentToLydia();
    const perBooking = await p.bruno.error(LYDIA_REQUEST, { b: bookings[0].id, p: '0612345678' });
    expect(perBooking.extensions?.code).to.equal('RATE_LIMITED');
    expect(perBooking.extensions?.retryAfterSeconds).to.be.a('number').within(1, 600);
    expect(await sentToLydia(), 'the refused request never reached Lydia').to.equal(sent);
    expect(
      (await p.bruno.data(PAYMENT_STATE, { id: bookings[0].id })).booking.paymentAttempts,
      'nor was recorded',
    ).to.have.length(5);
    for (let i = 0; i < 5; i++) await requestAndAbandon(bookings[1].id);
    const perPerson = await p.bruno.error(LYDIA_REQUEST, { b: bookings[2].id, p: '0612345678' });
    expect(perPerson.extensions?.code).to.equal('RATE_LIMITED');
    // Someone else's limit is theirs.
    const other = await bookFor(p.chloe, events[2].ticketId);
    expect((await p.chloe.data(LYDIA_REQUEST, { b: other.id, p: '0698765432' })).requestLydiaPayment.state).to.equal(
      'PENDING',
    );
  });

  it('PY6: the simulators’ control API answers loopback clients only (404 otherwise); the attendee’s pages stay reachable', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.chloe, ev.ticketId);
    const c = await checkout(t, p.chloe, b.id);
    const port = new URL(t.url).port;
    /** A request from 127.0.0.2: still this machine, but not a loopback client the controls accept. */
    const fromElsewhere = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path,
            method,
            localAddress: '127.0.0.2',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1' },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (d: Buffer) => chunks.push(d));
            res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const list = await fromElsewhere('GET', '/simulators/paypal/_control/checkouts');
    expect(list.status).to.equal(404);
    expect(list.body).to.not.include(c.attempt.ref);
    expect(
      (
        await fromElsewhere(
          'POST',
          `/simulators/paypal/_control/checkouts/${encodeURIComponent(c.attempt.ref)}/pay`,
          '{"amount":"0.01"}',
        )
      ).status,
    ).to.equal(404);
    expect((await fromElsewhere('GET', '/simulators/lydia/_control/requests')).status).to.equal(404);
    expect((await fromElsewhere('POST', '/simulators/lydia/_control/reset', '{}')).status).to.equal(404);
    expect((await fromElsewhere('POST', '/simulators/paypal/_control/reset', '{}')).status).to.equal(404);
    // The checkout is untouched and the booking unpaid.
    expect((await p.chloe.data(PAYMENT_STATE, { id: b.id })).booking.status).to.equal('PRE_RESERVED');
    // What the attendee's browser opens is not a control.
    const checkouts = (await (
      await fetch(`${t.url}/simulators/paypal/_control/checkouts?invoice=${encodeURIComponent(c.attempt.ref)}`)
    ).json()) as Array<{ id: string }>;
    expect((await fromElsewhere('GET', `/simulators/paypal/checkout/${checkouts[0].id}`)).status).to.equal(200);
    expect((await fromElsewhere('GET', '/simulators/')).status).to.equal(200);
  });
});
