import os from 'node:os';
import QRCode from 'qrcode';
import sharp from 'sharp';
import type { Locale } from '../core/i18n';
import { backgroundSvg, infoSvg, INFO_ZONE, QR_ZONE, TICKET_HEIGHT, TICKET_WIDTH, type TicketFacts } from './layout';

/** A decoded template or background: raw RGB pixels, decoded once and reused for every ticket of the ticket type. */
interface Canvas {
  pixels: Buffer;
}

const RAW = { raw: { width: TICKET_WIDTH, height: TICKET_HEIGHT, channels: 3 as const } };

async function toCanvas(image: Buffer): Promise<Canvas> {
  return {
    pixels: await sharp(image, { limitInputPixels: TICKET_WIDTH * TICKET_HEIGHT })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer(),
  };
}

/** A small LRU of decoded canvases: templates (by storage key) and default backgrounds (by event name). */
class CanvasCache {
  private map = new Map<string, Promise<Canvas>>();
  constructor(private readonly max: number) {}
  get(key: string, make: () => Promise<Canvas>): Promise<Canvas> {
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

export interface RenderInput {
  facts: TicketFacts;
  /** The signed code (TT3) to put in the QR. */
  code: string;
  /** The organizer's template, with a key identifying it for the cache; null: the default design. */
  template: { key: string; load: () => Promise<Buffer> } | null;
}

/**
 * The QR filling QR_ZONE as raw greyscale pixels (level M, a 4-module quiet zone; base45 goes in alphanumeric
 * mode). Built straight from the module matrix: no PNG encoding and decoding in between.
 */
export function qrRaw(code: string): { data: Buffer; size: number } {
  const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor(QR_ZONE.width / (n + 2 * quiet));
  const size = (n + 2 * quiet) * scale;
  const data = Buffer.alloc(size * size, 0xff);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.get(y, x)) continue;
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

/**
 * TT2: renders tickets. The background (template or default design) is decoded once; each ticket blends the
 * information block (SVG text, DejaVu fonts) and the QR into the white zones of a copy, and encodes a PNG or JPEG.
 */
export class TicketRenderer {
  private canvases = new CanvasCache(16);
  /** Recently rendered tickets, keyed by everything printed on them: a list page showing several is cheap. */
  private rendered = new Map<string, Promise<Buffer>>();

  /** `make()` once per key among the last 100; a changed booking, ticket or template makes a new key. */
  cached(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    let found = this.rendered.get(key);
    if (found) this.rendered.delete(key);
    else
      found = make().catch((e) => {
        this.rendered.delete(key);
        throw e;
      });
    this.rendered.set(key, found);
    while (this.rendered.size > 100) this.rendered.delete(this.rendered.keys().next().value!);
    return found;
  }

  constructor() {
    // libvips may start with one thread here; a composite and its PNG encoding use every core.
    sharp.concurrency(Math.max(sharp.concurrency(), os.availableParallelism()));
  }

  private background(input: RenderInput): Promise<Canvas> {
    if (input.template) {
      const { key, load } = input.template;
      return this.canvases.get(`template:${key}`, async () => toCanvas(await load()));
    }
    return this.canvases.get(`default:${input.facts.eventName}`, () =>
      toCanvas(backgroundSvg({ eventName: input.facts.eventName })),
    );
  }

  /** Tickets drawn by this process: PNGs, and JPEGs (one per PDF). Tests and benchmarks count renders with it. */
  readonly drawn = { png: 0, jpeg: 0 };

  /** PNG for downloads; JPEG (quality 92) to embed in PDFs, which then need no re-encoding (pdfkit keeps JPEG as is). */
  async png(input: RenderInput): Promise<Buffer> {
    return (await this.encode(input, ['png'])).png!;
  }

  async jpeg(input: RenderInput): Promise<Buffer> {
    return (await this.encode(input, ['jpeg'])).jpeg!;
  }

  /** The ticket drawn once and encoded in each of `formats` (the background renders PNG and PDF together). */
  async encode(input: RenderInput, formats: ReadonlyArray<'png' | 'jpeg'>): Promise<{ png?: Buffer; jpeg?: Buffer }> {
    const pixels = await this.compose(input);
    const out: { png?: Buffer; jpeg?: Buffer } = {};
    await Promise.all(
      formats.map(async (f) => {
        this.drawn[f]++;
        out[f] =
          f === 'png'
            ? await sharp(pixels, RAW).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer()
            : await sharp(pixels, RAW).jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
      }),
    );
    return out;
  }

  /**
   * The ticket's raw RGB pixels. libvips' composite over the whole canvas cost most of a render (issue 14), so the
   * decoded background is copied and only the two small zones are blended here: the text block (rasterised by
   * librsvg in libvips' threads, then blended where it is not transparent) and the opaque QR.
   */
  private async compose(input: RenderInput): Promise<Buffer> {
    const [bg, text] = await Promise.all([
      this.background(input),
      sharp(infoSvg(input.facts)).ensureAlpha().raw().toBuffer({ resolveWithObject: true }),
    ]);
    const canvas = Buffer.allocUnsafe(bg.pixels.length);
    bg.pixels.copy(canvas);
    const { data, info } = text;
    const w = Math.min(info.width, TICKET_WIDTH - INFO_ZONE.left);
    const h = Math.min(info.height, TICKET_HEIGHT - INFO_ZONE.top);
    for (let y = 0; y < h; y++) {
      let s = y * info.width * 4;
      let d = ((INFO_ZONE.top + y) * TICKET_WIDTH + INFO_ZONE.left) * 3;
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
    const qr = qrRaw(input.code);
    const inset = Math.floor((QR_ZONE.width - qr.size) / 2);
    for (let y = 0; y < qr.size; y++) {
      let d = ((QR_ZONE.top + inset + y) * TICKET_WIDTH + QR_ZONE.left + inset) * 3;
      for (let x = 0, s = y * qr.size; x < qr.size; x++, s++, d += 3) {
        const v = qr.data[s];
        canvas[d] = v;
        canvas[d + 1] = v;
        canvas[d + 2] = v;
      }
    }
    return canvas;
  }
}

/** TT1: the downloadable example template, with its white zones named and sized (in French unless told). */
export const exampleTemplate = (locale?: Locale) =>
  sharp(backgroundSvg({ labels: true, locale }))
    .png()
    .toBuffer();
