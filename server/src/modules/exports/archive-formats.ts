import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import fs from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { constants, crc32, deflateRaw as deflateRawCallback, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { ownsItsMemory } from '../../core/threads';

const deflateRaw = promisify<Buffer, ZlibOptions, Buffer>(deflateRawCallback);

/**
 * EX2: the two archive formats written directly, entry after entry, into one stream (issue 14: archiver's per-entry
 * streams cost more than the bytes, 3× the `zip`/`tar` tools on 10,000 small files). Entries are whole buffers, local
 * files of the storage (the uploads: for ZIP read and hashed on compression threads) or a local temporary file (the XLSX),
 * streamed. Small writes are gathered into chunks of `chunk` bytes before they reach the output. Compression is level
 * 6 like `zip` and `gzip`, never on the calling thread: ZIP entries on the compression threads, the TAR.GZ stream in
 * blocks on libuv's thread pool (a block of already-compressed bytes run-length coded: `blockStrategy`, whose small
 * probes run on the calling thread — the export thread).
 */
export interface ArchiveWriter {
  /**
   * An entry from memory; `compress` deflates it (ZIP, level 6 like `zip`; stored when that doesn't make it
   * smaller, as `zip` does; its bytes are copied to a compression thread). TAR.GZ compresses the whole stream anyway.
   * `data` may be a local file of the storage (`Storage.fileOf`): ZIP reads it on a compression thread (issue 14:
   * the bytes never reach this thread), TAR.GZ here. `hashed`, when given, receives the SHA-256 (hex) and size of the
   * bytes (ZIP: computed on the compression thread), at the latest when the entry is written; null when the file
   * was missing (then nothing is added).
   */
  add(name: string, data: EntrySource, compress?: boolean, hashed?: (file: Hashed | null) => void): Promise<void>;
  /** An entry from a local file of ours, streamed (never held whole in memory). */
  addFile(name: string, file: string): Promise<void>;
  /** Writes the end of the archive and ends `dest`. */
  finish(): Promise<void>;
  /** Frees what the writer holds (its compression thread), finished or not. */
  close(): void;
}

/** An entry's SHA-256 (hex) and size, as the manifest lists them. */
export type Hashed = { sha256: string; size: number };

/** Where an archive's bytes go, in order: `write` resolves once more may follow (back-pressure); `end` after the last. */
export interface Sink {
  write(b: Buffer): Promise<void>;
  end(): Promise<void>;
}

/** A Writable as a sink (its 'error' rejects the write waiting for 'drain'); `end` ends it without waiting. */
export function streamSink(dest: Writable): Sink {
  return {
    async write(b) {
      if (dest.destroyed) throw dest.errored ?? new Error('archive output closed');
      if (!dest.write(b)) await once(dest, 'drain');
    },
    async end() {
      dest.end();
    },
  };
}

const KB32 = 32 * 1024;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]); // deflate, no name, no mtime, Unix
/** An empty final deflate block (fixed Huffman, end of block): ends a stream whose blocks ended with a sync flush. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** How many compressions run at once on libuv's thread pool (4 threads by default): one per core, at most 4. */
export const COMPRESSIONS = Math.max(1, Math.min(4, os.availableParallelism()));

/** The probes of a block: two slices, at a quarter and three quarters of it (blocks shorter than 4 probes: none). */
const PROBE_BYTES = 8 * 1024;
/** What LZ77 must save over run-length coding on the probes for a block to be given it: 3 % of the bytes. */
const LZ77_MIN_GAIN = 0.03;

/**
 * How a block of a gzip stream is deflated (EX2, issue 14): as `gzip -6` does (LZ77 matches, `Z_DEFAULT_STRATEGY`),
 * unless the block is made of bytes that are already compressed — uploaded PDFs, images, the XLSX: what exports
 * carry — with only the tar headers and padding to shrink. There, searching for matches costs ~3× the CPU for
 * ~1 % fewer bytes, and run-length coding (`Z_RLE`: runs and Huffman codes) does the job. Decided per block on two
 * probes of 8 KiB compressed both ways: LZ77 is kept when it saves at least 3 % more of them than run-length coding
 * (any text, CSV, XML, JSON does, by far). Same output format either way: one valid gzip stream.
 */
export function blockStrategy(b: Buffer, level: number): number {
  if (b.length < 4 * PROBE_BYTES) return constants.Z_DEFAULT_STRATEGY;
  let lz = 0;
  let rle = 0;
  for (const at of [b.length >> 2, (b.length * 3) >> 2]) {
    const probe = b.subarray(at, at + PROBE_BYTES);
    lz += deflateRawSync(probe, { level }).length;
    rle += deflateRawSync(probe, { level, strategy: constants.Z_RLE }).length;
  }
  return lz <= rle * (1 - LZ77_MIN_GAIN) ? constants.Z_DEFAULT_STRATEGY : constants.Z_RLE;
}

/**
 * gzip (RFC 1952, one member) of everything written, like `gzip -6`, with the work spread over the cores like pigz:
 * each written block is raw deflate on libuv's thread pool (`parallel` at a time, one more queued), primed with the 32 KiB before it
 * (so matches reach across blocks as in one stream) and ended with a sync flush (byte-aligned, not final); the
 * blocks are written in order, then an empty final block and the CRC-32 and length of the whole input. Blocks of
 * about 1 MB (the Output's chunks) keep the loss at block edges negligible. A block of already-compressed bytes is
 * run-length coded instead (`blockStrategy`).
 */
export function gzipSink(dest: Sink, level = 6, parallel = COMPRESSIONS): Sink {
  const pending: Array<Promise<Buffer>> = [];
  let crc = 0;
  let size = 0;
  let window: Buffer = Buffer.alloc(0);
  let started = false;
  const writeNext = async () => dest.write(await pending.shift()!);
  return {
    async write(b) {
      if (!b.length) return;
      if (!started) {
        started = true;
        await dest.write(GZIP_HEADER);
      }
      while (pending.length > parallel) await writeNext();
      // Output room for the whole block (deflate's worst case adds a few bytes per 16 KB): one thread-pool task.
      const strategy = blockStrategy(b, level);
      const options: ZlibOptions = {
        level,
        strategy,
        finishFlush: constants.Z_SYNC_FLUSH,
        chunkSize: Math.max(64 * 1024, b.length + (b.length >> 8) + 1024),
      };
      // Matches reach back into the block before; run-length coding only looks one byte back.
      if (window.length && strategy === constants.Z_DEFAULT_STRATEGY) options.dictionary = window;
      const block = deflateRaw(b, options);
      block.catch(() => undefined); // awaited in order by writeNext
      pending.push(block);
      crc = crc32(b, crc);
      size += b.length;
      window = b.length >= KB32 ? b.subarray(b.length - KB32) : Buffer.concat([window, b]).subarray(-KB32);
    },
    async end() {
      if (!started) await dest.write(GZIP_HEADER);
      while (pending.length) await writeNext();
      const trailer = Buffer.alloc(10);
      FINAL_BLOCK.copy(trailer);
      trailer.writeUInt32LE(crc >>> 0, 2);
      trailer.writeUInt32LE(size % 2 ** 32, 6);
      await dest.write(trailer);
      await dest.end();
    },
  };
}

/** A batch sent to a compression thread: what has been added since the last batch. */
const BATCH_FILES = 64;
const BATCH_BYTES = 1 << 20;

/**
 * A thread that prepares archive entries: plain JavaScript run by `eval` (no file to bundle). For each entry of a
 * batch, in turn: the local file read (into one reused buffer), or the bytes sent; the SHA-256 for the manifest when
 * asked; for ZIP its CRC-32 and raw deflate at level 6. A batch is one message each way: local files travel as
 * their paths (issue 14: the uploads' bytes then never cross the export thread, whose reads, hashes and buffers —
 * their external memory drove its collections — were the archive's cost there), bytes as one buffer. Compressing
 * each file on libuv's thread pool would be a hand-off between threads per file, and on the export thread it would
 * add to its own work (the spreadsheet). Each file comes back deflated, or as it was when deflate doesn't make it
 * smaller (it is then stored, as `zip` does), or null when the file wasn't there.
 *
 * Issue 14: one deflate context serves every entry of the thread, reset between entries (zlib's `deflateReset`, as
 * `zip` does), and writes straight into the batch's answer buffer. `deflateRawSync` creates and frees a zlib stream
 * (its ~270 KB of state at level 6) per call — 10,000 per export, ~0.1–0.2 s of the thread's CPU — and a result
 * buffer per file copied again into the answer. Node has no public synchronous call on a kept stream, so the stream's
 * own handle is used (the call deflateRawSync makes, `writeSync`, then `reset`); where a Node version lacks it,
 * each entry falls back to `deflateRawSync` (same bytes, the cost as before). The bytes are the same either way.
 */
const COMPRESSOR_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const zlib = require('node:zlib');
const { createHash } = require('node:crypto');
// Local files are read into one buffer, reused: nothing allocated per file is left here.
let scratch = Buffer.allocUnsafeSlow(1 << 20);
// Issue 14: open, read, close — no fstat (10,000 calls and Stats objects fewer per export): one read asks for the whole
// buffer, at least the file's listed size (from the database) plus one byte, and a read that returns less than asked
// is the end of a local file. A file larger than listed fills the buffer and is read on (the buffer grown), a smaller
// one ends sooner: its bytes are always those on the disk.
const read = (file, listed) => {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
  try {
    if (listed + 1 > scratch.length) scratch = Buffer.allocUnsafeSlow(listed + 1);
    let n = 0;
    for (;;) {
      const want = scratch.length - n;
      const got = fs.readSync(fd, scratch, n, want, n);
      n += got;
      if (got < want) break;
      const larger = Buffer.allocUnsafeSlow(scratch.length * 2);
      scratch.copy(larger, 0, 0, n);
      scratch = larger;
    }
    return scratch.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
};
// Deflate's worst case adds a few bytes per 16 KB: room for a whole entry's output in one call.
const room = (size) => size + (size >> 8) + 1024;
// One raw deflate context at level 6 for the thread: each entry compressed whole (Z_FINISH), then the context reset.
// Returns the compressed length written at out[at..], or -1 when it didn't fit (never with room()).
const deflateInto = (() => {
  const level = { level: 6 };
  let engine = null;
  try {
    engine = new zlib.DeflateRaw(level);
    const h = engine._handle;
    const state = engine._writeState;
    if (!h || typeof h.writeSync !== 'function' || typeof h.reset !== 'function' || !(state instanceof Uint32Array))
      engine = null;
  } catch {
    engine = null;
  }
  if (!engine)
    return (f, out, at) => {
      const d = zlib.deflateRawSync(f, { ...level, chunkSize: Math.max(8192, room(f.length)) });
      if (d.length > out.length - at) return -1;
      out.set(d, at);
      return d.length;
    };
  const h = engine._handle;
  const state = engine._writeState;
  // zlib's errors come back through the handle (the stream would be destroyed, its 'error' unheard): thrown here.
  let failure = null;
  h.onerror = (message) => {
    failure = new Error('deflate failed: ' + message);
  };
  return (f, out, at) => {
    const space = out.length - at;
    h.writeSync(zlib.constants.Z_FINISH, f, 0, f.length, out, at, space);
    if (failure) throw failure;
    // state: [output room left, input left]; the whole entry consumed and the stream ended within the room.
    const written = space - state[0];
    const ended = state[1] === 0 && state[0] > 0;
    h.reset();
    return ended && engine ? written : -1;
  };
})();
// items: a local file to read (its path), or the length of the next bytes of data.
parentPort.on('message', ({ id, data, items, sizes, hash, capacity }) => {
  try {
    const out = [];
    // The batch's bodies, written one after the other into ONE buffer that is moved back (issue 14: the export
    // thread gets one ArrayBuffer per batch rather than one per file — 10,000 of them, whose external memory drove
    // its garbage collections).
    // capacity: the room for the batch's files at their listed sizes (grown if a file is larger now).
    let joined = Buffer.allocUnsafeSlow(Math.max(capacity, 1024));
    let to = 0;
    let at = 0;
    for (let i = 0; i < items.length; i++) {
      const f = typeof items[i] === 'string' ? read(items[i], sizes[i]) : data.subarray(at, (at += items[i]));
      if (!f) {
        out.push(null);
        continue;
      }
      if (joined.length - to < room(f.length)) {
        const larger = Buffer.allocUnsafeSlow(Math.max(joined.length * 2, to + room(f.length)));
        joined.copy(larger, 0, 0, to);
        joined = larger;
      }
      let length = f.length > 0 ? deflateInto(f, joined, to) : -1;
      const deflated = length >= 0 && length < f.length;
      // Stored as it was when deflate doesn't make it smaller, as zip does.
      if (!deflated) {
        joined.set(f, to);
        length = f.length;
      }
      out.push({
        length,
        crc: zlib.crc32(f),
        size: f.length,
        deflated,
        sha256: hash[i] ? createHash('sha256').update(f).digest('hex') : null,
      });
      to += length;
    }
    // The batch's bytes go back too, unused: their memory is then freed by the export thread's frequent collections.
    // Kept here, it would wait for this isolate's, which its few objects hardly ever trigger.
    const moved = [joined.buffer];
    if (data && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) moved.push(data.buffer);
    const view = new Uint8Array(joined.buffer, joined.byteOffset, to);
    try {
      parentPort.postMessage({ id, out, joined: view }, moved);
    } catch (e) {
      // Node 24 may refuse to move some memory (DataCloneError): copied then, as core/threads.ts postMoving does.
      if (!e || e.name !== 'DataCloneError') throw e;
      parentPort.postMessage({ id, out, joined: view });
    }
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});
`;

/**
 * Compression threads per ZIP being written: one per core but one, kept for the export thread (the spreadsheet, the
 * entries' headers), at least 1, at most 2. Issue 14, bench/exports on 2 cores (production bundle, 10,000 files): a
 * second thread there gained no time (ZIP 2.00–2.09× `zip -r` with one, 1.94–2.32× with two: the export thread and
 * one compression thread already keep both cores busy — the total CPU sets the pace) and cost ~15–20 MB of peak RSS
 * (266–289 MB against 279–307 MB, goal ≤ 300 MB). Tried again once batches were really 64 files (2026-12-06): the same
 * CPU per export, no wall time gained, 20–40 MB more peak RSS (up to 291 MB).
 */
const COMPRESSORS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

/**
 * An entry's body as it is written, its CRC-32 and size, and the SHA-256 (hex) of the original when asked; null: a
 * local file that wasn't there.
 */
type Deflated = { data: Buffer; deflated: boolean; crc: number; size: number; sha256: string | null } | null;

/** What an entry is made of: bytes, or a local file of the storage (ZIP: read by a compression thread). */
export type EntrySource = Buffer | { file: string; size: number };

class Compressor {
  private readonly worker = new Worker(COMPRESSOR_SOURCE, {
    eval: true,
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  private readonly waiting = new Map<number, { resolve: (out: Deflated[]) => void; reject: (e: Error) => void }>();
  private ids = 0;
  private failed: Error | null = null;

  constructor() {
    type Entry = { length: number; crc: number; size: number; deflated: boolean; sha256: string | null } | null;
    this.worker.on('message', (m: { id: number; out?: Entry[]; joined?: Uint8Array; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) return w?.reject(new Error(m.error));
      // Each body is a view on the batch's one buffer.
      const joined = Buffer.from(m.joined!.buffer, m.joined!.byteOffset, m.joined!.byteLength);
      let at = 0;
      w?.resolve(
        m.out!.map((e) => {
          if (!e) return null;
          const data = joined.subarray(at, (at += e.length));
          return { data, crc: e.crc, size: e.size, deflated: e.deflated, sha256: e.sha256 };
        }),
      );
    });
    const fail = (e: Error) => {
      this.failed = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the compression thread stopped (exit code ${code})`)));
  }

  /**
   * Each entry deflated, or as it was, in order; `hash[i]`: its SHA-256 too. Bytes are copied into one buffer, moved
   * to the thread; local files are read there (a batch of many small files is one message to the thread).
   */
  deflate(sources: EntrySource[], hash: boolean[]): Promise<Deflated[]> {
    if (this.failed) return Promise.reject(this.failed);
    const id = ++this.ids;
    const bytes = sources.filter((x): x is Buffer => Buffer.isBuffer(x));
    const items = sources.map((x) => (Buffer.isBuffer(x) ? x.length : x.file));
    // The local files' listed sizes: the size of the thread's first read of each (no fstat there).
    const sizes = sources.map((x) => (Buffer.isBuffer(x) ? 0 : Math.max(0, Math.floor(x.size) || 0)));
    const data = bytes.length ? Buffer.concat(bytes) : null;
    const value = data && new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const transfer = data && ownsItsMemory(data) ? [data.buffer] : [];
    // Room for each entry's output in one buffer (the thread's room(): deflate's worst case).
    const capacity = sources.reduce((n, x) => n + (Buffer.isBuffer(x) ? x.length : x.size) * 1.004 + 1024, 0);
    return new Promise<Deflated[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, data: value, items, sizes, hash, capacity: Math.ceil(capacity) }, transfer);
    });
  }

  close() {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }
}

/**
 * Gathers writes into chunks of `chunk` bytes, copied (issue 14: the pieces — headers, bodies viewing a batch's
 * buffer, files read into a reused buffer — are then never held, so nothing per entry outlives its write), and honours
 * the destination's back-pressure.
 */
class Output {
  private buf: Buffer;
  private length = 0;
  /** Bytes pushed so far (the offset of the next byte in the archive). */
  offset = 0;
  constructor(
    private readonly dest: Sink,
    private readonly chunk: number,
  ) {
    this.buf = Buffer.allocUnsafeSlow(chunk);
  }

  async push(b: Uint8Array): Promise<void> {
    this.offset += b.length;
    let from = 0;
    while (from < b.length) {
      const n = Math.min(b.length - from, this.chunk - this.length);
      this.buf.set(from === 0 && n === b.length ? b : b.subarray(from, from + n), this.length);
      this.length += n;
      from += n;
      if (this.length === this.chunk) await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (!this.length) return;
    const full = this.buf.subarray(0, this.length);
    // The destination may hold the chunk until written: a new one for what follows.
    this.buf = Buffer.allocUnsafeSlow(this.chunk);
    this.length = 0;
    await this.dest.write(full);
  }

  async end(): Promise<void> {
    await this.flush();
    await this.dest.end();
  }
}

/**
 * A local file of the storage read here with synchronous calls, or null when it isn't there. Only on the export
 * thread, a worker whose loop serves nothing else: a small file then costs its few system calls, where an
 * asynchronous read is round trips through libuv's thread pool, each with its callback (10,000 per export). With
 * `scratch` (an archive that writes each entry before reading the next), the bytes are read into that one reused
 * buffer (issue 14: a new buffer per file was most of the TAR.GZ export thread's garbage).
 */
function readLocal(file: string, scratch?: { buf: Buffer }): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const size = fstatSync(fd).size;
    if (!scratch) return readFileSync(fd);
    if (size > scratch.buf.length) scratch.buf = Buffer.allocUnsafeSlow(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, scratch.buf, n, size - n, n);
      if (!got) break;
      n += got;
    }
    return scratch.buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The entries of an archive, written in the order they were added by `write`. With `deflate` (ZIP), local files and
 * the entries to compress are read, hashed and deflated in batches on compression threads of their own (Compressor,
 * COMPRESSORS of them), a few batches (at most `window` entries, 4 × BATCH_BYTES) ahead of the one being written.
 * Without (TAR.GZ: the stream is compressed as a whole by gzipSink), and for stored ZIP entries, local files are read
 * and hashed here (issue 14: sending TAR's bytes to the compression threads and back cost two more threads' memory
 * — over the 300 MB goal — for no time saved).
 */
function queue(deflate: boolean, window: number, write: (name: Buffer, body: NonNullable<Deflated>) => Promise<void>) {
  /** An entry to write: its size taken when added, its body (and CRC-32) as it comes back from a compression thread. */
  type Pending = {
    name: Buffer;
    size: number;
    data: Deflated | Promise<Deflated>;
    hashed?: (h: Hashed | null) => void;
    /** The number of the batch it went into (entries sent to a compression thread). */
    batch?: number;
  };
  const pending: Pending[] = [];
  const compressors: Compressor[] = [];
  let batches = 0;
  /** Entries for a compression thread not yet sent to it (sent by BATCH_FILES or BATCH_BYTES). */
  let batch: Array<{ data: EntrySource; hash: boolean; settle: (body: Promise<Deflated>) => void }> = [];
  let pendingBytes = 0;
  let batchBytes = 0;
  // Started now (ZIP), while the first rows are read: its start is not on the way of the first batch.
  if (deflate) compressors.push(new Compressor());
  // One entry at a time (TAR): each file read into the same buffer, written before the next is read.
  const scratch = window === 1 ? { buf: Buffer.allocUnsafeSlow(1 << 20) } : undefined;
  const sendBatch = () => {
    if (!batch.length) return;
    const these = batch;
    batch = [];
    batchBytes = 0;
    const i = batches++ % COMPRESSORS;
    const done = (compressors[i] ??= new Compressor()).deflate(
      these.map((x) => x.data),
      these.map((x) => x.hash),
    );
    done.catch(() => undefined); // each entry awaits its own part
    these.forEach((x, j) => x.settle(done.then((bodies) => bodies[j])));
  };
  /** Writes the oldest entry added (its batch awaited); a local file that wasn't there is left out. */
  const writeNext = async () => {
    const e = pending[0];
    // Its batch must go before it is awaited — only when it is the batch not sent yet (issue 14: sending the batch
    // under way for ANY entry to compress made every batch one entry long once the window was full: a message each
    // way per file, ~0.5 s of the compression thread's CPU in postMessage alone for 10,000 files).
    if (e.batch === batches && batch.length) sendBatch();
    const body = await e.data;
    pending.shift();
    pendingBytes -= e.size;
    e.hashed?.(body && { sha256: body.sha256!, size: body.size });
    if (body) await write(e.name, body);
  };
  return {
    async add(name: string, data: EntrySource, compress = false, hashed?: (h: Hashed | null) => void) {
      // A few batches in flight (bounded in bytes too): the compression threads always have the next ones while this
      // thread writes.
      while (pending.length >= window || pendingBytes >= 4 * BATCH_BYTES) await writeNext();
      const size = Buffer.isBuffer(data) ? data.length : data.size;
      const entry: Pending = { name: Buffer.from(name, 'utf8'), size, data: null, hashed };
      if (deflate && (!Buffer.isBuffer(data) || (compress && data.length))) {
        entry.batch = batches; // the number sendBatch gives the batch under way
        entry.data = new Promise<Deflated>((settle) => batch.push({ data, hash: !!hashed, settle }));
        entry.data.catch(() => undefined); // awaited in order by writeNext
        batchBytes += size;
        if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) sendBatch();
      } else {
        const bytes = Buffer.isBuffer(data) ? data : readLocal(data.file, scratch);
        const sha256 = bytes && hashed ? createHash('sha256').update(bytes).digest('hex') : null;
        entry.data = bytes && {
          data: bytes,
          deflated: false,
          crc: deflate ? crc32(bytes) : 0,
          size: bytes.length,
          sha256,
        };
      }
      pending.push(entry);
      pendingBytes += size;
    },
    /** Writes every entry added. */
    async drain() {
      sendBatch();
      while (pending.length) await writeNext();
    },
    close() {
      for (const c of compressors) c.close();
      compressors.length = 0;
    },
  };
}

const MAX32 = 0xffffffff;

/** MS-DOS date and time (local time, 2-second precision), as ZIP headers store them. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  compressedSize: number;
  method: number;
  offset: number;
}

/**
 * ZIP (APPNOTE 6.3): names in UTF-8 (flag 11), sizes and CRC-32 in the local header (each entry is hashed and
 * compressed before it is written, so no data descriptors), Zip64 records when offsets pass 4 GiB or entries pass
 * 65,535. One entry is at most 4 GiB − 1 (an upload or the spreadsheet never comes close). Entries to compress (and
 * local files) are read and deflated in batches on compression threads (see queue), a few batches (at most `window`
 * entries) ahead of the one being written; entries are written in the order they were added.
 */
export function zipWriter(dest: Sink, chunk = 1 << 20, mtime = new Date(), window = 4 * BATCH_FILES): ArchiveWriter {
  const out = new Output(dest, chunk);
  const entries: ZipEntry[] = [];
  const { time, date } = dosDateTime(mtime);
  const header = (name: Buffer, crc: number, size: number, compressedSize: number, method: number) => {
    if (size >= MAX32 || compressedSize >= MAX32) throw new Error(`archive entry too large (${size} bytes)`);
    entries.push({ name, crc, size, compressedSize, method, offset: out.offset });
    const h = Buffer.alloc(30 + name.length);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed: 2.0
    h.writeUInt16LE(0x0800, 6); // UTF-8 names
    h.writeUInt16LE(method, 8);
    h.writeUInt16LE(time, 10);
    h.writeUInt16LE(date, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(compressedSize, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    name.copy(h, 30);
    return h;
  };
  const entryQueue = queue(true, window, async (name, body) => {
    await out.push(header(name, body.crc, body.size, body.data.length, body.deflated ? 8 : 0));
    await out.push(body.data);
  });
  const drain = entryQueue.drain;

  return {
    add: entryQueue.add,
    async addFile(name, file) {
      await drain();
      let crc = 0;
      for await (const piece of createReadStream(file, { highWaterMark: 1 << 20 })) crc = crc32(piece as Buffer, crc);
      const { size } = await fs.stat(file);
      await out.push(header(Buffer.from(name, 'utf8'), crc, size, size, 0));
      let read = 0;
      for await (const piece of createReadStream(file, { highWaterMark: 1 << 20 })) {
        read += (piece as Buffer).length;
        await out.push(piece as Buffer);
      }
      if (read !== size) throw new Error(`${file} changed while it was archived`);
    },
    async finish() {
      await drain();
      const start = out.offset;
      for (const e of entries) {
        const zip64 = e.offset >= MAX32;
        const c = Buffer.alloc(46);
        c.writeUInt32LE(0x02014b50, 0);
        c.writeUInt16LE(0x031e, 4); // made by: UNIX, 3.0 (so the mode below is read)
        c.writeUInt16LE(zip64 ? 45 : 20, 6);
        c.writeUInt16LE(0x0800, 8);
        c.writeUInt16LE(e.method, 10);
        c.writeUInt16LE(time, 12);
        c.writeUInt16LE(date, 14);
        c.writeUInt32LE(e.crc, 16);
        c.writeUInt32LE(e.compressedSize, 20);
        c.writeUInt32LE(e.size, 24);
        c.writeUInt16LE(e.name.length, 28);
        c.writeUInt16LE(zip64 ? 12 : 0, 30);
        c.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
        c.writeUInt32LE(zip64 ? MAX32 : e.offset, 42);
        await out.push(c);
        await out.push(e.name);
        if (zip64) {
          const x = Buffer.alloc(12);
          x.writeUInt16LE(0x0001, 0);
          x.writeUInt16LE(8, 2);
          x.writeBigUInt64LE(BigInt(e.offset), 4);
          await out.push(x);
        }
      }
      const size = out.offset - start;
      const zip64 = entries.length > 0xffff || start >= MAX32 || size >= MAX32;
      if (zip64) {
        const at = out.offset;
        const r = Buffer.alloc(56 + 20);
        r.writeUInt32LE(0x06064b50, 0);
        r.writeBigUInt64LE(44n, 4);
        r.writeUInt16LE(0x031e, 12);
        r.writeUInt16LE(45, 14);
        r.writeBigUInt64LE(BigInt(entries.length), 24);
        r.writeBigUInt64LE(BigInt(entries.length), 32);
        r.writeBigUInt64LE(BigInt(size), 40);
        r.writeBigUInt64LE(BigInt(start), 48);
        r.writeUInt32LE(0x07064b50, 56);
        r.writeBigUInt64LE(BigInt(at), 64);
        r.writeUInt32LE(1, 72);
        await out.push(r);
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
      end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
      end.writeUInt32LE(Math.min(size, MAX32), 12);
      end.writeUInt32LE(Math.min(start, MAX32), 16);
      await out.push(end);
      await out.end();
    },
    close: entryQueue.close,
  };
}

const ZERO = Buffer.alloc(1024);

function octal(h: Buffer, at: number, length: number, value: number) {
  h.write(`${value.toString(8).padStart(length - 1, '0')}\0`, at, length, 'ascii');
}

/** One ustar header block. */
function tarHeader(name: string, size: number, mtime: number, type: '0' | 'x'): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  octal(h, 100, 8, 0o644);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, size);
  octal(h, 136, 12, mtime);
  h.fill(' ', 148, 156);
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += h[i];
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

/** A pax record `LEN key=value\n`, LEN counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  const bytes = Buffer.byteLength(body);
  let len = bytes + String(bytes).length;
  if (String(len).length !== String(bytes).length) len = bytes + String(len).length;
  return Buffer.from(`${len}${body}`, 'utf8');
}

const pad = (size: number) => ZERO.subarray(0, (512 - (size % 512)) % 512);

/**
 * POSIX tar (ustar; a pax `path` record before any name that is not plain ASCII or longer than 100 bytes, so accents
 * and emoji come back as they were), ending with two zero blocks. Files up to 8 GiB.
 */
export function tarWriter(dest: Sink, chunk = 1 << 20, mtime = new Date()): ArchiveWriter {
  const out = new Output(dest, chunk);
  const seconds = Math.floor(mtime.getTime() / 1000);
  const header = async (name: string, size: number) => {
    if (size >= 8 * 1024 ** 3) throw new Error(`archive entry too large (${size} bytes)`);
    // Plain ASCII is what a ustar name holds.
    if (Buffer.byteLength(name) > 100 || /[^\x20-\x7e]/.test(name)) {
      const record = paxRecord('path', name);
      await out.push(tarHeader('PaxHeader', record.length, seconds, 'x'));
      await out.push(record);
      await out.push(pad(record.length));
      name = name.replace(/[^\x20-\x7e]/g, '_').slice(0, 100);
    }
    await out.push(tarHeader(name, size, seconds, '0'));
  };
  // Every entry is read here when added: one held at a time.
  const entryQueue = queue(false, 1, async (name, body) => {
    await header(name.toString('utf8'), body.size);
    await out.push(body.data);
    await out.push(pad(body.size));
  });
  return {
    add: entryQueue.add,
    async addFile(name, file) {
      await entryQueue.drain();
      const { size } = await fs.stat(file);
      await header(name, size);
      let read = 0;
      for await (const piece of createReadStream(file, { highWaterMark: 1 << 20 })) {
        read += (piece as Buffer).length;
        await out.push(piece as Buffer);
      }
      if (read !== size) throw new Error(`${file} changed while it was archived`);
      await out.push(pad(size));
    },
    async finish() {
      await entryQueue.drain();
      await out.push(ZERO);
      await out.end();
    },
    close: entryQueue.close,
  };
}
