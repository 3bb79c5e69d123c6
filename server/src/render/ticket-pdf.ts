import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, t } from '../core/i18n';
import type { TicketFacts } from './layout';

// pdfmake 0.3 on Node: one shared instance per thread; fonts are files on disk (its bundled Roboto).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as PdfMake;

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

/** pdfkit's font embedded in one document: the shared fontkit font, and its cache of laid-out words. */
interface EmbeddedFont {
  font?: unknown;
  layoutCache?: Record<string, unknown>;
  constructor: new (doc: PdfKitDocument, font: unknown, id: string) => EmbeddedFont;
}

/** pdfkit's opened PNG (its PNGImage) and the parse it holds (png-js'), as far as the page's picture needs them. */
interface OpenedPng {
  width: number;
  height: number;
  imgData: Buffer;
  image: { width: number; height: number; imgData: Buffer; bits: number; colors: number; interlaceMethod: number };
}

/** The parts of a pdfkit document (under pdfmake's) that the shared fonts and the picture below reach into. */
interface PdfKitDocument {
  _fontFamilies?: Record<string, EmbeddedFont>;
  _fontCount?: number;
  _font?: EmbeddedFont;
  font(src: unknown, family?: unknown, size?: unknown): PdfKitDocument;
  openImage(src: unknown): unknown;
}

/** A 1×1 opaque 8-bit RGB PNG: what pdfkit opens in place of the ticket's picture (see openTicketPicture). */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWP4//8/AAX+Av5Y8msOAAAAAElFTkSuQmCC',
  'base64',
);

/**
 * An opaque, non-interlaced 8-bit RGB PNG's size and compressed pixel data (its IDAT chunks), read chunk by chunk;
 * null for any other PNG (palette, transparency, alpha, interlace…).
 */
export function plainRgbPng(data: Buffer): { width: number; height: number; idat: Buffer } | null {
  if (data.length < 33 || data.readUInt32BE(0) !== 0x89504e47 || data.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace
  if (data[24] !== 8 || data[25] !== 2 || data[26] !== 0 || data[27] !== 0 || data[28] !== 0) return null;
  const idat: Buffer[] = [];
  for (let pos = 8; pos + 12 <= data.length;) {
    const size = data.readUInt32BE(pos);
    const type = data.toString('latin1', pos + 4, pos + 8);
    if (pos + 12 + size > data.length) return null;
    if (type === 'IDAT') idat.push(data.subarray(pos + 8, pos + 8 + size));
    else if (type === 'PLTE' || type === 'tRNS') return null;
    else if (type === 'IEND') return idat.length ? { width, height, idat: Buffer.concat(idat) } : null;
    pos += 12 + size;
  }
  return null;
}

/**
 * Issue 14: pdfkit reads a PNG through png-js, which copies the compressed pixels one byte at a time into an array
 * (≈ 7 ms of CPU for a ticket's 170 KB). An opaque RGB PNG needs nothing of that parse — pdfkit embeds its compressed
 * data as is — so the ticket's picture is opened as a 1×1 PNG of the same kind, then given its real size and data.
 * Anything unexpected (another kind of PNG, pdfkit's objects not as described) opens the picture as usual.
 */
function openTicketPicture(this: PdfKitDocument, parent: PdfKitDocument, src: unknown): unknown {
  const png = Buffer.isBuffer(src) ? plainRgbPng(src) : null;
  if (!png) return parent.openImage.call(this, src);
  const opened = parent.openImage.call(this, PIXEL_PNG) as Partial<OpenedPng>;
  const image = opened.image;
  if (!image || image.bits !== 8 || image.colors !== 3 || image.interlaceMethod !== 0 || !('imgData' in opened))
    return parent.openImage.call(this, src);
  opened.width = image.width = png.width;
  opened.height = image.height = png.height;
  opened.imgData = image.imgData = png.idat;
  return opened;
}

/** Words laid out (shaped) per font, shared by the documents; forgotten past this many (names, references…). */
const SHARED_WORDS_MAX = 5000;

/**
 * Issue 14: pdfkit makes a new fontkit font for every document, and fontkit parses its tables (cmap, hmtx, loca,
 * GSUB, GPOS…) lazily into that object; pdfkit then shapes every word again for each document: ≈ 30 ms of CPU per
 * ticket went there. Here each font file is parsed once per thread, and its fontkit object and its laid-out words
 * (the same instructions on every ticket) are shared by every ticket's document; each document still gets its own
 * embedded font (its own subset). Only pdfmake's documents are touched (its subclass of pdfkit's document), and when
 * pdfkit's internals are not what this expects, documents simply parse the fonts as before.
 */
function tunePdfMake(files: string[]) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PdfMakeDocument = (require('pdfmake/js/PDFDocument') as { default: { prototype: PdfKitDocument } }).default;
  const proto = PdfMakeDocument.prototype;
  const parent = Object.getPrototypeOf(proto) as PdfKitDocument;
  const shared = new Map<string, { font: unknown; Embedded: EmbeddedFont['constructor']; words: { cache: object } }>();
  const own = new Set(files);
  proto.openImage = function (this: PdfKitDocument, src: unknown) {
    return openTicketPicture.call(this, parent, src);
  };
  proto.font = function (this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) {
    const families = this._fontFamilies;
    if (typeof src !== 'string' || !own.has(src) || family != null || !families || families[src]) {
      return parent.font.call(this, src, family, size);
    }
    const known = shared.get(src);
    if (!known) {
      parent.font.call(this, src, family, size); // parses it once, for this document
      const embedded = this._font;
      if (embedded?.font && embedded.layoutCache && families[src] === embedded)
        shared.set(src, {
          font: embedded.font,
          Embedded: embedded.constructor,
          words: { cache: embedded.layoutCache },
        });
      return this;
    }
    this._fontCount = (this._fontCount ?? 0) + 1;
    const embedded = new known.Embedded(this, known.font, `F${this._fontCount}`);
    if (embedded.layoutCache) {
      if (Object.keys(known.words.cache).length > SHARED_WORDS_MAX) known.words.cache = Object.create(null) as object;
      embedded.layoutCache = known.words.cache as Record<string, unknown>;
    }
    families[src] = embedded;
    return parent.font.call(this, src, family, size); // finds it among the document's fonts
  };
}

let ready = false;
function fonts() {
  if (ready) return;
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
  const files = {
    normal: path.join(dir, 'Roboto-Regular.ttf'),
    bold: path.join(dir, 'Roboto-Medium.ttf'),
    italics: path.join(dir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
  };
  for (const f of Object.values(files)) fs.accessSync(f);
  pdfmake.setFonts({ Roboto: files });
  // Documents never fetch anything: no URL, and no local file but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(dir + path.sep));
  tunePdfMake(Object.values(files));
  ready = true;
}

/** The picture of the ticket put on the page: its PNG as is (pdfkit copies an opaque PNG's data), or a JPEG. */
export interface TicketPicture {
  type: 'png' | 'jpeg';
  data: Buffer;
}

/**
 * TT2: the ticket as an A4 page: the rendered ticket across the top (cut along the line), what to do below; in the
 * holder's language (issue 12), the instructions in French then English when it is unknown.
 */
export async function ticketPdf(picture: TicketPicture, f: TicketFacts): Promise<Buffer> {
  fonts();
  const locale = f.locale ?? DEFAULT_LOCALE;
  const instructions = f.locale
    ? t(f.locale, 'document_ticket_instructions')
    : `${t('fr', 'document_ticket_instructions')} / ${t('en', 'document_ticket_instructions')}`;
  const doc = {
    pageSize: 'A4',
    pageMargins: [30, 30, 30, 30],
    info: {
      title: t(locale, 'document_ticket_pdf_title', { reference: f.reference, eventName: f.eventName }),
      author: 'Billetterie',
      subject: f.holderName,
    },
    content: [
      { image: `data:image/${picture.type};base64,${picture.data.toString('base64')}`, width: 535 },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 8, x2: 535, y2: 8, dash: { length: 4 }, lineWidth: 0.5, lineColor: '#999999' },
        ],
      },
      { text: `${f.eventName} — ${f.when}`, bold: true, fontSize: 12, margin: [0, 16, 0, 4] },
      { text: f.location, fontSize: 10, color: '#444444' },
      {
        text: t(locale, 'document_ticket_holder_line', {
          holderName: f.holderName,
          ticketName: f.ticketName,
          reference: f.reference,
        }),
        fontSize: 10,
        margin: [0, 10, 0, 0],
      },
      {
        text: instructions,
        fontSize: 9,
        color: '#444444',
        margin: [0, 10, 0, 0],
      },
    ],
    defaultStyle: { font: 'Roboto' },
  };
  return pdfmake.createPdf(doc).getBuffer();
}
