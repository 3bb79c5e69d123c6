// EX2, issue 14: the export thread's entry point (see ExportThread in export-thread.ts). It builds one file at a
// time with the writers; rows, uploaded files, progress and the output go through the claiming thread by message.
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { isMainThread, parentPort } from 'node:worker_threads';
import { transferable } from './archive-formats';
import type { ExportCall, ExportJob, FromThread, ToThread } from './export-thread';
import type { ExportRow } from './rows';
import { writeArchive, writePdf, writeXlsx } from './writers';

if (isMainThread || !parentPort) throw new Error('export-worker runs only as a worker thread');
const port = parentPort;

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let ids = 0;

function call<T>(build: number, c: ExportCall, transfer: ArrayBuffer[] = []): Promise<T> {
  const id = ++ids;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    const message: FromThread = { type: 'call', build, id, ...c };
    port.postMessage(message, transfer);
  });
}

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** The file being written, on the other side: writes are gathered (up to 1 MB) while one is on its way. */
function output(build: number): Writable {
  return new Writable({
    highWaterMark: 1 << 20,
    writev(chunks, callback) {
      const data = chunks.length === 1 ? chunks[0].chunk : Buffer.concat(chunks.map((c) => c.chunk as Buffer));
      const { value, transfer } = transferable(data as Buffer);
      call(build, { method: 'write', args: [value] }, transfer).then(() => callback(), callback);
    },
    final(callback) {
      call(build, { method: 'end', args: [] }).then(() => callback(), callback);
    },
  });
}

async function build(id: number, job: ExportJob): Promise<void> {
  let streams = 0;
  const batches = () =>
    (async function* () {
      const stream = ++streams;
      for (;;) {
        const batch = await call<ExportRow[] | null>(id, { method: 'next', args: [stream] });
        if (!batch) return;
        yield batch;
      }
    })();
  const progress = async (done: number) => {
    await call(id, { method: 'progress', args: [done] });
  };
  // Reads asked for in the same turn (the archive's read-ahead) go in one message.
  let asked: Array<{ key: string; resolve: (b: Buffer | null) => void; reject: (e: Error) => void }> = [];
  const send = () => {
    const these = asked;
    asked = [];
    call<Array<Uint8Array | null>>(id, { method: 'readAll', args: [these.map((a) => a.key)] }).then(
      (files) => these.forEach((a, i) => a.resolve(files[i] ? asBuffer(files[i]) : null)),
      (e: Error) => these.forEach((a) => a.reject(e)),
    );
  };
  const storage = {
    readAll: (key: string) =>
      new Promise<Buffer | null>((resolve, reject) => {
        if (asked.push({ key, resolve, reject }) === 1) setImmediate(send);
      }),
  };
  const out = output(id);
  if (job.format === 'XLSX') await writeXlsx(out, job.layout, batches, progress, job.locale);
  else if (job.format === 'PDF') await writePdf(out, job.layout, batches, progress, job.total, job.locale);
  else await writeArchive(out, job.format, job.layout, batches, progress, storage, job.locale);
  if (!out.writableEnded) out.end();
  await finished(out);
}

port.on('message', (m: ToThread) => {
  if (m.type === 'reply') {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.value);
    return;
  }
  build(m.build, m.job).then(
    () => port.postMessage({ type: 'done', build: m.build } satisfies FromThread),
    (e: unknown) =>
      port.postMessage({
        type: 'failed',
        build: m.build,
        message: String((e as Error)?.message ?? e),
        stack: (e as Error)?.stack,
      } satisfies FromThread),
  );
});
