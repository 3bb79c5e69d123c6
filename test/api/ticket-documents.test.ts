import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { expect } from 'chai';
import sharp from 'sharp';
import { useApp } from '../support/app';
import { code, fields, MARK_PAID, OPPOSE } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll, uploadRequest } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { readQr } from '../support/qr';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  eve: 'exterieur@example.org',
  anonymous: null,
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

const SET_TEMPLATE = `mutation($t: ID!, $file: Upload!) { setTicketTemplate(ticketId: $t, file: $file) { id templateUrl } }`;
const FILES = `query($id: ID!) { booking(id: $id) { status ticketFiles { png pdf } } }`;
const CHECK_IN = `mutation($e: ID!, $c: String!) { checkIn(eventId: $e, code: $c) { status booking { id } } }`;

/** GET with the client's session cookie. */
const download = (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });

/** Reads the QR of a rendered ticket the way a phone would: from pixels, downscaled. */
const image = (width: number, height: number, format: 'png' | 'jpeg' = 'png') => {
  const canvas = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 90 } } });
  return (format === 'png' ? canvas.png() : canvas.jpeg()).toBuffer();
};

describe('API: ticket templates and rendered tickets (TT1, TT2, TT3)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: People;
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  const upload = (c: ApiClient, ticketId: string, file: { name: string; type: string; data: Buffer }) =>
    uploadRequest(c, SET_TEMPLATE, { t: ticketId }, 'file', file);

  it('TT1: only a PNG or JPEG of exactly 2480×1169 is accepted; wrong sizes, other types, fakes and truncated files get a coded error naming what is wrong', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const cases: Array<[string, { name: string; type: string; data: Buffer }, string]> = [
      ['portrait', { name: 'a.png', type: 'image/png', data: await image(1169, 2480) }, 'WRONG_DIMENSIONS'],
      ['a pixel short', { name: 'a.png', type: 'image/png', data: await image(2479, 1169) }, 'WRONG_DIMENSIONS'],
      [
        'webp',
        {
          name: 'a.png',
          type: 'image/png',
          data: await sharp({ create: { width: 2480, height: 1169, channels: 3, background: '#fff' } })
            .webp()
            .toBuffer(),
        },
        'UNSUPPORTED_TYPE',
      ],
      [
        'a PDF named .png',
        { name: 'a.png', type: 'image/png', data: Buffer.from('%PDF-1.4\n%%EOF\n') },
        'UNSUPPORTED_TYPE',
      ],
      ['random bytes', { name: 'a.jpg', type: 'image/jpeg', data: randomBytes(5000) }, 'UNSUPPORTED_TYPE'],
      [
        'truncated',
        {
          name: 'a.png',
          type: 'image/png',
          data: (
            await sharp({
              create: {
                width: 2480,
                height: 1169,
                channels: 3,
                background: '#000',
                noise: { type: 'gaussian', mean: 128, sigma: 60 },
              },
            })
              .png()
              .toBuffer()
          ).subarray(0, 200_000),
        },
        'CORRUPT_FILE',
      ],
    ];
    for (const [what, file, expected] of cases) {
      const res = await upload(ev.board, ticket, file);
      expect(fields(res), what).to.deep.equal({ file: expected });
    }
    const res = await upload(ev.board, ticket, {
      name: 'modele.jpg',
      type: 'image/jpeg',
      data: await image(2480, 1169, 'jpeg'),
    });
    expect(res.errors).to.equal(undefined);
    const url: string = res.data!.setTicketTemplate.templateUrl;
    expect(url.split('?')).to.have.length(2);
    expect(url.split('?')[0]).to.equal(`/media/templates/${ticket}`);
    expect(url.split('?')[1], 'versioned by the stored file').to.match(/^v=[0-9a-f]{8}$/);
    expect((await download(ev.board, `/media/templates/${ticket}`)).headers.get('content-type')).to.equal('image/jpeg');
    expect(
      (await download(p.alice, `/media/templates/${ticket}`)).status,
      'organizers only (SEC5: as if absent)',
    ).to.equal(404);
    const ex = await fetch(`${t.url}/media/templates/example.png`);
    const meta = await sharp(Buffer.from(await ex.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).to.deep.equal(['png', 2480, 1169]);
    expect(
      code(await upload(p.alice, ticket, { name: 'a.png', type: 'image/png', data: await image(2480, 1169) })),
    ).to.equal('FORBIDDEN');
  });

  it('TT1: a decompression bomb (huge dimensions in a small file) is refused from its header, fast', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    // A real PNG whose header claims 60000×60000 (≈ 10 GB decoded): IHDR patched, its CRC recomputed.
    const bomb = Buffer.from(await image(16, 16));
    bomb.writeUInt32BE(60000, 16);
    bomb.writeUInt32BE(60000, 20);
    bomb.writeUInt32BE(zlib.crc32(bomb.subarray(12, 29)), 29);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).to.equal(60000);
    const started = Date.now();
    const res = await upload(ev.board, ticket, { name: 'bomb.png', type: 'image/png', data: bomb });
    expect(fields(res)).to.deep.equal({ file: 'WRONG_DIMENSIONS' });
    expect(Date.now() - started).to.be.lessThan(3000);
  });

  it('TT2 TT3: a reservation renders as PNG and PDF with a QR a phone can read, whose code verifies and checks the holder in; with or without a template', async () => {
    const ev = await organizerEvent(t, { name: 'Gala « Été » 2026' });
    const free = await ev.ticket({ name: 'Entrée', priceCents: 0 });
    const templated = await ev.ticket({ name: 'VIP', priceCents: 0 });
    await upload(ev.board, templated, { name: 't.png', type: 'image/png', data: await image(2480, 1169) });
    for (const [who, ticket] of [
      [p.alice, free],
      [p.bruno, templated],
    ] as const) {
      const b = (await who.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
      const files = (await who.data(FILES, { id: b.id })).booking.ticketFiles;
      expect(files).to.deep.equal({ png: `/media/tickets/${b.id}.png`, pdf: `/media/tickets/${b.id}.pdf` });
      const png = await download(who, files.png);
      expect(png.status).to.equal(200);
      expect(png.headers.get('content-disposition')).to.include(`billet-${b.reference}.png`);
      const body = Buffer.from(await png.arrayBuffer());
      const meta = await sharp(body).metadata();
      expect([meta.width, meta.height]).to.deep.equal([2480, 1169]);
      const qr = await readQr(body);
      expect(qr, 'the QR decodes from a downscaled picture').to.be.a('string');
      const verified = await t.app.deps.signer.verify(qr!);
      expect(verified.ok && verified.claim.bookingId).to.equal(b.id);
      expect((await ev.board.data(CHECK_IN, { e: ev.eventId, c: qr })).checkIn.status).to.equal('OK');
      const pdf = await download(who, files.pdf);
      expect(pdf.headers.get('content-type')).to.equal('application/pdf');
      const pdfBytes = Buffer.from(await pdf.arrayBuffer());
      expect(pdfBytes.subarray(0, 5).toString()).to.equal('%PDF-');
      expect(pdfBytes.length).to.be.greaterThan(20_000);
    }
    // The template's pixels are there: the corner keeps its colour.
    const b = (await p.chloe.data(BOOK, { i: { ticketId: templated, optionIds: [] } })).book;
    const png = Buffer.from(await (await download(p.chloe, `/media/tickets/${b.id}.png`)).arrayBuffer());
    const { data } = await sharp(png)
      .extract({ left: 5, top: 5, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).to.deep.equal([200, 60, 90]);
  });

  it('TT2: tickets exist only for valid reservations, for the holder, the sponsor and VIEW+ admins; the holder gets it by mail when reserved', async () => {
    const ev = await organizerEvent(t, { name: `Soirée ${randomBytes(3).toString('hex')}` });
    const paid = await ev.ticket({ priceCents: 1200, sponsorshipAllowed: false });
    await ev.grant('VIEW', 'exterieur@example.org');
    const guest = {
      firstName: 'Gaston',
      lastName: 'Invité',
      email: `gaston-${randomBytes(3).toString('hex')}@example.org`,
    };
    const b = (await p.alice.data(BOOK, { i: { ticketId: paid, optionIds: [], guest } })).book;
    expect((await p.alice.data(FILES, { id: b.id })).booking.ticketFiles, 'a pre-reservation has no ticket').to.equal(
      null,
    );
    const early = await download(p.alice, `/media/tickets/${b.id}.png`);
    expect(early.status).to.equal(409);
    expect(await early.json()).to.include({ code: 'TICKET_UNAVAILABLE', reason: 'NOT_RESERVED' });
    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1200, method: 'CASH', reference: '' } });
    const mail = await mailbox.waitFor(
      guest.email,
      (m) => m.subject.includes(b.reference) && m.subject.includes('confirmée'),
    );
    const attached = mail.raw.attachments.find((a) => a.contentType === 'application/pdf');
    expect(attached?.filename).to.equal(`billet-${b.reference}.pdf`);
    expect(attached!.content.subarray(0, 5).toString()).to.equal('%PDF-');
    for (const [who, status] of [
      [p.alice, 200],
      [ev.board, 200],
      [p.eve, 200],
      [p.bruno, 404],
      [p.anonymous, 404],
    ] as const) {
      expect(
        (await download(who, `/media/tickets/${b.id}.pdf`)).status,
        JSON.stringify([...who.cookies.keys()]),
      ).to.equal(status);
    }
    await ev.board.data(OPPOSE, { id: b.id, r: 'Revente' });
    const gone = await download(p.alice, `/media/tickets/${b.id}.png`);
    expect(gone.status).to.equal(409);
    expect((await gone.json()).reason).to.equal('OPPOSED');
    expect((await download(p.alice, `/media/tickets/not-a-ticket.png`)).status).to.equal(404);
  });
});
