import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { useApp } from '../support/app';
import { eventually, MARK_PAID, sql } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { createUser } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox, type ReceivedMail } from '../support/mailbox';

const en: Record<string, string> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../messages/en.json'), 'utf8'),
);

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const PROFILE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { fullName language } }`;
const REQUEST = `mutation($e: ID!, $f: ExportFormat!) { requestExport(eventId: $e, format: $f) { id } }`;
const STATE = `query($id: ID!) { bookingExport(id: $id) { status fileName downloadUrl error } }`;

const unique = (name: string) => `${name}-${randomBytes(3).toString('hex')}@example.org`;
const download = async (c: ApiClient, url: string) =>
  Buffer.from(
    await (
      await fetch(`${c.baseUrl}${url}`, { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })
    ).arrayBuffer(),
  );
const havePdftotext = () => {
  try {
    execFileSync('which', ['pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
/** The PDF's text (poppler-utils' pdftotext, like the export tests: skipped loudly without it, failing under CI). */
function needPdftotext(ctx: Mocha.Context) {
  if (havePdftotext()) return;
  if (process.env.CI === 'true') throw new Error('these tests need pdftotext (apt-get install poppler-utils)');
  process.stderr.write('\n  !!! SKIPPING: pdftotext missing (apt-get install poppler-utils) !!!\n\n');
  ctx.skip();
}
const pdfText = (data: Buffer) => {
  const file = path.join(os.tmpdir(), `billetterie-languages-${randomBytes(4).toString('hex')}.pdf`);
  fs.writeFileSync(file, data);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
};

/** Only one language in a mail: its subject, text and HTML say nothing in the other. */
function expectEnglishOnly(mail: ReceivedMail) {
  expect(mail.subject, 'no French subject').to.not.include(' / ');
  expect(mail.text).to.not.match(/Bonjour|Voir |Référence|réservation/);
  expect(mail.html).to.include('<html lang="en">').and.to.not.include('Bonjour');
}

describe('API: each person’s language for their mails, tickets and exports (issue 12)', function () {
  this.timeout(60_000);
  const t = useApp();

  /** A verified external account that reads English (set through the profile, as a person would). */
  async function englishReader(name: string): Promise<{ email: string; client: ApiClient }> {
    const email = unique(name);
    await createUser(t, { email, kind: 'EXTERNAL', firstName: 'Emma', lastName: 'English' });
    const client = await t.signedIn(email);
    expect((await client.data(PROFILE, { i: { language: 'EN' } })).updateProfile.language).to.equal('EN');
    return { email, client };
  }

  it('AC1: a person who signs up in English gets the verification mail in English only; without a choice the account reads French', async () => {
    const email = unique('emma');
    await t.client().data(SIGN_UP, {
      input: { email, password: 'a long enough password', firstName: 'Emma', lastName: 'Stone', language: 'EN' },
    });
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).to.equal('Verify your email address');
    expect(mail.text)
      .to.include('Hello Emma,')
      .and.include('Confirm your email address')
      .and.match(/Verify my address:\nhttp/);
    expectEnglishOnly(mail);
    const token = new URL(mail.links.find((l) => l.includes('/verify-email?token='))!).searchParams.get('token');
    await t.client().data(`mutation($t: String!) { verifyEmail(token: $t) }`, { t: token });
    const { viewer } = await (await t.signedIn(email, 'a long enough password')).data(`{ viewer { language } }`);
    expect(viewer.language).to.equal('EN');

    const french = unique('francois');
    await t.client().data(SIGN_UP, {
      input: { email: french, password: 'a long enough password', firstName: 'François', lastName: 'Durand' },
    });
    const frMail = await mailbox.waitFor(french);
    expect(frMail.subject, 'French only: the account reads French').to.equal('Vérifiez votre adresse email');
    expect(frMail.text).to.include('Bonjour François,').and.not.include('Hello');
    const [row] = await sql(t).execute(`select language from users where email = ?`, [french]);
    expect(row.language).to.equal('fr');
  });

  it('AC1: the profile’s language is stored and returned only to its owner; a school account sets its language, never its names (AC2)', async () => {
    const email = unique('owner');
    await createUser(t, { email, kind: 'EXTERNAL', firstName: 'Olga', lastName: 'Owner' });
    const owner = await t.signedIn(email);
    expect((await owner.data(`{ viewer { language } }`)).viewer.language, 'French by default').to.equal('FR');
    expect((await owner.data(PROFILE, { i: { language: 'EN' } })).updateProfile, 'names left out stay').to.deep.equal({
      fullName: 'Olga Owner',
      language: 'EN',
    });
    expect((await sql(t).execute(`select language from users where email = ?`, [email]))[0].language).to.equal('en');
    expect((await owner.data(`{ viewer { language } }`)).viewer.language).to.equal('EN');

    const admin = await t.signedIn('admin@example.org');
    const found = await admin.data(`query($s: String!) { users(search: $s) { email kind } }`, { s: email });
    expect(found.users, 'a platform admin sees the account…').to.deep.equal([{ email, kind: 'EXTERNAL' }]);
    const hidden = await admin.error(`query($s: String!) { users(search: $s) { email language } }`, { s: email });
    expect(hidden.extensions?.code, '…but not its language').to.equal('FORBIDDEN');

    const student = await t.signedIn('chloe@example.org');
    expect((await student.data(PROFILE, { i: { language: 'EN' } })).updateProfile.language).to.equal('EN');
    expect((await student.error(PROFILE, { i: { firstName: 'Autre', language: 'FR' } })).extensions?.code).to.equal(
      'FORBIDDEN',
    );
    expect(
      (await student.data(`{ viewer { fullName language } }`)).viewer,
      'a refused change changes nothing',
    ).to.deep.equal({ fullName: 'Chloé Dubois', language: 'EN' });
  });

  it('NT1, TT2: a holder whose account reads English gets booking mails and the ticket in English only; a French account in French only; a guest without an account in French then English', async function () {
    needPdftotext(this);
    const emma = await englishReader('holder');
    const ev = await organizerEvent(t, { name: `Gala ${randomBytes(2).toString('hex')}` });
    const ticket = await ev.ticket({ priceCents: 1500 });

    const b = (await emma.client.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const booked = await mailbox.waitFor(emma.email, (m) => m.subject.includes(b.reference));
    expect(booked.subject).to.equal(`Pre-reservation recorded ${b.reference}`);
    expect(booked.text)
      .to.include('Hello Emma,')
      .and.include('Your place: Entrée')
      .and.include('Price: €15.00')
      .and.match(/See my bookings:\nhttp/);
    expectEnglishOnly(booked);

    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1500, method: 'CASH', reference: '' } });
    const reserved = await mailbox.waitFor(emma.email, (m) => m.subject === `Reservation confirmed ${b.reference}`);
    expect(reserved.text).to.include('Your payment is recorded');
    expectEnglishOnly(reserved);
    const attached = reserved.raw.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(attached.filename, 'the ticket speaks English too').to.equal(`ticket-${b.reference}.pdf`);
    const ticketText = pdfText(attached.content);
    expect(ticketText).to.include('Show this ticket').and.include(`Ref. ${b.reference}`).and.not.include('Présentez');

    const chloe = await t.signedIn('chloe@example.org');
    await chloe.data(PROFILE, { i: { language: 'FR' } });
    const c = (await chloe.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const french = await mailbox.waitFor('chloe@example.org', (m) => m.subject.includes(c.reference));
    expect(french.subject, 'a French account: French only').to.equal(`Pré-réservation enregistrée ${c.reference}`);
    expect(french.text).to.include('Bonjour Chloé,').and.include('Prix : 15,00').and.not.include('Hello');
    expect(french.html).to.include('<html lang="fr">').and.not.include('lang="en"');

    const guest = { firstName: 'Gaston', lastName: 'Invité', email: unique('gaston') };
    const g = (await emma.client.data(BOOK, { i: { ticketId: ticket, optionIds: [], guest } })).book;
    const both = await mailbox.waitFor(guest.email, (m) => m.subject.includes(g.reference));
    expect(both.subject, 'no account: French, then English').to.equal(
      `Pré-réservation enregistrée ${g.reference} / Pre-reservation recorded`,
    );
    expect(both.text)
      .to.include('Bonjour Gaston,\nHello Gaston,')
      .and.include('Emma English vous a réservé une place')
      .and.include('Emma English booked a place for you');
    expect(both.html)
      .to.include('<html lang="fr">')
      .and.include('<span lang="en" style="color:#555">Hello Gaston,</span>');
  });

  it('EX1: an export asked for by an organizer who reads English has English headers, status labels and file name; one asked for in French is as before', async function () {
    needPdftotext(this);
    const ev = await organizerEvent(t, { name: `Soirée ${randomBytes(2).toString('hex')}` });
    const ticket = await ev.ticket({ priceCents: 1500 });
    const reader = await englishReader('organizer');
    await ev.grant('VIEW', reader.email);
    const alice = await t.signedIn('alice@example.org');
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;

    const exported = async (c: ApiClient, format: string) => {
      const { id } = (await c.data(REQUEST, { e: ev.eventId, f: format })).requestExport;
      const done = await eventually(
        `export ${format}`,
        async () => {
          const s = (await c.data(STATE, { id })).bookingExport;
          return s.status === 'DONE' || s.status === 'FAILED' ? s : null;
        },
        30_000,
      );
      expect(done.status, done.error).to.equal('DONE');
      return { fileName: done.fileName as string, data: await download(c, done.downloadUrl) };
    };
    const sheet = async (data: Buffer, name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(name);
      expect(ws, `worksheet ${name}`).to.not.equal(undefined);
      const headers = (ws!.getRow(1).values as unknown[]).slice(1).map(String);
      const row = ws!.getRow(2);
      return { headers, cell: (header: string) => row.getCell(headers.indexOf(header) + 1).value };
    };

    const english = await exported(reader.client, 'XLSX');
    expect(english.fileName)
      .to.include(' - bookings - ')
      .and.match(/\.xlsx$/);
    const xlsx = await sheet(english.data, 'Bookings');
    expect(xlsx.headers).to.include.members([
      'Reference',
      'Status',
      'Last name',
      'First name',
      'Account',
      'Ticket',
      'Price',
      'Booked on',
      'Checked in on',
    ]);
    expect(xlsx.headers.join()).to.not.match(/Référence|Statut|Prénom/);
    expect(xlsx.cell('Reference')).to.equal(b.reference);
    expect(xlsx.cell('Status')).to.equal(en.booking_status_PRE_RESERVED);
    expect(xlsx.cell('Account')).to.equal('yes');

    const door = pdfText((await exported(reader.client, 'PDF')).data);
    expect(door)
      .to.include('door list')
      .and.include('1 booking')
      .and.include(en.booking_status_PRE_RESERVED)
      .and.not.include('liste d’entrée');

    const french = await exported(ev.board, 'XLSX');
    expect(french.fileName).to.include(' - réservations - ');
    const fr = await sheet(french.data, 'Réservations');
    expect(fr.cell('Statut')).to.equal('Pré-réservée');
    expect(fr.cell('Compte')).to.equal('oui');
  });
});
