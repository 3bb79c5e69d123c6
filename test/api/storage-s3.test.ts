import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { expect } from 'chai';
import sharp from 'sharp';
import { useApp } from '../support/app';
import { answerFile, eventually, pdf } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { finishedExport } from '../support/export-fixtures';
import { idOf, TINY_PNG, uploadRequest } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { startS3, type RunningS3 } from '../support/s3';

const INERT = "default-src 'none'; sandbox";
const PREFIX = 'billetterie-test/';

/** GET with the client's session cookie. */
const download = (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });

describe('API: every file on S3-compatible storage, through the whole app (STORAGE=s3; EV3, XI3, TT1, TT2, EX1, EX2, AC4, SEC6)', function () {
  this.timeout(120_000);
  let s3: RunningS3;
  let dataDir: string;
  let tmp: string;
  // Filled before the app boots (useApp reads its env then).
  const env: Record<string, string> = {};
  before(async () => {
    s3 = await startS3();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-s3-app-'));
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-s3-files-'));
    Object.assign(env, s3.env, { S3_PREFIX: PREFIX, DATA_DIR: dataDir });
  });
  const t = useApp({ env });
  after(async () => {
    await s3?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(tmp, { recursive: true, force: true });
  });

  /** The bytes of an object, read straight from the bucket. */
  const object = async (key: string) => {
    const res = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return Buffer.from(await res.Body!.transformToByteArray());
  };
  /** Keys that appeared in the bucket since `before`. */
  const added = async (before: string[]) => (await s3.keys()).filter((k) => !before.includes(k));

  const world = {} as {
    ev: Awaited<ReturnType<typeof organizerEvent>>;
    alice: ApiClient;
    bookingId: string;
    certificate: Buffer;
  };

  before(async () => {
    world.ev = await organizerEvent(t, { name: 'Gala « S3 »' });
    world.alice = await t.signedIn('alice@example.org');
  });

  it('EV3 SEC6: an event cover and a club logo go to the bucket, are served back under /media with the sandboxing policy, and a replaced one leaves the bucket', async () => {
    const SET_COVER = `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { coverUrl } }`;
    const before = await s3.keys();
    const first = await uploadRequest(world.ev.board, SET_COVER, { id: world.ev.eventId }, 'file', {
      name: 'cover.png',
      type: 'image/png',
      data: TINY_PNG,
    });
    expect(first.errors).to.equal(undefined);
    const [coverKey] = await added(before);
    expect(coverKey).to.match(new RegExp(`^${PREFIX}covers/[0-9a-f-]{36}\\.png$`));
    expect((await object(coverKey)).equals(TINY_PNG)).to.equal(true);
    const served = await fetch(`${t.url}${first.data!.setEventCover.coverUrl}`);
    expect(served.status).to.equal(200);
    expect(served.headers.get('content-security-policy')).to.equal(INERT);
    expect(served.headers.get('content-type')).to.equal('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(TINY_PNG)).to.equal(true);

    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#123456' } })
      .jpeg()
      .toBuffer();
    const second = await uploadRequest(world.ev.board, SET_COVER, { id: world.ev.eventId }, 'file', {
      name: 'cover.jpg',
      type: 'image/jpeg',
      data: jpeg,
    });
    const [replacement] = await added(before);
    expect(replacement, 'the first cover is removed from the bucket').to.match(/\.jpg$/);
    const again = await fetch(`${t.url}${second.data!.setEventCover.coverUrl}`);
    expect(Buffer.from(await again.arrayBuffer()).equals(jpeg)).to.equal(true);

    const net7 = await idOf(t, 'club', 'net7');
    const logo = await uploadRequest(
      await t.signedIn('admin@example.org'),
      `mutation($id: ID!, $file: Upload!) { setClubLogo(id: $id, file: $file) { logoUrl } }`,
      { id: net7 },
      'file',
      { name: 'logo.png', type: 'image/png', data: TINY_PNG },
    );
    expect(logo.errors, JSON.stringify(logo.errors)).to.equal(undefined);
    expect(await added([...before, replacement]))
      .to.have.length(1)
      .and.satisfy((k: string[]) => k[0].startsWith(`${PREFIX}logos/`));
    const logoServed = await fetch(`${t.url}${logo.data!.setClubLogo.logoUrl}`);
    expect(logoServed.status).to.equal(200);
    expect(logoServed.headers.get('content-security-policy')).to.equal(INERT);
    expect(Buffer.from(await logoServed.arrayBuffer()).equals(TINY_PNG)).to.equal(true);
  });

  it('XI3 SEC6: an answer’s file goes to the bucket under its booking and is served to the holder, inert, byte for byte; others get 404', async () => {
    const ticket = await world.ev.ticket({ name: 'Entrée', priceCents: 1500 });
    const cert = await world.ev.extraInfo(ticket, {
      label: 'Certificat',
      type: 'FILE',
      blocks: 'PAYMENT',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 1_000_000,
    });
    const booking = (await world.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    world.bookingId = booking.id;
    world.certificate = pdf('Certificat médical — Zoé 😀');
    const before = await s3.keys();
    const res = await answerFile(world.alice, booking.id, cert, {
      name: 'certificat.pdf',
      type: 'application/pdf',
      data: world.certificate,
    });
    expect(res.errors).to.equal(undefined);
    const [key] = await added(before);
    expect(key).to.match(new RegExp(`^${PREFIX}answers/${booking.id}/[0-9a-f-]{36}\\.pdf$`));
    expect((await object(key)).equals(world.certificate)).to.equal(true);
    const url: string = res.data!.answerExtraInfo.file.url;
    const mine = await download(world.alice, url);
    expect(mine.status).to.equal(200);
    expect(mine.headers.get('content-security-policy')).to.equal(INERT);
    expect(Buffer.from(await mine.arrayBuffer()).equals(world.certificate)).to.equal(true);
    expect((await download(await t.signedIn('chloe@example.org'), url)).status).to.equal(404);
  });

  it('TT1 TT2: a ticket template goes to the bucket; the reservation’s ticket is drawn on it (read back from the bucket), stored there too, and downloaded', async () => {
    const ticket = await world.ev.ticket({ name: 'VIP', priceCents: 0 });
    const template = await sharp({
      create: { width: 2480, height: 1169, channels: 3, background: { r: 200, g: 60, b: 90 } },
    })
      .png()
      .toBuffer();
    const before = await s3.keys();
    const set = await uploadRequest(
      world.ev.board,
      `mutation($t: ID!, $file: Upload!) { setTicketTemplate(ticketId: $t, file: $file) { templateUrl } }`,
      { t: ticket },
      'file',
      { name: 'modele.png', type: 'image/png', data: template },
    );
    expect(set.errors).to.equal(undefined);
    const [templateKey] = await added(before);
    expect(templateKey).to.match(new RegExp(`^${PREFIX}templates/${ticket}/[0-9a-f-]{36}\\.png$`));
    const served = await download(world.ev.board, set.data!.setTicketTemplate.templateUrl);
    expect(served.status).to.equal(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(template)).to.equal(true);

    const chloe = await t.signedIn('chloe@example.org');
    const b = (await chloe.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect(b.status).to.equal('RESERVED');
    const png = await download(chloe, `/media/tickets/${b.id}.png`);
    expect(png.status).to.equal(200);
    const body = Buffer.from(await png.arrayBuffer());
    const { data } = await sharp(body)
      .extract({ left: 5, top: 5, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)], 'drawn on the template from the bucket').to.deep.equal([200, 60, 90]);
    const pdfRes = await download(chloe, `/media/tickets/${b.id}.pdf`);
    expect(pdfRes.status).to.equal(200);
    expect(
      Buffer.from(await pdfRes.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).to.equal('%PDF-');
    // Rendered ahead and kept (issue 14): in the bucket, never on the local disk.
    const stored = await eventually(
      'the ticket files stored in the bucket',
      async () => {
        const keys = (await s3.keys()).filter((k) => k.startsWith(`${PREFIX}tickets/${b.id}/`));
        return keys.length === 2 ? keys : null;
      },
      30_000,
    );
    expect(stored.map((k) => path.extname(k)).sort()).to.deep.equal(['.pdf', '.png']);
    const again = await download(chloe, `/media/tickets/${b.id}.png`);
    expect(
      Buffer.from(await again.arrayBuffer()).equals(await object(stored.find((k) => k.endsWith('.png'))!)),
    ).to.equal(true);
  });

  it('EX1 EX2 SEC6: a ZIP export is written to the bucket (holding the answer’s file read from the bucket) and downloaded from it', async () => {
    const before = await s3.keys();
    const done = await finishedExport(world.ev.board, world.ev.eventId, 'ZIP');
    const [key] = (await added(before)).filter((k) => k.includes('/exports/'));
    expect(key).to.match(new RegExp(`^${PREFIX}exports/${world.ev.eventId}/[0-9a-f-]{36}\\.zip$`));
    const res = await download(world.ev.board, done.downloadUrl);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-security-policy')).to.equal(INERT);
    const zip = Buffer.from(await res.arrayBuffer());
    expect(zip.length).to.equal(done.fileSize);
    expect(zip.equals(await object(key)), 'the download is the object').to.equal(true);
    const file = path.join(tmp, 'export.zip');
    await fs.writeFile(file, zip);
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    const certificate = entries.find((e) => e.endsWith('.pdf'));
    expect(certificate, entries.join(', ')).to.be.a('string');
    const inside = execFileSync('unzip', ['-p', file, certificate!]);
    expect(inside.equals(world.certificate)).to.equal(true);
  });

  it('AC4: the personal-data archive carries the person’s uploaded file, read from the bucket', async () => {
    const res = await download(world.alice, '/personal-data/archive.zip');
    expect(res.status).to.equal(200);
    const file = path.join(tmp, 'mine.zip');
    await fs.writeFile(file, Buffer.from(await res.arrayBuffer()));
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    const certificate = entries.find((e) => e.startsWith('files/'));
    expect(certificate, entries.join(', ')).to.be.a('string');
    expect(execFileSync('unzip', ['-p', file, certificate!]).equals(world.certificate)).to.equal(true);
  });

  it('SEC6: nothing was written under DATA_DIR/files, and every object lies under S3_PREFIX', async () => {
    const local = await fs.readdir(path.join(dataDir, 'files'), { recursive: true }).catch(() => [] as string[]);
    expect(local).to.deep.equal([]);
    const keys = await s3.keys();
    expect(keys.length).to.be.greaterThan(5);
    expect(keys.filter((k) => !k.startsWith(PREFIX))).to.deep.equal([]);
  });
});
