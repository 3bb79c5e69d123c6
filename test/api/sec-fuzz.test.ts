import net from 'node:net';
import { expect } from 'chai';
import { ERROR_CODES } from '../../server/src/core/errors';
import { useApp } from '../support/app';
import { eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

// A bounded fuzz of the HTTP boundary (SEC1, SEC3): FUZZ_SEED replays a run, FUZZ_CASES changes its size.
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CASES = Number(process.env.FUZZ_CASES ?? 300);

/** mulberry32: small, fast and good enough to pick cases; the same seed gives the same run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}
type Rng = ReturnType<typeof prng>;

const CODES = new Set([
  ...Object.keys(ERROR_CODES),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A string of awkward text: controls, lone surrogates, astral and combining characters, quotes, long runs. */
function randomText(r: Rng): string {
  const pieces = [
    () => String.fromCharCode(r.int(0x20)),
    () => String.fromCharCode(0x7f + r.int(0x21)),
    () => String.fromCharCode(0xd800 + r.int(0x800)),
    () => String.fromCodePoint(0x1f600 + r.int(80)),
    () => 'e\u0301',
    () =>
      r.pick([
        "'",
        '"',
        '\\',
        '%00',
        '%',
        '<script>',
        "'; drop table users; --",
        '${x}',
        '@',
        '\u2028',
        '\ufeff',
        '\ufffe',
      ]),
    () => String.fromCharCode(0x20 + r.int(0x5f)),
    () => 'a'.repeat(r.int(600)),
    () => r.bytes(1 + r.int(8)).toString('latin1'),
  ];
  let s = '';
  for (let i = r.int(12); i >= 0; i--) s += r.pick(pieces)();
  return s;
}

/** Either a random string, or a value of the wrong type where a string is expected. */
const randomValue = (r: Rng): unknown =>
  r.next() < 0.85 ? randomText(r) : r.pick([null, 0, -1.5, true, [], {}, ['x'], { a: 'b' }, 'x'.repeat(5000)]);

/** Cuts a buffer at a random point, sometimes flips a few of its bytes. */
function mangle(r: Rng, body: Buffer): Buffer {
  let b = Buffer.from(body);
  if (r.next() < 0.6) b = b.subarray(0, r.int(b.length + 1));
  if (r.next() < 0.5) for (let i = r.int(6); i >= 0 && b.length; i--) b[r.int(b.length)] = r.int(256);
  return b;
}

const ANSWER_FILE = `mutation($b: ID!, $x: ID!, $file: Upload) { answerExtraInfo(bookingId: $b, extraInfoId: $x, file: $file) { id } }`;

/** A well-formed GraphQL multipart request (operations, map, one file), to be broken. */
function multipart(r: Rng): { body: Buffer; boundary: string } {
  const boundary = `----fuzz${r.int(1e9)}`;
  const part = (headers: string, data: Buffer | string) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), Buffer.from(data), Buffer.from('\r\n')]);
  const body = Buffer.concat([
    part(
      'Content-Disposition: form-data; name="operations"',
      JSON.stringify({ query: ANSWER_FILE, variables: { b: randomText(r), x: 'x', file: null } }),
    ),
    part('Content-Disposition: form-data; name="map"', JSON.stringify({ 0: ['variables.file'] })),
    part(
      `Content-Disposition: form-data; name="0"; filename="${r.pick(['a.pdf', 'é\u0000.pdf', '../../x', ''])}"\r\nContent-Type: application/pdf`,
      r.bytes(r.int(2000)),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { body, boundary };
}

interface Answer {
  status: number;
  codes: string[];
  raw: string;
}

describe('API: fuzzing the HTTP boundary (SEC1, SEC3)', () => {
  const t = useApp();
  let bruno: ApiClient;
  let board: ApiClient;
  let ticket: string;
  let net7: string;

  before(async () => {
    const ev = await organizerEvent(t);
    board = ev.board;
    ticket = await ev.ticket();
    net7 = await idOf(t, 'club', 'net7');
    bruno = await t.signedIn('bruno@example.org');
  });

  const cookie = (c: ApiClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  async function send(body: Buffer | string, headers: Record<string, string>): Promise<Answer> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    const raw = await res.text();
    let codes: string[];
    try {
      const json = JSON.parse(raw) as { errors?: Array<{ extensions?: { code?: string } }> };
      codes = (json.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
    } catch {
      codes = ['(not JSON)'];
    }
    return { status: res.status, codes, raw };
  }

  /** Announces a body, sends part of it and hangs up: the server must answer or close, never fail. */
  function sendAndHangUp(head: string, body: Buffer): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(t.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      let raw = '';
      socket.on('data', (d) => (raw += d.toString('latin1')));
      socket.on('error', () => undefined); // a reset after hanging up is the expected end
      socket.on('close', () => {
        const status = Number(raw.split(' ')[1] ?? 0);
        const codes = [...raw.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]);
        resolve({ status, codes, raw });
      });
      socket.setTimeout(10_000, () => reject(new Error('no answer within 10 s')));
      socket.write(head);
      socket.end(body);
    });
  }

  const json = { 'content-type': 'application/json' };
  const generators: Array<[string, (r: Rng) => Promise<Answer>]> = [
    ['random bytes as JSON', (r) => send(r.bytes(r.int(400)), json)],
    [
      'truncated or flipped JSON',
      (r) =>
        send(
          mangle(
            r,
            Buffer.from(
              JSON.stringify({
                query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
                variables: { e: randomText(r) },
              }),
            ),
          ),
          json,
        ),
    ],
    [
      'JSON of the wrong shape',
      (r) =>
        send(
          JSON.stringify(
            r.pick([
              [],
              1,
              'x',
              null,
              { query: 1 },
              { query: '{ schools { slug } }', variables: [] },
              { query: '{ schools { slug } }', variables: 'x' },
              { query: '{ schools { slug } }', extensions: 5 },
              { operationName: {} },
            ]),
          ),
          json,
        ),
    ],
    [
      'random GraphQL text',
      (r) =>
        send(
          JSON.stringify({ query: r.next() < 0.5 ? randomText(r) : `{ schools(${randomText(r)}) { slug } }` }),
          json,
        ),
    ],
    [
      'JSON with a wrong charset or encoding',
      (r) =>
        send(r.bytes(r.int(200)), {
          'content-type': r.pick([
            'application/json; charset=utf-7',
            'application/json; charset=latin1',
            'application/json',
          ]),
          'content-encoding': r.pick(['gzip', 'deflate', 'br', 'x-fuzz', 'identity']),
        }),
    ],
    [
      'urlencoded bodies',
      (r) =>
        send(
          r.next() < 0.5
            ? mangle(
                r,
                Buffer.from(`query=${encodeURIComponent('{ schools { slug } }')}&variables=%zz%E0%A4${randomText(r)}`),
              )
            : r.bytes(r.int(300)),
          {
            'content-type': 'application/x-www-form-urlencoded',
            'apollo-require-preflight': '1',
          },
        ),
    ],
    [
      'broken multipart',
      (r) => {
        const { body, boundary } = multipart(r);
        const type = r.pick([
          `multipart/form-data; boundary=${boundary}`,
          'multipart/form-data',
          `multipart/form-data; boundary=${boundary}x`,
          `multipart/form-data; boundary="${randomText(r).replace(/[^\x20-\x7e]/g, '')}"`,
        ]);
        return send(mangle(r, body), { 'content-type': type, 'apollo-require-preflight': '1', cookie: cookie(bruno) });
      },
    ],
    [
      'multipart cut by a client that hangs up',
      (r) => {
        const { body, boundary } = multipart(r);
        const head = `POST /graphql HTTP/1.1\r\nHost: ${new URL(t.url).host}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\napollo-require-preflight: 1\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
        return sendAndHangUp(head, body.subarray(0, r.int(body.length)));
      },
    ],
    [
      'random strings in sign-up, sign-in and reset',
      (r) => {
        const c = t.client();
        const op = r.pick([
          () =>
            c.request(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
              i: {
                email: randomValue(r),
                password: randomValue(r),
                firstName: randomValue(r),
                lastName: randomValue(r),
              },
            }),
          () =>
            c.request(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
              i: { email: randomValue(r), password: randomValue(r) },
            }),
          () => c.request(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: randomValue(r) }),
          () =>
            c.request(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
              i: { token: randomValue(r), password: randomValue(r) },
            }),
        ]);
        return op().then((res) => ({
          status: res.status,
          codes: (res.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
          raw: JSON.stringify(res.errors) ?? '',
        }));
      },
    ],
    [
      'random strings in a guest booking, an event and a search',
      (r) => {
        const op = r.pick([
          () =>
            bruno.request(`mutation($i: BookInput!) { book(input: $i) { id } }`, {
              i: {
                ticketId: r.next() < 0.8 ? ticket : randomValue(r),
                optionIds: [],
                guest: { firstName: randomValue(r), lastName: randomValue(r), email: randomValue(r) },
              },
            }),
          () =>
            board.request(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
              i: eventInput(net7, {
                name: randomValue(r),
                description: randomValue(r),
                location: randomValue(r),
                contactEmail: randomValue(r),
              }),
            }),
          () =>
            board.request(`query($s: String) { events(filter: { search: $s }) { nodes { id } } }`, {
              s: randomValue(r),
            }),
        ]);
        return op().then((res) => ({
          status: res.status,
          codes: (res.errors ?? []).map((e) => e.extensions?.code ?? '(none)'),
          raw: JSON.stringify(res.errors) ?? '',
        }));
      },
    ],
  ];

  it(`SEC1, SEC3: ${CASES} random, truncated and mangled requests each get a coded answer below 500, and the server stays healthy`, async function () {
    this.timeout(120_000);
    process.stdout.write(`      fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${CASES} cases\n`);
    const r = prng(SEED);
    const seen = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const [name, generate] = r.pick(generators);
      const what = `case ${i} (${name}, FUZZ_SEED=${SEED})`;
      const a = await generate(r);
      seen.set(name, (seen.get(name) ?? 0) + 1);
      if (a.status === 0) continue; // the client hung up before any answer: nothing to judge but health below
      expect(a.status, `${what}: ${a.raw.slice(0, 300)}`).to.be.below(500);
      if (a.status >= 400)
        expect(a.codes.length, `${what}: a 4xx carries a coded error: ${a.raw.slice(0, 300)}`).to.be.above(0);
      for (const c of a.codes)
        expect(CODES.has(c), `${what}: code ${c} is in the catalogue: ${a.raw.slice(0, 300)}`).to.equal(true);
      expect(a.codes, `${what}: ${a.raw.slice(0, 300)}`).not.to.include('INTERNAL_SERVER_ERROR');
      if (i % 50 === 49) expect((await fetch(`${t.url}/livez`)).status, `alive after ${what}`).to.equal(200);
    }
    expect(seen.size, 'every kind of case ran').to.equal(generators.length);
    expect((await fetch(`${t.url}/healthz`)).status).to.equal(200);
    expect((await t.client().data(`{ schools { slug } }`)).schools).to.be.an('array').that.is.not.empty;
  });
});
