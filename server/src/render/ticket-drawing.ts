import QRCode from 'qrcode';
import sharp from 'sharp';
import {
  backgroundSvg,
  infoLines,
  INFO_ZONE,
  linesBand,
  linesSvg,
  QR_ZONE,
  TICKET_HEIGHT,
  TICKET_WIDTH,
  type TicketFacts,
} from './layout';
import { ticketPdf, type TicketPicture } from './ticket-pdf';

/** The files a ticket is drawn as: the picture, and the A4 page carrying it. */
export type TicketFileFormat = 'png' | 'pdf';

/** What a ticket's drawing needs, as plain data (it crosses threads by structured clone). */
export interface DrawingInput {
  facts: TicketFacts;
  /** The signed code (TT3) to put in the QR. */
  code: string;
  /** The storage key of the organizer's template (also its cache key); null: the default design. */
  templateKey: string | null;
}

/** A template's file, by its storage key (the drawing thread asks the thread holding the storage). */
export type TemplateLoader = (key: string) => Promise<Buffer>;

/** A decoded template or background: raw RGB pixels, decoded once and reused for every ticket of the ticket type. */
interface Canvas {
  pixels: Buffer;
}

const RAW = { raw: { width: TICKET_WIDTH, height: TICKET_HEIGHT, channels: 3 as const } };
const CANVAS_BYTES = TICKET_WIDTH * TICKET_HEIGHT * 3;

/**
 * The PDF carries the ticket's PNG as is when it is at most this size (the default design and flat templates: a few
 * hundred KB; pdfkit copies an opaque PNG's compressed data, so the page costs no second encoding); a photographic
 * template's PNG is several MB, and a JPEG keeps the PDF (a mail attachment) small.
 */
export const PDF_PNG_MAX_BYTES = 1_000_000;

async function toCanvas(image: Buffer): Promise<Canvas> {
  return {
    pixels: await sharp(image, { limitInputPixels: TICKET_WIDTH * TICKET_HEIGHT })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer(),
  };
}

/**
 * A small LRU of values made asynchronously, by key: `make()` once per key among the last `max`; a failed make is
 * forgotten. Decoded canvases here (templates by storage key, default backgrounds by event name), rendered tickets in
 * ticket-renderer.ts.
 */
export class PromiseLru<T> {
  private map = new Map<string, Promise<T>>();
  constructor(private readonly max: number) {}
  get(key: string, make: () => Promise<T>): Promise<T> {
    let found = this.map.get(key);
    if (found) this.map.delete(key);
    else
      found = make().catch((e) => {
        this.map.delete(key);
        throw e;
      });
    this.map.set(key, found);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return found;
  }
}

/**
 * The QR filling QR_ZONE (level M, a 4-module quiet zone; base45 goes in alphanumeric mode): its modules, each
 * `scale` pixels wide, and its size in pixels.
 */
function qrMatrix(code: string) {
  const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor(QR_ZONE.width / (n + 2 * quiet));
  return { dark: (y: number, x: number) => !!qr.modules.get(y, x), n, quiet, scale, size: (n + 2 * quiet) * scale };
}

/** The QR as raw greyscale pixels, built straight from the module matrix (no PNG encoding and decoding between). */
export function qrRaw(code: string): { data: Buffer; size: number } {
  const { dark, n, quiet, scale, size } = qrMatrix(code);
  const data = Buffer.alloc(size * size, 0xff);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!dark(y, x)) continue;
      for (let dy = 0; dy < scale; dy++)
        data.fill(
          0,
          ((quiet + y) * scale + dy) * size + (quiet + x) * scale,
          ((quiet + y) * scale + dy) * size + (quiet + x + 1) * scale,
        );
    }
  }
  return { data, size };
}

/** Paints the QR, centred in QR_ZONE, on an RGB canvas: one RGB row per row of modules, copied `scale` times. */
function paintQr(canvas: Buffer, code: string) {
  const { dark, n, quiet, scale, size } = qrMatrix(code);
  const inset = Math.floor((QR_ZONE.width - size) / 2);
  const row = Buffer.alloc(size * 3);
  for (let my = -quiet; my < n + quiet; my++) {
    row.fill(0xff);
    if (my >= 0 && my < n)
      for (let x = 0; x < n; x++) if (dark(my, x)) row.fill(0, (quiet + x) * scale * 3, (quiet + x + 1) * scale * 3);
    for (let dy = 0; dy < scale; dy++) {
      const y = QR_ZONE.top + inset + (quiet + my) * scale + dy;
      row.copy(canvas, (y * TICKET_WIDTH + QR_ZONE.left + inset) * 3);
    }
  }
}

/** Blends an RGBA raster of text, `width` pixels wide, onto an RGB canvas from row `top` of INFO_ZONE. */
function blendText(canvas: Buffer, data: Buffer, width: number, height: number, top: number) {
  const w = Math.min(width, TICKET_WIDTH - INFO_ZONE.left);
  const h = Math.min(height, TICKET_HEIGHT - INFO_ZONE.top - top);
  for (let y = 0; y < h; y++) {
    let s = y * width * 4;
    let d = ((INFO_ZONE.top + top + y) * TICKET_WIDTH + INFO_ZONE.left) * 3;
    for (let x = 0; x < w; x++, s += 4, d += 3) {
      const a = data[s + 3];
      if (a === 0) continue;
      if (a === 255) {
        canvas[d] = data[s];
        canvas[d + 1] = data[s + 1];
        canvas[d + 2] = data[s + 2];
      } else {
        const b = 255 - a;
        canvas[d] = (data[s] * a + canvas[d] * b + 127) / 255;
        canvas[d + 1] = (data[s + 1] * a + canvas[d + 1] * b + 127) / 255;
        canvas[d + 2] = (data[s + 2] * a + canvas[d + 2] * b + 127) / 255;
      }
    }
  }
}

/** Text lines rasterised by librsvg (in libvips' threads) and blended onto the canvas. */
async function paintLines(canvas: Buffer, lines: ReturnType<typeof infoLines>) {
  if (!lines.length) return;
  const band = linesBand(lines);
  const { data, info } = await sharp(linesSvg(lines, band)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  blendText(canvas, data, info.width, info.height, band.top);
}

/**
 * TT2: draws tickets, on whichever thread holds it (a render thread: render-pool.ts). The background (template or
 * default design) is decoded once; each ticket blends the information block (SVG text, DejaVu fonts) and the QR
 * into the white zones of a copy, encodes the PNG, and lays the PDF page out around that picture.
 */
export class TicketDrawing {
  /** Decoded templates and default designs, by storage key or event name. */
  private decoded: PromiseLru<Canvas>;
  /** Those with the lines alike on every ticket of a ticket type already drawn (see InfoLine.own). */
  private prepared: PromiseLru<Canvas>;
  /** Canvas-sized buffers given back after a ticket's encoding: a fresh 8.7 MB buffer costs its page faults. */
  private spare: Buffer[] = [];

  constructor(
    private readonly loadTemplate: TemplateLoader,
    opts: { cachedCanvases?: number } = {},
  ) {
    const prepared = opts.cachedCanvases ?? 8;
    this.prepared = new PromiseLru<Canvas>(prepared);
    this.decoded = new PromiseLru<Canvas>(Math.max(1, Math.ceil(prepared / 4)));
  }

  private background(input: DrawingInput): Promise<Canvas> {
    const key = input.templateKey;
    if (key) return this.decoded.get(`template:${key}`, async () => toCanvas(await this.loadTemplate(key)));
    return this.decoded.get(`default:${input.facts.eventName}`, () =>
      toCanvas(backgroundSvg({ eventName: input.facts.eventName })),
    );
  }

  /** The background with the lines alike on every ticket of the ticket type drawn in. */
  private shared(input: DrawingInput, lines: ReturnType<typeof infoLines>): Promise<Canvas> {
    const base = input.templateKey ? `template:${input.templateKey}` : `default:${input.facts.eventName}`;
    return this.prepared.get(`${base}\n${JSON.stringify(lines.map((l) => l.text))}`, async () => {
      const pixels = Buffer.from((await this.background(input)).pixels);
      await paintLines(pixels, lines);
      return { pixels };
    });
  }

  /** The ticket drawn once, as each of `formats`. */
  async draw(input: DrawingInput, formats: readonly TicketFileFormat[]): Promise<{ png?: Buffer; pdf?: Buffer }> {
    const pixels = await this.compose(input);
    let png: Buffer;
    let picture: TicketPicture | null = null;
    try {
      png = await sharp(pixels, RAW).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer();
      if (formats.includes('pdf'))
        picture =
          png.length <= PDF_PNG_MAX_BYTES
            ? { type: 'png', data: png }
            : {
                type: 'jpeg',
                data: await sharp(pixels, RAW).jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer(),
              };
    } finally {
      if (this.spare.length < 2) this.spare.push(pixels);
    }
    const out: { png?: Buffer; pdf?: Buffer } = {};
    if (formats.includes('png')) out.png = png;
    if (picture) out.pdf = await ticketPdf(picture, input.facts);
    return out;
  }

  /**
   * The ticket's raw RGB pixels. libvips' composite over the whole canvas cost most of a render (issue 14), so the
   * prepared background (with the ticket type's lines) is copied and only the holder's own lines (rasterised by
   * librsvg in libvips' threads, then blended where they are not transparent) and the opaque QR are painted here.
   */
  private async compose(input: DrawingInput): Promise<Buffer> {
    const lines = infoLines(input.facts);
    const own = lines.filter((l) => l.own);
    const band = linesBand(own);
    const [bg, text] = await Promise.all([
      this.shared(
        input,
        lines.filter((l) => !l.own),
      ),
      sharp(linesSvg(own, band)).ensureAlpha().raw().toBuffer({ resolveWithObject: true }),
    ]);
    const canvas = this.spare.pop() ?? Buffer.allocUnsafe(CANVAS_BYTES);
    bg.pixels.copy(canvas);
    blendText(canvas, text.data, text.info.width, text.info.height, band.top);
    paintQr(canvas, input.code);
    return canvas;
  }
}
