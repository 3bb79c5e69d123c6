import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ExportLayout, ExportRow } from '../../server/src/modules/exports/rows';
import { exportColumns, writeXlsx, xmlText } from '../../server/src/modules/exports/spreadsheet';

const layout: ExportLayout = {
  eventName: 'Gala',
  startsAt: new Date('2026-06-01T18:00:00Z'),
  location: 'Toulouse',
  options: [{ id: 'o-shuttle', name: 'Navette', ticketName: 'Entrée' }],
  groups: [{ id: 'g-menu', name: 'Repas', ticketName: 'Entrée' }],
  infos: [
    { id: 'i-text', label: 'Allergies', type: 'TEXT', ticketName: 'Entrée' },
    { id: 'i-size', label: 'Pointure', type: 'NUMBER', ticketName: 'Entrée' },
  ],
};

function row(i: number, over: Partial<ExportRow> = {}): ExportRow {
  return {
    id: `b${i}`,
    reference: `EX-${String(i).padStart(5, '0')}`,
    status: 'RESERVED',
    holderFirstName: 'Zoé 😀',
    holderLastName: `Lefèvre ${i}`,
    holderEmail: `z${i}@example.org`,
    holderName: `Zoé 😀 Lefèvre ${i}`,
    hasAccount: i % 2 === 0,
    sponsorName: null,
    sponsorEmail: null,
    givenByName: null,
    ticketName: 'Entrée',
    priceCents: 2050,
    forced: false,
    createdAt: new Date('2026-03-01T10:00:00Z'),
    reservedAt: new Date('2026-03-01T10:05:30Z'),
    expiresAt: null,
    endedAt: null,
    oppositionReason: null,
    options: [
      { optionId: 'o-shuttle', groupId: null, name: 'Navette', priceCents: 500 },
      { optionId: 'o-veggie', groupId: 'g-menu', name: 'Végétarien', priceCents: 0 },
    ],
    answers: [
      {
        extraInfoId: 'i-text',
        text: 'noix <&> "cajou" \'x\'\u0001\u001f\u007f fin',
        number: null,
        choice: null,
        fileKey: null,
        fileName: null,
        fileMime: null,
        fileSize: null,
        validatedAt: new Date('2026-03-02T08:00:00Z'),
        validatedBy: 'Bastien Bureau',
      },
      {
        extraInfoId: 'i-size',
        text: null,
        number: 42.5,
        choice: null,
        fileKey: null,
        fileName: null,
        fileMime: null,
        fileSize: null,
        validatedAt: null,
        validatedBy: null,
      },
    ],
    payments: [],
    checkedInAt: null,
    checkedInBy: null,
    ...over,
  };
}

async function written(rows: ExportRow[][], file: string) {
  const out = createWriteStream(file);
  const seen: number[] = [];
  await writeXlsx(
    out,
    layout,
    async function* () {
      yield* rows;
    },
    async (n) => {
      seen.push(n);
    },
    'fr',
  );
  await finished(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { ws: wb.getWorksheet('Réservations')!, seen };
}

describe('unit: the XLSX written by our SpreadsheetML writer (EX1, issue 14)', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-xlsx-'));
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('EX1: read back by exceljs: bold frozen header, auto-filter, widths, euro and date formats, typed cells, text as typed (XML specials escaped, control characters dropped)', async () => {
    const file = path.join(dir, 'one.xlsx');
    const { ws, seen } = await written([[row(1), row(2, { holderEmail: '', forced: true })]], file);
    execFileSync('unzip', ['-tq', file]); // every part's CRC, the sheet's in its data descriptor
    expect(seen).to.deep.equal([2]);
    expect(ws.views[0]).to.include({ state: 'frozen', ySplit: 1 });
    const columns = exportColumns(layout, 'fr');
    expect(columns).to.have.length(30);
    expect(ws.autoFilter, 'over the header row, 30 columns: A to AD').to.equal('A1:AD1');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).to.deep.equal(columns.map((c) => c.header));
    expect(ws.getRow(1).getCell(1).font).to.include({ bold: true });
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getColumn(col('Email')).width).to.equal(28);
    const r = ws.getRow(2);
    expect(r.getCell(col('Référence')).value).to.equal('EX-00001');
    expect(r.getCell(col('Statut')).value).to.equal('Réservée');
    expect(r.getCell(col('Prénom')).value).to.equal('Zoé 😀');
    expect(r.getCell(col('Prix')).value).to.equal(20.5);
    expect(r.getCell(col('Prix')).numFmt).to.equal('#,##0.00 "€"');
    expect(r.getCell(col('Réservé le')).value).to.deep.equal(new Date('2026-03-01T10:00:00Z'));
    expect(r.getCell(col('Confirmée le')).value, 'to the second').to.deep.equal(new Date('2026-03-01T10:05:30Z'));
    expect(r.getCell(col('Réservé le')).numFmt).to.equal('dd/mm/yyyy hh:mm');
    expect(r.getCell(col('Expire le')).value, 'an empty date cell').to.equal(null);
    expect(r.getCell(col('Entrée · Repas')).value).to.equal('Végétarien');
    expect(r.getCell(col('Entrée · Navette')).value).to.equal(5);
    expect(r.getCell(col('Entrée · Allergies')).value).to.equal('noix <&> "cajou" \'x\' fin');
    expect(r.getCell(col('Entrée · Pointure')).value).to.equal(42.5);
    expect(r.getCell(col('Allergies — validée par')).value).to.equal('Bastien Bureau');
    expect(r.getCell(col('Compte')).value).to.equal('non');
    expect(ws.getRow(3).getCell(col('Compte')).value).to.equal('oui');
    expect(ws.getRow(3).getCell(col('Hors capacité')).value).to.equal('oui');
    expect(r.getCell(col('Hors capacité')).value).to.equal(null);
    expect(ws.rowCount).to.equal(3);
  });

  it('EX2: rows in many batches come out in order, progress after each batch; an empty list is the header alone', async () => {
    const batches = Array.from({ length: 5 }, (_, b) => Array.from({ length: 300 }, (_, i) => row(b * 300 + i)));
    const { ws, seen } = await written(batches, path.join(dir, 'many.xlsx'));
    expect(seen).to.deep.equal([300, 600, 900, 1200, 1500]);
    expect(ws.rowCount).to.equal(1501);
    expect(ws.getRow(1501).getCell(1).value).to.equal('EX-01499');
    const empty = await written([], path.join(dir, 'empty.xlsx'));
    expect(empty.ws.rowCount).to.equal(1);
    expect(empty.ws.autoFilter).to.be.ok;
  });

  it('SEC6: XML text keeps tabs and line breaks, escapes the five specials and drops what XML forbids', () => {
    expect(xmlText('a\tb\nc\rd')).to.equal('a\tb\nc\rd');
    expect(xmlText('<a href="x">&\'</a>')).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('\u0000a\u0008b\u000bc\u001fd\u007f')).to.equal('abcd');
    expect(xmlText('plain')).to.equal('plain');
  });
});
