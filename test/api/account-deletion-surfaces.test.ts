import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { ShiftedClock } from '../../server/src/core/clock';
import { useApp } from '../support/app';
import { finishedExport } from '../support/export-fixtures';
import { answerFile, AUDIT, eventually, pdf, sql, VALIDATE } from '../support/booking-fixtures';
import { createUser } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import {
  bookForSelf,
  bookingPaymentRecords,
  bookingPaymentState,
  checkout,
  paymentEvent,
  simulators,
} from '../support/payment-fixtures';

const DAY = 86_400_000;
const DELETE_ME = `mutation($p: String!) { deleteMyAccount(password: $p) }`;
const CHECK_IN = `mutation($e: ID!, $c: String, $b: ID) { checkIn(eventId: $e, code: $c, bookingId: $b) {
  status booking { id reference holder { fullName firstName lastName email } } } }`;
// What the console's door list asks (console/src/routes/(app)/events/[id]/door/list/+page.server.ts).
const DOOR_LIST = `query($id: ID!, $filter: BookingFilter) { event(id: $id) { bookings(filter: $filter, first: 50) {
  nodes { id reference holder { fullName email } checkIn { checkedInAt } } } } }`;
const KIT = `query($e: ID!) { checkInKit(eventId: $e) { bookings { id holderName } } }`;
const FORMATS = `{ __type(name: "ExportFormat") { enumValues { name } } }`;

const download = async (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });

/**
 * AC3, issue text: "every surface listed above shows Anonyme and no trace of the name or email remains" — the door
 * (scan answer, list, offline kit), every export format, the ticket an organizer downloads, the booking's audit log
 * and the organizers' payment-problem mail, all read after the holder deleted their account.
 */
describe('API: after an account is deleted, every surface that shows a person says "Anonyme" (AC3)', function () {
  this.timeout(120_000);
  const clock = new ShiftedClock();
  const t = useApp({ clock });
  const email = 'philibert.quenouille@example.org';
  const names = ['Philibert', 'Quenouille'];
  const needles = [email, ...names];
  let tmp: string;
  const world = {} as {
    eventId: string;
    board: ApiClient;
    booking: { id: string; reference: string };
    code: string;
    txnId: string;
    mailsBefore: number;
  };

  /** Fails when `text` carries the deleted person's name or email, whatever the case. */
  const expectNoTrace = (text: string, what: string) => {
    for (const needle of needles)
      expect(text.toLowerCase(), `${what} holds ${needle}`).to.not.include(needle.toLowerCase());
  };

  before(async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'billetterie-ac3-'));
    await createUser(t, { email, kind: 'EXTERNAL', firstName: names[0], lastName: names[1] });
    const holder = await t.signedIn(email);
    const ev = await paymentEvent(t, { priceCents: 1800, lydia: false, event: { name: 'Bal des effacés' } });
    const cert = await ev.extraInfo(ev.ticketId, {
      label: 'Justificatif',
      blocks: 'ENTRY',
      type: 'FILE',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 4096,
    });
    const booking = await bookForSelf(holder, ev.ticketId);
    const up = await answerFile(holder, booking.id, cert, {
      name: `justificatif-${names[1]}.pdf`,
      type: 'application/pdf',
      data: pdf(names.join(' ')),
    });
    expect(up.errors, JSON.stringify(up.errors)).to.equal(undefined);
    await ev.board.data(VALIDATE, { id: up.data!.answerExtraInfo.id });
    // The holder pays online (PY2): a reservation, with a ticket whose code the door scans.
    const c = await checkout(t, holder, booking.id);
    const paid = await simulators(t).paypalPay(c.attempt.ref);
    await eventually('the payment settled', async () =>
      (await bookingPaymentState(ev.board, booking.id)).status === 'RESERVED' ? true : null,
    );
    Object.assign(world, {
      eventId: ev.eventId,
      board: ev.board,
      booking,
      code: await t.app.deps.signer.issue(booking.id, ev.eventId, clock.now()),
      txnId: paid.txnId,
    });
    await mailbox.waitFor(email, (m) => m.subject.includes(`Réservation confirmée ${booking.reference}`));
    // 30 days after the event's end, the holder deletes the account.
    clock.advance(70 * DAY);
    world.mailsBefore = mailbox.to(email).length;
    expect((await holder.data(DELETE_ME, { p: 'billetterie-demo' })).deleteMyAccount).to.equal(true);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('AC3: the door — the scan answer, the door list and the offline kit name the holder "Anonyme", without the name or email', async () => {
    const scan = (await world.board.data(CHECK_IN, { e: world.eventId, c: world.code })).checkIn;
    expect(scan.status).to.equal('OK');
    expect(scan.booking.holder).to.deep.equal({ fullName: 'Anonyme', firstName: '', lastName: '', email: '' });
    const again = (await world.board.data(CHECK_IN, { e: world.eventId, b: world.booking.id })).checkIn;
    expect(again.status).to.equal('ALREADY_CHECKED_IN');
    expect(again.booking.holder.fullName).to.equal('Anonyme');

    const list = (await world.board.data(DOOR_LIST, { id: world.eventId, filter: { statuses: ['RESERVED'] } })).event
      .bookings.nodes;
    const row = list.find((n: { id: string }) => n.id === world.booking.id);
    expect(row.holder).to.deep.equal({ fullName: 'Anonyme', email: '' });
    expect(row.checkIn.checkedInAt).to.be.a('string');
    expectNoTrace(JSON.stringify(list), 'the door list');
    for (const search of needles) {
      const found = (
        await world.board.data(DOOR_LIST, { id: world.eventId, filter: { statuses: ['RESERVED'], search } })
      ).event.bookings.nodes;
      expect(found, `searching the door list for ${search}`).to.deep.equal([]);
    }

    const kit = (await world.board.data(KIT, { e: world.eventId })).checkInKit;
    expect(kit.bookings.find((k: { id: string }) => k.id === world.booking.id).holderName).to.equal('Anonyme');
    expectNoTrace(JSON.stringify(kit), 'the offline kit');
  });

  it('AC3: every export format the event offers (XLSX, PDF, ZIP, TAR.GZ) says "Anonyme" and holds neither the name nor the email', async () => {
    const formats = (await world.board.data(FORMATS)).__type.enumValues.map((v: { name: string }) => v.name);
    expect(formats).to.have.members(['XLSX', 'PDF', 'ZIP', 'TAR_GZ']);
    for (const format of formats) {
      const done = await finishedExport(world.board, world.eventId, format);
      const id = done.id;
      expectNoTrace(done.fileName, `the ${format} file name`);
      const res = await download(world.board, done.downloadUrl);
      expect(res.status).to.equal(200);
      const file = path.join(tmp, `${id}.${format.toLowerCase()}`);
      fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const texts: Array<[string, string]> = [];
      const xlsxText = async (f: string) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(f);
        const cells: string[] = [];
        wb.eachSheet((ws) =>
          ws.eachRow((r) => r.eachCell((cell) => void cells.push(cell.value == null ? '' : String(cell.text)))),
        );
        return cells.join('\n');
      };
      if (format === 'XLSX') {
        const text = await xlsxText(file);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const ws = wb.getWorksheet('Réservations')!;
        const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
        const row = ws.getRow(2);
        expect(row.getCell(header.indexOf('Référence') + 1).value).to.equal(world.booking.reference);
        expect(row.getCell(header.indexOf('Nom') + 1).value).to.equal('Anonyme');
        expect(row.getCell(header.indexOf('Email') + 1).value ?? '').to.equal('');
        texts.push(['the XLSX', text]);
      } else if (format === 'PDF') {
        texts.push(['the PDF', execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })]);
        texts.push(['the PDF’s metadata', execFileSync('pdfinfo', [file], { encoding: 'utf8' })]);
      } else {
        const out = path.join(tmp, `unpacked-${id}`);
        fs.mkdirSync(out);
        if (format === 'ZIP') execFileSync('unzip', ['-q', file, '-d', out]);
        else execFileSync('tar', ['xzf', file, '-C', out]);
        const entries = execFileSync('find', ['.', '-type', 'f'], { cwd: out, encoding: 'utf8' }).trim().split('\n');
        texts.push([`the ${format}’s entry names`, entries.join('\n')]);
        const manifest = fs.readFileSync(path.join(out, 'manifest.csv'), 'utf8');
        expect(manifest.split('\n').find((l) => l.includes(world.booking.reference))).to.include('Anonyme');
        texts.push([`the ${format}’s manifest`, manifest]);
        texts.push([`the ${format}’s XLSX`, await xlsxText(path.join(out, 'reservations.xlsx'))]);
      }
      for (const [what, text] of texts) {
        if (!what.includes('entry names') && !what.includes('metadata'))
          expect(text, `${what} says Anonyme`).to.include('Anonyme');
        expectNoTrace(text, what);
      }
    }
  });

  it('AC3: the ticket an organizer downloads (PDF text and metadata) names "Anonyme"', async () => {
    const res = await download(world.board, `/media/tickets/${world.booking.id}.pdf`);
    expect(res.status).to.equal(200);
    expectNoTrace(res.headers.get('content-disposition') ?? '', 'the ticket’s file name');
    const file = path.join(tmp, 'ticket.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).to.include('Anonyme').and.include(world.booking.reference);
    expectNoTrace(text, 'the ticket PDF');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).to.match(/Subject:\s+Anonyme/);
    expectNoTrace(info, 'the ticket PDF’s metadata');
  });

  it('AC3: a payment problem after the deletion (a PayPal refund, PY3) mails the organizers with the holder as "Anonyme"; nothing goes to the deleted address', async () => {
    const refund = await simulators(t).paypalRefund(world.txnId);
    await eventually('the refund settled', async () => {
      const records = await bookingPaymentRecords(world.board, world.booking.id);
      return records.some((r) => r.kind === 'IPN' && r.reference === refund.txnId && r.outcome) ? true : null;
    });
    expect((await bookingPaymentState(world.board, world.booking.id)).status).to.equal('OPPOSED');
    for (const to of ['bureau@example.org', 'admin@example.org']) {
      const mail = await mailbox.waitFor(
        to,
        (m) => m.subject.includes(world.booking.reference) && m.subject.includes('Paiement à traiter'),
      );
      expect(mail.text, `the mail to ${to}`).to.include('Anonyme');
      for (const [what, text] of [
        ['subject', mail.subject],
        ['text', mail.text],
        ['html', mail.html],
      ])
        expectNoTrace(text, `the mail to ${to} (${what})`);
    }
    const [queued] = await sql(t).execute(
      `select count(*)::int as n from outbox_mails where "to" = ? or "to" like '%@deleted.invalid'`,
      [email],
    );
    expect(queued.n).to.equal(0);
    expect(mailbox.to(email).length, 'no mail to the deleted address').to.equal(world.mailsBefore);
  });

  it('AC3: the booking’s audit log (scan, refund, opposition) names the holder "Anonyme" and holds neither the name nor the email', async () => {
    const log = (await world.board.data(AUDIT, { id: world.booking.id })).booking.auditLog as Array<{
      action: string;
      actorName: string | null;
    }>;
    expect(log.map((e) => e.action)).to.include.members([
      'booking.created',
      'booking.paid.online',
      'checkin.scan',
      'booking.opposed',
    ]);
    expect(log.filter((e) => e.action === 'booking.created').map((e) => e.actorName)).to.deep.equal(['Anonyme']);
    expectNoTrace(JSON.stringify(log), 'the audit log');
  });
});
