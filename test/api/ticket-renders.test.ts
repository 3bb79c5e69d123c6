import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { parseTicketCode } from '@billetterie/ticket-code';
import { useApp } from '../support/app';
import { eventually, MARK_PAID, OPPOSE, sql } from '../support/booking-fixtures';
import { BOOK, eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { readQr } from '../support/qr';

/** GET with the client's session cookie. */
const download = async (c: ApiClient, url: string) => {
  const res = await fetch(`${c.baseUrl}${url}`, {
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
};

interface Render {
  format: string;
  facts_hash: string;
  storage_key: string;
  key_id: number;
}

/**
 * Issue 14: a reservation's ticket is ready before anyone asks — rendered in the background (JOBS=true: the worker
 * listens for the commits that queue it) and again when what it prints changes; a download is a file read.
 */
describe('API: tickets rendered in the background and served as stored files (TT2, TT3)', function () {
  this.timeout(90_000);
  const t = useApp({ env: { JOBS: 'true' } });
  let alice: ApiClient;
  before(async () => {
    alice = await t.signedIn('alice@example.org');
  });

  const renders = (bookingId: string) =>
    sql(t).execute<Render[]>(
      `select format, facts_hash, storage_key, key_id from ticket_renders where booking_id = ? order by format`,
      [bookingId],
      'all',
    );
  const rendered = (bookingId: string, differentFrom: Render[] = []) =>
    eventually(
      'both files rendered in the background',
      async () => {
        const rows = await renders(bookingId);
        return rows.length === 2 &&
          rows.every((r) => !differentFrom.some((d) => d.facts_hash === r.facts_hash && d.format === r.format))
          ? rows
          : null;
      },
      30_000,
    );
  const stored = async (key: string) => t.app.deps.storage.readAll(key);
  const drawn = () => ({ ...t.app.deps.renderer.drawn });

  it('TT2: a reservation’s PNG and PDF are rendered without any download; a download serves exactly the stored bytes and draws nothing', async () => {
    const ev = await organizerEvent(t, { name: `Gala ${randomBytes(3).toString('hex')}` });
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect(b.status).to.equal('RESERVED');
    const rows = await rendered(b.id);
    const before = drawn();
    for (const r of rows) {
      const file = await download(alice, `/media/tickets/${b.id}.${r.format}`);
      expect(file.status).to.equal(200);
      expect(file.body.equals((await stored(r.storage_key))!), `${r.format}: the stored bytes`).to.equal(true);
    }
    expect(drawn(), 'no render for a download of a ticket ready in storage').to.deep.equal(before);
    const png = rows.find((r) => r.format === 'png')!;
    const code = await readQr((await stored(png.storage_key))!);
    const verified = await t.app.deps.signer.verify(code!);
    expect(verified.ok && verified.claim.bookingId).to.equal(b.id);
  });

  it('TT2: renaming the event renders its reservations’ tickets again with the new name; the old files are removed', async () => {
    const net7 = await idOf(t, 'club', 'net7');
    const ev = await organizerEvent(t, { name: 'Avant' });
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const old = await rendered(b.id);
    const { clubId: _club, ...input } = eventInput(net7, { name: 'Après le changement' });
    await ev.board.data(`mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }`, {
      id: ev.eventId,
      i: input,
    });
    const fresh = await rendered(b.id, old);
    for (const r of old) expect(await stored(r.storage_key), `${r.format}: the old file`).to.equal(null);
    const before = drawn();
    const pdf = await download(alice, `/media/tickets/${b.id}.pdf`);
    expect(pdf.body.equals((await stored(fresh.find((r) => r.format === 'pdf')!.storage_key))!)).to.equal(true);
    expect(drawn()).to.deep.equal(before);
  });

  it('TT2: the reservation mail carries the ticket; an opposed booking’s stored files are removed and its ticket refused', async () => {
    const ev = await organizerEvent(t, { name: `Soirée ${randomBytes(3).toString('hex')}` });
    const paid = await ev.ticket({ priceCents: 1200 });
    const b = (await alice.data(BOOK, { i: { ticketId: paid, optionIds: [] } })).book;
    expect(await renders(b.id), 'a pre-reservation has no ticket').to.have.length(0);
    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1200, method: 'CASH', reference: '' } });
    const mail = await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes(b.reference) && m.subject.includes('confirmée'),
    );
    const attached = mail.raw.attachments.find((a) => a.contentType === 'application/pdf');
    expect(attached?.filename).to.equal(`billet-${b.reference}.pdf`);
    expect(attached!.content.subarray(0, 5).toString()).to.equal('%PDF-');
    const rows = await rendered(b.id);
    await ev.board.data(OPPOSE, { id: b.id, r: 'Revente' });
    await eventually('the stored files removed', async () => (await renders(b.id)).length === 0, 30_000);
    for (const r of rows) expect(await stored(r.storage_key)).to.equal(null);
    const refused = await download(alice, `/media/tickets/${b.id}.png`);
    expect(refused.status).to.equal(409);
    expect(JSON.parse(refused.body.toString()).reason).to.equal('OPPOSED');
  });

  it('TT3: stored tickets survive a key rotation (older keys still verify); a revoked key’s tickets are drawn again with the current key', async () => {
    const ev = await organizerEvent(t, { name: `Clé ${randomBytes(3).toString('hex')}` });
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const [, png] = await rendered(b.id);
    const newKey = await t.app.deps.signer.rotate();
    let before = drawn();
    const again = await download(alice, `/media/tickets/${b.id}.png`);
    expect(again.body.equals((await stored(png.storage_key))!)).to.equal(true);
    expect(drawn()).to.deep.equal(before);
    expect((await t.app.deps.signer.verify((await readQr(again.body))!)).ok).to.equal(true);

    await sql(t).execute(`update ticket_signing_keys set revoked_at = now() where id = ?`, [png.key_id]);
    before = drawn();
    const redrawn = await download(alice, `/media/tickets/${b.id}.png`);
    expect(drawn().png, 'drawn again').to.equal(before.png + 1);
    expect(parseTicketCode(await readQr(redrawn.body))!.keyId).to.equal(newKey);
    const [, now] = await renders(b.id);
    expect(now.key_id).to.equal(newKey);
    expect(redrawn.body.equals((await stored(now.storage_key))!), 'kept for the next download').to.equal(true);
  });
});
