import os from 'node:os';
// sharp is loaded on the main thread before any render thread: its shared libraries then stay open for the process's
// life, whatever the threads do (libvips' advice for worker threads).
import sharp from 'sharp';
import type { Locale } from '../core/i18n';
import { backgroundSvg, type TicketFacts } from './layout';
import { RenderPool } from './render-pool';
import { PromiseLru, type TicketFileFormat } from './ticket-drawing';

export { qrRaw, type TicketFileFormat } from './ticket-drawing';

export interface RenderInput {
  facts: TicketFacts;
  /** The signed code (TT3) to put in the QR. */
  code: string;
  /** The organizer's template, with a key identifying it for the cache; null: the default design. */
  template: { key: string; load: () => Promise<Buffer> } | null;
}

/**
 * TT2: renders tickets — the one way a ticket is drawn (render/ticket-drawing.ts), on a pool of worker threads
 * (render/render-pool.ts, issue 14): on-demand downloads, mails and the background renders all come here.
 */
export class TicketRenderer {
  private readonly pool: RenderPool;
  /** Recently rendered tickets, keyed by everything printed on them: a list page showing several is cheap. */
  private rendered = new PromiseLru<Buffer>(100);

  constructor(opts: { threads?: number; onThreadExit?: (e: Error) => void } = {}) {
    // libvips may start with one thread here; a render's decoding and encoding use every core.
    sharp.concurrency(Math.max(sharp.concurrency(), os.availableParallelism()));
    this.pool = new RenderPool({ size: opts.threads, onThreadExit: opts.onThreadExit });
  }

  /** `make()` once per key among the last 100; a changed booking, ticket or template makes a new key. */
  cached(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
    return this.rendered.get(key, make);
  }

  /** Tickets drawn through this renderer, by file. Tests and benchmarks count renders with it. */
  readonly drawn: Record<TicketFileFormat, number> = { png: 0, pdf: 0 };

  /** The ticket drawn once, as each of `formats` (the background renders PNG and PDF together). */
  async draw(input: RenderInput, formats: readonly TicketFileFormat[]): Promise<{ png?: Buffer; pdf?: Buffer }> {
    for (const f of formats) this.drawn[f]++;
    const template = input.template;
    return this.pool.draw(
      { facts: input.facts, code: input.code, templateKey: template?.key ?? null },
      formats,
      (key) => (template && key === template.key ? template.load() : Promise.reject(new Error(`template ${key}?`))),
    );
  }

  /**
   * The render threads: how many at most, how many tickets they draw at once, whether they exist (tests), their
   * workers (tests end one).
   */
  get threads() {
    const pool = this.pool;
    return { size: pool.size, capacity: pool.capacity, threaded: pool.threaded, workers: () => pool.workers() };
  }

  /** Ends the render threads (at shutdown, after the background renders stopped). */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/** TT1: the downloadable example template, with its white zones named and sized (in French unless told). */
export const exampleTemplate = (locale?: Locale) =>
  sharp(backgroundSvg({ labels: true, locale }))
    .png()
    .toBuffer();
