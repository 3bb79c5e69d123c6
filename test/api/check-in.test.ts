import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { expect } from 'chai';
import { base45Decode, base45Encode } from '../../server/src/modules/door/base45';
import { publicKeyObject } from '../../server/src/crypto/ticket-signer';
import { useApp } from '../support/app';
import { answerValue, code, MARK_PAID, OPPOSE, sql, VALIDATE } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  eve: 'exterieur@example.org',
  admin: 'admin@example.org',
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

const CHECK_IN = `mutation($e: ID!, $c: String, $b: ID, $d: String) { checkIn(eventId: $e, code: $c, bookingId: $b, device: $d) {
  status booking { id reference holder { fullName } options { name } oppositionReason } checkIn { checkedInAt method device checkedInBy { email } } blockedBy { label } } }`;
const KIT = `query($e: ID!) { checkInKit(eventId: $e) { eventId generatedAt publicKeys { id publicKey } bookings { id reference holderName ticketName options checkedInAt blockedBy } revokedBookingIds } }`;
const SYNC = `mutation($e: ID!, $s: [OfflineScanInput!]!) { syncCheckIns(eventId: $e, scans: $s) { status booking { id } checkIn { method device checkedInAt checkedInBy { email } } } }`;

const bookFor = async (c: ApiClient, ticketId: string, optionIds: string[] = []) =>
  (await c.data(BOOK, { i: { ticketId, optionIds } })).book as { id: string; reference: string; event: { id: string } };

describe('API: signed ticket codes and check-in at the door (TT3, TT4, XI5)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: People;
  const issue = (bookingId: string, eventId: string) => t.app.deps.signer.issue(bookingId, eventId, new Date());
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  /** An event with a free ticket (reserved at once) and a paid one, and chloe@ granted VALIDATE. */
  async function door(over: Record<string, unknown> = {}) {
    const ev = await organizerEvent(t, over);
    const free = await ev.ticket({ name: 'Entrée libre', priceCents: 0 });
    const paid = await ev.ticket({ name: 'Entrée payante', priceCents: 1000 });
    await ev.grant('VALIDATE', 'chloe@example.org');
    await ev.grant('VIEW', 'exterieur@example.org');
    return { ...ev, free, paid };
  }

  it('TT3: a code is 153 base45 characters that verify; any altered, truncated, forged or garbage code is INVALID_CODE and never a crash', async () => {
    const ev = await door();
    const b = await bookFor(p.alice, ev.free);
    const good = await issue(b.id, ev.eventId);
    expect(good)
      .to.have.length(153)
      .and.match(/^[0-9A-Z $%*+\-./:]+$/);
    const claim = await t.app.deps.signer.verify(good);
    expect(claim).to.deep.include({ ok: true });
    expect(claim.ok && claim.claim).to.include({ bookingId: b.id, eventId: ev.eventId });

    const bytes = base45Decode(good)!;
    const flip = (i: number) => {
      const copy = Buffer.from(bytes);
      copy[i] ^= 0x01;
      return base45Encode(copy);
    };
    // A forger with their own key, even reusing our key id and layout.
    const { privateKey } = generateKeyPairSync('ed25519');
    const body = Buffer.from(bytes.subarray(0, 38));
    const forged = base45Encode(Buffer.concat([body, sign(null, body, privateKey)]));
    const garbage = [
      flip(5), // booking id altered
      flip(20), // event id altered
      flip(36), // issue time altered
      flip(80), // signature altered
      flip(1), // another key id
      good.slice(0, -3),
      good + 'AAA',
      forged,
      '',
      ' ',
      'https://example.org/ticket/123',
      'ÉÀ€😀',
      'A'.repeat(10_000),
      '::::',
      base45Encode(Buffer.alloc(102)),
    ];
    for (const g of garbage) {
      const res = await ev.board.data(CHECK_IN, { e: ev.eventId, c: g });
      expect(res.checkIn.status, JSON.stringify(g.slice(0, 30))).to.equal('INVALID_CODE');
      expect(res.checkIn.booking).to.equal(null);
    }
    expect(
      (await ev.board.data(CHECK_IN, { e: ev.eventId, c: good })).checkIn.status,
      'the real one still works',
    ).to.equal('OK');
  });

  it('TT4: a valid reservation is checked in once; the second scan says when and by whom', async () => {
    const ev = await door();
    const shuttle = await ev.option(ev.free, 'Navette', 0);
    const b = await bookFor(p.alice, ev.free, [shuttle]);
    const c = await issue(b.id, ev.eventId);
    const first = (await p.chloe.data(CHECK_IN, { e: ev.eventId, c, d: 'Entrée nord' })).checkIn;
    expect(first.status).to.equal('OK');
    expect(first.booking).to.deep.include({
      id: b.id,
      holder: { fullName: 'Alice Martin' }.fullName ? first.booking.holder : null,
    });
    expect(first.booking.options.map((o: { name: string }) => o.name)).to.deep.equal(['Navette']);
    expect(first.checkIn).to.deep.include({
      method: 'SCAN',
      device: 'Entrée nord',
      checkedInBy: { email: 'chloe@example.org' },
    });
    const second = (await ev.board.data(CHECK_IN, { e: ev.eventId, c })).checkIn;
    expect(second.status).to.equal('ALREADY_CHECKED_IN');
    expect(second.checkIn).to.deep.equal(first.checkIn);
    const manual = (await ev.board.data(CHECK_IN, { e: ev.eventId, b: b.id })).checkIn;
    expect(manual.status, 'the list says the same').to.equal('ALREADY_CHECKED_IN');
    expect(
      (await p.alice.data(`query($id: ID!) { booking(id: $id) { checkIn { method checkedInAt } } }`, { id: b.id }))
        .booking.checkIn.method,
    ).to.equal('SCAN');
  });

  it('TT4: opposed, unpaid, other-event and entry-blocked bookings are refused with the reason; XI5: a free booking’s PAYMENT-blocking information blocks entry', async () => {
    const ev = await door();
    const other = await door();
    const entryInfo = await ev.extraInfo(ev.paid, { label: 'Certificat médical', type: 'TEXT', blocks: 'ENTRY' });
    const freeDeposit = await ev.extraInfo(ev.free, { label: 'Caution', type: 'TEXT', blocks: 'PAYMENT' });
    const scan = async (bookingId: string, eventId: string, atEvent = ev.eventId) =>
      (await p.chloe.data(CHECK_IN, { e: atEvent, c: await issue(bookingId, eventId) })).checkIn;

    const unpaid = await bookFor(p.alice, ev.paid);
    expect((await scan(unpaid.id, ev.eventId)).status).to.equal('NOT_PAID');

    await answerValue(p.alice, unpaid.id, entryInfo, { text: 'ok' });
    await ev.board.data(MARK_PAID, { i: { bookingId: unpaid.id, amountCents: 1000, method: 'CASH', reference: '' } });
    const blocked = await scan(unpaid.id, ev.eventId);
    expect(blocked.status).to.equal('ENTRY_BLOCKED');
    expect(blocked.blockedBy.map((x: { label: string }) => x.label)).to.deep.equal(['Certificat médical']);
    const answerId = (
      await p.alice.data(`query($id: ID!) { booking(id: $id) { requirements { answer { id } } } }`, { id: unpaid.id })
    ).booking.requirements[0].answer.id;
    await p.chloe.data(VALIDATE, { id: answerId });
    expect((await scan(unpaid.id, ev.eventId)).status, 'once validated').to.equal('OK');

    const free = await bookFor(p.bruno, ev.free);
    const xi5 = await scan(free.id, ev.eventId);
    expect(xi5.status, 'XI5').to.equal('ENTRY_BLOCKED');
    expect(xi5.blockedBy.map((x: { label: string }) => x.label)).to.deep.equal(['Caution']);
    expect(freeDeposit).to.be.a('string');

    const opposed = await bookFor(p.eve, ev.free);
    await ev.board.data(OPPOSE, { id: opposed.id, r: 'Billet revendu' });
    const res = await scan(opposed.id, ev.eventId);
    expect(res.status).to.equal('OPPOSED');
    expect(res.booking.oppositionReason).to.equal('Billet revendu');

    const elsewhere = await bookFor(p.alice, other.free);
    const foreign = await scan(elsewhere.id, other.eventId);
    expect(foreign.status).to.equal('OTHER_EVENT');
    expect(foreign.booking, 'nothing is told about another event’s booking').to.equal(null);
    expect((await p.chloe.data(CHECK_IN, { e: ev.eventId, b: elsewhere.id })).checkIn.status).to.equal('OTHER_EVENT');
  });

  it('TT4: twenty scanners scanning the same ticket at the same instant get exactly one OK', async () => {
    const ev = await door();
    const b = await bookFor(p.bruno, ev.free);
    const c = await issue(b.id, ev.eventId);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? p.chloe : ev.board).data(CHECK_IN, { e: ev.eventId, c, d: `scanner ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.checkIn.status);
    expect(statuses.filter((s) => s === 'OK')).to.have.length(1);
    expect(statuses.filter((s) => s === 'ALREADY_CHECKED_IN')).to.have.length(19);
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from check_ins where booking_id = ?`, [b.id]);
    expect(n).to.equal(1);
    // Every refusal names the one check-in that won (when, how, on which device, by whom), even the scans that
    // raced it; and every scan is audited once with its result.
    const first = results.find((r) => r.checkIn.status === 'OK')!.checkIn.checkIn;
    for (const r of results) expect(r.checkIn.checkIn).to.deep.equal(first);
    const audited = await sql(t).execute(
      `select data->>'result' as result, count(*)::int as n from audit_log where action = 'checkin.scan' and subject_id = ? group by 1 order by 1`,
      [b.id],
    );
    expect(audited).to.deep.equal([
      { result: 'ALREADY_CHECKED_IN', n: 19 },
      { result: 'OK', n: 1 },
    ]);
  });

  it('TT4: a scan waits for an opposition in flight (the booking row locked by it) and answers OPPOSED once it commits', async () => {
    const ev = await door();
    const b = await bookFor(p.bruno, ev.free);
    const c = await issue(b.id, ev.eventId);
    const trx = await sql(t).getKnex().transaction();
    let scan: Promise<Record<string, any>> | undefined;
    try {
      await trx.raw(
        `update bookings set status = 'OPPOSED', opposition_reason = 'Billet revendu', ended_at = now() where id = ?`,
        [b.id],
      );
      let answered = false;
      scan = p.chloe.data(CHECK_IN, { e: ev.eventId, c }).finally(() => (answered = true));
      await new Promise((r) => setTimeout(r, 500));
      expect(answered, 'the scan waits for the opposition').to.equal(false);
      await trx.commit();
    } finally {
      if (!trx.isCompleted()) await trx.rollback();
    }
    const res = (await scan!).checkIn;
    expect(res.status).to.equal('OPPOSED');
    expect(res.booking.oppositionReason).to.equal('Billet revendu');
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from check_ins where booking_id = ?`, [b.id]);
    expect(n, 'nobody let in').to.equal(0);
  });

  it('TT4: only VALIDATE+ checks in; every scan is audited, refusals included', async () => {
    const ev = await door();
    const b = await bookFor(p.alice, ev.free);
    const c = await issue(b.id, ev.eventId);
    expect(code(await p.eve.request(CHECK_IN, { e: ev.eventId, c })), 'VIEW is not enough').to.equal('FORBIDDEN');
    expect(code(await p.bruno.request(CHECK_IN, { e: ev.eventId, c }))).to.equal('FORBIDDEN');
    expect(code(await p.admin.request(CHECK_IN, { e: ev.eventId, c: 'nope' })), 'platform admins may').to.equal(
      undefined,
    );
    expect(code(await p.chloe.request(CHECK_IN, { e: ev.eventId })), 'a code or a booking').to.equal('BAD_USER_INPUT');
    expect(code(await p.chloe.request(KIT, { e: ev.eventId }))).to.equal(undefined);
    expect(code(await p.eve.request(KIT, { e: ev.eventId }))).to.equal('FORBIDDEN');
    await p.chloe.data(CHECK_IN, { e: ev.eventId, c });
    await p.chloe.data(CHECK_IN, { e: ev.eventId, c });
    const rows = await sql(t).execute(
      `select subject_type, data->>'result' as result from audit_log where action = 'checkin.scan' and (subject_id = ? or subject_id = ?) order by at`,
      [b.id, ev.eventId],
    );
    expect(rows.map((r) => (r as { result: string }).result)).to.deep.equal([
      'INVALID_CODE',
      'OK',
      'ALREADY_CHECKED_IN',
    ]);
  });

  it('TT3 TT4: the offline kit verifies codes without the server (public key only), lists reservations and revocations; synced scans report conflicts', async () => {
    const ev = await door();
    const a = await bookFor(p.alice, ev.free);
    const b = await bookFor(p.bruno, ev.free);
    const opposed = await bookFor(p.eve, ev.free);
    await ev.board.data(OPPOSE, { id: opposed.id, r: 'Fraude' });
    const kit = (await p.chloe.data(KIT, { e: ev.eventId })).checkInKit;
    expect(kit.bookings.map((x: { id: string }) => x.id).sort()).to.deep.equal([a.id, b.id].sort());
    expect(kit.revokedBookingIds).to.deep.equal([opposed.id]);
    expect(JSON.stringify(kit)).to.not.match(/private/i);

    // An offline scanner: decode base45, find the key by id, verify the Ed25519 signature over the first 38 bytes.
    const offlineVerify = (text: string) => {
      const bytes = base45Decode(text);
      if (!bytes || bytes.length !== 102) return null;
      const key = kit.publicKeys.find((k: { id: number }) => k.id === bytes[1]);
      if (
        !key ||
        !verify(null, bytes.subarray(0, 38), publicKeyObject(Buffer.from(key.publicKey, 'base64')), bytes.subarray(38))
      )
        return null;
      return bytes.subarray(2, 18).toString('hex');
    };
    expect(offlineVerify(await issue(a.id, ev.eventId))).to.equal(a.id.replace(/-/g, ''));
    const tampered = base45Decode(await issue(a.id, ev.eventId))!;
    tampered[10] ^= 0xff;
    expect(offlineVerify(base45Encode(tampered))).to.equal(null);

    // Online scanner lets Alice in meanwhile; the offline scanner also let her in, and Bruno.
    await ev.board.data(CHECK_IN, { e: ev.eventId, b: a.id });
    const scannedAt = new Date(Date.now() - 60_000).toISOString();
    const synced = (
      await p.chloe.data(SYNC, {
        e: ev.eventId,
        s: [
          { bookingId: a.id, scannedAt, device: 'hors ligne' },
          { bookingId: b.id, scannedAt, device: 'hors ligne' },
          { bookingId: opposed.id, scannedAt },
        ],
      })
    ).syncCheckIns;
    expect(synced.map((r: { status: string }) => r.status)).to.deep.equal(['ALREADY_CHECKED_IN', 'OK', 'OPPOSED']);
    expect(synced[0].checkIn).to.deep.include({ method: 'MANUAL', checkedInBy: { email: 'bureau@example.org' } });
    expect(synced[1].checkIn).to.deep.include({ method: 'OFFLINE', device: 'hors ligne', checkedInAt: scannedAt });
    const after = (await p.chloe.data(KIT, { e: ev.eventId })).checkInKit;
    expect(after.bookings.every((x: { checkedInAt: string | null }) => x.checkedInAt)).to.equal(true);
  });

  it('TT3: keys rotate: only platform admins make a new key; new codes carry its id, codes signed before still verify', async () => {
    const ev = await door();
    const b = await bookFor(p.alice, ev.free);
    const before = await issue(b.id, ev.eventId);
    const ROTATE = `mutation { rotateTicketSigningKey { id publicKey } }`;
    expect(code(await ev.board.request(ROTATE))).to.equal('FORBIDDEN');
    const key = (await p.admin.data(ROTATE)).rotateTicketSigningKey;
    const after = await issue(b.id, ev.eventId);
    expect(base45Decode(after)![1]).to.equal(key.id);
    expect(base45Decode(before)![1]).to.not.equal(key.id);
    expect((await t.app.deps.signer.verify(before)).ok).to.equal(true);
    expect((await p.chloe.data(CHECK_IN, { e: ev.eventId, c: before })).checkIn.status).to.equal('OK');
    expect(
      (await p.chloe.data(KIT, { e: ev.eventId })).checkInKit.publicKeys.map((k: { id: number }) => k.id),
    ).to.include(key.id);
  });
});
