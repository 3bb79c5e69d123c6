import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Locale } from '../../core/i18n';
import type { Logger } from '../../core/logger';
import { startThread } from '../../core/threads';
import type { ExportFormat } from '../../model';
import { storageSettingsForThread, type StorageSettings } from '../storage';
import type { ExportLayout, ExportRow } from './rows';

/** What the thread needs to build one file (plain data: it crosses threads by structured clone). */
export interface ExportJob {
  format: `${ExportFormat}`;
  layout: ExportLayout;
  total: number;
  locale: Locale;
  /** Where the file is stored (`Storage.writer`'s arguments): the thread writes it and answers its key. */
  prefix: string;
  extension: string;
}

/** What stays on the claiming thread: the database (the rows and the progress saved). */
export interface ExportIo {
  /** A new reading of the rows, in batches. */
  batches: () => AsyncIterable<ExportRow[]>;
  progress: (rowsDone: number) => Promise<void>;
}

/** The thread's calls to this side: the only things it cannot do itself. */
export type ExportCall = { method: 'next'; args: [stream: number] } | { method: 'progress'; args: [rowsDone: number] };

export type ToThread =
  { type: 'build'; build: number; job: ExportJob } | { type: 'reply'; id: number; value?: unknown; error?: string };

export type FromThread =
  | ({ type: 'call'; build: number; id: number } & ExportCall)
  | { type: 'done'; build: number; key: string }
  | { type: 'failed'; build: number; message: string; stack?: string }
  | { type: 'log'; level: 'warn'; args: unknown[] };

/**
 * The worker's entry: `export-worker.js` beside the bundle in production (scripts/build.mjs bundles it as its own
 * entry point next to main.js, whose code this is there); in the sources (tests, benches) `export-worker.ts` beside
 * this file, loaded through tsx's CommonJS hook (Node 20 doesn't apply `--import tsx` to a worker's entry file).
 */
const spawnWorker = (settings: StorageSettings): Worker =>
  startThread(
    { name: 'export-worker', source: path.join(__dirname, 'export-worker.ts') },
    { resourceLimits, workerData: storageSettingsForThread(settings) },
  );

/**
 * Issue 14 (peak RSS of the whole process ≤ 300 MB, measured on the production bundle by bench/exports): the thread's
 * heap is kept small. Exports allocate a lot of short-lived objects (cells, rows, buffers); V8's defaults let the new
 * space grow to tens of MB before collecting, and the old space to 35–66 MB of mostly garbage with 40–75 MB of dead
 * Buffers (uploads, compressed blocks) waiting for the next full collection, all held as RSS. A 64 MB old generation:
 * full collections come sooner and free the dead Buffers with them. A 16 MB young generation: at 8 MB (with a 48 MB
 * old one) the TAR.GZ export thread spent ~490 ms of its ~1.8 s in the collector (a CPU profile of the thread on the
 * bench's 10,000 files) and the archive took 1.05–1.69× `tar czf`; at 16/64, 1.26–1.49× in 6 runs out of 6 with the
 * process's peak RSS at 273–278 MB (the goal: 300). What stays alive is bounded by the writers, not by the event's size
 * (rows in batches, files in a bounded window, pdfkit's caches emptied per page): the PDF's, the largest, is ~29 MB;
 * with 24 MB the PDF ran out of memory. If a build ever did, the thread ends with ERR_WORKER_OUT_OF_MEMORY, that
 * export fails (it is tried again up to MAX_ATTEMPTS) and the process goes on.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

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
 * that claimed the job (it may be a web process). The thread does the work — spreadsheet, PDF layout, archive,
 * hashes, compression — and opens the storage itself (`storageFor`, from the configuration it is started with): it
 * reads the uploaded files and writes the finished file, then answers its key. Only what needs the database is asked
 * of this side, by message: the rows (read here, in batches, one ahead) and the progress saved (issue 14: the files'
 * bytes and the output crossing threads twice cost more CPU than the archive's own work). One thread serves the
 * exports of one run (`runQueuedExports`) and is ended after it (issue 14: an idle thread held its 40–60 MB for the
 * next export). A thread that failed is ended at once and the next export gets a new one.
 */
export class ExportThread {
  private worker: Worker | null = null;
  private builds = 0;
  private current: {
    build: number;
    io: ExportIo;
    readings: Map<number, ReturnType<typeof ahead>>;
    resolve: (key: string) => void;
    reject: (e: Error) => void;
  } | null = null;

  /** `settings`: the storage the thread opens (the configuration's, as `deps.storage` is). */
  constructor(
    private readonly settings: StorageSettings,
    private readonly log: Logger,
  ) {}

  /** Starts the thread now (its modules load while the export's first queries run), if it isn't running. */
  warm(): void {
    if (!this.worker) this.spawn().unref();
  }

  /** Builds the file and stores it; resolves with its storage key (nothing is stored when it fails). */
  build(job: ExportJob, io: ExportIo): Promise<string> {
    if (this.current) throw new Error('an export is already being built on this thread');
    const worker = this.worker ?? this.spawn();
    worker.ref();
    const build = ++this.builds;
    const done = new Promise<string>((resolve, reject) => {
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
    const worker = spawnWorker(this.settings);
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
    if (m.type === 'log') {
      // The storage's warnings (an S3 upload that could not be aborted), written with this process's logger.
      const [first, ...rest] = m.args;
      this.log[m.level](first as object, ...(rest as string[]));
      return;
    }
    const c = this.current;
    if (!c || m.build !== c.build) return; // a late message of a build that already ended
    if (m.type === 'done') c.resolve(m.key);
    else if (m.type === 'failed') {
      const e = new Error(m.message);
      if (m.stack) e.stack = m.stack;
      // The thread may still have calls under way for that build: start afresh next time.
      this.fail(worker, e);
    } else {
      this.answer(c.io, c.readings, m).then(
        (value) => {
          const reply: ToThread = { type: 'reply', id: m.id, value };
          if (this.worker === worker) worker.postMessage(reply);
        },
        (e: unknown) => {
          const reply: ToThread = { type: 'reply', id: m.id, error: String((e as Error)?.message ?? e) };
          if (this.worker === worker) worker.postMessage(reply);
        },
      );
    }
  }

  private async answer(io: ExportIo, readings: Map<number, ReturnType<typeof ahead>>, call: ExportCall) {
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
        return value;
      }
      case 'progress':
        await io.progress(call.args[0]);
        return undefined;
    }
  }
}
