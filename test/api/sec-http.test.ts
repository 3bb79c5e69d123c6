import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { freePort } from '../../server/src/db/embedded';
import { useApp, type TestApp } from '../support/app';
import { answerFile, eventually, pdf, sql } from '../support/booking-fixtures';
import { cloneTestDatabase } from '../support/database';
import { testEnv } from '../support/env';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll, TINY_PNG, uploadRequest } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { spawnServer, waitForHealthy, type ServerProcess } from '../support/process';

// SEC1, SEC5, SEC6 at the HTTP edge: multipart parsing, upload limits, and how /media answers.

const B = 'sec1boundary';
const part = (headers: string, body: string) => `--${B}\r\n${headers}\r\n\r\n${body}\r\n`;
const OPS = (query: string, variables: Record<string, unknown>) =>
  part('Content-Disposition: form-data; name="operations"', JSON.stringify({ query, variables }));
const MAP = part('Content-Disposition: form-data; name="map"', JSON.stringify({ 0: ['variables.file'] }));
const COVER = `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { coverUrl } }`;
const ANSWER = `mutation($b: ID!, $x: ID!, $file: Upload) { answerExtraInfo(bookingId: $b, extraInfoId: $x, file: $file) { id } }`;

interface RawResponse {
  status: number;
  json: any;
}

/**
 * One POST /graphql over a raw socket, bytes exactly as given (fetch would fix a malformed body). With `hangUpAfter`,
 * announces the whole body, sends that many bytes, then closes the connection like a client giving up.
 */
function rawPost(
  baseUrl: string,
  body: string | Buffer,
  opts: { contentType?: string; headers?: Record<string, string>; hangUpAfter?: number } = {},
): Promise<RawResponse | null> {
  const { port } = new URL(baseUrl);
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'binary');
  const head = [
    'POST /graphql HTTP/1.1',
    `Host: 127.0.0.1:${port}`,
    `Content-Type: ${opts.contentType ?? `multipart/form-data; boundary=${B}`}`,
    `Content-Length: ${bytes.length}`,
    'apollo-require-preflight: true',
    'Connection: close',
    ...Object.entries(opts.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('connect', () => {
      socket.write(`${head}\r\n\r\n`);
      if (opts.hangUpAfter === undefined) {
        socket.write(bytes);
        return;
      }
      socket.write(bytes.subarray(0, opts.hangUpAfter), () => setTimeout(() => socket.destroy(), 150));
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve(null);
      const [headers, ...rest] = text.split('\r\n\r\n');
      let payload = rest.join('\r\n\r\n');
      if (/transfer-encoding: chunked/i.test(headers)) payload = payload.replace(/(^|\r\n)[0-9a-f]+\r\n/gi, '');
      resolve({
        status: Number(headers.split(' ')[1]),
        json: payload.trim() ? JSON.parse(payload.trim().replace(/\r\n0\s*$/, '')) : null,
      });
    });
  });
}

/** A plain HTTP GET with the client's session cookie, as a browser link does. */
const download = (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });
const cookieOf = (c: ApiClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Every file under DATA_DIR/files/<dir>, partial ones included. */
async function filesUnder(t: TestApp, dir: string): Promise<string[]> {
  const root = path.join(t.app.deps.config.dataDir, 'files', dir);
  return ((await fs.readdir(root, { recursive: true }).catch(() => [])) as string[]).sort();
}

describe('SEC1: malformed multipart bodies, against the real server process', function () {
  this.timeout(90_000);
  let proc: ServerProcess;
  let url: string;
  let drop: () => Promise<void>;
  let port: number;

  before(async () => {
    const db = await cloneTestDatabase();
    drop = db.drop;
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    proc = spawnServer({
      ...testEnv(),
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: db.url,
      SMTP_URL: '',
      SERVE_APPS: 'false',
    });
    await waitForHealthy(url, proc);
  });
  after(async () => {
    if (proc?.child.exitCode === null) {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
    await drop?.();
  });

  /** The same process still answers health checks and GraphQL. */
  async function stillServing() {
    await new Promise((r) => setTimeout(r, 100)); // a crash comes on a later tick
    expect(proc.child.exitCode, `the server process exited:\n${proc.output().slice(-2000)}`).to.equal(null);
    expect((await fetch(`${url}/healthz`)).status).to.equal(200);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await res.json()) as any).data).to.deep.equal({ __typename: 'Query' });
  }

  const expectCoded400 = (res: RawResponse | null, what: string) => {
    expect(res, `${what}: an answer`).to.not.equal(null);
    expect(res!.status, `${what}: ${JSON.stringify(res!.json)}`).to.equal(400);
    expect(res!.json.errors[0].extensions.code, what).to.equal('BAD_REQUEST');
  };

  const anyId = randomUUID();
  const file = (disposition: string) => part(`${disposition}\r\nContent-Type: image/png`, 'PNGDATA');

  it('SEC1: a part header line with no colon gets a 400 with a coded error, and the same process keeps serving', async () => {
    expectCoded400(
      await rawPost(url, `${part('Content-Disposition form-data; name="operations"', '{}')}--${B}--\r\n`),
      'first part',
    );
    await stillServing();
    const inFilePart =
      OPS(COVER, { id: anyId, file: null }) +
      MAP +
      part('Content-Disposition form-data; name="0"; filename="a.png"', 'x') +
      `--${B}--\r\n`;
    expectCoded400(await rawPost(url, inFilePart), 'the file part');
    await stillServing();
    const garbageLine =
      OPS(COVER, { id: anyId, file: null }) +
      part('Content-Disposition: form-data; name="map"\r\nno colon here', '{}') +
      `--${B}--\r\n`;
    expectCoded400(await rawPost(url, garbageLine), 'an extra header line');
    await stillServing();
  });

  it('SEC1: a NUL byte in a part’s file name or field name gets a 400 with a coded error, and the same process keeps serving', async () => {
    const nulFile =
      OPS(COVER, { id: anyId, file: null }) +
      MAP +
      file('Content-Disposition: form-data; name="0"; filename="a\0b.png"') +
      `--${B}--\r\n`;
    expectCoded400(await rawPost(url, nulFile), 'NUL in filename');
    await stillServing();
    const nulName = part('Content-Disposition: form-data; name="opera\0tions"', '{}') + `--${B}--\r\n`;
    expectCoded400(await rawPost(url, nulName), 'NUL in name');
    await stillServing();
  });

  it('SEC1: truncated bodies, a missing boundary, bad operations or map, too many files: each a coded 4xx; a client hanging up mid-upload; the process keeps serving', async () => {
    const ops = OPS(COVER, { id: anyId, file: null });
    const cases: Array<[string, string, { contentType?: string }?]> = [
      [
        'cut inside operations',
        `--${B}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"mutation`,
      ],
      ['cut inside a part header', `${ops}${MAP}--${B}\r\nContent-Disposition: form-da`],
      ['no closing boundary and no file', ops + MAP],
      ['no boundary parameter', ops, { contentType: 'multipart/form-data' }],
      ['not multipart at all inside', 'hello', {}],
      ['empty body', '', {}],
      ['operations not JSON', part('Content-Disposition: form-data; name="operations"', '{nope') + `--${B}--\r\n`],
      ['map before operations', MAP + ops + `--${B}--\r\n`],
      [
        'map path into the prototype',
        ops + part('Content-Disposition: form-data; name="map"', '{"0":["__proto__.polluted"]}') + `--${B}--\r\n`,
      ],
      [
        'map path outside the operation',
        ops + part('Content-Disposition: form-data; name="map"', '{"0":["variables.nothing.here"]}') + `--${B}--\r\n`,
      ],
      [
        'a file before map',
        ops + file('Content-Disposition: form-data; name="0"; filename="a.png"') + MAP + `--${B}--\r\n`,
      ],
      ['a file named in map but never sent', ops + MAP + `--${B}--\r\n`],
    ];
    for (const [what, body, opts] of cases) {
      expectCoded400(await rawPost(url, body, opts), what);
      await stillServing();
    }
    const twoFiles =
      ops +
      part(
        'Content-Disposition: form-data; name="map"',
        JSON.stringify({ 0: ['variables.file'], 1: ['variables.id'] }),
      ) +
      `--${B}--\r\n`;
    const tooMany = await rawPost(url, twoFiles);
    expect(tooMany!.status).to.equal(413);
    expect(tooMany!.json.errors[0].extensions.code).to.equal('PAYLOAD_TOO_LARGE');
    // A client that announces a body and goes away in the middle of a file.
    const whole =
      ops +
      MAP +
      file('Content-Disposition: form-data; name="0"; filename="a.png"').replace('PNGDATA', 'x'.repeat(200_000)) +
      `--${B}--\r\n`;
    await rawPost(url, whole, { hangUpAfter: 100_000 });
    await stillServing();
  });

  it('SEC1: a request line or header Node cannot parse gets a coded 400 (huge headers a coded 431), and the process keeps serving', async () => {
    const rawRequest = (text: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1');
        let raw = '';
        socket.on('data', (d) => (raw += d.toString('latin1')));
        socket.on('error', reject);
        socket.on('close', () =>
          resolve({ status: Number(raw.split(' ')[1] ?? 0), body: raw.slice(raw.indexOf('\r\n\r\n') + 4) }),
        );
        socket.setTimeout(10_000, () => reject(new Error('no answer within 10 s')));
        socket.write(text);
      });
    for (const [what, text] of [
      ['a header line without a colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nno colon\r\n\r\n'],
      ['a NUL in the request line', 'GET /he\0althz HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['garbage instead of HTTP', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n'],
      ['a bad content length', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'],
    ]) {
      const res = await rawRequest(text);
      expect(res.status, what).to.equal(400);
      expect(JSON.parse(res.body).code, what).to.equal('BAD_REQUEST');
      await stillServing();
    }
    const huge = await rawRequest(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge.status).to.equal(431);
    expect(JSON.parse(huge.body).code).to.equal('PAYLOAD_TOO_LARGE');
    await stillServing();
  });
});

describe('SEC1, SEC5, SEC6: uploads and files served under /media', function () {
  this.timeout(120_000);
  const t = useApp({ env: { COVER_MAX_KB: '16' } });
  let p: Record<'alice' | 'eve' | 'anonymous', ApiClient>;
  before(async () => {
    p = await signInAll(t, { alice: 'alice@example.org', eve: 'exterieur@example.org', anonymous: null });
  });

  /** A PDF of exactly `size` bytes (padding in a comment), which file-type still recognises. */
  const pdfOf = (size: number) => {
    const head = pdf('x');
    return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
  };
  const answerRows = async (bookingId: string) =>
    (await sql(t).execute(`select count(*)::int as n from answers where booking_id = ?`, [bookingId]))[0].n;

  async function fileQuestion(fileMaxBytes: number) {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 0 });
    const info = await ev.extraInfo(ticket, {
      label: 'Certificat',
      type: 'FILE',
      blocks: 'ENTRY',
      fileTypes: ['application/pdf'],
      fileMaxBytes,
    });
    const booking = (await p.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book.id as string;
    return { ev, ticket, info, booking };
  }

  it('SEC1: a FILE answer one byte over the largest fileMaxBytes (20 MiB) is refused as TOO_LARGE, never stored cut at the limit', async () => {
    const { info, booking } = await fileQuestion(20 * 1024 * 1024);
    const res = await answerFile(p.alice, booking, info, {
      name: 'gros.pdf',
      type: 'application/pdf',
      data: pdfOf(20 * 1024 * 1024 + 1),
    });
    expect(res.errors?.[0].extensions, JSON.stringify(res.data)).to.deep.include({
      code: 'BAD_USER_INPUT',
      fields: { file: 'TOO_LARGE' },
    });
    expect(await answerRows(booking), 'no answer row').to.equal(0);
    expect(await filesUnder(t, `answers/${booking}`), 'no file, not even a partial one').to.deep.equal([]);
  });

  it('SEC1: a FILE answer is accepted at exactly fileMaxBytes and refused one byte over or far over (the request is drained, the answer comes back); nothing is left on disk', async () => {
    const { info, booking } = await fileQuestion(64 * 1024);
    const over = await answerFile(p.alice, booking, info, {
      name: 'a.pdf',
      type: 'application/pdf',
      data: pdfOf(64 * 1024 + 1),
    });
    expect(over.errors?.[0].extensions).to.deep.include({ code: 'BAD_USER_INPUT', fields: { file: 'TOO_LARGE' } });
    const far = await answerFile(p.alice, booking, info, {
      name: 'b.pdf',
      type: 'application/pdf',
      data: pdfOf(6 * 1024 * 1024),
    });
    expect(far.errors?.[0].extensions).to.deep.include({ code: 'BAD_USER_INPUT', fields: { file: 'TOO_LARGE' } });
    expect(await answerRows(booking)).to.equal(0);
    expect(await filesUnder(t, `answers/${booking}`)).to.deep.equal([]);
    const exact = await answerFile(p.alice, booking, info, {
      name: 'c.pdf',
      type: 'application/pdf',
      data: pdfOf(64 * 1024),
    });
    expect(exact.errors).to.equal(undefined);
    expect(await filesUnder(t, `answers/${booking}`)).to.have.length(1);
  });

  it('SEC1: covers and ticket templates over their own limits are refused as TOO_LARGE and leave no file', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const coversBefore = await filesUnder(t, 'covers');
    const cover = await uploadRequest(ev.board, COVER, { id: ev.eventId }, 'file', {
      name: 'c.png',
      type: 'image/png',
      data: Buffer.concat([TINY_PNG, Buffer.alloc(16 * 1024 + 1 - TINY_PNG.length)]),
    });
    expect(cover.errors?.[0].extensions).to.deep.include({ code: 'BAD_USER_INPUT', fields: { file: 'TOO_LARGE' } });
    expect(await filesUnder(t, 'covers')).to.deep.equal(coversBefore);
    const png = await sharp({ create: { width: 2480, height: 1169, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const template = await uploadRequest(
      ev.board,
      `mutation($t: ID!, $file: Upload!) { setTicketTemplate(ticketId: $t, file: $file) { id } }`,
      { t: ticket },
      'file',
      {
        name: 't.png',
        type: 'image/png',
        data: Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 1 - png.length)]),
      },
    );
    expect(template.errors?.[0].extensions).to.deep.include({ code: 'BAD_USER_INPUT', fields: { file: 'TOO_LARGE' } });
    expect(await filesUnder(t, `templates/${ticket}`)).to.deep.equal([]);
  });

  it('SEC1: a signed-in upload whose body ends inside the file gets a coded 400; one whose client hangs up stores nothing; the server keeps serving', async () => {
    const { info, booking } = await fileQuestion(1024 * 1024);
    const head =
      OPS(ANSWER, { b: booking, x: info, file: null }) +
      MAP +
      `--${B}\r\nContent-Disposition: form-data; name="0"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const cut = await rawPost(t.url, Buffer.concat([Buffer.from(head), pdfOf(300_000)]), {
      headers: { cookie: cookieOf(p.alice) },
    });
    expect(cut?.status, JSON.stringify(cut?.json)).to.equal(400);
    expect(cut!.json.errors[0].extensions.code).to.equal('BAD_REQUEST');
    const whole = Buffer.concat([Buffer.from(head), pdfOf(600_000), Buffer.from(`\r\n--${B}--\r\n`)]);
    await rawPost(t.url, whole, { headers: { cookie: cookieOf(p.alice) }, hangUpAfter: 300_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await answerRows(booking)).to.equal(0);
    expect(await filesUnder(t, `answers/${booking}`)).to.deep.equal([]);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
    // The same request sent whole still works.
    const ok = await rawPost(t.url, whole, { headers: { cookie: cookieOf(p.alice) } });
    expect(ok?.json.data?.answerExtraInfo?.id, JSON.stringify(ok?.json)).to.be.a('string');
  });

  describe('files under /media', () => {
    const w = {} as {
      eventId: string;
      draftId: string;
      ticket: string;
      booking: string;
      answer: string;
      exportId: string;
      board: ApiClient;
    };
    before(async () => {
      const { ev, ticket, info, booking } = await fileQuestion(1024 * 1024);
      const draft = await organizerEvent(t, { visibility: 'DRAFT' });
      for (const id of [ev.eventId, draft.eventId]) {
        expect(
          (await uploadRequest(ev.board, COVER, { id }, 'file', { name: 'c.png', type: 'image/png', data: TINY_PNG }))
            .errors,
        ).to.equal(undefined);
      }
      const png = await sharp({ create: { width: 2480, height: 1169, channels: 3, background: '#fff' } })
        .png()
        .toBuffer();
      const set = await uploadRequest(
        ev.board,
        `mutation($t: ID!, $file: Upload!) { setTicketTemplate(ticketId: $t, file: $file) { id } }`,
        { t: ticket },
        'file',
        { name: 't.png', type: 'image/png', data: png },
      );
      expect(set.errors).to.equal(undefined);
      const answer = (
        await answerFile(p.alice, booking, info, { name: 'scan.pdf', type: 'application/pdf', data: pdf() })
      ).data!.answerExtraInfo.id as string;
      const exportId = (
        await ev.board.data(`mutation($e: ID!) { requestExport(eventId: $e, format: XLSX) { id } }`, { e: ev.eventId })
      ).requestExport.id as string;
      await eventually(
        'export done',
        async () =>
          (await ev.board.data(`query($id: ID!) { bookingExport(id: $id) { status } }`, { id: exportId })).bookingExport
            .status === 'DONE',
        60_000,
      );
      Object.assign(w, {
        eventId: ev.eventId,
        draftId: draft.eventId,
        ticket,
        booking,
        answer,
        exportId,
        board: ev.board,
      });
    });

    it('SEC6: every file served under /media carries a sandboxing Content-Security-Policy and nosniff (covers, answers’ files, templates, tickets, exports)', async () => {
      const served: Array<[ApiClient, string]> = [
        [p.anonymous, `/media/events/${w.eventId}/cover`],
        [p.alice, `/media/answers/${w.answer}`],
        [w.board, `/media/templates/${w.ticket}`],
        [p.anonymous, '/media/templates/example.png'],
        [p.alice, `/media/tickets/${w.booking}.png?inline=1`],
        [p.alice, `/media/tickets/${w.booking}.pdf`],
        [w.board, `/media/exports/${w.exportId}`],
        [p.anonymous, `/media/answers/${randomUUID()}`],
      ];
      for (const [who, url] of served) {
        const res = await download(who, url);
        await res.arrayBuffer();
        expect(res.status, url).to.equal(url.includes('/answers/') && who === p.anonymous ? 404 : 200);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(
          csp.split(';').map((d) => d.trim()),
          url,
        ).to.include.members(["default-src 'none'", 'sandbox']);
        expect(res.headers.get('x-content-type-options'), url).to.equal('nosniff');
      }
    });

    it('SEC5: for anonymous visitors and signed-in strangers, every /media path answers a hidden file exactly as a random id', async () => {
      const pairs: Array<[string, string, ApiClient[]]> = [
        [`/media/events/${w.draftId}/cover`, `/media/events/${randomUUID()}/cover`, [p.anonymous, p.alice]],
        [`/media/answers/${w.answer}`, `/media/answers/${randomUUID()}`, [p.anonymous, p.eve]],
        [`/media/templates/${w.ticket}`, `/media/templates/${randomUUID()}`, [p.anonymous, p.alice]],
        [`/media/tickets/${w.booking}.png`, `/media/tickets/${randomUUID()}.png`, [p.anonymous, p.eve]],
        [`/media/tickets/${w.booking}.pdf`, `/media/tickets/not-a-ticket.pdf`, [p.anonymous, p.eve]],
        [`/media/exports/${w.exportId}`, `/media/exports/${randomUUID()}`, [p.anonymous, p.alice]],
      ];
      for (const [hidden, random, viewers] of pairs) {
        for (const who of viewers) {
          const [a, b] = await Promise.all([download(who, hidden), download(who, random)]);
          const seen = { status: a.status, body: await a.text() };
          const none = { status: b.status, body: await b.text() };
          expect(seen, `${hidden} for ${who === p.anonymous ? 'anonymous' : 'a stranger'}`).to.deep.equal(none);
          expect(seen.status).to.equal(404);
          expect(JSON.parse(seen.body)).to.deep.equal({ error: 'Not found.', code: 'NOT_FOUND' });
        }
      }
    });
  });
});
