import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from '../../core/i18n';
import { parisDateTime } from '../../core/time';
import type { ExportAnswer, ExportLayout, ExportRow } from './rows';

export type Batches = () => AsyncIterable<ExportRow[]>;
export type Progress = (rowsDone: number) => Promise<void>;

/**
 * The apps' status label of a booking status in one language (the catalogue's `booking_status_*`): one wording on
 * screen and in exports. Every other word of the files is a `document_*` key (issue 12: in the requester's
 * language). (The whole table is `statusLabels` in rows.ts: this file runs on the export thread, without the model.)
 */
export const statusLabel = (locale: Locale, status: string): string => {
  try {
    return t(locale, `booking_status_${status}` as MessageKey);
  } catch {
    return status;
  }
};
const euros = (cents: number) => Math.round(cents) / 100;

function answerValue(a: ExportAnswer | undefined, locale: Locale): string | number | null {
  if (!a) return null;
  if (a.text != null) return a.text;
  if (a.number != null) return a.number;
  if (a.choice != null) return a.choice;
  return a.fileName ?? (a.fileKey ? t(locale, 'document_file') : null);
}

type Cell = string | number | Date | null;
/** A column of the complete export: its header, width, number format (euros or a date and time) and value. */
export interface ExportColumn {
  header: string;
  width: number;
  format?: 'eur' | 'date';
  value: (r: ExportRow) => Cell;
}

/**
 * EX1: every field of a booking, one column each: holder and sponsor, ticket, price, dates, one column per group
 * (the choice) and per option (the price paid), three per extra information (answer, validated at, validated by),
 * amount paid, payments, last payment, check-in time and person.
 */
export function exportColumns(layout: ExportLayout, locale: Locale): ExportColumn[] {
  const word = (key: MessageKey, params?: Record<string, string>) => t(locale, key, params);
  const [yes, no] = [word('document_yes'), word('document_no')];
  const prefix = (ticket: string, name: string) => `${ticket} · ${name}`;
  const answer = (r: ExportRow, id: string) => r.answers.find((a) => a.extraInfoId === id);
  return [
    { header: word('document_reference'), width: 16, value: (r) => r.reference },
    { header: word('document_status'), width: 14, value: (r) => statusLabel(locale, r.status) },
    {
      header: word('document_export_last_name'),
      width: 18,
      value: (r) => (r.holderLastName || r.holderFirstName ? r.holderLastName : r.holderName),
    },
    { header: word('document_export_first_name'), width: 16, value: (r) => r.holderFirstName },
    { header: word('document_export_email'), width: 28, value: (r) => r.holderEmail }, // AC3: blank when deleted
    { header: word('document_export_account'), width: 9, value: (r) => (r.hasAccount ? yes : no) },
    { header: word('document_export_sponsor'), width: 20, value: (r) => r.sponsorName },
    { header: word('document_export_sponsor_email'), width: 26, value: (r) => r.sponsorEmail },
    { header: word('document_export_given_by'), width: 18, value: (r) => r.givenByName },
    { header: word('document_ticket'), width: 18, value: (r) => r.ticketName },
    { header: word('document_export_price'), width: 11, format: 'eur', value: (r) => euros(r.priceCents) },
    { header: word('document_export_forced'), width: 8, value: (r) => (r.forced ? yes : null) },
    { header: word('document_export_created_at'), width: 17, format: 'date', value: (r) => r.createdAt },
    { header: word('document_export_reserved_at'), width: 17, format: 'date', value: (r) => r.reservedAt },
    { header: word('document_export_expires_at'), width: 17, format: 'date', value: (r) => r.expiresAt },
    { header: word('document_export_ended_at'), width: 17, format: 'date', value: (r) => r.endedAt },
    { header: word('document_export_opposition_reason'), width: 28, value: (r) => r.oppositionReason },
    ...layout.groups.map((g): ExportColumn => ({
      header: prefix(g.ticketName, g.name),
      width: 18,
      value: (r) => r.options.find((o) => o.groupId === g.id)?.name ?? null,
    })),
    ...layout.options.map((o): ExportColumn => ({
      header: prefix(o.ticketName, o.name),
      width: 14,
      format: 'eur',
      value: (r) => {
        const c = r.options.find((x) => x.optionId === o.id);
        return c ? euros(c.priceCents) : null;
      },
    })),
    ...layout.infos.flatMap((x): ExportColumn[] => [
      { header: prefix(x.ticketName, x.label), width: 24, value: (r) => answerValue(answer(r, x.id), locale) },
      {
        header: word('document_export_validated_at', { label: x.label }),
        width: 17,
        format: 'date',
        value: (r) => answer(r, x.id)?.validatedAt ?? null,
      },
      {
        header: word('document_export_validated_by', { label: x.label }),
        width: 18,
        value: (r) => answer(r, x.id)?.validatedBy ?? null,
      },
    ]),
    {
      header: word('document_export_paid'),
      width: 11,
      format: 'eur',
      value: (r) =>
        r.payments.length
          ? euros(r.payments.filter((p) => p.conforming && p.currency === 'EUR').reduce((s, p) => s + p.amountCents, 0))
          : null,
    },
    {
      header: word('document_export_payments'),
      width: 40,
      value: (r) =>
        r.payments
          .map(
            (p) =>
              `${p.provider}/${p.method} ${euros(p.amountCents).toFixed(2)} ${p.currency}${p.reference ? ` ${p.reference}` : ''} (${parisDateTime(p.at, locale)})${p.conforming ? '' : ` ${word('document_export_payment_not_conforming', { problem: p.problem ?? '' })}`}`,
          )
          .join(' ; ') || null,
    },
    {
      header: word('document_export_last_payment_at'),
      width: 17,
      format: 'date',
      value: (r) => r.payments.at(-1)?.at ?? null,
    },
    { header: word('document_export_checked_in_at'), width: 17, format: 'date', value: (r) => r.checkedInAt },
    { header: word('document_export_checked_in_by'), width: 18, value: (r) => r.checkedInBy },
  ];
}

/**
 * XML text: the five special characters escaped; characters XML 1.0 does not allow (C0 controls but tab, line feed
 * and carriage return; DEL) dropped, as exceljs did.
 */
const NOT_TEXT = '["&\'<>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]';
const SPECIAL = new RegExp(NOT_TEXT);
const SPECIALS = new RegExp(NOT_TEXT, 'g');
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const xmlText = (s: string) => (SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c] ?? '') : s);

/** A column's letters (1 → A, 27 → AA). */
const letters = (n: number): string =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** Style ids of styles.xml's cellXfs, below: plain, euros, date; then the same three in bold (the header row). */
const STYLE = { plain: 0, eur: 1, date: 2 } as const;
const BOLD = 3;
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org';
const STYLES = `${XML}<styleSheet xmlns="${NS}/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;€&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>`;

/** The package's parts other than the sheet (all small), in the order they are written. */
function packageParts(sheetName: string, now: Date): Array<[string, string]> {
  const name = xmlText(sheetName);
  const when = `${now.toISOString().slice(0, 19)}Z`;
  const type = (part: string, t: string) => `<Override PartName="/${part}" ContentType="application/${t}"/>`;
  const ml = 'vnd.openxmlformats-officedocument';
  const rel = (id: number, t: string, target: string) => `<Relationship Id="rId${id}" Type="${t}" Target="${target}"/>`;
  const officeRel = `${NS}/officeDocument/2006/relationships`;
  return [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${type('xl/workbook.xml', `${ml}.spreadsheetml.sheet.main+xml`)}${type('xl/worksheets/sheet1.xml', `${ml}.spreadsheetml.worksheet+xml`)}${type('xl/styles.xml', `${ml}.spreadsheetml.styles+xml`)}${type('docProps/core.xml', 'vnd.openxmlformats-package.core-properties+xml')}${type('docProps/app.xml', `${ml}.extended-properties+xml`)}</Types>`,
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${NS}/package/2006/relationships">${rel(1, `${officeRel}/officeDocument`, 'xl/workbook.xml')}${rel(2, `${NS}/package/2006/relationships/metadata/core-properties`, 'docProps/core.xml')}${rel(3, `${officeRel}/extended-properties`, 'docProps/app.xml')}</Relationships>`,
    ],
    [
      'docProps/app.xml',
      `${XML}<Properties xmlns="${NS}/officeDocument/2006/extended-properties" xmlns:vt="${NS}/officeDocument/2006/docPropsVTypes"><Application>Billetterie</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>${name}</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
    ],
    [
      'docProps/core.xml',
      `${XML}<cp:coreProperties xmlns:cp="${NS}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Billetterie</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${officeRel}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${NS}/package/2006/relationships">${rel(1, `${officeRel}/worksheet`, 'worksheets/sheet1.xml')}${rel(2, `${officeRel}/styles`, 'styles.xml')}</Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
  ];
}

/** Days since 1899-12-30, as spreadsheets count dates (the wall-clock time of UTC, as exceljs wrote them). */
const serial = (d: Date) => 25569 + d.getTime() / 86_400_000;

/**
 * A minimal ZIP for the package (APPNOTE 6.3, as in archive-formats.ts): the small parts deflated whole, then the
 * sheet streamed — deflated at level 6 on libuv's thread pool as it is written, its CRC-32 and sizes in a data
 * descriptor after it (flag 3) — then the central directory.
 */
class PackageZip {
  private offset = 0;
  private readonly entries: Array<{
    name: Buffer;
    flags: number;
    crc: number;
    size: number;
    packed: number;
    offset: number;
  }> = [];
  constructor(private readonly out: Writable) {}

  private async write(b: Buffer) {
    this.offset += b.length;
    if (this.out.destroyed) throw this.out.errored ?? new Error('spreadsheet output closed');
    if (!this.out.write(b)) await once(this.out, 'drain');
  }

  private header(name: Buffer, flags: number, crc: number, packed: number, size: number) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags | 0x0800, 6); // UTF-8 names
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt16LE(0x21, 12); // 1980-01-01, 00:00 (the date is in docProps/core.xml)
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(packed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  }

  async part(name: string, text: string) {
    const bytes = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(bytes, { level: 6 });
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(bytes);
    this.entries.push({ name: n, flags: 0, crc, size: bytes.length, packed: packed.length, offset: this.offset });
    await this.write(this.header(n, 0, crc, packed.length, bytes.length));
    await this.write(packed);
  }

  /** A streamed part: `write` its text in pieces, then `end`. */
  async stream(name: string) {
    const n = Buffer.from(name, 'utf8');
    const offset = this.offset;
    await this.write(this.header(n, 0x0008, 0, 0, 0));
    const deflate = createDeflateRaw({ level: 6, chunkSize: 256 * 1024 });
    let crc = 0;
    let size = 0;
    let packed = 0;
    let failed: Error | null = null;
    const pumped = (async () => {
      for await (const piece of deflate) {
        packed += (piece as Buffer).length;
        await this.write(piece as Buffer);
      }
    })().catch((e: Error) => {
      failed = e;
      deflate.destroy(e);
    });
    return {
      write: async (text: string) => {
        if (failed) throw failed;
        const b = Buffer.from(text, 'utf8');
        crc = crc32(b, crc);
        size += b.length;
        if (!deflate.write(b)) await once(deflate, 'drain');
      },
      end: async () => {
        deflate.end();
        await pumped;
        if (failed) throw failed;
        if (size >= 0xffffffff || packed >= 0xffffffff) throw new Error('spreadsheet larger than 4 GiB');
        const d = Buffer.alloc(16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(crc >>> 0, 4);
        d.writeUInt32LE(packed, 8);
        d.writeUInt32LE(size, 12);
        await this.write(d);
        this.entries.push({ name: n, flags: 0x0008, crc: crc >>> 0, size, packed, offset });
      },
    };
  }

  async finish() {
    const start = this.offset;
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(e.flags | 0x0800, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt16LE(0x21, 14);
      c.writeUInt32LE(e.crc, 16);
      c.writeUInt32LE(e.packed, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([c, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
  }
}

/**
 * EX1, EX2: the complete export as an XLSX (Office Open XML SpreadsheetML), streamed row by row: typed cells (dates
 * as dates, money as numbers in a euro format), one column per option, group and extra information (with its
 * validation), a frozen header row and an auto-filter — the same cells, styles and columns as the exceljs
 * workbook it replaces. Issue 14: written here rather than by exceljs, whose loading (~0.4–0.8 s of compilation in
 * each new export thread) and cell objects (~0.45 s for 10,000 rows) weighed on every archive; the sheet is deflated
 * on libuv's thread pool as it is written.
 * SEC6: user text is only ever written as a string cell (`t="str"` with a value, never an `<f>` formula), so
 * spreadsheet software shows it as typed and doesn't evaluate it. So, unlike the CSV, no leading quote here: it would
 * be displayed and would corrupt names and answers for sorting and mail merges.
 */
export async function writeXlsx(
  out: Writable,
  layout: ExportLayout,
  batches: Batches,
  progress: Progress,
  locale: Locale = DEFAULT_LOCALE,
): Promise<void> {
  const columns = exportColumns(layout, locale);
  const refs = columns.map((_, i) => letters(i + 1));
  const styles = columns.map((c) => STYLE[c.format ?? 'plain']);
  const last = refs[refs.length - 1];
  const zip = new PackageZip(out);
  for (const [name, text] of packageParts(t(locale, 'document_export_sheet'), new Date())) await zip.part(name, text);
  const sheet = await zip.stream('xl/worksheets/sheet1.xml');
  const cols = columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${styles[i] ? ` style="${styles[i]}"` : ''}/>`,
    )
    .join('');
  const header = columns
    .map((c, i) => `<c r="${refs[i]}1" s="${BOLD + styles[i]}" t="str"><v>${xmlText(c.header)}</v></c>`)
    .join('');
  await sheet.write(
    `${XML}<worksheet xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1" s="${BOLD}" customFormat="1">${header}</row>`,
  );
  let n = 1;
  for await (const batch of batches()) {
    let xml = '';
    for (const r of batch) {
      n += 1;
      xml += `<row r="${n}">`;
      for (let i = 0; i < columns.length; i++) {
        const v = columns[i].value(r);
        const s = styles[i];
        const at = `<c r="${refs[i]}${n}"`;
        if (v == null || v === '') {
          // An empty cell of a formatted column keeps its format (as exceljs wrote it); others are left out.
          if (s && v == null) xml += `${at} s="${s}"/>`;
          else if (v === '') xml += `${at}${s ? ` s="${s}"` : ''} t="str"><v></v></c>`;
        } else if (typeof v === 'string') xml += `${at}${s ? ` s="${s}"` : ''} t="str"><v>${xmlText(v)}</v></c>`;
        else if (typeof v === 'number')
          xml += Number.isFinite(v) ? `${at}${s ? ` s="${s}"` : ''}><v>${v}</v></c>` : `${at}${s ? ` s="${s}"` : ''}/>`;
        else xml += `${at} s="${s || STYLE.date}"><v>${serial(v)}</v></c>`;
      }
      xml += '</row>';
    }
    await sheet.write(xml);
    await progress(n - 1);
  }
  await sheet.write(
    `</sheetData><autoFilter ref="A1:${last}1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  await sheet.end();
  await zip.finish();
}
