import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type autocannon from 'autocannon';

/**
 * The benchmarks' one load generator. It runs in a worker thread (bench/load-worker.mjs): the server answers on this
 * process's main thread, and a client on the same event loop would steal the time it measures (in production the
 * clients are other machines). The worker still shares the machine's cores, so it uses light clients: autocannon, and
 * a bare HTTP/1.1 client on kept-alive `net` sockets rather than fetch or node:http. What crosses to the worker is plain
 * data, no closures.
 */

/** A request or the parts of one that change; `headers` add up over the common request's. */
export interface HttpRequest {
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** How an attempt's GraphQL answer is classified: 'ok' when `field` answered (its `status` with `status: true`). */
export interface GraphQLAnswer {
  field: string;
  status?: boolean;
}

/** What a crowd run measured: each attempt's latency (ms, in the order answered), outcomes counted, wall time. */
export interface Fired {
  latencies: number[];
  outcomes: Record<string, number>;
  seconds: number;
  /** CPU time of the load generator's thread during the run (Linux only). */
  clientCpuMs?: number;
}

let generator: Worker | null = null;
let last: Promise<unknown> = Promise.resolve();

/**
 * One run in the load generator's thread, started once and kept for the whole bench (unref'd: it never keeps the
 * process alive), so that its code is warm, like a real client's, when a measured run starts. Runs go one at a time.
 */
function inWorker<T>(data: Record<string, unknown>): Promise<{ result: T; clientCpuMs?: number }> {
  const run = last.then(
    () =>
      new Promise<{ result: T; clientCpuMs?: number }>((resolve, reject) => {
        if (!generator) {
          const w = new Worker(path.join(__dirname, 'load-worker.mjs'));
          w.unref();
          w.once('exit', () => {
            if (generator === w) generator = null;
          });
          generator = w;
        }
        const w = generator;
        const done = () => w.off('exit', onExit).off('error', onError).off('message', onMessage);
        const onExit = (code: number) => {
          done();
          reject(new Error(`load generator exited (${code}) without an answer`));
        };
        const onError = (e: Error) => {
          done();
          reject(e);
        };
        const onMessage = (m: { result: T; clientCpuMs?: number; error?: string }) => {
          done();
          if (m.error) reject(new Error(`load generator: ${m.error}`));
          else resolve(m);
        };
        w.on('exit', onExit).on('error', onError).on('message', onMessage);
        w.postMessage(data);
      }),
  );
  last = run.catch(() => undefined);
  return run;
}

/**
 * autocannon's closed loop (`connections` for `durationSeconds`) against `url` with `request`; with `rotate`, each
 * request sent takes the next entry over it (one turn shared by every connection: every request for another booking).
 */
export async function cannon(
  url: string,
  opts: { connections: number; durationSeconds: number; request?: HttpRequest; rotate?: HttpRequest[] },
): Promise<autocannon.Result> {
  const { result } = await inWorker<autocannon.Result>({
    kind: 'cannon',
    url,
    connections: opts.connections,
    duration: opts.durationSeconds,
    request: { method: 'GET', ...opts.request },
    rotate: opts.rotate,
  });
  return result;
}

/**
 * Each item sent once to `url` (merged over `request`) and its GraphQL answer classified: with `rate`, that many a
 * second whatever the answers (open loop, as arrivals are); else `connections` loops (a number, or one set of headers
 * each: a scanner's session) each sending the next item when its previous one is answered — as many as items: all at
 * once. Errors on the network count as `error: <code>`.
 */
export async function crowd(
  url: string,
  opts: {
    request?: HttpRequest;
    items: HttpRequest[];
    answer: GraphQLAnswer;
    connections?: number | HttpRequest[];
    rate?: number;
  },
): Promise<Fired> {
  const c = opts.connections ?? opts.items.length;
  const { result, clientCpuMs } = await inWorker<Fired>({
    kind: 'crowd',
    url,
    request: opts.request ?? {},
    items: opts.items,
    answer: opts.answer,
    connections: typeof c === 'number' ? Array.from({ length: c }, () => ({})) : c,
    rate: opts.rate,
  });
  return { ...result, clientCpuMs };
}

/** A GraphQL POST to /graphql with the session cookie `cookie`, as a crowd's item or common request. */
export const graphqlPost = (body: string, cookie?: string): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
  body,
});
