import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { expect } from 'chai';
import { MikroORM } from '@mikro-orm/postgresql';
import { base45Decode, checkTicketCode, encodeTicketCode, parseTicketCode } from '@billetterie/ticket-code';
import { TicketSigner } from '../../server/src/crypto/ticket-signer';
import { ormConfig } from '../../server/src/db/orm-config';
import { verifyTicketCode } from '../../console/src/lib/door/ticket-code';
import { useApp } from '../support/app';
import { sql } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';

const CHECK_IN = `mutation($e: ID!, $c: String) { checkIn(eventId: $e, code: $c) { status booking { id } } }`;
const KIT = `query($e: ID!) { checkInKit(eventId: $e) { publicKeys { id publicKey } } }`;
const ROTATE = `mutation { rotateTicketSigningKey { id publicKey } }`;

describe('API: the ticket code package between the real signer, the door and the console (TT3)', function () {
  this.timeout(60_000);
  const t = useApp();

  it("TT3: a code from the server's signer verifies through the package with the kit's public keys, as the console's offline scanner does", async () => {
    const p = await signInAll(t, { alice: 'alice@example.org' });
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0 });
    const booking = (await p.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book as { id: string };
    const issuedAt = new Date();
    const code = await t.app.deps.signer.issue(booking.id, ev.eventId, issuedAt);
    const kit = (await ev.board.data(KIT, { e: ev.eventId })).checkInKit as {
      publicKeys: { id: number; publicKey: string }[];
    };

    const claim = await verifyTicketCode(code, kit.publicKeys);
    expect(claim).to.deep.include({ bookingId: booking.id, eventId: ev.eventId, keyId: parseTicketCode(code)!.keyId });
    expect(claim!.issuedAt.getTime()).to.equal(Math.floor(issuedAt.getTime() / 1000) * 1000);
    // The server's own check (node:crypto) reads the same claim from the same package.
    expect(await t.app.deps.signer.verify(code)).to.deep.equal({ ok: true, claim });
    const altered = code.slice(0, 60) + (code[60] === 'A' ? 'B' : 'A') + code.slice(61);
    expect(await verifyTicketCode(altered, kit.publicKeys)).to.equal(null);
    expect((await t.app.deps.signer.verify(altered)).ok).to.equal(false);
    expect(await checkTicketCode(code, { key: () => undefined, verify: () => true })).to.deep.equal({
      ok: false,
      reason: 'UNKNOWN_KEY',
    });
  });

  it('TT3: after any number of key rotations, every code issued still verifies at the door and offline (none begins with a space a scanner would trim)', async () => {
    const p = await signInAll(t, { alice: 'alice@example.org', admin: 'admin@example.org' });
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0 });
    const booking = (await p.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book as { id: string };
    const seen: number[] = [];
    // Seven keys in turn: a code's first base45 character is (256 + key id) mod 45, a space (36) for key id 5.
    for (let i = 0; i < 7; i++) {
      const code = await t.app.deps.signer.issue(booking.id, ev.eventId, new Date());
      const keyId = base45Decode(code)![1];
      seen.push(keyId);
      expect((await ev.board.data(CHECK_IN, { e: ev.eventId, c: code })).checkIn, `door, key ${keyId}`).to.deep.equal({
        status: i ? 'ALREADY_CHECKED_IN' : 'OK',
        booking: { id: booking.id },
      });
      expect(code[0], `key ${keyId}`).to.not.equal(' ');
      const kit = (await ev.board.data(KIT, { e: ev.eventId })).checkInKit;
      expect(await verifyTicketCode(code.trim(), kit.publicKeys), `offline, key ${keyId}`).to.deep.include({
        bookingId: booking.id,
      });
      expect((await t.app.deps.signer.verify(code)).ok, `signer, key ${keyId}`).to.equal(true);
      await p.admin.data(ROTATE);
    }
    expect(new Set(seen).size).to.equal(7);
    expect(seen).to.not.include(5);
  });

  it('TT3: where a key already has an id whose codes begin with a space, its codes keep verifying, and a new key signs instead', async () => {
    const conn = sql(t);
    const [{ max }] = await conn.execute<Array<{ max: number }>>(`select max(id) as max from ticket_signing_keys`);
    const id = [5, 50, 95, 140].find((n) => n > max)!;
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const der = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).toString('base64');
    const raw = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12);
    await conn.execute(`insert into ticket_signing_keys (id, public_key, private_key_enc) values (?, ?, ?)`, [
      id,
      raw,
      t.app.deps.secrets.seal(der, `ticket-key:${id}`),
    ]);
    const claim = { keyId: id, bookingId: randomUUID(), eventId: randomUUID(), issuedAt: new Date(1_796_000_000_000) };
    const old = encodeTicketCode(claim, (body) => sign(null, body, privateKey));
    expect(old[0]).to.equal(' ');

    const signer = new TicketSigner(() => t.app.db.orm.em.fork(), t.app.deps.secrets); // as a process started now
    expect(await signer.verify(old)).to.deep.equal({ ok: true, claim });
    expect(await verifyTicketCode(`${old}\r\n`, await signer.publicKeys())).to.deep.equal(claim);
    const fresh = await signer.issue(claim.bookingId, claim.eventId, new Date());
    expect(fresh[0]).to.not.equal(' ');
    expect(base45Decode(fresh)![1]).to.equal(id + 1);
    expect((await signer.verify(fresh)).ok).to.equal(true);
  });
});

describe('API: the first ticket signing key is made once, however many first calls race for it (TT3)', function () {
  this.timeout(120_000);
  const t = useApp();

  it('TT3: on an empty key table, thousands of concurrent first calls in one process and others from a second process make exactly one key, every code verifies, and a rotation afterwards works', async () => {
    const p = await signInAll(t, { admin: 'admin@example.org' });
    const conn = sql(t);
    await conn.execute(`delete from ticket_signing_keys`);
    // A second process: its own ORM and pool on the same database, its own signer.
    const other = await MikroORM.init(ormConfig(t.app.db.url, { pool: { min: 0, max: 4 } }));
    try {
      const here = new TicketSigner(() => t.app.db.orm.em.fork(), t.app.deps.secrets);
      const there = new TicketSigner(() => other.em.fork(), t.app.deps.secrets);
      const bookingId = randomUUID();
      const eventId = randomUUID();
      const at = new Date();
      const codes = await Promise.all([
        ...Array.from({ length: 4000 }, () => here.issue(bookingId, eventId, at)),
        ...Array.from({ length: 1000 }, () => there.issue(bookingId, eventId, at)),
        ...Array.from({ length: 200 }, () => there.publicKeys()),
      ]);
      const keys = await conn.execute<Array<{ id: number }>>(`select id from ticket_signing_keys order by id`);
      expect(keys, 'one key, made once').to.have.length(1);
      const [{ id }] = keys;
      const issued = codes.filter((c): c is string => typeof c === 'string');
      expect(new Set(issued.map((c) => base45Decode(c)![1]))).to.deep.equal(new Set([id]));
      expect((await here.verify(issued[0])).ok).to.equal(true);
      expect((await there.verify(issued.at(-1)!)).ok).to.equal(true);

      const rotated = (await p.admin.data(ROTATE)).rotateTicketSigningKey as { id: number };
      expect(rotated.id).to.be.greaterThan(id);
      const after = await conn.execute<Array<{ id: number }>>(`select id from ticket_signing_keys order by id`);
      expect(after.map((k) => k.id)).to.deep.equal([id, rotated.id]);
      // Concurrent rotations each get their own key, one after the other.
      const [a, b] = await Promise.all([here.rotate(), there.rotate()]);
      expect(new Set([a, b, rotated.id, id]).size).to.equal(4);
      const fresh = await t.app.deps.signer.issue(bookingId, eventId, new Date());
      expect((await here.verify(fresh)).ok).to.equal(true);
    } finally {
      await other.close(true);
    }
  });
});
