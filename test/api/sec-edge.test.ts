// Issue 11 (attacker review) at the HTTP/GraphQL edge: admission slots, cheap mutation detection, persisted-query
// errors, out-of-range dates and cursors, list fan-out, introspection floods and slow uploads (SEC1, SEC2).
import { expect } from 'chai';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Upload } from 'graphql-upload-minimal';
import { loadConfig } from '../../server/src/core/config';
import { queryCost } from '../../server/src/graphql/limits';
import { getSchema } from '../../server/src/api/schema';
import { isMutation } from '../../server/src/http/admission';
import { useApp } from '../support/app';
import { eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) }`;

interface GateStats {
  max: number;
  active: number;
  waiting: number;
}

async function mutationGate(url: string): Promise<GateStats> {
  const health = (await (await fetch(`${url}/healthz`)).json()) as { database: { pool: { mutations: GateStats } } };
  return health.database.pool.mutations;
}

/** Opens `n` raw connections that each send a body to /graphql and never read the answer. */
function sendRaw(url: string, bodyOf: (i: number) => string, n: number) {
  const { port } = new URL(url);
  return Array.from({ length: n }, (_, i) => {
    const body = bodyOf(i);
    const s = net.connect(Number(port), '127.0.0.1');
    s.on('error', () => undefined);
    s.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    return s;
  });
}

const eventually = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (!(await check()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
};

describe('API: mutation admission when clients hang up (SEC2)', function () {
  this.timeout(60_000);
  // A password cost at which each sign-up holds its slot for a few seconds (scrypt, off the event loop): long enough
  // for the second batch to arrive and queue behind them on a busy machine.
  const t = useApp({ env: { PASSWORD_HASH_COST: '18' } });

  let n = 0;
  const signUp = () =>
    JSON.stringify({
      query: SIGN_UP,
      variables: {
        i: { email: `leak-${n++}@example.org`, password: 'a long enough password', firstName: 'L', lastName: 'K' },
      },
    });

  it('SEC2: mutations whose clients hang up while queued give their admission slots back; later mutations still run', async () => {
    const { max } = await mutationGate(t.url);
    for (let round = 0; round < 2; round++) {
      // The gate full of patient clients, then as many again queued behind them who give up before their turn.
      const holders = Array.from({ length: max }, () =>
        fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: signUp() }),
      );
      await eventually(async () => (await mutationGate(t.url)).active === max, 5000);
      const queued = sendRaw(t.url, signUp, max);
      // The most seen waiting at once: the holders may finish between two looks, and the queue empties then.
      let mostWaiting = 0;
      await eventually(async () => {
        const { waiting } = await mutationGate(t.url);
        mostWaiting = Math.max(mostWaiting, waiting);
        return waiting >= max;
      }, 5000);
      expect(mostWaiting, 'the second batch queues').to.be.greaterThan(0);
      for (const s of queued) s.destroy();
      await Promise.all(holders);
    }
    await eventually(async () => (await mutationGate(t.url)).active === 0, 3000);
    const gate = await mutationGate(t.url);
    expect(gate, JSON.stringify(gate)).to.include({ active: 0, waiting: 0 });
    const me = await t.signedIn('bureau@example.org');
    expect((await me.data('{ viewer { email } }')).viewer.email).to.equal('bureau@example.org');
  });
});

describe('API: cheap mutation detection (SEC2)', function () {
  this.timeout(60_000);
  const t = useApp();

  // A comment naming "mutation" over a body of ~900 KB of tokens: parsed whole, it costs ~300 ms of CPU each.
  const heavy = `# mutation\n{ ${'a '.repeat(450_000)}}`;

  it('SEC2: a huge query mentioning "mutation" in a comment is not parsed past the token limit to decide admission', () => {
    isMutation({ query: heavy }); // warm
    const started = performance.now();
    for (let i = 0; i < 5; i++) expect(isMutation({ query: heavy })).to.equal(false);
    expect((performance.now() - started) / 5, 'ms per decision').to.be.lessThan(40);
    expect(isMutation({ query: '# a comment\nmutation M { signOut }' })).to.equal(true);
    expect(isMutation({ query: 'query Q { viewer { id } } mutation M { signOut }', operationName: 'M' })).to.equal(
      true,
    );
    expect(isMutation({ query: 'query Q { viewer { id } } mutation M { signOut }', operationName: 'Q' })).to.equal(
      false,
    );
  });

  it('SEC1: the same body over HTTP gets a coded 400', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: heavy }),
    });
    expect(res.status).to.equal(400);
    expect(((await res.json()) as any).errors[0].extensions.code).to.equal('GRAPHQL_PARSE_FAILED');
  });
});

describe('API: persisted-query errors (SEC1)', function () {
  this.timeout(60_000);
  const t = useApp();

  const post = async (body: unknown) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('SEC1: a wrong sha, an unknown version or a missing hash in extensions.persistedQuery is a coded 400, not an internal error', async () => {
    const query = '{ viewer { id } }';
    const cases = [
      { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
      { query, extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
      { query, extensions: { persistedQuery: { version: 1 } } },
    ];
    for (const c of cases) {
      const r = await post(c);
      expect(r.status, JSON.stringify(r.body)).to.equal(400);
      expect(r.body.errors[0].extensions.code, JSON.stringify(r.body)).to.equal('BAD_REQUEST');
    }
    // Without a query, an unknown hash is the protocol's own answer.
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } });
    expect(unknown.body.errors[0].extensions.code).to.equal('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('API: dates and cursors out of range (SEC1)', function () {
  this.timeout(60_000);
  const t = useApp();
  const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id startsAt } }`;
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const ID = '00000000-0000-4000-8000-000000000000';

  it('SEC1: createEvent with a date in year 0 or past year 9999 is BAD_USER_INPUT naming the field, not an internal error', async () => {
    const board = await t.signedIn('bureau@example.org');
    const net7 = await idOf(t, 'club', 'net7');
    for (const startsAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00+01:00', '9999-12-31T23:59:59-01:00']) {
      const res = await board.request(CREATE, { i: eventInput(net7, { startsAt, visibility: 'DRAFT' }) });
      expect(res.errors?.[0]?.extensions?.code, `${startsAt}: ${JSON.stringify(res.errors)}`).to.equal(
        'BAD_USER_INPUT',
      );
      expect(res.errors?.[0]?.extensions?.fields, startsAt).to.deep.equal({ startsAt: 'OUT_OF_RANGE' });
    }
    // Inline in the query text too.
    const inline = await board.request(
      `mutation { syncCheckIns(eventId: "${ID}", scans: [{ bookingId: "${ID}", scannedAt: "0000-01-01T00:00:00Z" }]) { status } }`,
    );
    expect(inline.errors?.[0]?.extensions?.code, JSON.stringify(inline.errors)).to.equal('BAD_USER_INPUT');
    // An ordinary date still works.
    expect((await board.data(CREATE, { i: eventInput(net7, { visibility: 'DRAFT' }) })).createEvent.id).to.be.a(
      'string',
    );
  });

  it('SEC1: syncCheckIns with a scan in year 0 is BAD_USER_INPUT', async () => {
    const { board, eventId } = await organizerEvent(t);
    const res = await board.request(
      `mutation($e: ID!, $s: [OfflineScanInput!]!) { syncCheckIns(eventId: $e, scans: $s) { status } }`,
      {
        e: eventId,
        s: [{ bookingId: ID, scannedAt: '0000-01-01T00:00:00Z', device: 'door' }],
      },
    );
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).to.equal('BAD_USER_INPUT');
  });

  it('SEC1: a cursor whose date is out of range is BAD_USER_INPUT on after, for events and an event’s bookings', async () => {
    const { board, eventId } = await organizerEvent(t);
    for (const raw of [
      '-100000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '0000-01-01T00:00:00Z',
      '-000001-01-01T00:00:00Z',
    ]) {
      const after = b64(`${raw}|${ID}`);
      const list = await t
        .client()
        .request(`query($a: String) { events(first: 5, after: $a, filter: { includePast: true }) { nodes { id } } }`, {
          a: after,
        });
      expect(list.errors?.[0]?.extensions?.code, `${raw}: ${JSON.stringify(list.errors)}`).to.equal('BAD_USER_INPUT');
      expect(list.errors?.[0]?.extensions?.fields).to.deep.equal({ after: 'INVALID_FORMAT' });
      const bookings = await board.request(
        `query($e: ID!, $a: String) { event(id: $e) { bookings(first: 5, after: $a) { nodes { id } } } }`,
        { e: eventId, a: after },
      );
      expect(bookings.errors?.[0]?.extensions?.code, `${raw}: ${JSON.stringify(bookings.errors)}`).to.equal(
        'BAD_USER_INPUT',
      );
    }
  });
});

/** Every operation the apps send, with the fragments of its app (codegen's map of documents). */
function appOperations(): Array<{ name: string; document: DocumentNode; operation: OperationDefinitionNode }> {
  const root = path.resolve(__dirname, '../..');
  return ['portal/src/lib/gql/gql.ts', 'console/src/lib/gql/gql.ts', 'ui/src/gql/gql.ts'].flatMap((file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const documents = [...source.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof/gm)].map((m) =>
      parse(JSON.parse(m[1]) as string),
    );
    const fragments = documents.flatMap((d) => d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION));
    return documents.flatMap((d) =>
      d.definitions
        .filter((x): x is OperationDefinitionNode => x.kind === Kind.OPERATION_DEFINITION)
        .map((operation) => ({
          name: `${file}: ${operation.name?.value}`,
          operation,
          document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as DocumentNode,
        })),
    );
  });
}

/** A value of the type for each variable: page sizes at the apps' 50, lists of one, required input fields only. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType as GraphQLInputType);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type)]));
  }
  if (type.name === 'Upload') return new Upload();
  const scalars: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    Int: 50,
    Float: 1,
    Boolean: false,
    DateTime: '2030-01-01T00:00:00Z',
    LocalDate: '2030-01-01',
  };
  return scalars[type.name] ?? 'x';
}

const sampleVariables = (schema: GraphQLSchema, op: OperationDefinitionNode) =>
  Object.fromEntries(
    (op.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType),
    ]),
  );

describe('API: lists priced like lists (SEC2)', function () {
  this.timeout(120_000);
  const t = useApp();
  const maxComplexity = loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/x' }).graphqlMaxComplexity;

  it('SEC2: every operation of the portal, the console and the shared ui fits the default cost limit, with room to spare', async () => {
    const schema = await getSchema();
    const ops = appOperations();
    expect(ops.length).to.be.greaterThan(50);
    const costs = ops.map((o) => ({
      name: o.name,
      cost: queryCost(schema, o.document, {
        operationName: o.operation.name?.value,
        variables: sampleVariables(schema, o.operation),
        maxComplexity,
      }),
    }));
    const heaviest = costs.sort((a, b) => b.cost - a.cost).slice(0, 3);
    process.stdout.write(
      `      heaviest: ${heaviest.map((c) => `${c.name.split(': ')[1]} ${c.cost}`).join(', ')} (limit ${maxComplexity})\n`,
    );
    for (const c of costs) expect(c.cost, c.name).to.be.at.most(maxComplexity * 0.75);
  });

  it('SEC2: anonymous fan-out through event.tickets.event.tickets… on a public event with 45 tickets is refused before running', async () => {
    const { eventId, ticket } = await organizerEvent(t);
    for (let i = 0; i < 45; i++) await ticket({ name: `T${i}` });
    const chain = (levels: number): string => (levels === 0 ? 'id' : `tickets { id event { ${chain(levels - 1)} } }`);
    const anonymous = t.client();
    // One level back up to the event still runs (no page needs even that); going back up costs, so two do not.
    expect(
      (await anonymous.data(`query($e: ID!) { event(id: $e) { ${chain(1)} } }`, { e: eventId })).event.tickets,
    ).to.have.length(45);
    const attacks = [
      `query($e: ID!) { event(id: $e) { ${chain(2)} } }`,
      `query($e: ID!) { event(id: $e) { ${chain(4)} } }`,
      `query($e: ID!) { ${Array.from({ length: 20 }, (_, i) => `a${i}: event(id: $e) { ${chain(3)} }`).join(' ')} }`,
      `{ events(first: 100, filter: { includePast: true }) { nodes { ${chain(2)} } } }`,
    ];
    for (const query of attacks) {
      const started = Date.now();
      const res = await anonymous.request(query, { e: eventId });
      expect(res.errors?.[0]?.extensions?.code, query.slice(0, 80)).to.equal('QUERY_TOO_COMPLEX');
      expect(res.status).to.equal(400);
      expect(Date.now() - started, 'refused before running').to.be.lessThan(1000);
    }
  });
});

describe('API: introspection floods (SEC2)', function () {
  this.timeout(120_000);
  const t = useApp();

  it('SEC2: one address introspecting over and over is RATE_LIMITED with retryAfterSeconds, before the schema is walked; others still may', async () => {
    const query = getIntrospectionQuery();
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await t.client().request(query));
    const limited = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(limited.length, 'some refused').to.be.greaterThan(0);
    expect(answers.filter((a) => a.data?.__schema).length, 'a few served').to.be.greaterThan(0);
    expect(limited[0].status).to.equal(429);
    expect(limited[0].errors![0].extensions!.retryAfterSeconds).to.be.a('number').greaterThan(0);
    expect(limited[0].headers.get('retry-after')).to.match(/^\d+$/);
    // __type (one type) is introspection too; ordinary queries are not limited.
    expect((await t.client().request('{ __type(name: "Event") { name } }')).errors?.[0]?.extensions?.code).to.equal(
      'RATE_LIMITED',
    );
    expect((await t.client().data('{ errorCodes { code } }')).errorCodes).to.not.be.empty;
    expect((await t.client().data('{ __typename }')).__typename).to.equal('Query');
  });
});

describe('API: slow uploads (SEC2)', function () {
  this.timeout(120_000);
  const t = useApp();
  const B = 'slowupload';
  const COVER = `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { coverUrl } }`;

  /** A cover upload whose file part starts and then stalls (one byte per second with `trickle`), on a raw socket. */
  function stalledUpload(url: string, cookie: string, eventId: string, trickle: boolean) {
    const { port } = new URL(url);
    const part = (headers: string, body: string) => `--${B}\r\n${headers}\r\n\r\n${body}\r\n`;
    const head =
      part(
        'Content-Disposition: form-data; name="operations"',
        JSON.stringify({ query: COVER, variables: { id: eventId, file: null } }),
      ) +
      part('Content-Disposition: form-data; name="map"', JSON.stringify({ 0: ['variables.file'] })) +
      `--${B}\r\nContent-Disposition: form-data; name="0"; filename="c.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG`;
    const socket = net.connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    let answer = '';
    socket.on('data', (d) => (answer += String(d)));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\napollo-require-preflight: true\r\n` +
        `Content-Type: multipart/form-data; boundary=${B}\r\nContent-Length: 1000000\r\n\r\n${head}`,
    );
    const timer = trickle ? setInterval(() => socket.write('a'), 1000) : undefined;
    return {
      answer: () => answer,
      close() {
        clearInterval(timer);
        socket.destroy();
      },
    };
  }

  it('SEC2: uploads trickling in do not hold mutation admission slots: sign-ins and other mutations still run', async () => {
    const { board, eventId } = await organizerEvent(t);
    const cookie = [...board.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const { max } = await mutationGate(t.url);
    const uploads = Array.from({ length: max + 2 }, () => stalledUpload(t.url, cookie, eventId, true));
    try {
      await new Promise((r) => setTimeout(r, 1500));
      const gate = await mutationGate(t.url);
      expect(gate.active, JSON.stringify(gate)).to.equal(0);
      const started = Date.now();
      const other = await t.signedIn('chloe@example.org');
      expect(Date.now() - started).to.be.lessThan(1500);
      expect((await other.data('{ viewer { email } }')).viewer.email).to.equal('chloe@example.org');
    } finally {
      for (const u of uploads) u.close();
    }
  });

  it('SEC2: an upload that stops sending gets a coded 400 after the idle timeout instead of waiting for the request timeout', async () => {
    const { board, eventId } = await organizerEvent(t);
    const cookie = [...board.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const upload = stalledUpload(t.url, cookie, eventId, false);
    try {
      await eventually(async () => upload.answer() !== '', 15_000);
      const answer = upload.answer();
      expect(answer, 'answered').to.match(/^HTTP\/1\.1 400 /);
      expect(answer)
        .to.match(/"code":"BAD_REQUEST"/)
        .and.match(/stalled/);
    } finally {
      upload.close();
    }
  });
});
