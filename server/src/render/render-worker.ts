// Issue 14: a render thread's entry point (see RenderPool in render-pool.ts). It draws the tickets it is sent with its
// own TicketDrawing (decoded backgrounds, the PDF fonts parsed once) and asks the pool's thread for template files.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { postMoving } from '../core/threads';
import { TicketDrawing } from './ticket-drawing';
import { transferList, type FromRenderThread, type ToRenderThread } from './render-pool';

if (isMainThread || !parentPort) throw new Error('render-worker runs only as a worker thread');
const port = parentPort;

const asked = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
let asks = 0;

const drawing = new TicketDrawing(
  (key) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = ++asks;
      asked.set(id, { resolve, reject });
      const message: FromRenderThread = { type: 'template', id, key };
      port.postMessage(message);
    }),
  { cachedCanvases: (workerData as { cachedCanvases?: number } | undefined)?.cachedCanvases },
);

port.on('message', (m: ToRenderThread) => {
  if (m.type === 'template') {
    const a = asked.get(m.id);
    asked.delete(m.id);
    if (!a) return;
    if (m.data) a.resolve(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
    else a.reject(new Error(m.error ?? 'template unavailable'));
    return;
  }
  drawing.draw(m.input, m.formats).then(
    (files) => {
      const message: FromRenderThread = { type: 'drawn', job: m.job, png: files.png, pdf: files.pdf };
      postMoving(port, message, transferList(files.png, files.pdf));
    },
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      const message: FromRenderThread = { type: 'failed', job: m.job, message: err.message, stack: err.stack };
      port.postMessage(message);
    },
  );
});
