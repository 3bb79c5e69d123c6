import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { expireExports } from '../../server/src/modules/exports';
import { exportLayout, exportRows } from '../../server/src/modules/exports/rows';
import { writePdf } from '../../server/src/modules/exports/writers';
import { EXPORT_STATE, finishedExport, REQUEST_EXPORT } from '../support/export-fixtures';
import { useApp } from '../support/app';
import { answerFile, answerValue, code, MARK_PAID, OPPOSE, pdf, sql, VALIDATE } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll, TINY_PNG } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  eve: 'exterieur@example.org',
  anonymous: null,
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

const REQUEST = REQUEST_EXPORT;
const STATE = EXPORT_STATE;
const TOOLS = ['pdftotext', 'unzip', 'tar'];
const haveTools = () =>
  TOOLS.every((t) => {
    try {
      execFileSync('which', [t], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });

const download = async (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });

describe('API: exports of an event’s bookings — PDF, XLSX, ZIP, TAR.GZ (EX1, EX2)', function () {
  this.timeout(120_000);
  const t = useApp();
  let p: People;
  let tmp: string;
  const world = {} as {
    eventId: string;
    board: ApiClient;
    bookings: Record<string, { id: string; reference: string }>;
    uploads: Map<string, Buffer>;
    infos: Record<string, string>;
    ticket: string;
    checkedInAt: Date;
  };

  before(async function () {
    if (!haveTools()) {
      if (process.env.CI === 'true')
        throw new Error(`export tests need ${TOOLS.join(', ')} (apt-get install poppler-utils unzip)`);
      process.stderr.write(
        `\n  !!! SKIPPING export tests: ${TOOLS.join(', ')} missing (apt-get install poppler-utils unzip) !!!\n\n`,
      );
      this.skip();
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'billetterie-exports-'));
    p = await signInAll(t, PEOPLE);
    const ev = await organizerEvent(t, { name: `Gala « Été » ${randomBytes(2).toString('hex')}` });
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 2500, sponsorshipAllowed: false });
    const shuttle = await ev.option(ticket, 'Navette', 300);
    const meal = await ev.group(ticket, 'Repas', [
      ['Viande', 0],
      ['Végétarien', 0],
    ]);
    const cert = await ev.extraInfo(ticket, {
      label: 'Certificat / médical',
      type: 'FILE',
      blocks: 'PAYMENT',
      fileTypes: ['application/pdf', 'image/png'],
      fileMaxBytes: 1_000_000,
    });
    const size = await ev.extraInfo(ticket, {
      label: 'Taille',
      type: 'CHOICE',
      blocks: 'ENTRY',
      choices: ['S', 'M', 'L'],
    });
    await ev.grant('VIEW', 'exterieur@example.org');
    const book = async (
      c: ApiClient,
      options: string[],
      guest?: { firstName: string; lastName: string; email: string },
    ) =>
      (await c.data(BOOK, { i: { ticketId: ticket, optionIds: options, guest } })).book as {
        id: string;
        reference: string;
      };
    const bookings = {
      alice: await book(p.alice, [shuttle, meal.options[1]]),
      chloe: await book(p.chloe, []),
      zoe: await book(p.bruno, [meal.options[0]], {
        firstName: 'Zoé 😀',
        lastName: 'Lefèvre/Müller',
        email: `zoe-${randomBytes(2).toString('hex')}@example.org`,
      }),
      gone: await book(p.eve, []),
    };
    const uploads = new Map<string, Buffer>();
    const certAlice = pdf('Alice');
    uploads.set(bookings.alice.reference, certAlice);
    const a1 = await answerFile(p.alice, bookings.alice.id, cert, {
      name: 'certificat alice.pdf',
      type: 'application/pdf',
      data: certAlice,
    });
    expect(a1.errors).to.equal(undefined);
    uploads.set(bookings.zoe.reference, TINY_PNG);
    expect(
      (await answerFile(p.bruno, bookings.zoe.id, cert, { name: 'scan.png', type: 'image/png', data: TINY_PNG }))
        .errors,
    ).to.equal(undefined);
    const s = await answerValue(p.alice, bookings.alice.id, size, { choice: 'M' });
    await ev.board.data(VALIDATE, { id: a1.data!.answerExtraInfo.id });
    await ev.board.data(VALIDATE, { id: s.data!.answerExtraInfo.id });
    await ev.board.data(MARK_PAID, {
      i: { bookingId: bookings.alice.id, amountCents: 2800, method: 'CHEQUE', reference: 'Chèque 1234' },
    });
    // Alice is checked in from the door list (TT4); the export's check-in columns must show it.
    const door = (
      await ev.board.data(
        `mutation($e: ID!, $b: ID!) { checkIn(eventId: $e, bookingId: $b) { status checkIn { checkedInAt } } }`,
        { e: ev.eventId, b: bookings.alice.id },
      )
    ).checkIn;
    expect(door.status, 'Alice is paid and her blocking answers are validated').to.equal('OK');
    const checkedInAt = new Date(door.checkIn.checkedInAt);
    await ev.board.data(OPPOSE, { id: bookings.chloe.id, r: 'Revente / fraude' });
    // AC3: a deleted account's names are blanked; exports must say "Anonyme".
    await sql(t).execute(`update bookings set holder_first_name = '', holder_last_name = '' where id = ?`, [
      bookings.gone.id,
    ]);
    Object.assign(world, {
      eventId: ev.eventId,
      board: ev.board,
      bookings,
      uploads,
      infos: { cert, size },
      ticket,
      checkedInAt,
    });
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function exported(c: ApiClient, format: string, filter?: Record<string, unknown>) {
    const done = await finishedExport(c, world.eventId, format, filter);
    const id = done.id;
    expect(done.rowsDone).to.equal(done.rowsTotal);
    const res = await download(c, done.downloadUrl);
    expect(res.status).to.equal(200);
    const file = path.join(tmp, `${id}-${done.fileName.replace(/[^\w.-]/g, '_')}`);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect(fs.statSync(file).size).to.equal(done.fileSize);
    return { id, file, state: done, res };
  }

  it('EX1: the XLSX has every field in typed cells: a frozen header, an auto-filter, option/group/answer columns with validation, payments, opposition, check-in, "Anonyme"', async () => {
    const { file, state } = await exported(world.board, 'XLSX', { statuses: ['PRE_RESERVED', 'RESERVED', 'OPPOSED'] });
    expect(state.fileName).to.match(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Réservations')!;
    expect(ws.views[0]).to.include({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).to.be.ok;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    for (const h of [
      'Référence',
      'Statut',
      'Nom',
      'Prénom',
      'Email',
      'Parrain',
      'Billet',
      'Prix',
      'Entrée · Repas',
      'Entrée · Navette',
      'Entrée · Certificat / médical',
      'Taille — validée le',
      'Taille — validée par',
      'Payé',
      'Paiements',
      'Entrée le',
      'Entrée validée par',
      "Motif d'opposition",
    ]) {
      expect(header, h).to.include(h);
    }
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(col('Référence')).value), row);
    });
    expect(rows.size).to.equal(4);
    const alice = rows.get(world.bookings.alice.reference)!;
    expect(alice.getCell(col('Prénom')).value).to.equal('Alice');
    expect(alice.getCell(col('Statut')).value).to.equal('Réservée');
    expect(alice.getCell(col('Prix')).value).to.equal(28);
    expect(alice.getCell(col('Prix')).numFmt).to.include('€');
    expect(alice.getCell(col('Réservé le')).value).to.be.instanceOf(Date);
    expect(alice.getCell(col('Entrée · Navette')).value).to.equal(3);
    expect(alice.getCell(col('Entrée · Repas')).value).to.equal('Végétarien');
    expect(alice.getCell(col('Entrée · Taille')).value).to.equal('M');
    expect(alice.getCell(col('Taille — validée le')).value).to.be.instanceOf(Date);
    expect(alice.getCell(col('Taille — validée par')).value).to.equal('Bastien Bureau');
    expect(alice.getCell(col('Entrée · Certificat / médical')).value).to.equal('certificat alice.pdf');
    expect(alice.getCell(col('Payé')).value).to.equal(28);
    expect(String(alice.getCell(col('Paiements')).value)).to.include('MANUAL/CHEQUE 28.00 EUR Chèque 1234');
    const entered = alice.getCell(col('Entrée le'));
    expect(entered.value, 'the check-in time is a date cell').to.be.instanceOf(Date);
    expect(
      Math.abs((entered.value as Date).getTime() - world.checkedInAt.getTime()),
      'the check-in time, to the second',
    ).to.be.below(1000);
    expect(entered.numFmt).to.equal('dd/mm/yyyy hh:mm');
    expect(alice.getCell(col('Entrée validée par')).value).to.equal('Bastien Bureau');
    const chloe = rows.get(world.bookings.chloe.reference)!;
    expect(chloe.getCell(col('Statut')).value).to.equal('En opposition');
    expect(chloe.getCell(col("Motif d'opposition")).value).to.equal('Revente / fraude');
    for (const other of [chloe, rows.get(world.bookings.zoe.reference)!, rows.get(world.bookings.gone.reference)!]) {
      expect(
        [other.getCell(col('Entrée le')).value, other.getCell(col('Entrée validée par')).value],
        'not checked in: empty check-in cells',
      ).to.deep.equal([null, null]);
    }
    const zoe = rows.get(world.bookings.zoe.reference)!;
    expect(zoe.getCell(col('Prénom')).value).to.equal('Zoé 😀');
    expect(zoe.getCell(col('Nom')).value).to.equal('Lefèvre/Müller');
    expect(zoe.getCell(col('Parrain')).value, 'the guest’s sponsor').to.equal('Bruno Garcia');
    expect(zoe.getCell(col('Compte')).value).to.equal('non');
    expect(rows.get(world.bookings.gone.reference)!.getCell(col('Nom')).value).to.equal('Anonyme');
  });

  it('EX1: the PDF is the door list: header with event and date, sorted by name, statuses and references; accents survive', async () => {
    const { file } = await exported(world.board, 'PDF');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).to.include('Gala « Été »');
    expect(text).to.include('liste d’entrée');
    for (const b of [world.bookings.alice, world.bookings.zoe, world.bookings.gone])
      expect(text).to.include(b.reference);
    expect(text, 'opposed bookings are not in the default (live) list').to.not.include(world.bookings.chloe.reference);
    expect(text)
      .to.include('Lefèvre/Müller')
      .and.include('Végétarien')
      .and.include('Pré-réservée')
      .and.include('Anonyme');
    // Sorted by last name: Anonyme (blank) first, then Lefèvre, then Martin (Alice).
    const order = [world.bookings.gone, world.bookings.zoe, world.bookings.alice].map((b) => text.indexOf(b.reference));
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
  });

  for (const format of ['ZIP', 'TAR_GZ'] as const) {
    it(`EX1: the ${format} holds the XLSX and every uploaded file, byte for byte, one folder per booking (names safe on every OS), and a manifest with SHA-256`, async () => {
      const { file } = await exported(world.board, format);
      const out = path.join(tmp, `unpacked-${format}`);
      fs.mkdirSync(out);
      if (format === 'ZIP') execFileSync('unzip', ['-q', file, '-d', out]);
      else execFileSync('tar', ['xzf', file, '-C', out]);
      const entries = execFileSync('find', ['.', '-type', 'f'], { cwd: out, encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((x) => x.slice(2))
        .sort();
      expect(entries).to.include('reservations.xlsx').and.include('manifest.csv');
      const aliceFolder = entries.find((e) => e.startsWith(world.bookings.alice.reference))!;
      expect(aliceFolder).to.equal(`${world.bookings.alice.reference} Alice Martin/Certificat _ médical.pdf`);
      const zoeFile = entries.find((e) => e.startsWith(world.bookings.zoe.reference))!;
      expect(zoeFile).to.equal(`${world.bookings.zoe.reference} Zoé 😀 Lefèvre_Müller/Certificat _ médical.png`);
      for (const [reference, original] of world.uploads) {
        const entry = entries.find((e) => e.startsWith(reference))!;
        expect(fs.readFileSync(path.join(out, entry)).equals(original), entry).to.equal(true);
      }
      const manifest = fs.readFileSync(path.join(out, 'manifest.csv'), 'utf8').trim().split('\n');
      expect(manifest[0]).to.equal('chemin,référence,titulaire,question,octets,sha256');
      for (const [reference, original] of world.uploads) {
        const line = manifest.find((l) => l.includes(reference))!;
        expect(line).to.include(createHash('sha256').update(original).digest('hex'));
        expect(line).to.include(String(original.length));
      }
    });
  }

  it('EX1: a file missing from storage is reported in the manifest and the archive still completes', async () => {
    const [{ file_key: key }] = await sql(t).execute(
      `select file_key from answers where booking_id = ? and file_key is not null`,
      [world.bookings.zoe.id],
    );
    const stored = path.join(t.app.deps.config.dataDir, 'files', key);
    const saved = fs.readFileSync(stored);
    fs.rmSync(stored);
    try {
      const { file } = await exported(world.board, 'ZIP');
      const manifest = execFileSync('unzip', ['-p', file, 'manifest.csv'], { encoding: 'utf8' });
      expect(manifest.split('\n').find((l) => l.includes(world.bookings.zoe.reference))).to.match(/,0,MISSING$/);
    } finally {
      fs.writeFileSync(stored, saved);
    }
  });

  it('EX1: the list’s filters are respected (pre-reservations only; search); an empty list exports cleanly', async () => {
    const pre = await exported(world.board, 'XLSX', { statuses: ['PRE_RESERVED'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pre.file);
    const refs: string[] = [];
    wb.getWorksheet('Réservations')!.eachRow((row, n) => n > 1 && refs.push(String(row.getCell(1).value)));
    expect(refs.sort()).to.deep.equal([world.bookings.zoe.reference, world.bookings.gone.reference].sort());
    expect(JSON.parse(pre.state.filter)).to.deep.equal({ statuses: ['PRE_RESERVED'] });
    const search = await exported(world.board, 'PDF', { search: 'lefèvre' });
    const text = execFileSync('pdftotext', [search.file, '-'], { encoding: 'utf8' });
    expect(text).to.include(world.bookings.zoe.reference).and.not.include(world.bookings.alice.reference);
    const empty = await exported(world.board, 'XLSX', { search: 'nobody-at-all' });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(empty.file);
    expect(wb2.getWorksheet('Réservations')!.rowCount).to.equal(1);
    expect(
      execFileSync('pdftotext', [(await exported(world.board, 'PDF', { search: 'nobody-at-all' })).file, '-'], {
        encoding: 'utf8',
      }),
    ).to.include('Aucune réservation');
    await exported(world.board, 'ZIP', { search: 'nobody-at-all' });
  });

  it('EX2: access: VIEW exports and downloads; others can’t see the export or its file; every export is audited', async () => {
    const { id, state } = await exported(p.eve, 'XLSX');
    expect(state.requestedBy.email).to.equal('exterieur@example.org');
    expect(code(await p.alice.request(REQUEST, { e: world.eventId, f: 'PDF' }))).to.equal('FORBIDDEN');
    expect(code(await p.alice.request(STATE, { id })), 'SEC5: as for an unknown id').to.equal('NOT_FOUND');
    expect(code(await p.anonymous.request(REQUEST, { e: world.eventId, f: 'PDF' }))).to.equal('UNAUTHENTICATED');
    // SEC5: a file one may not see answers as one that does not exist.
    expect((await download(p.alice, `/media/exports/${id}`)).status).to.equal(404);
    expect((await download(p.anonymous, `/media/exports/${id}`)).status).to.equal(404);
    expect((await download(world.board, `/media/exports/${id}`)).status).to.equal(200);
    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from audit_log where action = 'export.requested' and data->>'exportId' = ?`,
      [id],
    );
    expect(n).to.equal(1);
    const list = (
      await world.board.data(`query($e: ID!) { event(id: $e) { exports { id format status } } }`, { e: world.eventId })
    ).event.exports;
    expect(list.map((x: { id: string }) => x.id)).to.include(id);
    // An event one may not see at all.
    const draft = await organizerEvent(t, { visibility: 'DRAFT' });
    expect(code(await p.alice.request(REQUEST, { e: draft.eventId, f: 'XLSX' }))).to.equal('NOT_FOUND');
    // A download cancelled after the first bytes: the server stops reading and keeps serving.
    const abort = new AbortController();
    const res = await fetch(`${t.url}/media/exports/${id}`, {
      signal: abort.signal,
      headers: { cookie: [...world.board.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).to.equal(200);
    abort.abort();
    await res.arrayBuffer().catch(() => undefined);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
  });

  it('EX2: a file is offered only when DONE (PostgreSQL ties the file to that status); expired files are deleted and no longer offered', async () => {
    const { id } = await exported(world.board, 'PDF');
    let refused = false;
    await sql(t)
      .execute(`update exports set status = 'RUNNING' where id = ?`, [id])
      .catch(() => (refused = true));
    expect(refused, 'a running export cannot have a file').to.equal(true);
    const [{ file_key: key }] = await sql(t).execute(`select file_key from exports where id = ?`, [id]);
    await sql(t).execute(`update exports set expires_at = now() - interval '1 minute' where id = ?`, [id]);
    expect(await expireExports(t.app.deps, t.app.db.orm.em.fork())).to.be.greaterThan(0);
    const after = (await world.board.data(STATE, { id })).bookingExport;
    expect(after).to.include({ status: 'EXPIRED', downloadUrl: null });
    expect(fs.existsSync(path.join(t.app.deps.config.dataDir, 'files', key))).to.equal(false);
    expect((await download(world.board, `/media/exports/${id}`)).status).to.equal(404);
  });
});

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else field += ch;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

describe('API: exported files are inert (SEC6)', function () {
  this.timeout(120_000);
  const t = useApp();
  const FORMULA = '=HYPERLINK("http://x","y")';
  let tmp: string;
  const world = {} as {
    board: ApiClient;
    eventId: string;
    alice: { id: string; reference: string };
    guest: { id: string; reference: string };
  };

  before(async function () {
    const tools = ['unzip', 'tar'];
    if (
      !tools.every((x) => {
        try {
          execFileSync('which', [x], { stdio: 'ignore' });
          return true;
        } catch {
          return false;
        }
      })
    ) {
      if (process.env.CI === 'true') throw new Error(`export tests need ${tools.join(', ')}`);
      this.skip();
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'billetterie-sec6-'));
    const p = await signInAll(t, { alice: PEOPLE.alice, bruno: PEOPLE.bruno });
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0, sponsorshipAllowed: false });
    const doc = await ev.extraInfo(ticket, {
      label: 'Pièce',
      type: 'FILE',
      blocks: 'ENTRY',
      fileTypes: ['application/pdf', 'image/png'],
      fileMaxBytes: 1_000_000,
    });
    const note = await ev.extraInfo(ticket, { label: 'Remarque', type: 'TEXT', blocks: 'ENTRY' });
    const alice = (await p.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const guest = (
      await p.bruno.data(BOOK, {
        i: {
          ticketId: ticket,
          optionIds: [],
          guest: { firstName: FORMULA, lastName: '-2+3', email: `sec6-${randomBytes(2).toString('hex')}@example.org` },
        },
      })
    ).book;
    expect(
      (await answerFile(p.alice, alice.id, doc, { name: 'x.bat', type: 'application/x-msdownload', data: pdf('bat') }))
        .errors,
    ).to.equal(undefined);
    expect(
      (await answerFile(p.bruno, guest.id, doc, { name: '@scan.png', type: 'image/png', data: TINY_PNG })).errors,
    ).to.equal(undefined);
    expect((await answerValue(p.bruno, guest.id, note, { text: '+1+1' })).errors).to.equal(undefined);
    Object.assign(world, { board: ev.board, eventId: ev.eventId, alice, guest });
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  async function exported(format: string) {
    const done = await finishedExport(world.board, world.eventId, format);
    const file = path.join(tmp, `${done.id}.${format.toLowerCase()}`);
    fs.writeFileSync(file, Buffer.from(await (await download(world.board, done.downloadUrl)).arrayBuffer()));
    return file;
  }

  it('SEC6: an archive entry carries the extension of its sniffed type: a PDF uploaded as x.bat lands as .pdf', async () => {
    const file = await exported('ZIP');
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    const alice = entries.filter((e) => e.startsWith(world.alice.reference));
    expect(alice).to.have.length(1);
    expect(alice[0]).to.match(/\/Pièce\.pdf$/);
    expect(entries.filter((e) => e.startsWith(world.guest.reference))[0]).to.match(/\.png$/);
    expect(
      entries.some((e) => /\.bat$/i.test(e)),
      entries.join('\n'),
    ).to.equal(false);
  });

  it('SEC6: manifest.csv neutralises formulas from user text: a holder named =HYPERLINK(…) is written as text with a leading quote', async () => {
    const file = await exported('TAR_GZ');
    const manifest = parseCsv(execFileSync('tar', ['xzOf', file, 'manifest.csv'], { encoding: 'utf8' }));
    const header = manifest[0];
    const guest = manifest.find((r) => r[1] === world.guest.reference)!;
    expect(guest[header.indexOf('titulaire')]).to.equal(`'${FORMULA} -2+3`);
    for (const row of manifest)
      for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).to.not.match(/^[=+\-@\t\r＝＋－＠]/);
  });

  it('SEC6: the XLSX holds formula-like user text (=HYPERLINK holder, "+1+1" answer) as plain text cells, never formulas, shown as typed', async () => {
    const file = await exported('XLSX');
    const sheet = execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' });
    expect(sheet, 'no formula in the sheet').to.not.match(/<f[ >]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Réservations')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r, n) => {
      if (n > 1 && r.getCell(col('Référence')).value === world.guest.reference) row = r;
    });
    for (const [name, text] of [
      ['Prénom', FORMULA],
      ['Nom', '-2+3'],
      ['Entrée · Remarque', '+1+1'],
      ['Entrée · Pièce', '@scan.png'],
    ]) {
      const cell = row!.getCell(col(name));
      expect(cell.type, name).to.equal(ExcelJS.ValueType.String);
      expect(cell.value, name).to.equal(text);
    }
  });
});

describe('API: exports are built on a worker thread, off the server’s event loop (EX2)', function () {
  this.timeout(180_000);
  const t = useApp();
  const ROWS = 4000;
  let eventId: string;
  let board: ApiClient;

  before(async function () {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 1500, capacity: null, sponsorshipAllowed: false });
    ({ eventId, board } = ev);
    const knex = sql(t).getKnex();
    await knex.transaction(async (trx) => {
      await trx.raw(
        `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name, status, price_cents, reserved_at, created_at)
         select gen_random_uuid(), 'EXT-' || lpad(i::text, 6, '0'), ?, ?, 'ext-' || i || '@example.org', 'Zoé', 'Lefèvre ' || i,
                'RESERVED', 1500, now(), now() from generate_series(1, ?) i`,
        [eventId, ticket, ROWS],
      );
      // Background ticket rendering of these rows would share the CPU with what is measured here.
      const { rows } = await trx.raw(`select to_regclass('ticket_render_queue') is not null as present`);
      if (rows[0].present)
        await trx.raw(
          `delete from ticket_render_queue where booking_id in (select id from bookings where event_id = ?)`,
          [eventId],
        );
    });
  });

  /** The longest delay of this process's event loop (the server's: the app runs in the test process) during `fn`. */
  async function longestStall(fn: () => Promise<unknown>): Promise<number> {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    try {
      await fn();
    } finally {
      loop.disable();
    }
    return loop.max / 1e6;
  }

  it('EX2: while a 4,000-row PDF is built, the server’s event loop never stalls like the same PDF built on it does', async () => {
    // Control: the same writer on this thread — the layout of each batch of 500 rows holds the loop for its duration.
    const file = path.join(os.tmpdir(), `billetterie-ex2-${randomBytes(4).toString('hex')}.pdf`);
    const onLoop = await longestStall(async () => {
      const out = fs.createWriteStream(file);
      const em = t.app.db.orm.em.fork();
      const layout = await exportLayout(em, eventId);
      await writePdf(
        out,
        layout,
        () => exportRows(em, eventId, {}),
        async () => undefined,
        ROWS,
        'fr',
      );
      await finished(out);
    });
    fs.rmSync(file, { force: true });
    // The export as the server runs it: queued, claimed, built on its worker thread.
    let done: { rowsTotal: number; fileSize: number } | undefined;
    const offLoop = await longestStall(async () => {
      done = await finishedExport(board, eventId, 'PDF');
    });
    expect(done!.rowsTotal).to.equal(ROWS);
    expect(done!.fileSize).to.be.greaterThan(10_000);
    expect(offLoop, `longest stall ${offLoop.toFixed(0)} ms off the loop vs ${onLoop.toFixed(0)} ms on it`).to.be.below(
      Math.min(200, onLoop / 2),
    );
  });
});
