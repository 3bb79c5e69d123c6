// The benchmarks' load generator, in a worker thread started by bench/load.ts: the server runs on the bench process's
// main thread, and a client sharing its event loop would measure itself. Plain JavaScript: workers get no TypeScript
// loader. One message in (workerData), one message out (the figures), then the thread ends.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
// autocannon 9's own modules (pinned exactly in package.json): what it adds up its worker threads' results with.
import aggregateResult from 'autocannon/lib/aggregateResult.js';
import { decodeHist } from 'autocannon/lib/histUtil.js';
import PipelinedRequestsQueue from 'autocannon/lib/pipelinedRequestsQueue.js';

// autocannon keeps every response's body as a string (`body += chunk`) for expectBody, verifyBody and onResponse,
// which these runs never use: decoding a 166 KB PNG as UTF-8 costs the client ~1.6 ms a response, 20 times what the
// server spends answering one from memory, so a download bench measured the client. Bodies are still read and
// counted (bytes, throughput), only not kept.
PipelinedRequestsQueue.prototype.addBody = function addBody() {};

/** CPU time (user + system) of this thread so far, in ms; undefined where /proc is missing (USER_HZ = 100). */
function threadCpuMs() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** A request's parts over the common ones; headers add up. */
const merged = (base, over) => ({ ...base, ...over, headers: { ...base.headers, ...over?.headers } });

/**
 * autocannon's closed loop; with `rotate`, every request (whichever connection sends it) takes the next entry of the
 * list over the common request, one shared turn for all connections, as the benches' setupRequest closures did.
 */
async function cannon({ url, connections, duration, request, rotate }) {
  let next = 0;
  const requests = [
    rotate?.length
      ? { ...request, setupRequest: (req) => merged(req, rotate[next++ % rotate.length]) }
      : { ...request },
  ];
  const opts = { url, connections, duration, requests };
  // Off the main thread autocannon answers with its histograms encoded (for its own workers' results to be added up),
  // the per-second samples of requests and bytes among them: decoded, they make the Result the main thread would get.
  const encoded = await autocannon(opts);
  const histograms = { requests: decodeHist(encoded.requests), throughput: decodeHist(encoded.throughput) };
  return aggregateResult(encoded, opts, histograms);
}

// node:http with a keep-alive agent: a fraction of fetch's CPU per request (fetch spent most of the generator's time).
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** One request; resolves with its status and body (read whole), rejects on a network error. */
function send(url, { method = 'GET', path = '/', headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url + path,
      {
        agent,
        method,
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A GraphQL answer's outcome: 'ok' (or the answer's `status`) when `field` answered, else the error's code. */
function outcomeOf({ status, body }, answer) {
  let j;
  try {
    j = JSON.parse(body);
  } catch {
    return `HTTP ${status}`;
  }
  const data = j.data?.[answer.field];
  if (data) return answer.status ? String(data.status) : 'ok';
  const e = j.errors?.[0];
  return String(e?.extensions?.code ?? e?.message ?? `HTTP ${status}`);
}

/**
 * Sends every item once, merged over the common request: `connections` loops each taking the next item when its
 * previous one is answered (closed loop; as many as items: all at once), or `rate` items a second whatever the
 * answers (open loop). Each attempt is timed from its start to its whole answer.
 */
async function crowd({ url, request, items, connections, rate, answer }) {
  const latencies = [];
  const outcomes = {};
  const attempt = async (req) => {
    const s = performance.now();
    let o;
    try {
      o = outcomeOf(await send(url, req), answer);
    } catch (e) {
      o = `error: ${e.code ?? e.message}`;
    }
    latencies.push(performance.now() - s);
    outcomes[o] = (outcomes[o] ?? 0) + 1;
  };
  const t0 = performance.now();
  let next = 0;
  if (rate) {
    const pending = [];
    await new Promise((done) => {
      const tick = () => {
        const due = Math.min(items.length, Math.floor(((performance.now() - t0) / 1000) * rate) + 1);
        for (; next < due; next++) pending.push(attempt(merged(request, items[next])));
        if (next < items.length) setTimeout(tick, 2);
        else done();
      };
      tick();
    });
    await Promise.all(pending);
  } else {
    // Each connection may carry headers of its own (a scanner's session) under the item's.
    await Promise.all(
      connections.map(async (own) => {
        while (next < items.length) await attempt(merged(merged(request, own), items[next++]));
      }),
    );
  }
  return { latencies, outcomes, seconds: (performance.now() - t0) / 1000 };
}

const cpu0 = threadCpuMs();
const result = workerData.kind === 'cannon' ? await cannon(workerData) : await crowd(workerData);
agent.destroy();
const cpu1 = threadCpuMs();
parentPort.postMessage({ result, clientCpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 });
