import { randomBytes, verify } from 'node:crypto';
import autocannon from 'autocannon';
import sharp from 'sharp';
import { base45Decode } from '../server/src/modules/door/base45';
import { publicKeyObject } from '../server/src/crypto/ticket-signer';
import { renderTicket } from '../server/src/modules/documents';
import { backgroundSvg, infoSvg, INFO_ZONE, QR_ZONE, TICKET_HEIGHT, TICKET_WIDTH } from '../server/src/render/layout';
import { qrRaw } from '../server/src/render/ticket-renderer';
import { type BenchContext, type LoadResult, benchEvent, gql, printTable } from './harness';
import { Booking } from '../server/src/model';

const seconds = (ctx: BenchContext) => ctx.durationSeconds * 1000;

/** Runs `job` with `workers` in parallel for the bench's duration; returns completions per second. */
async function throughput(ms: number, workers: number, job: () => Promise<unknown>): Promise<number> {
  await job(); // warm-up (caches, lazy loads)
  let done = 0;
  const until = Date.now() + ms;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < until) {
        await job();
        done++;
      }
    }),
  );
  return done / ((Date.now() - started) / 1000);
}

const row = (name: string, perSecond: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  name,
  requestsPerSecond: Math.round(perSecond),
  p50Ms: 0,
  p99Ms: 0,
  errors: 0,
  non2xx: 0,
  ...extra,
});

/**
 * TT2, TT3, TT4: tickets rendered per second (PNG and PDF) next to a bare sharp composite of the same images,
 * code verifications per second next to a bare Ed25519 verify, and the check-in round trip through /graphql.
 * Goals to aim at: ≥ 50 PNG tickets/s, ≥ 5,000 verifications/s, check-in p99 ≤ 50 ms.
 */
export async function tickets(ctx: BenchContext): Promise<Record<string, LoadResult[]>> {
  const { app } = ctx;
  const workers = Number(process.env.BENCH_RENDER_WORKERS ?? 4);
  const { board, event } = await benchEvent(ctx, 'Gala bench');
  const ticket = (
    await gql(
      ctx,
      `mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`,
      {
        e: event,
        i: {
          kind: 'OPEN',
          name: 'Entrée',
          description: '',
          priceCents: 0,
          capacity: null,
          sponsorshipAllowed: false,
          schoolIds: [],
          classYears: [],
          associationIds: [],
        },
      },
      board,
    )
  ).data.createTicket.id as string;

  // Reservations made in SQL (the booking path is measured elsewhere): N holders, one booking each.
  const n = Number(process.env.BENCH_CHECKIN_BOOKINGS ?? 3000);
  const conn = app.db.orm.em.fork().getConnection();
  await conn.execute(
    `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name, status, price_cents, reserved_at)
     select gen_random_uuid(), ? || lpad(i::text, 6, '0'), ?, ?, 'bench-' || i || '@example.org', 'Zoé', 'Bench ' || i, 'RESERVED', 0, now()
       from generate_series(1, ?) i`,
    [`B${randomBytes(2).toString('hex').toUpperCase()}-`, event, ticket, n],
  );
  const ids = (
    await conn.execute<Array<{ id: string }>>(`select id from bookings where event_id = ? order by reference`, [event])
  ).map((r) => r.id);

  // Rendering.
  const em = app.db.orm.em.fork();
  const booking = await em.findOneOrFail(Booking, ids[0]);
  const facts = {
    eventName: 'Gala bench',
    when: 'samedi 12 décembre 2026, 20:00 – 04:00',
    location: 'Toulouse',
    holderName: 'Zoé Bench',
    ticketName: 'Entrée',
    options: ['Navette'],
    reference: 'BENCH-000001',
    price: '0,00 €',
  };
  const code = await app.deps.signer.issue(booking.id, event, new Date());
  const bg = await sharp(backgroundSvg({ eventName: 'Gala bench' }))
    .removeAlpha()
    .raw()
    .toBuffer();
  const infoPng = await sharp(infoSvg(facts)).png().toBuffer();
  const qr = qrRaw(code);
  const qrPng = await sharp(qr.data, { raw: { width: qr.size, height: qr.size, channels: 1 } })
    .png()
    .toBuffer();
  const bare = () =>
    sharp(bg, { raw: { width: TICKET_WIDTH, height: TICKET_HEIGHT, channels: 3 } })
      .composite([
        { input: infoPng, left: INFO_ZONE.left, top: INFO_ZONE.top },
        { input: qrPng, left: QR_ZONE.left, top: QR_ZONE.top },
      ])
      .png({ compressionLevel: 3, adaptiveFiltering: false })
      .toBuffer();
  const ms = seconds(ctx);
  // Each render is for another booking (the renderer reuses only identical tickets), except the last row.
  const bookings = await em.find(Booking, { id: { $in: ids } });
  let turn = 0;
  const another = () => bookings[turn++ % bookings.length];
  const render = [
    row(`bare sharp composite → PNG (${workers} in parallel)`, await throughput(ms, workers, bare)),
    row(
      'ticket PNG: data + signed code + QR + text + PNG',
      await throughput(ms, workers, () => renderTicket(app.deps, app.db.orm.em.fork(), another(), 'png')),
    ),
    row(
      'ticket PDF: the same as JPEG in an A4 pdfmake page',
      await throughput(ms, workers, () => renderTicket(app.deps, app.db.orm.em.fork(), another(), 'pdf')),
    ),
    row(
      'ticket PNG downloaded again (unchanged: reused)',
      await throughput(ms, workers, () => renderTicket(app.deps, app.db.orm.em.fork(), booking, 'png')),
    ),
  ];
  printTable(`Ticket rendering (TT2), ${ctx.durationSeconds} s each — goal ≥ 50 PNG/s`, render);

  // Verification.
  const codes = await Promise.all(ids.slice(0, 500).map((id) => app.deps.signer.issue(id, event, new Date())));
  const keys = await app.deps.signer.publicKeys();
  const key = publicKeyObject(Buffer.from(keys.at(-1)!.publicKey, 'base64'));
  const decoded = codes.map((c) => base45Decode(c)!);
  let i = 0;
  const verifyLoop = async (f: () => unknown) => {
    const until = Date.now() + ms;
    let count = 0;
    const started = Date.now();
    while (Date.now() < until) {
      for (let k = 0; k < 200; k++) f();
      count += 200;
      await new Promise((r) => setImmediate(r));
    }
    return count / ((Date.now() - started) / 1000);
  };
  const verification = [
    row(
      'bare Ed25519 verify (node:crypto)',
      await verifyLoop(() => {
        const b = decoded[i++ % decoded.length];
        return verify(null, b.subarray(0, 38), key, b.subarray(38));
      }),
    ),
    row(
      'TicketSigner.verify: base45 + checks + Ed25519',
      await verifyLoop(() => app.deps.signer.verify(codes[i++ % codes.length])),
    ),
  ];
  printTable(`QR code verification (TT3), one thread, ${ctx.durationSeconds} s each — goal ≥ 5,000/s`, verification);

  // Check-in round trip: every request scans a different ticket (first scans: OK; the rest: ALREADY_CHECKED_IN).
  const allCodes = await Promise.all(ids.map((id) => app.deps.signer.issue(id, event, new Date())));
  let next = 0;
  const checkInBody = () =>
    JSON.stringify({
      query: `mutation($e: ID!, $c: String!) { checkIn(eventId: $e, code: $c, device: "bench") { status booking { id } } }`,
      variables: { e: event, c: allCodes[next++ % allCodes.length] },
    });
  const run = (name: string, body: () => string) =>
    autocannon({
      url: `${ctx.url}/graphql`,
      connections: ctx.connections,
      duration: ctx.durationSeconds,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', cookie: board },
          setupRequest: (req) => ({ ...req, body: body() }),
        },
      ],
    }).then((r) => ({
      name,
      requestsPerSecond: Math.round(r.requests.average),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    }));
  const door = [
    await run('GraphQL baseline: { viewer { id } } signed in', () => JSON.stringify({ query: '{ viewer { id } }' })),
    await run('checkIn(code) through /graphql', checkInBody),
  ];
  printTable(
    `Check-in round trip (TT4), ${ctx.connections} connections, ${ctx.durationSeconds} s — goal p99 ≤ 50 ms`,
    door,
  );
  const [{ ok }] = await conn.execute<Array<{ ok: number }>>(
    `select count(*)::int as ok from check_ins where event_id = ?`,
    [event],
  );
  process.stdout.write(`check-ins recorded: ${ok} of ${n} tickets (each at most once)\n`);
  return { render, verification, door };
}
