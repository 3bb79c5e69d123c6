import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { AUDIT, code, eventually, sql } from '../support/booking-fixtures';
import { BOOK } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import {
  bookForSelf as bookFor,
  bookingPaymentRecords as records,
  bookingPaymentState as state,
  CHECKOUT,
  checkout,
  LYDIA_REQUEST,
  paymentEvent,
  PAYPAL_RECEIVER,
  simulators,
} from '../support/payment-fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  admin: 'admin@example.org',
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

describe('API: a payment changes a booking only through a checkout the server issued to its holder (PY3)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: People;
  const sim = () => simulators(t);
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  /** The IPN row of a transaction once acted upon, read as stored (a message matched to no booking has no booking page). */
  const ipnRow = (txnId: string) =>
    eventually(`IPN ${txnId} processed`, async () => {
      const [r] = await sql(t).execute(
        `select id, verification, outcome, outcome_detail, booking_id, attempt_id from payment_messages where kind = 'IPN' and reference = ? order by created_at desc`,
        [txnId],
      );
      return r?.outcome ? r : null;
    });

  /** An attacker's own checkout at "PayPal" (anyone can post any form there), then paid: PayPal vouches for the IPN. */
  async function attackerPays(fields: Record<string, string>) {
    const invoice = fields.invoice ?? `ATTACK-${randomBytes(4).toString('hex')}`;
    const form = {
      cmd: '_xclick',
      item_name: 'x',
      currency_code: 'EUR',
      notify_url: `${t.url}/webhooks/paypal`,
      return: t.url,
      cancel_return: t.url,
      ...fields,
      invoice,
    };
    await sim().openCheckout({
      url: `${t.url}/simulators/paypal/cgi-bin/webscr`,
      fields: Object.entries(form).map(([name, value]) => ({ name, value })),
      attempt: { id: '', ref: invoice, state: '', amountCents: 1 },
    });
    return sim().paypalPay(invoice);
  }

  it('PY3: 0.01 € paid to the event’s account with a forged `custom` naming a victim’s pre-reservation leaves it untouched; the message is kept, flagged, and the admins are mailed', async () => {
    const ev = await paymentEvent(t);
    const victim = await bookFor(p.alice, ev.ticketId);
    const paid = await attackerPays({ business: PAYPAL_RECEIVER, amount: '0.01', custom: victim.id });
    const row = await ipnRow(paid.txnId);
    expect(row).to.include({ verification: 'VERIFIED', outcome: 'UNMATCHED', booking_id: null, attempt_id: null });
    const s = await state(p.alice, victim.id);
    expect(s.status).to.equal('PRE_RESERVED');
    expect(s.oppositionReason).to.equal(null);
    expect(s.payments).to.deep.equal([]);
    for (const to of ['admin@example.org', 'bureau@example.org']) {
      const mail = await mailbox.waitFor(
        to,
        (m) => m.subject.includes(paid.txnId) && m.subject.includes('Paiement à vérifier'),
      );
      expect(mail.text).to.include('0,01').and.include('matches no checkout');
    }
    // It is still payable the normal way.
    const c = await checkout(t, p.alice, victim.id);
    await sim().paypalPay(c.attempt.ref);
    await eventually('reserved', async () => (await state(p.alice, victim.id)).status === 'RESERVED');
  });

  it('PY3: 0.01 € paid to the payer’s own account with a forged `custom` naming an already-paid reservation leaves it untouched; kept, flagged, platform admins mailed', async () => {
    const ev = await paymentEvent(t);
    const victim = await bookFor(p.bruno, ev.ticketId);
    const c = await checkout(t, p.bruno, victim.id);
    const real = await sim().paypalPay(c.attempt.ref);
    await eventually('reserved', async () => (await state(p.bruno, victim.id)).status === 'RESERVED');
    const paid = await attackerPays({ business: 'pirate@example.com', amount: '0.01', custom: victim.id });
    expect(await ipnRow(paid.txnId)).to.include({ verification: 'VERIFIED', outcome: 'UNMATCHED', booking_id: null });
    const s = await state(p.bruno, victim.id);
    expect(s.status).to.equal('RESERVED');
    expect(s.payments.map((x: any) => x.reference)).to.deep.equal([real.txnId]);
    await mailbox.waitFor(
      'admin@example.org',
      (m) => m.subject.includes(paid.txnId) && m.text.includes('pirate@example.com'),
    );
    expect(
      mailbox.to('bureau@example.org').some((m) => m.subject.includes(paid.txnId)),
      'the event’s admins hold none of that money',
    ).to.equal(false);
  });

  it('PY3: a payment with the booking’s real invoice sent to another receiver leaves the booking untouched; kept with the booking, flagged, admins mailed; the holder can still pay', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.chloe, ev.ticketId);
    const c = await checkout(t, p.chloe, b.id);
    const paid = await sim().paypalPay(c.attempt.ref, { receiverEmail: 'pirate@example.com', amount: '0.01' });
    const row = await ipnRow(paid.txnId);
    expect(row).to.include({ verification: 'VERIFIED', outcome: 'WRONG_RECEIVER', booking_id: b.id });
    expect(row.outcome_detail).to.include('receiver pirate@example.com');
    let s = await state(p.chloe, b.id);
    expect(s.status).to.equal('PRE_RESERVED');
    expect(s.payments).to.deep.equal([]);
    expect(s.paymentAttempts.find((a: any) => a.ref === c.attempt.ref).state).to.equal('PENDING');
    for (const to of ['admin@example.org', 'bureau@example.org']) {
      await mailbox.waitFor(
        to,
        (m) => m.subject.includes(b.reference) && m.text.includes('receiver pirate@example.com'),
      );
    }
    const good = await sim().paypalPay(c.attempt.ref);
    expect((await ipnRow(good.txnId)).outcome).to.equal('RESERVED');
    s = await state(p.chloe, b.id);
    expect(s.status).to.equal('RESERVED');
  });

  it('PY3: a matched, verified payment of the wrong amount on a live unpaid booking puts it in opposition', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const c = await checkout(t, p.alice, b.id);
    const paid = await sim().paypalPay(c.attempt.ref, { amount: '0.01' });
    expect((await ipnRow(paid.txnId)).outcome).to.equal('OPPOSED');
    const s = await state(ev.board, b.id);
    expect(s.status).to.equal('OPPOSED');
    expect(s.oppositionReason).to.include('amount 0.01 instead of 12.50');
  });

  it('PY3, BK3: a guest booking paid after its person booked for themselves stays unpaid; the money is recorded for a refund and the admins are mailed', async () => {
    const ev = await paymentEvent(t);
    const guest = (
      await p.bruno.data(BOOK, {
        i: {
          ticketId: ev.ticketId,
          optionIds: [],
          guest: { firstName: 'Chloé', lastName: 'Invitée', email: PEOPLE.chloe },
        },
      })
    ).book as { id: string };
    const c = await checkout(t, p.bruno, guest.id);
    // Chloé books for herself while her sponsor is at PayPal: the guest booking, not accepted, doesn't block her.
    const own = await bookFor(p.chloe, ev.ticketId);
    const paid = await sim().paypalPay(c.attempt.ref);
    expect(await ipnRow(paid.txnId)).to.include({
      verification: 'VERIFIED',
      outcome: 'ALREADY_BOOKED',
      booking_id: guest.id,
    });
    const s = await state(p.bruno, guest.id);
    expect(s.status, 'never a second binding booking for one person').to.equal('PRE_RESERVED');
    expect(s.payments.map((x: any) => x.reference)).to.deep.equal([paid.txnId]);
    expect((await state(p.chloe, own.id)).status).to.equal('PRE_RESERVED');
    const mail = await mailbox.waitFor(
      'bureau@example.org',
      (m) => m.subject.includes('Paiement à traiter') && m.text.includes(paid.txnId),
    );
    expect(mail.text).to.include('already holds another booking');
  });

  it('PY3: a replayed invoice of a settled attempt (a new transaction, of any amount) changes nothing; its money is recorded for a refund, and refunding it does not oppose the booking', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.bruno, ev.ticketId);
    const c = await checkout(t, p.bruno, b.id);
    const first = await sim().paypalPay(c.attempt.ref);
    expect((await ipnRow(first.txnId)).outcome).to.equal('RESERVED');
    const before = await state(ev.board, b.id);
    const tiny = await sim().paypalPay(c.attempt.ref, { amount: '0.01' });
    expect(await ipnRow(tiny.txnId)).to.include({ verification: 'VERIFIED', outcome: 'ATTEMPT_SETTLED' });
    const again = await sim().paypalPay(c.attempt.ref);
    expect((await ipnRow(again.txnId)).outcome).to.equal('ATTEMPT_SETTLED');
    const after = await state(ev.board, b.id);
    expect(after.status).to.equal('RESERVED');
    expect(after.reservedAt).to.equal(before.reservedAt);
    expect(after.paymentAttempts).to.deep.equal(before.paymentAttempts);
    expect(after.payments.filter((x: any) => x.problem === null).map((x: any) => x.reference)).to.deep.equal([
      first.txnId,
    ]);
    expect(after.payments.filter((x: any) => x.problem?.includes('already paid'))).to.have.length(2);
    await mailbox.waitFor('bureau@example.org', (m) => m.subject.includes(b.reference) && m.text.includes(again.txnId));
    // The organizers refund the second payment as they were told: the reservation stays.
    const refund = await sim().paypalRefund(again.txnId);
    expect((await ipnRow(refund.txnId)).outcome).to.equal('RECORDED');
    expect((await state(ev.board, b.id)).status).to.equal('RESERVED');
    // The refund of the payment that paid it is PayPal taking the place's money back: opposition.
    const back = await sim().paypalRefund(first.txnId, 'Reversed');
    expect((await ipnRow(back.txnId)).outcome).to.equal('OPPOSED');
    expect((await state(ev.board, b.id)).status).to.equal('OPPOSED');
  });

  it('PY3: attempt references carry 128 random bits and are issued only to the holder or sponsor; organizers see an invoice shortened until it is paid', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const c = (await p.alice.data(CHECKOUT, { b: b.id })).startPaypalCheckout;
    expect(c.attempt.ref).to.match(new RegExp(`^${b.reference}-[0-9A-F]{32}$`));
    expect(code(await ev.board.request(CHECKOUT, { b: b.id })), 'an event admin').to.equal('FORBIDDEN');
    expect(code(await ev.board.request(LYDIA_REQUEST, { b: b.id, p: '0612345678' }))).to.equal('FORBIDDEN');
    expect((await records(ev.board, b.id)).filter((r) => r.kind === 'CHECKOUT')).to.have.length(1);
    // Organizers who may see the booking see the open invoice shortened: in the attempts, the records and the audit log.
    const seen = JSON.stringify([
      (await state(ev.board, b.id)).paymentAttempts,
      await records(ev.board, b.id),
      (await ev.board.data(AUDIT, { id: b.id })).booking.auditLog,
    ]);
    expect(seen).to.include(c.attempt.ref.slice(0, -28)).and.not.include(c.attempt.ref);
    expect(
      (await state(p.alice, b.id)).paymentAttempts.map((a: any) => a.ref),
      'the holder sees it whole',
    ).to.deep.equal([c.attempt.ref]);
    // A checkout PayPal marked Failed or Denied can still match money: still shortened for organizers.
    for (const st of ['FAILED', 'REFUSED', 'CANCELLED']) {
      await sql(t).execute(`update payment_attempts set state = ? where id = ?`, [st, c.attempt.id]);
      expect(JSON.stringify((await state(ev.board, b.id)).paymentAttempts), st).to.not.include(c.attempt.ref);
    }
    await sql(t).execute(`update payment_attempts set state = 'CREATED' where id = ?`, [c.attempt.id]);
    // Once paid, it matches nothing new: shown whole, for reconciliation.
    await sim().openCheckout(c);
    await sim().paypalPay(c.attempt.ref);
    await eventually('reserved', async () => (await state(p.alice, b.id)).status === 'RESERVED');
    expect(JSON.stringify(await records(ev.board, b.id))).to.include(c.attempt.ref);
  });

  it('SEC1 SEC3: NUL bytes and garbage in PayPal and Lydia webhook bodies never give a 500; they are stored and the server keeps serving', async () => {
    const post = (path: string, body: Buffer | string) =>
      fetch(`${t.url}/webhooks/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    const nul =
      'txn_id=%00NUL&invoice=%00x&custom=%00&payment_status=Completed%00&mc_gross=1%00&mc_currency=EU%00&receiver_email=a%00b&charset=utf%00-8&pending_reason=%00';
    const bodies: Array<Buffer | string> = [
      nul,
      Buffer.from('txn_id=RAW\0NUL&invoice=\0&payment_status=Pending\0', 'latin1'),
      randomBytes(3000),
      Buffer.from([0, 0, 0, 0x25, 0x30, 0x30, 0x3d, 0x26]),
    ];
    for (const body of bodies) {
      expect((await post('paypal', body)).status, 'PayPal always gets its 200').to.equal(200);
      expect((await post('lydia', body)).status).to.be.within(400, 499);
    }
    expect((await post('lydia', 'request_id=1%002&amount=1%00&currency=%00&sig=%00&vendor_token=%00')).status).to.equal(
      404,
    );
    await eventually('garbage verified and set aside', async () => {
      const [{ n }] = await sql(t).execute(
        `select count(*)::int as n from payment_messages where kind = 'IPN' and verification = 'PENDING'`,
      );
      return Number(n) === 0;
    });
    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from payment_messages where kind in ('IPN', 'LYDIA_CALLBACK') and raw = ?`,
      [Buffer.from(nul)],
    );
    expect(Number(n), 'kept byte for byte').to.equal(2);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
  });
});
