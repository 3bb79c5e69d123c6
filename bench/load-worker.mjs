// The benchmarks' load generator, in a worker thread started by bench/load.ts: the server runs on the bench process's
// main thread, and a client sharing its event loop would measure itself. Plain JavaScript: workers get no TypeScript
// loader. One message in (a run), one message out (its figures), one run at a time.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
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

// A bare HTTP/1.1 client on `net` sockets, kept alive between one person's (or one scanner's) requests. node:http's
// ClientRequest/IncomingMessage machinery cost the generator ~0.25 ms of CPU per attempt at a sale opening (2,000
// sockets opened at once): on 2 shared cores that is CPU the server under test does not get, and the answers the
// generator reads late are timed late. Here a request is one write of one string, and an answer is parsed only as
// far as its status, headers and length (Content-Length or chunked), then its body is handed over whole.
const idle = [];

/** The end of the head (`\r\n\r\n`), its status and what says where the body ends. */
function parseHead(buf) {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = buf.toString('latin1', 0, end);
  const status = Number(head.slice(9, 12));
  let length = -1;
  let chunked = false;
  let close = false;
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name === 'content-length') length = Number(value);
    else if (name === 'transfer-encoding') chunked = value.includes('chunked');
    else if (name === 'connection') close = value === 'close';
  }
  return { bodyStart: end + 4, status, length, chunked, close };
}

/** A chunked body's bytes once its last (empty) chunk has arrived, else null. */
function dechunk(buf, from) {
  const parts = [];
  let i = from;
  for (;;) {
    const eol = buf.indexOf('\r\n', i);
    if (eol < 0) return null;
    const size = parseInt(buf.toString('latin1', i, eol), 16);
    if (size === 0) return buf.indexOf('\r\n', eol + 2) < 0 ? null : Buffer.concat(parts);
    if (buf.length < eol + 2 + size + 2) return null;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
}

/** A new socket; one that the server closes while it is idle leaves the pool (and its error is not thrown). */
function connect(host, port) {
  const socket = net.connect({ host, port, noDelay: true });
  socket.on('error', () => undefined);
  socket.once('close', () => {
    const i = idle.indexOf(socket);
    if (i >= 0) idle.splice(i, 1);
  });
  return socket;
}

/** One request; resolves with its status and body (read whole), rejects on a network error. */
function send(url, { method = 'GET', path = '/', headers = {}, body }) {
  const { hostname, port, host } = new URL(url);
  let text = `${method} ${path} HTTP/1.1\r\nhost: ${host}\r\n`;
  for (const [k, v] of Object.entries(headers)) text += `${k}: ${v}\r\n`;
  if (body !== undefined) text += `content-length: ${Buffer.byteLength(body)}\r\n`;
  text += `\r\n${body ?? ''}`;
  return new Promise((resolve, reject) => {
    const socket = idle.pop() ?? connect(hostname, Number(port));
    let buf = Buffer.alloc(0);
    let head = null;
    const done = (err, answer) => {
      socket.off('data', onData).off('error', onError).off('end', onEnd);
      if (err) {
        socket.destroy();
        reject(err);
        return;
      }
      if (head.close) socket.destroy();
      else idle.push(socket);
      resolve(answer);
    };
    const onData = (chunk) => {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      head ??= parseHead(buf);
      if (!head) return;
      if (head.chunked) {
        const b = dechunk(buf, head.bodyStart);
        if (b) done(null, { status: head.status, body: b.toString('utf8') });
      } else if (head.length >= 0 && buf.length >= head.bodyStart + head.length) {
        done(null, { status: head.status, body: buf.toString('utf8', head.bodyStart, head.bodyStart + head.length) });
      }
    };
    const onEnd = () => {
      if (head && !head.chunked && head.length < 0) {
        head.close = true;
        done(null, { status: head.status, body: buf.toString('utf8', head.bodyStart) });
      } else done(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    };
    const onError = (e) => done(e);
    socket.on('data', onData).on('error', onError).on('end', onEnd);
    socket.write(text);
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

// One run per message, one after the other, in the same thread for the whole bench: a thread started for each run
// began with cold code, and V8's compiler then optimised the generator's functions on its helper threads during the
// measured run (~0.1–0.2 ms of the process's CPU per attempt at a sale opening), CPU the server did not get.
parentPort.on('message', async (data) => {
  try {
    const cpu0 = threadCpuMs();
    const result = data.kind === 'cannon' ? await cannon(data) : await crowd(data);
    for (const s of idle.splice(0)) s.destroy();
    const cpu1 = threadCpuMs();
    parentPort.postMessage({ result, clientCpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 });
  } catch (e) {
    parentPort.postMessage({ error: String(e?.stack ?? e) });
  }
});
