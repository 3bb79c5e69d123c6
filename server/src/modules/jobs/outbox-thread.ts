import type { MessagePort, Worker } from 'node:worker_threads';
import type { Clock } from '../../core/clock';
import { safeError, type Logger } from '../../core/logger';
import { kicker, type Outbox } from '../mail';
import { logFromThread, type ThreadLog } from './threads';

/*
 * Issue 14: the mail outbox delivered from a worker thread, so that claiming rows, reading or drawing the tickets to
 * attach and the SMTP conversation never run on the event loop that answers bookings. The thread runs the outbox's
 * one implementation (createOutbox, with its own small pool: server/src/mail-worker.ts); this side only hosts it.
 *
 * A kick is one flag in shared memory and, when the flag was down, one message: a sale opening's thousand kicks a
 * second cost the booking path an atomic exchange each, and the thread one flush per burst (a kick arriving while it
 * sends makes the outbox go round once more, as in one thread). The host's clock offset is in the same shared memory,
 * so tickets the thread draws are signed at the host's "now" (tests move it).
 */

type ToThread = { type: 'kick' } | { type: 'flush'; id: number } | { type: 'stop' };
type FromThread = ThreadLog | { type: 'flushed'; id: number; sent?: number; error?: string } | { type: 'stopped' };

/** Int32 at 0: a kick is posted and not yet taken. Float64 at 8: the host clock's offset from Date.now(), in ms. */
const SHARED_BYTES = 16;
const kickFlag = (shared: SharedArrayBuffer) => new Int32Array(shared, 0, 1);
const clockOffset = (shared: SharedArrayBuffer) => new Float64Array(shared, 8, 1);

/** After the thread failed, how long before it is started again (mail waits in the outbox meanwhile). */
const RESTART_DELAY_MS = 5_000;
/** How long `stop` waits for the thread to close its pool and transport before ending it. */
const STOP_TIMEOUT_MS = 5_000;

export interface ThreadOutbox extends Outbox {
  /** The running thread's id (`threadId` inside it), or null while none runs. */
  threadId(): number | null;
}

interface Running {
  worker: Worker;
  shared: SharedArrayBuffer;
  flushes: Map<number, { resolve: (sent: number) => void; reject: (e: Error) => void }>;
  stopped: Promise<void>;
}

/**
 * The host's side: an Outbox whose delivery runs on a thread started at the first kick or flush (`spawn` starts it
 * with `shared` in its workerData; the thread serves it with `serveOutbox`). A thread that fails is started again at
 * the first kick or flush RESTART_DELAY_MS later.
 */
export function outboxOnThread(opts: {
  spawn: (shared: SharedArrayBuffer) => Worker;
  log: Logger;
  clock: Clock;
  handOff?: () => Promise<boolean>;
  /** Whether mail waits: a flush with no thread running starts one only then (a process closing having sent none). */
  pending: () => Promise<boolean>;
}): ThreadOutbox {
  const { log } = opts;
  let current: Running | null = null;
  let failedAt = 0;
  let stopping = false;
  let flushIds = 0;

  function fail(worker: Worker, err: Error) {
    if (current?.worker !== worker) return;
    const { flushes } = current;
    current = null;
    failedAt = Date.now();
    log.error({ err }, 'mail thread failed; mail waits in the outbox until it is started again');
    for (const f of flushes.values()) f.reject(err);
    void worker.terminate();
  }

  /** The running thread, started if need be; null once stopped, and for a while after a failure. */
  function thread(): Running | null {
    if (current) return current;
    if (stopping || Date.now() - failedAt < RESTART_DELAY_MS) return null;
    const shared = new SharedArrayBuffer(SHARED_BYTES);
    const worker = opts.spawn(shared);
    worker.unref(); // never keeps the process alive: `stop` ends it
    let stopped!: () => void;
    const running: Running = { worker, shared, flushes: new Map(), stopped: new Promise((r) => (stopped = r)) };
    current = running;
    worker.on('message', (m: FromThread) => {
      if (m.type === 'log') logFromThread(log, m);
      else if (m.type === 'stopped') stopped();
      else {
        const f = running.flushes.get(m.id);
        running.flushes.delete(m.id);
        if (m.error !== undefined) f?.reject(new Error(m.error));
        else f?.resolve(m.sent ?? 0);
      }
    });
    worker.on('error', (err) => fail(worker, err));
    worker.on('exit', (code) => {
      stopped();
      if (!stopping) fail(worker, new Error(`the mail thread stopped (exit code ${code})`));
    });
    log.debug({ threadId: worker.threadId }, 'mail thread started');
    return running;
  }

  function post(t: Running, message: ToThread) {
    clockOffset(t.shared)[0] = opts.clock.now().getTime() - Date.now();
    t.worker.postMessage(message);
  }

  /** The booking path's cost: an atomic exchange, and a message when no kick is waiting already. */
  async function deliver() {
    const t = thread();
    if (!t) return; // stopped, or failed a moment ago (logged then): the mail waits in the outbox
    if (Atomics.exchange(kickFlag(t.shared), 0, 1) === 0) post(t, { type: 'kick' });
    else clockOffset(t.shared)[0] = opts.clock.now().getTime() - Date.now();
  }

  return {
    kick: kicker(deliver, log, opts.handOff),
    async flush() {
      if (!current && !(await opts.pending())) return 0;
      const t = thread();
      if (!t) throw new Error(stopping ? 'the mail thread is stopped' : 'the mail thread failed a moment ago');
      const id = ++flushIds;
      const sent = new Promise<number>((resolve, reject) => t.flushes.set(id, { resolve, reject }));
      post(t, { type: 'flush', id });
      return sent;
    },
    async stop() {
      stopping = true;
      const t = current;
      if (!t) return;
      t.worker.postMessage({ type: 'stop' } satisfies ToThread);
      let timer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        t.stopped.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), STOP_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (!closed) log.warn({ ms: STOP_TIMEOUT_MS }, 'the mail thread did not stop in time; ending it');
      current = null;
      await t.worker.terminate();
    },
    threadId: () => current?.worker.threadId ?? null,
  };
}

/** The thread's clock: the host's, through the offset it keeps in shared memory. */
export function threadClock(shared: SharedArrayBuffer): Clock {
  const offset = clockOffset(shared);
  return { now: () => new Date(Date.now() + offset[0]) };
}

/**
 * The thread's side: serves the host's kicks, flushes and stop with `outbox` (a createOutbox) once `ready` resolves;
 * `ready`'s `close` releases what delivery holds (transport, pool) after the last flush.
 */
export function serveOutbox(
  port: MessagePort,
  shared: SharedArrayBuffer,
  ready: Promise<{ outbox: Outbox; close(): Promise<void> }>,
): void {
  const kick = kickFlag(shared);
  port.on('message', (m: ToThread) => {
    if (m.type === 'kick') {
      // Down before sending, so a kick from now on posts again (and makes this flush go round once more).
      Atomics.store(kick, 0, 0);
      void ready.then(({ outbox }) => outbox.kick());
    } else if (m.type === 'flush') {
      ready
        .then(({ outbox }) => outbox.flush())
        .then(
          (sent) => port.postMessage({ type: 'flushed', id: m.id, sent } satisfies FromThread),
          // What a log may show of it: a database error's message quotes its statement.
          (e: unknown) =>
            port.postMessage({
              type: 'flushed',
              id: m.id,
              error: String((safeError(e) as { message?: string })?.message ?? e),
            } satisfies FromThread),
        );
    } else {
      void ready
        .then(async ({ outbox, close }) => {
          await outbox.stop();
          await close();
        })
        .finally(() => {
          port.postMessage({ type: 'stopped' } satisfies FromThread);
          port.close();
        });
    }
  });
}
