import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread's entry point, in both ways the server runs: `<name>.js` beside the bundle in production
 * (scripts/build.mjs bundles each entry next to main.js, whose code this is there), or `source` (a .ts file) in the
 * sources (tests, benches), loaded through tsx's CommonJS hook (Node 20 doesn't apply `--import tsx` to a worker's
 * entry file).
 */
export interface ThreadEntry {
  /** The bundle's entry name in scripts/build.mjs (`mail-worker` → server/dist/mail-worker.js). */
  name: string;
  /** The TypeScript source of that entry (absolute path). */
  source: string;
}

export function startThread(entry: ThreadEntry, options: WorkerOptions = {}): Worker {
  if (path.extname(__filename) !== '.ts') return new Worker(path.join(__dirname, `${entry.name}.js`), options);
  return new Worker(
    `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry.source)});`,
    { ...options, eval: true },
  );
}

/** Whether a buffer owns its whole memory, so it can be moved to another thread (transferred) rather than copied. */
export const ownsItsMemory = (b: Uint8Array): b is Uint8Array & { buffer: ArrayBuffer } =>
  b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;

/**
 * Posts `message`, moving the `transfer` buffers to the other thread rather than copying them. Memory a native addon
 * allocated (sharp's output buffers, say) cannot be moved on recent Node versions (a DataCloneError, nothing moved):
 * the message is then posted with its buffers copied.
 */
export function postMoving(
  target: { postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void },
  message: unknown,
  transfer: readonly ArrayBuffer[],
): void {
  try {
    target.postMessage(message, transfer);
  } catch (e) {
    if ((e as Error | undefined)?.name !== 'DataCloneError') throw e;
    target.postMessage(message);
  }
}
