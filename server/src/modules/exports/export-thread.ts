import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../../core/threads';
import type { Locale } from '../../core/i18n';
import type { ExportFormat } from '../../model';
import type { Storage } from '../storage';
import type { ExportLayout, ExportRow } from './rows';
import { transferable } from './archive-formats';

/** What the thread needs to build one file (plain data: it crosses threads by structured clone). */
export interface ExportJob {
  format: `${ExportFormat}`;
  layout: ExportLayout;
  total: number;
  locale: Locale;
}

/** What stays on the claiming thread: the database, storage and the file being written. */
export interface ExportIo {
  /** A new reading of the rows, in batches. */
  batches: () => AsyncIterable<ExportRow[]>;
  progress: (rowsDone: number) => Promise<void>;
  storage: Pick<Storage, 'readAll'>;
  out: Writable;
}

/** The thread's calls to this side: the only things it cannot do itself. */
export type ExportCall =
  | { method: 'next'; args: [stream: number] }
  | { method: 'progress'; args: [rowsDone: number] }
  | { method: 'readAll'; args: [keys: string[]] }
  | { method: 'write'; args: [chunk: Uint8Array] }
  | { method: 'end'; args: [] };

export type ToThread =
  { type: 'build'; build: number; job: ExportJob } | { type: 'reply'; id: number; value?: unknown; error?: string };

export type FromThread =
  | ({ type: 'call'; build: number; id: number } & ExportCall)
  | { type: 'done'; build: number }
  | { type: 'failed'; build: number; message: string; stack?: string };

/**
 * The worker's entry: `export-worker.js` beside the bundle in production (scripts/build.mjs bundles it as its own
 * entry point next to main.js, whose code this is there); in the sources (tests, benches) `export-worker.ts` beside
 * this file, loaded through tsx's CommonJS hook (Node 20 doesn't apply `--import tsx` to a worker's entry file).
 */
const spawnWorker = (): Worker =>
  startThread({ name: 'export-worker', source: path.join(__dirname, 'export-worker.ts') }, { resourceLimits });

/**
 * Issue 14 (peak RSS of the whole process ≤ 300 MB, measured on the production bundle by bench/exports): the thread's
 * heap is kept small. Exports allocate a lot of short-lived objects (cells, rows, buffers); V8's defaults let the new
 * space grow to tens of MB before collecting, and the old space to 35–66 MB of mostly garbage with 40–75 MB of dead
 * Buffers (uploads, compressed blocks) waiting for the next full collection, all held as RSS. 8 MB of young
 * generation: the same CPU (more, cheaper scavenges), ~30 MB less. A 48 MB old generation: full collections come
 * sooner and free the dead Buffers with them — at 10,000 rows the thread's heap peaks at 30–44 MB instead of 43–94 MB,
 * its Buffers at 6–21 MB instead of 12–75 MB. What stays alive is bounded by the writers, not by the event's size
 * (rows in batches, files in a bounded window, pdfkit's caches emptied per page): the PDF's, the largest, is ~29 MB;
 * with 24 MB the PDF ran out of memory. If a build ever did, the thread ends with ERR_WORKER_OUT_OF_MEMORY, that
 * export fails (it is tried again up to MAX_ATTEMPTS) and the process goes on.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

/** A reading of the rows one batch ahead: the next batch is queried while the thread writes this one. */
function ahead(rows: AsyncIterable<ExportRow[]>) {
  const it = rows[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<ExportRow[]>> | null = null;
  const pull = () => {
    const p = it.next();
    p.catch(() => undefined); // awaited by next()
    return p;
  };
  return {
    async next(): Promise<ExportRow[] | null> {
      const r = await (pending ?? pull());
      pending = r.done ? null : pull();
      return r.done ? null : r.value;
    },
    async close() {
      await pending?.catch(() => undefined);
      await it.return?.();
    },
  };
}

/**
 * EX2, issue 14: builds export files on a worker thread, so no export work runs on the event loop of the process
 * that claimed the job (it may be a web process). The thread does the CPU work — spreadsheet, PDF layout, archive,
 * hashes, compression — and asks this side, by message, for what only it holds: the rows (read here, in batches,
 * one ahead), the uploaded files (`Storage.readAll`, whatever the backend), progress and the file being written
 * (chunks of about 1 MB). One thread serves the exports of one run (`runQueuedExports`) and is ended after it
 * (issue 14: an idle thread held its 40–60 MB for the next export). A thread that failed is ended at once and the
 * next export gets a new one.
 */
export class ExportThread {
  private worker: Worker | null = null;
  private builds = 0;
  private current: {
    build: number;
    io: ExportIo;
    readings: Map<number, ReturnType<typeof ahead>>;
    resolve: () => void;
    reject: (e: Error) => void;
  } | null = null;

  build(job: ExportJob, io: ExportIo): Promise<void> {
    if (this.current) throw new Error('an export is already being built on this thread');
    const worker = this.worker ?? this.spawn();
    worker.ref();
    const build = ++this.builds;
    const done = new Promise<void>((resolve, reject) => {
      this.current = { build, io, readings: new Map(), resolve, reject };
    });
    const message: ToThread = { type: 'build', build, job };
    worker.postMessage(message);
    return done.finally(() => this.settle(build));
  }

  /** Ends the thread (after the last export of a run, or a failure). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private async settle(build: number) {
    const c = this.current;
    if (c?.build !== build) return;
    this.current = null;
    this.worker?.unref(); // an idle thread never keeps the process alive
    for (const r of c.readings.values()) await r.close().catch(() => undefined);
  }

  private spawn(): Worker {
    const worker = spawnWorker();
    this.worker = worker;
    worker.on('message', (m: FromThread) => this.onMessage(worker, m));
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', (code) => this.fail(worker, new Error(`the export thread stopped (exit code ${code})`)));
    return worker;
  }

  private fail(worker: Worker, e: Error) {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
    this.current?.reject(e);
  }

  private onMessage(worker: Worker, m: FromThread) {
    const c = this.current;
    if (!c || m.build !== c.build) return; // a late message of a build that already ended
    if (m.type === 'done') c.resolve();
    else if (m.type === 'failed') {
      const e = new Error(m.message);
      if (m.stack) e.stack = m.stack;
      // The thread may still have calls under way for that build: start afresh next time.
      this.fail(worker, e);
    } else {
      this.answer(c.io, c.readings, m).then(
        ({ value, transfer }) => {
          const reply: ToThread = { type: 'reply', id: m.id, value };
          if (this.worker === worker) worker.postMessage(reply, transfer);
        },
        (e: unknown) => {
          const reply: ToThread = { type: 'reply', id: m.id, error: String((e as Error)?.message ?? e) };
          if (this.worker === worker) worker.postMessage(reply);
        },
      );
    }
  }

  private async answer(
    io: ExportIo,
    readings: Map<number, ReturnType<typeof ahead>>,
    call: ExportCall,
  ): Promise<{ value?: unknown; transfer?: ArrayBuffer[] }> {
    switch (call.method) {
      case 'next': {
        const [stream] = call.args;
        let reading = readings.get(stream);
        if (!reading) readings.set(stream, (reading = ahead(io.batches())));
        const value = await reading.next();
        if (!value) {
          readings.delete(stream);
          await reading.close();
        }
        return { value };
      }
      case 'progress':
        await io.progress(call.args[0]);
        return {};
      case 'readAll': {
        // Several files per message (the thread asks for its read-ahead at once): one round trip for them all.
        const files = await Promise.all(call.args[0].map((key) => io.storage.readAll(key)));
        const value: Array<Uint8Array | null> = [];
        const transfer: ArrayBuffer[] = [];
        for (const data of files) {
          if (!data) value.push(null);
          else {
            const t = transferable(data);
            value.push(t.value);
            transfer.push(...t.transfer);
          }
        }
        return { value, transfer };
      }
      case 'write': {
        const [chunk] = call.args;
        const out = io.out;
        if (out.destroyed) throw out.errored ?? new Error('export output closed');
        if (!out.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) await once(out, 'drain');
        return {};
      }
      case 'end':
        io.out.end();
        await finished(io.out);
        return {};
    }
  }
}
