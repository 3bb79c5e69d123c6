import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { purgeUnprovenMessages } from '../../server/src/modules/payments';
import { useApp } from '../support/app';
import { eventually, sql } from '../support/booking-fixtures';
import { BOOK } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import { checkout, PAYMENT_STATE, paymentEvent, simulators } from '../support/payment-fixtures';

const DAY = 24 * 3600_000;

describe('API: /webhooks/* under abuse: per-address rate limit, purge of unproven messages (SEC2, PY5)', function () {
  this.timeout(60_000);
  // A small bucket: 20 tokens, one more a second.
  const t = useApp({
    env: { WEBHOOK_RATE_BURST: '20', WEBHOOK_RATE_PER_MINUTE: '60', PAYMENT_MESSAGE_RETENTION_DAYS: '30' },
  });
  const countIpns = async () =>
    Number((await sql(t).execute(`select count(*)::int as n from payment_messages where kind = 'IPN'`))[0].n);
  const post = (body: Buffer | string) =>
    fetch(`${t.url}/webhooks/paypal`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  it('PY5 SEC2: the purge job deletes unverified, unmatched messages older than the retention (with their verification records); verified, matched and recent ones stay; PostgreSQL refuses any other delete', async () => {
    const p = await signInAll(t, { alice: 'alice@example.org' });
    const ev = await paymentEvent(t);
    const b = (await p.alice.data(BOOK, { i: { ticketId: ev.ticketId, optionIds: [] } })).book;
    const c = await checkout(t, p.alice, b.id);
    const now = Date.now();
    const insert = async (row: {
      kind: string;
      verification: string | null;
      ageDays: number;
      bookingId?: string;
      attemptId?: string;
      messageId?: string;
      outcome?: string;
    }) => {
      const id = randomUUID();
      await sql(t).execute(
        `insert into payment_messages (id, provider, kind, raw, verification, booking_id, attempt_id, message_id, outcome, created_at) values (?, 'PAYPAL', ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          row.kind,
          randomBytes(64),
          row.verification,
          row.bookingId ?? null,
          row.attemptId ?? null,
          row.messageId ?? null,
          row.outcome ?? null,
          new Date(now - row.ageDays * DAY),
        ],
      );
      return id;
    };
    const oldInvalid = await insert({ kind: 'IPN', verification: 'INVALID', ageDays: 40, outcome: 'IGNORED_INVALID' });
    const itsVerification = await insert({
      kind: 'IPN_VERIFICATION',
      verification: null,
      ageDays: 40,
      messageId: oldInvalid,
    });
    const oldPending = await insert({ kind: 'LYDIA_CALLBACK', verification: 'PENDING', ageDays: 40 });
    const oldVerified = await insert({ kind: 'IPN', verification: 'VERIFIED', ageDays: 40, outcome: 'UNMATCHED' });
    const oldMatched = await insert({
      kind: 'IPN',
      verification: 'INVALID',
      ageDays: 40,
      bookingId: b.id,
      attemptId: c.attempt.id,
      outcome: 'IGNORED_INVALID',
    });
    const recent = await insert({ kind: 'IPN', verification: 'INVALID', ageDays: 10, outcome: 'IGNORED_INVALID' });
    const fresh = await insert({ kind: 'IPN', verification: 'INVALID', ageDays: 0 });

    for (const [what, id] of [
      ['verified', oldVerified],
      ['matched', oldMatched],
      ['received today', fresh],
    ]) {
      let refused = false;
      await sql(t)
        .execute(`delete from payment_messages where id = ?`, [id])
        .catch(() => (refused = true));
      expect(refused, `a ${what} message can't be deleted`).to.equal(true);
    }
    let refused = false;
    await sql(t)
      .execute(`delete from payment_messages where kind = 'CHECKOUT'`)
      .catch(() => (refused = true));
    expect(refused, 'records of what the server sent are never deleted').to.equal(true);

    expect(await purgeUnprovenMessages(t.app.deps, t.app.db.orm.em.fork())).to.equal(2);
    const left = (await sql(t).execute(`select id from payment_messages`)).map((r) => r.id as string);
    for (const gone of [oldInvalid, itsVerification, oldPending]) expect(left, 'purged').to.not.include(gone);
    for (const kept of [oldVerified, oldMatched, recent, fresh]) expect(left, 'kept').to.include(kept);
    expect(await purgeUnprovenMessages(t.app.deps, t.app.db.orm.em.fork()), 'nothing more to purge').to.equal(0);
  });

  it('SEC2: a flood of webhook messages from one address gets 429 with Retry-After past the burst, large bodies cost more, nothing refused is stored, and the server keeps serving', async () => {
    const before = await countIpns();
    // 20 tokens, one a second; a 60 KB body costs 15, a small one 1.
    const big = Buffer.alloc(60 * 1024, 'a');
    expect((await post(big)).status).to.equal(200);
    const refused = await post(big);
    expect(refused.status).to.equal(429);
    expect(Number(refused.headers.get('retry-after')), 'about 10 s until 15 tokens are back').to.be.within(8, 11);
    expect(await refused.json()).to.include({ code: 'RATE_LIMITED' });

    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await post(`txn_id=FLOOD${i}&${'x='.padEnd(1000, 'y')}`);
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    const elapsed = (Date.now() - started) / 1000;
    const accepted = statuses.filter((s) => s === 200).length;
    expect(accepted, 'what was left, and what refilled meanwhile').to.be.within(5, 5 + Math.ceil(elapsed) + 1);
    expect(statuses.filter((s) => s === 429).length).to.equal(100 - accepted);
    expect((await countIpns()) - before, 'refused messages are not stored').to.equal(1 + accepted);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
  });
});

describe('API: /webhooks/* rate limit and PayPal’s retries (SEC2, PY2)', function () {
  this.timeout(60_000);
  const t = useApp({ env: { WEBHOOK_RATE_BURST: '3', WEBHOOK_RATE_PER_MINUTE: '20' } });
  const post = (body: string) =>
    fetch(`${t.url}/webhooks/paypal`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });

  it('SEC2 PY2: a genuine IPN refused while the address is over its limit is delivered again by PayPal and applied', async () => {
    const p = await signInAll(t, { bruno: 'bruno@example.org' });
    const ev = await paymentEvent(t);
    const b = (await p.bruno.data(BOOK, { i: { ticketId: ev.ticketId, optionIds: [] } })).book;
    const c = await checkout(t, p.bruno, b.id);
    while ((await post('txn_id=X')).status !== 429); // the bucket is empty: a message every 3 s refills it
    const paid = await simulators(t).paypalPay(c.attempt.ref, { retries: 10, retryDelayMs: 1000 });
    expect(paid.deliveries, 'the first delivery is refused (the simulator answers once it is)').to.deep.equal([429]);
    await eventually(
      'delivered again, verified and applied',
      async () => (await p.bruno.data(PAYMENT_STATE, { id: b.id })).booking.status === 'RESERVED',
      30_000,
    );
  });
});
