import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { expirePreReservations } from '../../server/src/modules/bookings';
import { verifyPendingIpns } from '../../server/src/modules/payments';
import { useApp } from '../support/app';
import { answerValue, code, DELETE, eventually, placesTaken, sql, VALIDATE } from '../support/booking-fixtures';
import { organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import {
  abandon,
  bookForSelf as bookFor,
  bookingPaymentRecords as records,
  bookingPaymentState as state,
  CHECKOUT,
  checkout,
  paymentEvent,
  PAYPAL_RECEIVER,
  RECORDS,
  simulators,
} from '../support/payment-fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  admin: 'admin@example.org',
  anonymous: null,
};
type People = Record<keyof typeof PEOPLE, ApiClient>;
const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;
/** Waits until every IPN of the booking has been acted upon (they are verified after PayPal got its 200). */
const settled = (c: ApiClient, id: string, count: number) =>
  eventually(`${count} IPN(s) processed`, async () => {
    const ipns = (await records(c, id)).filter((r) => r.kind === 'IPN');
    return ipns.length >= count && ipns.every((r) => r.outcome) ? ipns : null;
  });

/** An IPN row once acted upon (verified or not), found by its txn_id: an unverified one is on no booking. */
const processedIpnIn = (t: ReturnType<typeof useApp>) => (txnId: string) =>
  eventually(`IPN ${txnId} processed`, async () => {
    const [m] = await sql(t).execute(`select * from payment_messages where kind = 'IPN' and reference = ?`, [txnId]);
    return m?.outcome ? (m as Record<string, any>) : null;
  });

describe('API: PayPal payments through the IPN webhook and the simulator (PY1–PY3, PY5, PY6, XI5)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: People;
  const sim = () => simulators(t);
  const processedIpn = processedIpnIn(t);
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });
  afterEach(async () => {
    await sim().paypalVerifyMode('normal');
  });

  it('PY2 PY3 PY5: a conforming Completed payment turns the pre-reservation into a reservation; checkout, IPN and verification are recorded; the holder is mailed', async () => {
    const ev = await paymentEvent(t, { event: { name: unique('Gala PayPal') } });
    const b = await bookFor(p.alice, ev.ticketId);
    expect((await state(p.alice, b.id)).paymentOffer).to.deep.equal({ providers: ['PAYPAL', 'LYDIA'], reason: null });
    const c = await checkout(t, p.alice, b.id);
    const f = Object.fromEntries(c.fields.map((x) => [x.name, x.value]));
    expect(f).to.include({
      cmd: '_xclick',
      business: PAYPAL_RECEIVER,
      amount: '12.50',
      currency_code: 'EUR',
      custom: b.id,
      invoice: c.attempt.ref,
      notify_url: `${t.url}/webhooks/paypal`,
      charset: 'utf-8',
    });
    expect(f.item_name).to.include(b.reference);
    expect(code(await p.alice.request(CHECKOUT, { b: b.id })), 'one open attempt at a time').to.equal(
      'PAYMENT_IN_PROGRESS',
    );

    const paid = await sim().paypalPay(c.attempt.ref);
    expect(paid.deliveries).to.deep.equal([200]);
    await settled(ev.board, b.id, 1);
    const s = await state(p.alice, b.id);
    expect(s.status).to.equal('RESERVED');
    expect(s.payments).to.deep.equal([
      {
        provider: 'PAYPAL',
        method: 'ONLINE',
        amountCents: 1250,
        currency: 'EUR',
        reference: paid.txnId,
        conforming: true,
        problem: null,
      },
    ]);
    expect(s.paymentAttempts.find((a: any) => a.ref === c.attempt.ref).state).to.equal('PAID');
    expect(s.paymentOffer.providers).to.deep.equal([]);
    const recs = await records(ev.board, b.id);
    expect(recs.map((r) => r.kind)).to.include.members(['CHECKOUT', 'CHECKOUT', 'IPN', 'IPN_VERIFICATION']);
    const ipn = recs.find((r) => r.kind === 'IPN')!;
    expect(ipn).to.include({
      verification: 'VERIFIED',
      outcome: 'RESERVED',
      reference: paid.txnId,
      amountCents: 1250,
      currency: 'EUR',
      status: 'Completed',
    });
    expect(ipn.raw).to.include(`txn_id=${paid.txnId}`);
    expect(recs.find((r) => r.kind === 'IPN_VERIFICATION')!.status).to.equal('VERIFIED');
    await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes(b.reference) && m.subject.includes('Réservation confirmée'),
    );
    expect(code(await p.alice.request(RECORDS, { id: b.id })), 'records are for organizers').to.equal('FORBIDDEN');
  });

  it('PY3: the same IPN delivered 16 times makes one payment and one reservation; the copies are recorded as DUPLICATE', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.bruno, ev.ticketId);
    const c = await checkout(t, p.bruno, b.id);
    await sim().paypalPay(c.attempt.ref, { duplicates: 16 });
    const ipns = await settled(ev.board, b.id, 16);
    expect(ipns.filter((r) => r.outcome === 'RESERVED')).to.have.length(1);
    expect(ipns.filter((r) => r.outcome === 'DUPLICATE')).to.have.length(15);
    const s = await state(p.bruno, b.id);
    expect(s.status).to.equal('RESERVED');
    expect(s.payments).to.have.length(1);
    expect(await placesTaken(ev.board, ev.eventId, ev.ticketId)).to.equal(1);
  });

  it('PY3 PY4: 16 concurrent deliveries of one IPN for an abandoned checkout racing a Lydia payment for the same booking: one reservation, every payment kept, the second one flagged for refund', async () => {
    const ev = await paymentEvent(t, { event: { name: unique('Gala course') } });
    const b = await bookFor(p.alice, ev.ticketId);
    const c = await checkout(t, p.alice, b.id);
    expect(await abandon(p.alice, c.attempt.id)).to.equal('ABANDONED');
    const lydia = (
      await p.alice.data(
        `mutation($b: ID!) { requestLydiaPayment(bookingId: $b, phone: "0612345678") { providerRef } }`,
        { b: b.id },
      )
    ).requestLydiaPayment;
    const paid = await sim().paypalPay(c.attempt.ref, { wait: false, retries: 0 });
    const body = Buffer.from(paid.body, 'latin1');
    const post = () =>
      fetch(`${t.url}/webhooks/paypal`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new Uint8Array(body),
      }).then((r) => r.status);
    const [statuses] = await Promise.all([
      Promise.all(Array.from({ length: 16 }, post)),
      sim().lydiaAccept(lydia.providerRef),
    ]);
    expect(statuses.every((x) => x === 200)).to.equal(true);
    await settled(ev.board, b.id, 16);
    const s = await state(ev.board, b.id);
    expect(s.status).to.equal('RESERVED');
    expect(s.payments.map((x: any) => x.provider).sort()).to.deep.equal(['LYDIA', 'PAYPAL']);
    expect(s.payments.filter((x: any) => x.problem === 'the booking was already paid')).to.have.length(1);
    expect(await placesTaken(ev.board, ev.eventId, ev.ticketId)).to.equal(1);
    await mailbox.waitFor(
      'bureau@example.org',
      (m) => m.subject.includes(b.reference) && m.text.includes('already paid'),
    );
  });

  it('PY3: Pending changes nothing; the Completed that follows (same txn_id) reserves', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.chloe, ev.ticketId);
    const c = await checkout(t, p.chloe, b.id);
    const pending = await sim().paypalPay(c.attempt.ref, { status: 'Pending' });
    await settled(ev.board, b.id, 1);
    expect((await state(p.chloe, b.id)).status).to.equal('PRE_RESERVED');
    expect((await records(ev.board, b.id)).find((r) => r.kind === 'IPN')!.outcome).to.equal('PENDING');
    await sim().paypalPay(c.attempt.ref, { status: 'Completed', txnId: pending.txnId });
    await settled(ev.board, b.id, 2);
    const s = await state(p.chloe, b.id);
    expect(s.status).to.equal('RESERVED');
    expect(s.payments.map((x: any) => x.reference)).to.deep.equal([pending.txnId]);
  });

  // A wrong receiver is not the event's money: it leaves the booking untouched (payments-matching.test.ts).
  for (const [what, scenario, expected] of [
    ['amount', { amount: '1.00' }, 'amount 1.00 instead of 12.50'],
    ['currency', { currency: 'USD' }, 'currency USD instead of EUR'],
  ] as const) {
    it(`PY3: a verified payment with a tampered ${what} puts the booking in opposition, keeps the message and mails the event's admins and the platform admins`, async () => {
      const ev = await paymentEvent(t, { event: { name: unique(`Gala ${what}`) } });
      const b = await bookFor(p.chloe, ev.ticketId);
      const c = await checkout(t, p.chloe, b.id);
      await sim().paypalPay(c.attempt.ref, scenario);
      const [ipn] = await settled(ev.board, b.id, 1);
      expect(ipn).to.include({ verification: 'VERIFIED', outcome: 'OPPOSED' });
      expect(ipn.outcomeDetail).to.include(expected);
      const s = await state(ev.board, b.id);
      expect(s.status).to.equal('OPPOSED');
      expect(s.oppositionReason).to.include(expected);
      expect(await placesTaken(ev.board, ev.eventId, ev.ticketId), 'the place is freed').to.equal(0);
      expect(s.payments).to.have.length(1);
      expect(s.payments[0]).to.include({ conforming: false });
      for (const to of ['bureau@example.org', 'admin@example.org']) {
        const mail = await mailbox.waitFor(
          to,
          (m) => m.subject.includes(b.reference) && m.subject.includes('Paiement à traiter'),
        );
        expect(mail.text).to.include(expected);
      }
    });
  }

  it('PY3: a refund, then a reversal, of a paid booking put it in opposition with the reason; organizers are mailed', async () => {
    for (const status of ['Refunded', 'Reversed']) {
      const ev = await paymentEvent(t, { event: { name: unique(`Gala ${status}`) } });
      const b = await bookFor(p.bruno, ev.ticketId);
      const c = await checkout(t, p.bruno, b.id);
      const paid = await sim().paypalPay(c.attempt.ref);
      await settled(ev.board, b.id, 1);
      const refund = await sim().paypalRefund(paid.txnId, status);
      const ipns = await settled(ev.board, b.id, 2);
      expect(ipns.find((r) => r.reference === refund.txnId)).to.include({
        verification: 'VERIFIED',
        outcome: 'OPPOSED',
      });
      const s = await state(ev.board, b.id);
      expect(s.status).to.equal('OPPOSED');
      expect(s.oppositionReason).to.include(paid.txnId).and.include(status.toLowerCase());
      await mailbox.waitFor('bureau@example.org', (m) => m.subject.includes(b.reference) && m.text.includes(status));
    }
  });

  it('PY2: a message PayPal does not vouch for (INVALID) is stored and logged, and changes nothing', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.chloe, ev.ticketId);
    const c = await checkout(t, p.chloe, b.id);
    const fields = {
      mc_gross: '12.50',
      mc_currency: 'EUR',
      payment_status: 'Completed',
      txn_id: 'FORGED0001',
      receiver_email: PAYPAL_RECEIVER,
      business: PAYPAL_RECEIVER,
      invoice: c.attempt.ref,
      custom: b.id,
      charset: 'utf-8',
    };
    await sim().paypalForge(fields);
    const ipn = await processedIpn('FORGED0001');
    // Linked to nothing (PY3): it names a real checkout, but only PayPal's word links a message to a booking.
    expect(ipn).to.include({ verification: 'INVALID', outcome: 'IGNORED_INVALID', booking_id: null, attempt_id: null });
    expect((await records(ev.board, b.id)).filter((r) => r.kind === 'IPN')).to.deep.equal([]);
    const s = await state(p.chloe, b.id);
    expect(s.status).to.equal('PRE_RESERVED');
    expect(s.payments).to.deep.equal([]);
    // Even a real message is not acted upon when PayPal answers INVALID.
    await sim().paypalVerifyMode('invalid');
    const real = await sim().paypalPay(c.attempt.ref);
    expect(await processedIpn(real.txnId)).to.include({ verification: 'INVALID', booking_id: null });
    expect((await state(p.chloe, b.id)).status).to.equal('PRE_RESERVED');
  });

  it('PY2: when the verification endpoint is down the message is stored unverified, then verified and applied by the job', async () => {
    const ev = await paymentEvent(t);
    const holder = p.alice;
    const b = await bookFor(holder, ev.ticketId);
    const c = await checkout(t, holder, b.id);
    await sim().paypalVerifyMode('error');
    const paid = await sim().paypalPay(c.attempt.ref);
    const ipn = await eventually('an unverified attempt recorded', async () => {
      const [m] = await sql(t).execute(
        `select m.* from payment_messages m where m.kind = 'IPN' and m.reference = ?
        and exists (select 1 from payment_messages v where v.message_id = m.id and v.kind = 'IPN_VERIFICATION' and v.status = 'ERROR')`,
        [paid.txnId],
      );
      return m;
    });
    // Not linked to the booking until PayPal vouches for it (PY3).
    expect(ipn).to.include({ verification: 'PENDING', outcome: null, booking_id: null });
    expect((await state(holder, b.id)).status).to.equal('PRE_RESERVED');
    await sim().paypalVerifyMode('normal');
    const n = await verifyPendingIpns(t.app.deps, () => t.app.db.orm.em.fork());
    expect(n).to.be.greaterThan(0);
    expect((await records(ev.board, b.id)).find((r) => r.kind === 'IPN')).to.include({
      verification: 'VERIFIED',
      outcome: 'RESERVED',
    });
    expect((await state(holder, b.id)).status).to.equal('RESERVED');
  });

  it('PY2: a windows-1252 message with accents is decoded in its charset and verified with its exact bytes', async () => {
    const ev = await paymentEvent(t);
    const holder = p.chloe;
    const b = await bookFor(holder, ev.ticketId);
    const c = await checkout(t, holder, b.id);
    const paid = await sim().paypalPay(c.attempt.ref, {
      charset: 'windows-1252',
      payerFirstName: 'Zoé',
      payerLastName: 'Lefèvre-Müller Œuvre',
    });
    expect(paid.body).to.include('first_name=Zo%E9').and.include('charset=windows-1252');
    const [ipn] = await settled(ev.board, b.id, 1);
    expect(ipn).to.include({ verification: 'VERIFIED', outcome: 'RESERVED' });
    const field = (name: string) => ipn.fields.find((x: { name: string }) => x.name === name)?.value;
    expect(field('first_name')).to.equal('Zoé');
    expect(field('last_name'), 'windows-1252 specials (Œ is 0x8C) decode right').to.equal('Lefèvre-Müller Œuvre');
    const [{ charset }] = await sql(t).execute(`select charset from payment_messages where id = ?`, [ipn.id]);
    expect(charset).to.equal('windows-1252');
  });

  it('PY3: money for an expired or deleted pre-reservation reinstates it when a place is free', async () => {
    const ev = await paymentEvent(t);
    const holder = p.alice;
    const expired = await bookFor(holder, ev.ticketId);
    const c1 = await checkout(t, holder, expired.id);
    await sql(t).execute(`update bookings set expires_at = now() - interval '1 minute' where id = ?`, [expired.id]);
    expect(await expirePreReservations(t.app.deps, t.app.db.orm.em.fork())).to.be.greaterThan(0);
    expect((await state(holder, expired.id)).status).to.equal('EXPIRED');
    await sim().paypalPay(c1.attempt.ref);
    expect((await settled(ev.board, expired.id, 1))[0].outcome).to.equal('REINSTATED');
    expect((await state(holder, expired.id)).status).to.equal('RESERVED');
    expect(await placesTaken(ev.board, ev.eventId, ev.ticketId)).to.equal(1);

    const deleted = await bookFor(p.chloe, ev.ticketId);
    const c2 = await checkout(t, p.chloe, deleted.id);
    expect(code(await p.chloe.request(DELETE, { id: deleted.id })), 'not while the checkout is open').to.equal(
      'PAYMENT_IN_PROGRESS',
    );
    await abandon(p.chloe, c2.attempt.id);
    await p.chloe.data(DELETE, { id: deleted.id });
    await sim().paypalPay(c2.attempt.ref);
    expect((await settled(ev.board, deleted.id, 1))[0].outcome).to.equal('REINSTATED');
    expect((await state(p.chloe, deleted.id)).status).to.equal('RESERVED');
  });

  it('PY3: money for an expired pre-reservation whose place was taken is kept, the booking opposed ("paid after expiry"), organizers and holder mailed', async () => {
    const ev = await paymentEvent(t, { capacity: 1, event: { name: unique('Gala complet') } });
    const late = await bookFor(p.bruno, ev.ticketId);
    const c = await checkout(t, p.bruno, late.id);
    await sql(t).execute(`update bookings set expires_at = now() - interval '1 minute' where id = ?`, [late.id]);
    await expirePreReservations(t.app.deps, t.app.db.orm.em.fork());
    await bookFor(p.chloe, ev.ticketId); // the freed place goes to someone else
    await sim().paypalPay(c.attempt.ref);
    const [ipn] = await settled(ev.board, late.id, 1);
    expect(ipn.outcome).to.equal('PAID_AFTER_EXPIRY');
    const s = await state(ev.board, late.id);
    expect(s.status).to.equal('OPPOSED');
    expect(s.oppositionReason).to.match(/paid after expiry/i);
    expect(s.payments).to.have.length(1);
    expect(s.payments[0].problem).to.include('paid after expiry');
    expect(await placesTaken(ev.board, ev.eventId, ev.ticketId)).to.equal(1);
    await mailbox.waitFor(
      'bureau@example.org',
      (m) => m.subject.includes(late.reference) && m.text.includes('paid after expiry'),
    );
    await mailbox.waitFor(
      'bruno@example.org',
      (m) => m.subject.includes(late.reference) && m.subject.includes('trop tard'),
    );
  });

  it('XI5 PY2: no checkout is offered while a PAYMENT-blocking answer is not validated; it is once validated', async () => {
    const paying = await paymentEvent(t);
    const ticket = paying.ticketId;
    await paying.extraInfo(ticket, { label: 'Caution', type: 'TEXT', blocks: 'PAYMENT' });
    const holder = p.alice;
    const b = await bookFor(holder, ticket);
    expect((await state(holder, b.id)).paymentOffer).to.deep.equal({ providers: [], reason: 'ANSWERS_PENDING' });
    expect(code(await holder.request(CHECKOUT, { b: b.id }))).to.equal('ANSWERS_PENDING');
    const infoId = (
      await holder.data(`query($id: ID!) { booking(id: $id) { requirements { extraInfo { id } } } }`, { id: b.id })
    ).booking.requirements[0].extraInfo.id;
    const answer = await answerValue(holder, b.id, infoId, { text: 'chèque 42' });
    await paying.board.data(VALIDATE, { id: answer.data!.answerExtraInfo.id });
    expect((await state(holder, b.id)).paymentOffer.providers).to.deep.equal(['PAYPAL', 'LYDIA']);
    expect((await holder.data(CHECKOUT, { b: b.id })).startPaypalCheckout.attempt.state).to.equal('PENDING');
  });

  it('PY2: checkouts are refused with a coded reason: free, no account, reserved, strangers, cancelled events', async () => {
    const noAccount = await organizerEvent(t);
    const plain = await noAccount.ticket({ priceCents: 1000 });
    const b1 = await bookFor(p.bruno, plain);
    expect((await p.bruno.error(CHECKOUT, { b: b1.id })).extensions).to.include({
      code: 'PAYMENT_NOT_OFFERED',
      reason: 'NO_ACCOUNT',
    });
    const ev = await paymentEvent(t);
    const free = await ev.ticket({ name: 'Gratuit', priceCents: 0 });
    const b2 = await bookFor(p.chloe, free);
    expect((await p.chloe.error(CHECKOUT, { b: b2.id })).extensions).to.include({
      code: 'PAYMENT_NOT_OFFERED',
      reason: 'NOT_PRE_RESERVED',
    });
    const b3 = await bookFor(p.alice, ev.ticketId);
    expect(code(await p.chloe.request(CHECKOUT, { b: b3.id })), 'someone else’s booking').to.equal('NOT_FOUND');
    expect(code(await p.anonymous.request(CHECKOUT, { b: b3.id }))).to.equal('UNAUTHENTICATED');
    expect(code(await p.alice.request(CHECKOUT, { b: randomUUID() }))).to.equal('NOT_FOUND');
    await ev.board.data(`mutation($id: ID!) { cancelEvent(id: $id) { id } }`, { id: ev.eventId });
    expect(code(await p.alice.request(CHECKOUT, { b: b3.id }))).to.equal('EVENT_CANCELLED');
  });

  it('PY3: a verified payment naming no booking is recorded and the platform admins are mailed; bad bodies are answered and change nothing', async () => {
    // The simulator accepts any checkout: one for an invoice and booking this platform never issued.
    const invoice = `GHOST-${randomBytes(4).toString('hex').toUpperCase()}`;
    await sim().openCheckout({
      url: `${t.url}/simulators/paypal/cgi-bin/webscr`,
      fields: Object.entries({
        cmd: '_xclick',
        business: PAYPAL_RECEIVER,
        item_name: 'Ghost',
        amount: '9.99',
        currency_code: 'EUR',
        invoice,
        custom: randomUUID(),
        notify_url: `${t.url}/webhooks/paypal`,
        return: t.url,
        cancel_return: t.url,
      }).map(([name, value]) => ({ name, value })),
      attempt: { id: '', ref: invoice, state: '', amountCents: 999 },
    });
    const paid = await sim().paypalPay(invoice);
    const row = await eventually('the ghost IPN processed', async () => {
      const [r] = await sql(t).execute(
        `select verification, outcome, booking_id from payment_messages where kind = 'IPN' and reference = ?`,
        [paid.txnId],
      );
      return r?.outcome ? r : null;
    });
    expect(row).to.deep.include({ verification: 'VERIFIED', outcome: 'UNMATCHED', booking_id: null });
    await mailbox.waitFor('admin@example.org', (m) => m.text.includes(paid.txnId));

    const post = (body: Buffer | string, type = 'application/x-www-form-urlencoded') =>
      fetch(`${t.url}/webhooks/paypal`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    const before = Number((await sql(t).execute(`select count(*)::int as n from payments`))[0].n);
    expect((await post(randomBytes(2000))).status, 'garbage is stored and answered 200').to.equal(200);
    expect((await post('')).status).to.equal(200);
    expect((await post('txn_id=&payment_status=Completed&mc_gross=abc')).status).to.equal(200);
    expect((await post(Buffer.alloc(200_000, 'a'))).status, 'huge bodies are refused unread').to.equal(413);
    expect((await fetch(`${t.url}/webhooks/stripe`, { method: 'POST' })).status).to.equal(404);
    await eventually('garbage processed', async () => {
      const [{ n }] = await sql(t).execute(
        `select count(*)::int as n from payment_messages where kind = 'IPN' and verification = 'PENDING'`,
      );
      return Number(n) === 0;
    });
    expect(Number((await sql(t).execute(`select count(*)::int as n from payments`))[0].n)).to.equal(before);
    expect((await fetch(`${t.url}/healthz`)).status, 'the server keeps serving').to.equal(200);
  });

  it('PY5: payment records and payments are kept forever: PostgreSQL refuses to change or delete them', async () => {
    const [m] = await sql(t).execute(
      `select id from payment_messages where kind = 'IPN' and outcome is not null limit 1`,
    );
    for (const stmt of [
      `update payment_messages set raw = 'x' where id = ?`,
      `update payment_messages set amount_cents = 1 where id = ?`,
      `delete from payment_messages where id = ?`,
    ]) {
      let failed = false;
      await sql(t)
        .execute(stmt, [m.id])
        .catch(() => (failed = true));
      expect(failed, stmt).to.equal(true);
    }
    const [pay] = await sql(t).execute(`select id from payments where provider = 'PAYPAL' limit 1`);
    let refused = false;
    await sql(t)
      .execute(`delete from payments where id = ?`, [pay.id])
      .catch(() => (refused = true));
    expect(refused).to.equal(true);
    const [{ dup }] = await sql(t).execute(
      `select count(*)::int as dup from (select provider, provider_txn from payments where provider_txn is not null group by 1, 2 having count(*) > 1) d`,
    );
    expect(dup).to.equal(0);
  });
});
