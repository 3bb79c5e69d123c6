import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DEFAULT_LOCALE, t, type Locale } from '../../core/i18n';
import { parisDateTime } from '../../core/time';
import { replaceC0Controls } from '../../core/text';
import type { Storage } from '../storage';
import type { ExportAnswer, ExportLayout, ExportRow } from './rows';
import { type Batches, type Progress, statusLabel, writeXlsx } from './spreadsheet';
import { gzipSink, type Hashed, streamSink, tarWriter, zipWriter } from './archive-formats';

/**
 * pdfkit caches the layout of every distinct word per font, forever: with a name and a reference per booking the
 * cache grows with the event (EX2). Emptying it at each page keeps memory flat (and is no slower). The cache is
 * internal to pdfkit: if it moves, this does nothing and memory is merely less bounded.
 */
function forgetLayouts(doc: PDFKit.PDFDocument) {
  const families =
    (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies ??
    {};
  for (const font of Object.values(families))
    if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
}

/** The font used in PDFs: pdfmake's bundled Roboto (Latin, accents, Greek, Cyrillic). */
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

/**
 * EX1, EX2: the door list, A4 portrait: a header with the event and the date, then for each booking a box to tick,
 * the name, ticket, options, status and reference; sorted by name. Streamed page by page (pdfkit, the engine under
 * pdfmake: pdfmake would hold the whole document in memory).
 */
export async function writePdf(
  out: Writable,
  layout: ExportLayout,
  batches: Batches,
  progress: Progress,
  total: number,
  locale: Locale = DEFAULT_LOCALE,
): Promise<void> {
  // Loaded on first use: an export thread that never builds a PDF doesn't hold pdfkit (issue 14: peak RSS).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 40, left: 36, right: 36 },
    info: { Title: t(locale, 'document_door_list_title', { eventName: layout.eventName }), Author: 'Billetterie' },
    bufferPages: false,
  });
  doc.registerFont('regular', path.join(FONT_DIR, 'Roboto-Regular.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'Roboto-Medium.ttf'));
  doc.pipe(out);
  const done = finished(out);
  const cols = [
    { title: '', width: 18 },
    { title: t(locale, 'document_door_list_name'), width: 150 },
    { title: t(locale, 'document_ticket'), width: 95 },
    { title: t(locale, 'document_door_list_options'), width: 120 },
    { title: t(locale, 'document_status'), width: 65 },
    { title: t(locale, 'document_reference'), width: 75 },
  ];
  const left = 36;
  let page = 0;
  const count = t(
    locale,
    new Intl.PluralRules(locale).select(total) === 'one'
      ? 'document_door_list_count_one'
      : 'document_door_list_count_other',
    { count: total },
  );
  const subtitle = t(locale, 'document_door_list_subtitle', {
    when: parisDateTime(layout.startsAt, locale),
    location: layout.location,
    count,
  });
  const header = () => {
    page += 1;
    forgetLayouts(doc);
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#666')
      .text(t(locale, 'document_door_list_page', { page }), left, 28, { width: 523, align: 'right' });
    doc.font('bold').fontSize(14).fillColor('#000').text(layout.eventName, left, 40, { width: 480 });
    doc.font('regular').fontSize(9).fillColor('#333').text(subtitle, { width: 523 });
    let x = left;
    const y = doc.y + 6;
    doc.font('bold').fontSize(8.5).fillColor('#000');
    for (const c of cols) {
      doc.text(c.title, x, y, { width: c.width - 4, lineBreak: false });
      x += c.width;
    }
    doc
      .moveTo(left, y + 12)
      .lineTo(left + 523, y + 12)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke();
    return y + 16;
  };
  let y = header();
  let written = 0;
  for await (const batch of batches()) {
    for (const r of batch) {
      const cells = [
        r.holderName,
        r.ticketName,
        r.options.map((o) => o.name).join(', '),
        statusLabel(locale, r.status),
        r.reference,
      ];
      doc.font('regular').fontSize(8.5);
      const height = Math.max(
        14,
        ...cells.map((c, i) => doc.heightOfString(c || ' ', { width: cols[i + 1].width - 4 }) + 4),
      );
      if (y + height > doc.page.height - 40) {
        doc.addPage();
        y = header();
      }
      doc
        .rect(left + 2, y + 1, 9, 9)
        .lineWidth(0.7)
        .strokeColor('#000')
        .stroke();
      let x = left + cols[0].width;
      cells.forEach((c, i) => {
        doc.fillColor('#000').text(c, x, y, { width: cols[i + 1].width - 4 });
        x += cols[i + 1].width;
      });
      y += height;
      doc
        .moveTo(left, y - 1)
        .lineTo(left + 523, y - 1)
        .lineWidth(0.25)
        .strokeColor('#ccc')
        .stroke();
    }
    written += batch.length;
    await progress(written);
  }
  if (!written)
    doc
      .font('regular')
      .fontSize(10)
      .text(t(locale, 'document_door_list_empty'), left, y + 10);
  doc.end();
  await done;
}

/**
 * Archives read files ahead of the one being written: at most this many, and this many bytes (the window refills
 * once half empty). On the export thread the reads asked for in one turn travel in one message: 64 a message.
 */
const READ_AHEAD_FILES = 128;
const READ_AHEAD_BYTES = 8 * 1024 * 1024;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A name safe on every OS: no separators or reserved characters, no control characters, not too long; accents and emoji stay. */
export function safeName(raw: string, max = 80): string {
  let s = replaceC0Controls(raw.normalize('NFC'), '_')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (s.length > max) s = [...s].slice(0, max).join(''); // (at most max UTF-16 units: at most max characters)
  if (!s) s = '_';
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  return s;
}

/**
 * SEC6: an entry's extension comes from the type sniffed at upload (answers.file_mime), never from the name the
 * attendee gave: a PDF sent as x.bat must not land in an organizer's archive as something Windows would run.
 */
const SNIFFED_EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};
const extensionOf = (a: ExportAnswer) => SNIFFED_EXTENSIONS[a.fileMime ?? ''] ?? '.bin';

/**
 * SEC6 (OWASP "CSV injection"): a text cell starting with = + - @ (or their full-width forms), a tab or a carriage
 * return would be read as a formula by spreadsheet software; a leading single quote makes it plain text.
 */
export const neutraliseFormula = (text: string) => (/^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text);

// Numbers are ours (sizes); every string may carry user text.
const csv = (cells: Array<string | number>) =>
  cells
    .map((c) => (typeof c === 'number' ? String(c) : neutraliseFormula(c)))
    .map((c) => (/[",\n\r;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(',');

/**
 * A bounded queue between a producer and one consumer, both in this thread: at most `capacity` items and `budget` of
 * their `weight` (one item always fits). Once full, the producer goes on only when the queue is half empty again, so
 * items are added in groups (the archive's file reads asked in one turn travel in one message).
 */
function channel<T>(capacity: number, weight: (value: T) => number = () => 0, budget = Infinity) {
  const queue: T[] = [];
  let held = 0;
  let closed = false;
  let broken: unknown = null;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const full = () => queue.length >= capacity || (queue.length > 0 && held >= budget);
  const halfEmpty = () => queue.length <= capacity / 2 && held <= budget / 2;
  const wake = (which: 'consumer' | 'producer') => {
    const w = which === 'consumer' ? wakeConsumer : wakeProducer;
    if (which === 'consumer') wakeConsumer = null;
    else wakeProducer = null;
    w?.();
  };
  return {
    /** Resolves when an item may be pushed without waiting. */
    async room() {
      if (full()) while (!halfEmpty() && !broken) await new Promise<void>((r) => (wakeProducer = r));
      if (broken) throw broken;
    },
    async push(value: T) {
      await this.room();
      queue.push(value);
      held += weight(value);
      wake('consumer');
    },
    /** No more items; with an error, the consumer throws it once it has taken what came before. */
    close(error?: unknown) {
      closed = true;
      broken ??= error ?? null;
      wake('consumer');
    },
    /** The consumer failed: the producer's next push throws its error. */
    fail(e: unknown) {
      broken = e;
      wake('producer');
    },
    async *items(): AsyncGenerator<T> {
      for (;;) {
        if (queue.length) {
          const value = queue.shift()!;
          held -= weight(value);
          if (halfEmpty()) wake('producer');
          yield value;
        } else if (closed) {
          if (broken) throw broken;
          return;
        } else await new Promise<void>((r) => (wakeConsumer = r));
      }
    },
  };
}

/**
 * EX1, EX2: ZIP or TAR.GZ: every uploaded file in a folder per booking ("REFERENCE Holder name"), the XLSX, and
 * manifest.csv listing each file with its booking, question, size and SHA-256. A file missing from storage is
 * listed as MISSING and the archive still completes.
 * The rows are read once: each batch goes to the spreadsheet (written meanwhile to a temporary file, added once
 * complete) and its files to the archive. The files are named ahead, across batches, a window of at most
 * READ_AHEAD_FILES and READ_AHEAD_BYTES, while earlier ones are written; local files (Storage.fileOf) are read and
 * hashed by the archive (ZIP: on its compression threads), others (S3) read here ahead. Compression is level 6 like the tools,
 * off this thread: ZIP deflates each upload like `zip` (stored when that gains nothing; the XLSX, a zip itself, is
 * stored) on the compression threads; TAR.GZ gzips the whole stream like `tar czf`, in blocks compressed side by side
 * on libuv's thread pool (gzipSink; a block of already-compressed files run-length coded: blockStrategy).
 */
export async function writeArchive(
  out: Writable,
  format: 'ZIP' | 'TAR_GZ',
  layout: ExportLayout,
  batches: Batches,
  progress: Progress,
  storage: Pick<Storage, 'readAll' | 'fileOf'>,
  locale: Locale = DEFAULT_LOCALE,
): Promise<void> {
  const archive = format === 'ZIP' ? zipWriter(streamSink(out)) : tarWriter(gzipSink(streamSink(out)));
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-export-'));
  const rows = channel<ExportRow[]>(2);
  const xlsxPath = path.join(tmp, 'spreadsheet.xlsx');
  const file = createWriteStream(xlsxPath);
  // SEC1: finished() listens for the file's errors from the start (a full disk would otherwise be an 'error' event
  // with no listener, which stops the process); it also ends the wait if the file fails mid-way.
  const spreadsheetDone = Promise.all([
    writeXlsx(
      file,
      layout,
      () => rows.items(),
      async () => undefined,
      locale,
    ),
    finished(file),
  ]).catch((e: unknown) => {
    rows.fail(e);
    throw e;
  });
  spreadsheetDone.catch(() => undefined); // awaited below
  type Planned = { name: string; reference: string; holder: string; question: string; size: number };
  type Item = (Planned & { read: Promise<Buffer | null> | { file: string; size: number } }) | { rowsDone: number };
  const files = channel<Item>(READ_AHEAD_FILES, (x) => ('size' in x ? x.size : 0), READ_AHEAD_BYTES);
  const labels = new Map(layout.infos.map((x) => [x.id, x.label]));
  /** Each question's file name, made once (the same for every booking). */
  const safeNames = new Map<string, string>();
  // The producer: rows to the spreadsheet, their files named and their reads started, in order.
  const planning = (async () => {
    let rowsDone = 0;
    for await (const batch of batches()) {
      await rows.push(batch);
      for (const r of batch) {
        const folder = safeName(`${r.reference} ${r.holderName}`);
        const used = new Set<string>();
        for (const a of r.answers) {
          if (!a.fileKey) continue;
          const question = labels.get(a.extraInfoId) ?? t(locale, 'document_file');
          let base = safeNames.get(question) ?? safeNames.set(question, safeName(question, 60)).get(question)!;
          for (let n = 2; used.has(base.toLowerCase()); n++) base = `${safeName(question, 55)} (${n})`;
          used.add(base.toLowerCase());
          await files.room();
          // A local file is read by the archive when its turn comes (ZIP: on a compression thread, its bytes never
          // reaching this one).
          const local = storage.fileOf?.(a.fileKey);
          const read = local ? { file: local, size: a.fileSize ?? 0 } : storage.readAll(a.fileKey);
          if (read instanceof Promise) read.catch(() => undefined); // awaited in turn below
          await files.push({
            name: `${folder}/${base}${extensionOf(a)}`,
            reference: r.reference,
            holder: r.holderName,
            question,
            size: a.fileSize ?? 0,
            read,
          });
        }
      }
      rowsDone += batch.length;
      await files.push({ rowsDone });
    }
  })();
  planning.then(
    () => files.close(),
    (e: unknown) => files.close(e),
  );
  try {
    const manifest: string[] = [
      csv([
        t(locale, 'document_manifest_path'),
        t(locale, 'document_manifest_reference'),
        t(locale, 'document_manifest_holder'),
        t(locale, 'document_manifest_question'),
        t(locale, 'document_manifest_bytes'),
        'sha256',
      ]),
    ];
    // Progress is saved by the other side (a database round trip): written in order, never waited for here.
    let saved = Promise.resolve();
    for await (const f of files.items()) {
      if (!('read' in f)) {
        const rowsDone = f.rowsDone;
        saved = saved.then(() => progress(rowsDone));
        saved.catch(() => undefined); // awaited below
        continue;
      }
      const data = f.read instanceof Promise ? await f.read : f.read;
      // Hashed by the archive on the way (ZIP: on a compression thread), its line filled in once known.
      const line = manifest.push('') - 1;
      const listed = (h: Hashed | null) =>
        (manifest[line] = csv([f.name, f.reference, f.holder, f.question, h?.size ?? 0, h?.sha256 ?? 'MISSING']));
      if (!data) listed(null);
      else await archive.add(f.name, data, true, listed);
    }
    await planning;
    await saved;
    rows.close();
    await spreadsheetDone;
    // Written after every upload: their hashes are all known by then.
    await archive.addFile(`${t(locale, 'document_export_archive_spreadsheet')}.xlsx`, xlsxPath);
    if (manifest.includes('')) throw new Error('an archive entry was never hashed');
    await archive.add('manifest.csv', Buffer.from(`${manifest.join('\n')}\n`, 'utf8'), true);
    await archive.finish();
    await finished(out);
  } finally {
    files.fail(new Error('archive stopped')); // a producer still waiting for room stops
    await planning.catch(() => undefined);
    rows.close();
    archive.close();
    file.destroy();
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
