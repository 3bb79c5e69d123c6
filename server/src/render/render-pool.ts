import os from 'node:os';
import path from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import { ownsItsMemory, postMoving, startThread } from '../core/threads';
import { TicketDrawing, type DrawingInput, type TemplateLoader, type TicketFileFormat } from './ticket-drawing';

/** Messages to a render thread: a ticket to draw, or the answer to its request for a template file. */
export type ToRenderThread =
  | { type: 'draw'; job: number; input: DrawingInput; formats: TicketFileFormat[] }
  | { type: 'template'; id: number; data?: Uint8Array; error?: string };

/** Messages from a render thread: a ticket drawn or failed, or a request for a template file. */
export type FromRenderThread =
  | { type: 'drawn'; job: number; png?: Uint8Array; pdf?: Uint8Array }
  | { type: 'failed'; job: number; message: string; stack?: string }
  | { type: 'template'; id: number; key: string };

/** The buffers among `list` that own their whole memory: moved to the other thread rather than copied. */
export function transferList(...list: Array<Uint8Array | undefined>): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const b of list) if (b && ownsItsMemory(b)) out.push(b.buffer);
  return out;
}

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** The render thread: `ticket-render-worker.js` beside the bundle (scripts/build.mjs), or render-worker.ts from sources. */
const spawnRenderThread = () =>
  startThread(
    { name: 'ticket-render-worker', source: path.join(__dirname, 'render-worker.ts') },
    { workerData: { cachedCanvases: 8 } },
  );

interface Job {
  id: number;
  input: DrawingInput;
  formats: TicketFileFormat[];
  loadTemplate: TemplateLoader;
  /** When it was handed to a thread (Date.now()). */
  sent?: number;
  resolve: (files: { png?: Buffer; pdf?: Buffer }) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Ends the thread when its oldest ticket takes longer than RENDER_TIMEOUT_MS (a render that hangs). */
  watchdog: NodeJS.Timeout | null;
}

/**
 * A ticket takes tens of milliseconds; one not drawn after this long means a thread that hangs (a stuck native call):
 * the thread is ended, failing its tickets (their callers retry), rather than holding the background queue forever.
 */
const RENDER_TIMEOUT_MS = 60_000;

/** Tickets one thread works on at once: one in its JavaScript while another is in libvips' threads. */
const JOBS_PER_THREAD = 2;

/**
 * Issue 14: tickets are drawn on a small pool of worker threads (as many as the machine's cores, at most 4), so
 * neither the web process's event loop nor the background worker's sees a render: the QR, the text block, the PNG and
 * the PDF page (pdfmake) all happen there. Threads start on first use and are kept (each keeps its decoded
 * backgrounds and parsed PDF fonts); an idle one never keeps the process alive. A thread that dies (a crash, an
 * out-of-memory end, `terminate`) fails only the tickets it was drawing — their callers retry (the background queue
 * keeps its entry) — and the next ticket starts a new thread.
 */
export class RenderPool {
  readonly size: number;
  private threads: Thread[] = [];
  private queue: Job[] = [];
  private jobs = 0;
  private readonly spawn: (() => Worker) | null;
  /** Without render threads (size 0): drawn here. */
  private local: { drawing: TicketDrawing; current: TemplateLoader | null } | null = null;
  private closed = false;

  /**
   * `size`: threads at most; by default as many as the cores (at most 4) on the main thread, and 0 on a worker thread
   * (the mail thread, say), which is off the event loop already: 0 draws on the calling thread.
   */
  constructor(opts: { size?: number; onThreadExit?: (e: Error) => void } = {}) {
    this.size = opts.size ?? (isMainThread ? Math.max(1, Math.min(4, os.availableParallelism())) : 0);
    this.spawn = this.size > 0 ? spawnRenderThread : null;
    this.onThreadExit = opts.onThreadExit ?? (() => undefined);
  }

  private readonly onThreadExit: (e: Error) => void;

  /** Tickets drawn at once when every thread is busy. */
  get capacity(): number {
    return this.spawn ? this.size * JOBS_PER_THREAD : 1;
  }

  /** Whether tickets are drawn on worker threads (false: a bundle built without the render thread's entry). */
  get threaded(): boolean {
    return this.spawn !== null;
  }

  draw(
    input: DrawingInput,
    formats: readonly TicketFileFormat[],
    loadTemplate: TemplateLoader,
  ): Promise<{ png?: Buffer; pdf?: Buffer }> {
    if (this.closed) return Promise.reject(new Error('the ticket render pool is closed'));
    if (!this.spawn) return this.drawHere(input, formats, loadTemplate);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: ++this.jobs, input, formats: [...formats], loadTemplate, resolve, reject });
      this.dispatch();
    });
  }

  /** The live threads' workers (tests end one to see the pool survive it). */
  workers(): Worker[] {
    return this.threads.map((t) => t.worker);
  }

  /** Ends every thread; tickets being drawn fail. */
  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads;
    this.threads = [];
    for (const t of threads) if (t.watchdog) clearTimeout(t.watchdog);
    for (const job of this.queue.splice(0)) job.reject(new Error('the ticket render pool is closed'));
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private drawHere(input: DrawingInput, formats: readonly TicketFileFormat[], loadTemplate: TemplateLoader) {
    // One drawing for the process; templates come through whichever caller asks for them first.
    if (!this.local) {
      const local: { drawing: TicketDrawing; current: TemplateLoader | null } = { drawing: null!, current: null };
      local.drawing = new TicketDrawing((key) => local.current!(key));
      this.local = local;
    }
    const local = this.local;
    local.current = loadTemplate;
    return local.drawing.draw(input, formats);
  }

  private dispatch() {
    while (this.queue.length) {
      let thread = this.threads.reduce<Thread | null>(
        (best, t) => (t.jobs.size < JOBS_PER_THREAD && (!best || t.jobs.size < best.jobs.size) ? t : best),
        null,
      );
      // A new thread while the pool is not full and every thread is busy.
      if ((!thread || thread.jobs.size > 0) && this.threads.length < this.size) thread = this.start();
      if (!thread) return;
      const job = this.queue.shift()!;
      job.sent = Date.now();
      thread.jobs.set(job.id, job);
      if (thread.jobs.size === 1) {
        thread.worker.ref();
        this.watch(thread);
      }
      const message: ToRenderThread = { type: 'draw', job: job.id, input: job.input, formats: job.formats };
      thread.worker.postMessage(message);
    }
  }

  /** (Re)arms the thread's watchdog for its oldest ticket (counted from when it was sent); none while it is idle. */
  private watch(thread: Thread) {
    if (thread.watchdog) clearTimeout(thread.watchdog);
    thread.watchdog = null;
    if (!thread.jobs.size) return;
    const oldest = Math.min(...[...thread.jobs.values()].map((j) => j.sent ?? Date.now()));
    thread.watchdog = setTimeout(
      () => this.stop(thread, new Error(`a ticket render thread drew nothing for ${RENDER_TIMEOUT_MS / 1000} s`)),
      Math.max(0, oldest + RENDER_TIMEOUT_MS - Date.now()),
    );
    thread.watchdog.unref();
  }

  private start(): Thread {
    const worker = this.spawn!();
    const thread: Thread = { worker, jobs: new Map(), watchdog: null };
    this.threads.push(thread);
    worker.unref();
    worker.on('message', (m: FromRenderThread) => this.onMessage(thread, m));
    worker.on('error', (e) => this.stop(thread, e));
    worker.on('exit', (code) => this.stop(thread, new Error(`a ticket render thread stopped (exit code ${code})`)));
    return thread;
  }

  private stop(thread: Thread, e: Error) {
    const i = this.threads.indexOf(thread);
    if (i < 0) return;
    this.threads.splice(i, 1);
    if (thread.watchdog) clearTimeout(thread.watchdog);
    void thread.worker.terminate();
    const failed = [...thread.jobs.values()];
    thread.jobs.clear();
    for (const job of failed) job.reject(e);
    if (!this.closed) this.onThreadExit(e);
    this.dispatch();
  }

  private onMessage(thread: Thread, m: FromRenderThread) {
    if (m.type === 'template') {
      const job = [...thread.jobs.values()].find((j) => j.input.templateKey === m.key);
      const reply = (answer: Extract<ToRenderThread, { type: 'template' }>) => {
        if (this.threads.includes(thread))
          postMoving(thread.worker, answer, answer.data ? transferList(answer.data) : []);
      };
      if (!job) {
        reply({ type: 'template', id: m.id, error: 'no ticket being drawn' });
        return;
      }
      job.loadTemplate(m.key).then(
        (data) => reply({ type: 'template', id: m.id, data }),
        (e: unknown) => reply({ type: 'template', id: m.id, error: String((e as Error)?.message ?? e) }),
      );
      return;
    }
    const job = thread.jobs.get(m.job);
    if (!job) return;
    thread.jobs.delete(m.job);
    this.watch(thread);
    if (thread.jobs.size === 0) thread.worker.unref(); // an idle thread never keeps the process alive
    if (m.type === 'drawn') job.resolve({ png: m.png && asBuffer(m.png), pdf: m.pdf && asBuffer(m.pdf) });
    else {
      const e = new Error(m.message);
      if (m.stack) e.stack = m.stack;
      job.reject(e);
    }
    this.dispatch();
  }
}
