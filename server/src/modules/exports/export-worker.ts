// EX2, issue 14: the export thread's entry point (see ExportThread in export-thread.ts). It builds one file at a
// time with the writers, reading the uploaded files from storage and writing the finished file into it itself; the
// rows and the progress saved go through the claiming thread by message.
import { finished } from 'node:stream/promises';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { storageFor, storageSettingsFromThread, type OpenStorage, type StorageSettingsForThread } from '../storage';
import type { ExportCall, ExportJob, FromThread, ToThread } from './export-thread';
import type { ExportRow } from './rows';
import { writeXlsx } from './spreadsheet';
import { writeArchive, writePdf } from './writers';

if (isMainThread || !parentPort) throw new Error('export-worker runs only as a worker thread');
const port = parentPort;
const settings = storageSettingsFromThread(workerData as StorageSettingsForThread);

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let ids = 0;

function call<T>(build: number, c: ExportCall): Promise<T> {
  const id = ++ids;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    const message: FromThread = { type: 'call', build, id, ...c };
    port.postMessage(message);
  });
}

/** The storage's warnings go to the claiming thread's logger (what can't be cloned, as its message). */
const log = {
  warn(...args: unknown[]) {
    const send = (a: unknown[]) => port.postMessage({ type: 'log', level: 'warn', args: a } satisfies FromThread);
    try {
      send(args);
    } catch {
      send(args.map((a) => (a instanceof Error ? a.message : typeof a === 'object' ? '[object]' : a)));
    }
  },
};

/** Opened once per thread (the S3 client's connections serve every export of the run), at the first export. */
let opened: Promise<OpenStorage> | null = null;
const storage = () =>
  (opened ??= storageFor(settings, { log }).catch((e: unknown) => {
    opened = null;
    throw e;
  }));

async function build(id: number, job: ExportJob): Promise<string> {
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
  const files = await storage();
  // Nothing is visible under the key until commit(); a failure aborts (a local temporary file removed, an S3
  // multipart upload aborted).
  const writer = await files.writer(job.prefix, job.extension);
  try {
    const out = writer.stream;
    if (job.format === 'XLSX') await writeXlsx(out, job.layout, batches, progress, job.locale);
    else if (job.format === 'PDF') await writePdf(out, job.layout, batches, progress, job.total, job.locale);
    else await writeArchive(out, job.format, job.layout, batches, progress, files, job.locale);
    if (!out.writableEnded) out.end();
    await finished(out);
    return await writer.commit();
  } catch (e) {
    await writer.abort().catch(() => undefined);
    throw e;
  }
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
    (key) => port.postMessage({ type: 'done', build: m.build, key } satisfies FromThread),
    (e: unknown) =>
      port.postMessage({
        type: 'failed',
        build: m.build,
        message: String((e as Error)?.message ?? e),
        stack: (e as Error)?.stack,
      } satisfies FromThread),
  );
});
