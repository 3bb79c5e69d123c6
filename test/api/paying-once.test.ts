// Issue 16, paying once: one open payment attempt per booking, enforced by the server (a partial unique index and
// the booking's row lock), abandoned explicitly or after a timeout; money arriving afterwards is never lost (PY3).
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { checkPendingLydiaRequests } from '../../server/src/modules/payments';
import { useApp } from '../support/app';
import { code, DELETE, eventually, sql } from '../support/booking-fixtures';
import { signInAll } from '../support/fixtures';
import {
  ABANDON,
  abandon,
  bookForSelf as bookFor,
  bookingPaymentRecords as records,
  bookingPaymentState as state,
  CHECKOUT,
  checkout,
  LYDIA_REQUEST,
  paymentEvent,
  simulators,
} from '../support/payment-fixtures';
import type { ApiClient } from '../support/graphql';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  anonymous: null,
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

const ATTEMPT = `query($id: ID!) { booking(id: $id) { status paymentAttempts { id provider state expiresAt } } }`;
const attempts = async (c: ApiClient, id: string) =>
  (await c.data(ATTEMPT, { id })).booking.paymentAttempts as Array<{
    id: string;
    provider: string;
    state: string;
    expiresAt: string | null;
  }>;
const DECLINE = `mutation($id: ID!) { declineGuestBooking(id: $id) { id status } }`;

describe('API: paying once — one open payment attempt per booking (issue 16, PY2–PY4)', function () {
  this.timeout(90_000);
  const t = useApp();
  let p: People;
  const sim = () => simulators(t);
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  it('issue 16: 16 concurrent PayPal checkouts and Lydia requests for one booking, over HTTP, open exactly one attempt; the others get PAYMENT_IN_PROGRESS', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        i % 2 ? p.alice.request(CHECKOUT, { b: b.id }) : p.alice.request(LYDIA_REQUEST, { b: b.id, p: '0612345678' }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok, 'exactly one attempt opened').to.have.length(1);
    expect(results.filter((r) => r.errors).map(code)).to.deep.equal(Array(15).fill('PAYMENT_IN_PROGRESS'));
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from payment_attempts where booking_id = ?`, [
      b.id,
    ]);
    expect(n, 'one row in the database').to.equal(1);
    const err = results.find((r) => r.errors)!.errors![0].extensions!;
    const [open] = await attempts(p.alice, b.id);
    expect(err).to.include({ attemptId: open.id, provider: open.provider });
    expect(err.expiresAt, 'the error says until when').to.equal(open.expiresAt);
  });

  it('issue 16: PostgreSQL itself refuses a second open attempt for a booking (partial unique index)', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const c = await checkout(t, p.alice, b.id);
    let refused: { constraint?: string } | null = null;
    try {
      await sql(t).execute(
        `insert into payment_attempts (id, booking_id, provider, account_id, ref, amount_cents, state)
         select ?, booking_id, provider, account_id, ?, amount_cents, 'PENDING' from payment_attempts where id = ?`,
        [randomUUID(), `X-${randomUUID()}`, c.attempt.id],
      );
    } catch (e) {
      refused = e as { constraint?: string };
    }
    expect(refused?.constraint).to.equal('payment_attempts_one_open');
  });

  it('issue 16: while an attempt is open, neither the holder nor an EDIT organizer may delete the booking, nor the guest decline it; abandoning reopens payment with a fresh invoice, and deletion', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const c = await checkout(t, p.alice, b.id);
    expect(code(await p.alice.request(DELETE, { id: b.id })), 'the holder').to.equal('PAYMENT_IN_PROGRESS');
    expect(code(await ev.board.request(DELETE, { id: b.id })), 'an organizer').to.equal('PAYMENT_IN_PROGRESS');
    expect((await state(p.alice, b.id)).status).to.equal('PRE_RESERVED');

    expect(await abandon(p.alice, c.attempt.id)).to.equal('ABANDONED');
    expect(code(await p.alice.request(ABANDON, { a: c.attempt.id })), 'abandoned once').to.equal('CONFLICT');
    const again = (await p.alice.data(CHECKOUT, { b: b.id })).startPaypalCheckout;
    expect(again.attempt.ref, 'a fresh invoice per attempt').to.not.equal(c.attempt.ref);
    await abandon(p.alice, again.attempt.id);
    expect((await p.alice.data(DELETE, { id: b.id })).deletePreReservation.status).to.equal('DELETED');

    // BK3: the person a guest booking names can't decline it while its sponsor is paying.
    const guest = (
      await p.bruno.data(`mutation($i: BookInput!) { book(input: $i) { id } }`, {
        i: {
          ticketId: ev.ticketId,
          optionIds: [],
          guest: { firstName: 'Chloé', lastName: 'Invitée', email: 'chloe@example.org' },
        },
      })
    ).book.id as string;
    const g = await checkout(t, p.bruno, guest);
    expect(code(await p.chloe.request(DECLINE, { id: guest }))).to.equal('PAYMENT_IN_PROGRESS');
    await abandon(p.bruno, g.attempt.id);
    expect((await p.chloe.data(DECLINE, { id: guest })).declineGuestBooking.status).to.equal('DELETED');
  });

  it('issue 16: an attempt past its time limit (expiresAt, stated to the payer) closes as EXPIRED: payment and deletion are open again', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const before = Date.now();
    const c = await checkout(t, p.alice, b.id);
    const [open] = await attempts(p.alice, b.id);
    const minutes = (new Date(open.expiresAt!).getTime() - before) / 60_000;
    expect(minutes, 'PAYMENT_ATTEMPT_MINUTES, 30 by default').to.be.within(29.5, 30.5);
    await sql(t).execute(`update payment_attempts set expires_at = now() - interval '1 second' where id = ?`, [
      c.attempt.id,
    ]);
    const next = (await p.alice.data(LYDIA_REQUEST, { b: b.id, p: '0612345678' })).requestLydiaPayment;
    expect((await attempts(p.alice, b.id)).map((a) => a.state)).to.deep.equal(['EXPIRED', 'PENDING']);
    await sql(t).execute(`update payment_attempts set expires_at = now() - interval '1 second' where id = ?`, [
      next.id,
    ]);
    expect((await p.alice.data(DELETE, { id: b.id })).deletePreReservation.status).to.equal('DELETED');
  });

  it('issue 16 PY3: a payment PayPal reports Pending is being confirmed (CONFIRMING): no abandon, no second attempt, no deletion, no timeout; Completed reserves', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.chloe, ev.ticketId);
    const c = await checkout(t, p.chloe, b.id);
    const pending = await sim().paypalPay(c.attempt.ref, { status: 'Pending' });
    await eventually('confirming', async () => (await attempts(p.chloe, b.id))[0].state === 'CONFIRMING');
    await sql(t).execute(`update payment_attempts set expires_at = now() - interval '1 second' where id = ?`, [
      c.attempt.id,
    ]);
    expect(code(await p.chloe.request(ABANDON, { a: c.attempt.id }))).to.equal('CONFLICT');
    const second = await p.chloe.request(LYDIA_REQUEST, { b: b.id, p: '0612345678' });
    expect(code(second)).to.equal('PAYMENT_IN_PROGRESS');
    expect(second.errors![0].extensions).to.include({ state: 'CONFIRMING', expiresAt: null });
    expect(code(await p.chloe.request(DELETE, { id: b.id }))).to.equal('PAYMENT_IN_PROGRESS');
    await sim().paypalPay(c.attempt.ref, { status: 'Completed', txnId: pending.txnId });
    await eventually('reserved', async () => (await state(p.chloe, b.id)).status === 'RESERVED');
    expect((await attempts(p.chloe, b.id))[0].state).to.equal('PAID');
  });

  it('issue 16 PY3: money for an abandoned PayPal checkout still reserves the booking; for one abandoned after another payment, it is kept and flagged for refund', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const first = await checkout(t, p.alice, b.id);
    await abandon(p.alice, first.attempt.id);
    await sim().paypalPay(first.attempt.ref);
    await eventually('reserved', async () => (await state(p.alice, b.id)).status === 'RESERVED');

    const other = await bookFor(p.bruno, ev.ticketId);
    const c1 = await checkout(t, p.bruno, other.id);
    await abandon(p.bruno, c1.attempt.id);
    const c2 = await checkout(t, p.bruno, other.id);
    await sim().paypalPay(c2.attempt.ref);
    await eventually('reserved', async () => (await state(p.bruno, other.id)).status === 'RESERVED');
    await sim().paypalPay(c1.attempt.ref);
    const ipn = await eventually('second IPN processed', async () => {
      const ipns = (await records(ev.board, other.id)).filter((r) => r.kind === 'IPN' && r.outcome);
      return ipns.length === 2 ? ipns[1] : null;
    });
    expect(ipn.outcome).to.equal('ALREADY_PAID');
    expect((await state(ev.board, other.id)).payments).to.have.length(2);
  });

  it('issue 16 PY4 PY3: a Lydia request paid at Lydia without a callback is settled when the payer abandons it, or by the job once it timed out', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const r = (await p.alice.data(LYDIA_REQUEST, { b: b.id, p: '0612345678' })).requestLydiaPayment;
    await sim().lydiaAccept(r.providerRef, { callback: false });
    await abandon(p.alice, r.id);
    expect((await state(p.alice, b.id)).status, 'Lydia refused to cancel a paid request: settled').to.equal('RESERVED');

    const late = await bookFor(p.bruno, ev.ticketId);
    const r2 = (await p.bruno.data(LYDIA_REQUEST, { b: late.id, p: '0612345678' })).requestLydiaPayment;
    await sim().lydiaAccept(r2.providerRef, { callback: false });
    await sql(t).execute(
      `update payment_attempts set state = 'EXPIRED', expires_at = now() - interval '1 second', checked_at = null where id = ?`,
      [r2.id],
    );
    await checkPendingLydiaRequests(t.app.deps, () => t.app.db.orm.em.fork());
    expect((await state(p.bruno, late.id)).status).to.equal('RESERVED');
  });

  it('issue 16 SEC5: abandoning is for the payer only — anonymous UNAUTHENTICATED, a stranger and a random id the same NOT_FOUND, an organizer FORBIDDEN', async () => {
    const ev = await paymentEvent(t);
    const b = await bookFor(p.alice, ev.ticketId);
    const c = await checkout(t, p.alice, b.id);
    expect(code(await p.anonymous.request(ABANDON, { a: c.attempt.id }))).to.equal('UNAUTHENTICATED');
    const stranger = await p.bruno.request(ABANDON, { a: c.attempt.id });
    const random = await p.bruno.request(ABANDON, { a: randomUUID() });
    expect(code(stranger)).to.equal('NOT_FOUND');
    expect(stranger.errors![0].message).to.equal(random.errors![0].message);
    expect(code(await p.bruno.request(ABANDON, { a: 'not-a-uuid' }))).to.equal('NOT_FOUND');
    expect(code(await ev.board.request(ABANDON, { a: c.attempt.id }))).to.equal('FORBIDDEN');
    expect((await attempts(p.alice, b.id))[0].state).to.equal('PENDING');
  });
});
