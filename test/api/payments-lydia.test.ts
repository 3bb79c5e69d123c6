import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { checkPendingLydiaRequests } from '../../server/src/modules/payments';
import { useApp } from '../support/app';
import { code, eventually, fields, placesTaken, sql } from '../support/booking-fixtures';
import { signInAll } from '../support/fixtures';
import {
  abandon,
  bookForSelf as bookFor,
  bookingPaymentRecords as records,
  bookingPaymentState as state,
  LYDIA_CHECK,
  LYDIA_DEMO,
  LYDIA_REQUEST,
  paymentEvent,
  simulators,
} from '../support/payment-fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const PEOPLE = { alice: 'alice@example.org', bruno: 'bruno@example.org', chloe: 'chloe@example.org' };
type People = Record<keyof typeof PEOPLE, ApiClient>;
const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;
const callbacks = async (c: ApiClient, id: string) => (await records(c, id)).filter((r) => r.kind === 'LYDIA_CALLBACK');

interface Attempt {
  id: string;
  ref: string;
  providerRef: string;
  state: string;
  mobileUrl: string | null;
  amountCents: number;
}

/** A webhook post to /webhooks/lydia, as Lydia (or a forger) would send it. */
const postCallback = (url: string, body: string) =>
  fetch(`${url}/webhooks/lydia`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });

describe('API: Lydia payments, callback and state checks, with the simulator (PY1, PY4, PY5, PY6)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: People;
  const sim = () => simulators(t);
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });
  afterEach(async () => {
    await sim().lydiaMode(false);
  });

  async function requested(holder: ApiClient, opts: Parameters<typeof paymentEvent>[1] = {}) {
    const ev = await paymentEvent(t, opts);
    const b = await bookFor(holder, ev.ticketId);
    const attempt = (await holder.data(LYDIA_REQUEST, { b: b.id, p: '06 12 34 56 78' })).requestLydiaPayment as Attempt;
    return { ev, b, attempt };
  }

  it('PY4 PY5: the request reaches Lydia; the signed callback turns the pre-reservation into a reservation; request and callback are recorded', async () => {
    const { ev, b, attempt } = await requested(p.alice, { event: { name: unique('Gala Lydia') } });
    expect(attempt).to.include({ state: 'PENDING', amountCents: 1250 });
    expect(attempt.mobileUrl).to.match(/\/simulators\/lydia\/requests\//);
    const [req] = await sim().lydiaRequests(attempt.ref);
    expect(req).to.include({
      requestId: attempt.providerRef,
      amount: '12.50',
      currency: 'EUR',
      recipient: '0612345678',
      confirmUrl: `${t.url}/webhooks/lydia`,
    });
    const accepted = await sim().lydiaAccept(attempt.providerRef);
    expect(accepted.callback!.deliveries).to.deep.equal([200]);
    const s = await state(p.alice, b.id);
    expect(s.status).to.equal('RESERVED');
    expect(s.payments).to.have.length(1);
    expect(s.payments[0]).to.include({ provider: 'LYDIA', method: 'ONLINE', amountCents: 1250, conforming: true });
    expect(s.paymentAttempts[0].state).to.equal('PAID');
    const recs = await records(ev.board, b.id);
    expect(recs.map((r) => r.kind)).to.deep.equal(['LYDIA_REQUEST', 'LYDIA_CALLBACK']);
    expect(recs[1]).to.include({ verification: 'VERIFIED', outcome: 'RESERVED', reference: attempt.providerRef });
    expect(recs[0].raw, 'the private token never reaches the records').to.not.include(LYDIA_DEMO.privateToken);
    await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes(b.reference) && m.subject.includes('Réservation confirmée'),
    );
  });

  it('PY4 PY3: a forged signature and a wrong vendor token are stored unlinked, rejected and change nothing', async () => {
    const { ev, b, attempt } = await requested(p.bruno);
    const forged = await sim().lydiaAccept(attempt.providerRef, { badSignature: true });
    expect(forged.callback!.deliveries[0]).to.equal(403);
    const { ev: ev2, b: b2, attempt: a2 } = await requested(p.chloe);
    const wrongVendor = await sim().lydiaAccept(a2.providerRef, { vendorToken: 'someone-elses-vendor-token' });
    expect(wrongVendor.callback!.deliveries[0]).to.equal(403);
    // A callback for a request this platform never made.
    expect(
      (
        await postCallback(
          t.url,
          'request_id=999999999&amount=12.50&currency=EUR&signed=0&transaction_identifier=X&vendor_token=v&sig=00',
        )
      ).status,
    ).to.equal(404);
    expect((await postCallback(t.url, '')).status).to.equal(404);
    for (const [e, id, ref] of [
      [ev, b.id, attempt.providerRef],
      [ev2, b2.id, a2.providerRef],
    ] as const) {
      // PY3, PY5: kept as received, but linked to no booking (so never shown on it, and purged once old).
      const rows = await sql(t).execute(
        `select verification, outcome, booking_id, attempt_id from payment_messages where kind = 'LYDIA_CALLBACK' and reference = ?`,
        [ref],
      );
      // The simulator delivers a refused callback again (as Lydia retries): every copy is kept the same way.
      expect(rows).to.not.be.empty;
      for (const row of rows) {
        expect(row).to.include({ verification: 'INVALID', booking_id: null, attempt_id: null });
        expect(['FORGED', 'WRONG_VENDOR']).to.include(row.outcome);
      }
      expect(await callbacks(e.board, id)).to.deep.equal([]);
      expect((await state(e.board, id)).status).to.equal('PRE_RESERVED');
      expect((await state(e.board, id)).payments).to.deep.equal([]);
    }
  });

  it('PY4 PY3: a signed callback with a wrong amount puts the booking in opposition and mails the organizers', async () => {
    const { ev, b, attempt } = await requested(p.alice, { event: { name: unique('Gala Lydia montant') } });
    await sim().lydiaAccept(attempt.providerRef, { amount: '1.00' });
    const [cb] = await callbacks(ev.board, b.id);
    expect(cb).to.include({ verification: 'VERIFIED', outcome: 'OPPOSED' });
    const s = await state(ev.board, b.id);
    expect(s.status).to.equal('OPPOSED');
    expect(s.oppositionReason).to.include('amount 1.00 instead of 12.50');
    expect(s.payments[0]).to.include({ conforming: false, amountCents: 100 });
    await mailbox.waitFor(
      'bureau@example.org',
      (m) => m.subject.includes(b.reference) && m.text.includes('amount 1.00'),
    );
    await mailbox.waitFor('admin@example.org', (m) => m.subject.includes(b.reference));
  });

  it('PY4: a replayed callback changes nothing (idempotent on the request id), nor does a state check afterwards', async () => {
    const { ev, b, attempt } = await requested(p.bruno);
    await sim().lydiaAccept(attempt.providerRef);
    for (let i = 0; i < 3; i++) expect((await sim().lydiaReplay(attempt.providerRef)).deliveries).to.deep.equal([200]);
    const cbs = await callbacks(ev.board, b.id);
    expect(cbs.map((c) => c.outcome)).to.deep.equal(['RESERVED', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect((await p.bruno.data(LYDIA_CHECK, { a: attempt.id })).checkLydiaPayment.state).to.equal('PAID');
    const s = await state(ev.board, b.id);
    expect(s.payments).to.have.length(1);
    expect(await placesTaken(ev.board, ev.eventId, ev.ticketId)).to.equal(1);
    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from payments where provider = 'LYDIA' and provider_txn = ?`,
      [attempt.providerRef],
    );
    expect(n).to.equal(1);
  });

  it('PY4: without any callback, "J’ai payé" asks Lydia for the state and reserves; the periodic job does the same', async () => {
    const { b, attempt } = await requested(p.chloe);
    expect((await p.chloe.data(LYDIA_CHECK, { a: attempt.id })).checkLydiaPayment.state, 'not paid yet').to.equal(
      'PENDING',
    );
    await sim().lydiaAccept(attempt.providerRef, { callback: false });
    expect((await p.chloe.data(LYDIA_CHECK, { a: attempt.id })).checkLydiaPayment.state).to.equal('PAID');
    expect((await state(p.chloe, b.id)).status).to.equal('RESERVED');

    const other = await requested(p.alice);
    await sim().lydiaAccept(other.attempt.providerRef, { callback: false });
    expect(await checkPendingLydiaRequests(t.app.deps, () => t.app.db.orm.em.fork())).to.be.greaterThan(0);
    expect((await state(p.alice, other.b.id)).status).to.equal('RESERVED');
    const kinds = (await records(other.ev.board, other.b.id)).map((r) => `${r.kind}:${r.status}:${r.outcome}`);
    expect(kinds).to.include('LYDIA_STATE:1:RESERVED');
  });

  it('PY4: a refused request and a request replaced by a newer one leave the booking unpaid; the newer request is the one that pays', async () => {
    const { b, attempt } = await requested(p.bruno);
    await sim().lydiaRefuse(attempt.providerRef);
    expect((await p.bruno.data(LYDIA_CHECK, { a: attempt.id })).checkLydiaPayment.state).to.equal('REFUSED');
    expect((await state(p.bruno, b.id)).status).to.equal('PRE_RESERVED');

    const second = (await p.bruno.data(LYDIA_REQUEST, { b: b.id, p: '+33612345678' })).requestLydiaPayment as Attempt;
    expect(code(await p.bruno.request(LYDIA_REQUEST, { b: b.id, p: '+33612345678' })), 'one open at a time').to.equal(
      'PAYMENT_IN_PROGRESS',
    );
    expect(await abandon(p.bruno, second.id)).to.equal('ABANDONED');
    const third = (await p.bruno.data(LYDIA_REQUEST, { b: b.id, p: '+33612345678' })).requestLydiaPayment as Attempt;
    const atLydia = await sim().lydiaRequests(second.ref);
    expect(atLydia[0].state, 'the abandoned request is cancelled at Lydia too').to.equal('6');
    const s = await state(p.bruno, b.id);
    expect(s.paymentAttempts.map((a: Attempt) => a.state)).to.deep.equal(['REFUSED', 'ABANDONED', 'PENDING']);
    await sim().lydiaAccept(third.providerRef);
    expect((await state(p.bruno, b.id)).status).to.equal('RESERVED');

    const expiring = await requested(p.chloe);
    await sim().lydiaExpire(expiring.attempt.providerRef);
    expect((await p.chloe.data(LYDIA_CHECK, { a: expiring.attempt.id })).checkLydiaPayment.state).to.equal('REFUSED');
  });

  it('PY4: a bad phone is a field error; Lydia down is PROVIDER_UNAVAILABLE with nothing charged; strangers get NOT_FOUND', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    expect(fields(await p.alice.request(LYDIA_REQUEST, { b: b.id, p: 'call me' }))).to.deep.equal({
      phone: 'INVALID_PHONE',
    });
    expect(code(await p.bruno.request(LYDIA_REQUEST, { b: b.id, p: '0612345678' }))).to.equal('NOT_FOUND');
    await sim().lydiaMode(true);
    expect(code(await p.alice.request(LYDIA_REQUEST, { b: b.id, p: '0612345678' }))).to.equal('PROVIDER_UNAVAILABLE');
    const s = await state(p.alice, b.id);
    expect(s.status).to.equal('PRE_RESERVED');
    expect(s.paymentAttempts.map((a: Attempt) => a.state)).to.deep.equal(['FAILED']);
    await sim().lydiaMode(false);
    const ok = (await p.alice.data(LYDIA_REQUEST, { b: b.id, p: '0612345678' })).requestLydiaPayment as Attempt;
    await sim().lydiaMode(true);
    expect(code(await p.alice.request(LYDIA_CHECK, { a: ok.id }))).to.equal('PROVIDER_UNAVAILABLE');
    await sim().lydiaMode(false);
    await eventually('the server still answers', async () => (await fetch(`${t.url}/healthz`)).status === 200);
  });
});
