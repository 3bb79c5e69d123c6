import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { constants, deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';
import {
  type Hashed,
  type Sink,
  blockStrategy,
  gzipSink,
  tarWriter,
  zipWriter,
} from '../../server/src/modules/exports/archive-formats';

/** A sink that keeps every byte (and checks nothing is written after the end). */
function memorySink() {
  const parts: Buffer[] = [];
  let ended = false;
  const sink: Sink = {
    async write(b) {
      if (ended) throw new Error('write after end');
      parts.push(Buffer.from(b));
    },
    async end() {
      ended = true;
    },
  };
  return { sink, bytes: () => Buffer.concat(parts), ended: () => ended };
}

/** Text that compresses, random bytes that don't, and a mix (like the bench's PDFs), of many sizes. */
function files(count: number): Array<{ name: string; data: Buffer }> {
  return Array.from({ length: count }, (_, i) => {
    const size = [0, 1, 100, 4000, 70_000, 300_000][i % 6] + (i % 13);
    const kind = i % 3;
    const data =
      kind === 0
        ? Buffer.from('Allergies : pas de fruits à coque. '.repeat(Math.ceil(size / 30) + 1)).subarray(0, size)
        : kind === 1
          ? randomBytes(size)
          : Buffer.concat([randomBytes(Math.floor(size * 0.8)), Buffer.alloc(size - Math.floor(size * 0.8), 'BT ET ')]);
    return { name: `EX-${String(i).padStart(4, '0')} Zoé Müller/Justificatif étudiant ${i}.pdf`, data };
  });
}

describe('unit: the export archives (EX1, EX2, issue 14: ZIP and TAR.GZ at the tools’ speed)', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-archives-'));
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('issue 14: the gzip written in blocks compressed side by side (like pigz) is one valid gzip member of exactly the input, whatever the writes', async () => {
    const input = Buffer.concat(files(60).map((f) => f.data));
    for (const [cut, parallel] of [
      [1 << 20, 2],
      [65_537, 4],
      [1000, 3],
      [input.length, 1],
    ]) {
      const out = memorySink();
      const gz = gzipSink(out.sink, 6, parallel);
      for (let at = 0; at < input.length; at += cut) await gz.write(input.subarray(at, at + cut));
      await gz.end();
      expect(out.ended()).to.equal(true);
      const bytes = out.bytes();
      expect(gunzipSync(bytes).equals(input), `cut ${cut}`).to.equal(true);
      const file = path.join(dir, `x-${cut}.gz`);
      await fs.writeFile(file, bytes);
      execFileSync('gzip', ['-t', file]); // the tool agrees (CRC and length checked)
    }
    const empty = memorySink();
    await gzipSink(empty.sink).end();
    expect(gunzipSync(empty.bytes()).length).to.equal(0);
  });

  it('issue 14 (EX2): a gzip block of already-compressed files is run-length coded (at most 2 % more bytes than gzip -6), text keeps gzip -6 matching', async () => {
    // Tar-like: a 512-byte header, random bytes (a deflated PDF, a JPEG) and the zero padding, 1 MB of them.
    const parts: Buffer[] = [];
    for (let n = 0; Buffer.concat(parts).length < 1 << 20; n++) {
      const header = Buffer.alloc(512);
      header.write(`answers/justificatif-${n}.pdf`);
      const body = randomBytes(2048 + ((n * 977) % 6000));
      parts.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
    const packed = Buffer.concat(parts);
    const text = Buffer.from(
      Array.from({ length: 12_000 }, (_, i) => `${i};Dupont ${i % 97};Ingé ${i % 13};${i * 7} EUR;RÉSERVÉE\n`).join(''),
    );
    expect(blockStrategy(packed, 6)).to.equal(constants.Z_RLE);
    expect(blockStrategy(text, 6)).to.equal(constants.Z_DEFAULT_STRATEGY);
    expect(blockStrategy(text.subarray(0, 1000), 6), 'too short to probe').to.equal(constants.Z_DEFAULT_STRATEGY);
    for (const [name, input, slack] of [
      ['packed', packed, 1.02],
      ['text', text, 1.001],
    ] as const) {
      const out = memorySink();
      const gz = gzipSink(out.sink, 6, 2);
      await gz.write(input);
      await gz.end();
      expect(gunzipSync(out.bytes()).equals(input), name).to.equal(true);
      // Never more than 2 % (packed) or 0.1 % (text) above gzip -6 of the same bytes.
      expect(out.bytes().length, name).to.be.at.most(gzipSync(input, { level: 6 }).length * slack);
    }
  });

  it('issue 14: TAR.GZ through the parallel gzip opens with `tar tzf` and gives back every file byte for byte, accents included', async () => {
    const list = files(240);
    const out = memorySink();
    const tar = tarWriter(gzipSink(out.sink), 64 * 1024);
    for (const f of list) await tar.add(f.name, f.data);
    await tar.finish();
    tar.close();
    const file = path.join(dir, 'a.tar.gz');
    await fs.writeFile(file, out.bytes());
    const names = execFileSync('tar', ['tzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(names).to.deep.equal(list.map((f) => f.name));
    const into = path.join(dir, 'tar-out');
    await fs.mkdir(into);
    execFileSync('tar', ['xzf', file, '-C', into]);
    for (const f of list) expect((await fs.readFile(path.join(into, f.name))).equals(f.data), f.name).to.equal(true);
  });

  it('issue 14: ZIP deflates entries in batches on a compression thread like `zip` (stored when that gains nothing), in the order added; `unzip -t` checks every CRC', async () => {
    const list = files(600);
    const out = memorySink();
    const zip = zipWriter(out.sink, 64 * 1024, new Date(), 100);
    for (const f of list) await zip.add(f.name, Buffer.from(f.data), true); // a copy: the writer may move it away
    await zip.add('stored.bin', Buffer.from('kept as it is'));
    await zip.finish();
    zip.close();
    const file = path.join(dir, 'a.zip');
    await fs.writeFile(file, out.bytes());
    execFileSync('unzip', ['-tq', file]);
    const verbose = execFileSync('unzip', ['-Zv', file], { encoding: 'utf8' });
    const methods = [...verbose.matchAll(/compression method:\s+(\w+)/g)].map((m) => m[1]);
    expect(methods).to.include('deflated'); // the text
    expect(methods).to.include('none'); // random bytes: deflate gained nothing
    expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')).to.deep.equal([
      ...list.map((f) => f.name),
      'stored.bin',
    ]);
    const into = path.join(dir, 'zip-out');
    execFileSync('unzip', ['-q', file, '-d', into]);
    for (const f of list) expect((await fs.readFile(path.join(into, f.name))).equals(f.data), f.name).to.equal(true);
    expect(out.bytes().length).to.be.lessThan(list.reduce((s, f) => s + f.data.length, 0));
  });

  it('issue 14: the compression thread reuses one deflate context, reset between entries: each entry is exactly the level-6 raw deflate of its bytes alone (as `deflateRawSync` gives it), stored when that is not smaller', async () => {
    // Alike entries one after the other: any state kept from the previous entry (its window) would change the bytes.
    const text = Buffer.from('Allergies : pas de fruits à coque. Régime végétarien. '.repeat(400));
    const list = [
      ...files(120),
      ...Array.from({ length: 40 }, (_, i) => ({ name: `same/${i}.txt`, data: text.subarray(i) })),
      { name: 'big.bin', data: Buffer.concat([randomBytes(600_000), text]) }, // larger than a batch's room
    ];
    const out = memorySink();
    const zip = zipWriter(out.sink, 64 * 1024, new Date(), 100);
    for (const f of list) await zip.add(f.name, Buffer.from(f.data), true);
    await zip.finish();
    zip.close();
    const bytes = out.bytes();
    let at = 0;
    for (const f of list) {
      expect(bytes.readUInt32LE(at), f.name).to.equal(0x04034b50);
      const method = bytes.readUInt16LE(at + 8);
      const packed = bytes.readUInt32LE(at + 18);
      const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
      const body = bytes.subarray(start, start + packed);
      const alone = deflateRawSync(f.data, { level: 6 });
      if (alone.length < f.data.length) {
        expect(method, f.name).to.equal(8);
        expect(body.equals(alone), f.name).to.equal(true);
      } else {
        expect(method, f.name).to.equal(0);
        expect(body.equals(f.data), f.name).to.equal(true);
      }
      at = start + packed;
    }
    const file = path.join(dir, 'reset.zip');
    await fs.writeFile(file, bytes);
    execFileSync('unzip', ['-tq', file]);
  });

  it('issue 14: ZIP sends its entries to the compression thread in full batches (64 files), not one message per file once its window is full', async () => {
    const src = path.join(dir, 'batched');
    await fs.mkdir(src);
    const count = 1000;
    const data = Buffer.from('Justificatif : carte étudiante 2026-2027. '.repeat(50));
    await Promise.all(Array.from({ length: count }, (_, i) => fs.writeFile(path.join(src, `${i}.txt`), data)));
    // The batches are the messages the writer posts to its compression threads (each carries its entries' `items`).
    const post = Worker.prototype.postMessage;
    const batches: number[] = [];
    Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: readonly Transferable[]) {
      const items = (message as { items?: unknown[] } | null)?.items;
      if (Array.isArray(items)) batches.push(items.length);
      return post.call(this, message, transfer as never);
    };
    try {
      const out = memorySink();
      const zip = zipWriter(out.sink); // the export's window (4 batches)
      for (let i = 0; i < count; i++)
        await zip.add(`f/${i}.txt`, { file: path.join(src, `${i}.txt`), size: data.length }, true);
      await zip.finish();
      zip.close();
      const file = path.join(dir, 'batched.zip');
      await fs.writeFile(file, out.bytes());
      execFileSync('unzip', ['-tq', file]);
    } finally {
      Worker.prototype.postMessage = post;
    }
    expect(batches.reduce((a, b) => a + b, 0)).to.equal(count);
    expect(batches.length).to.equal(Math.ceil(count / 64));
  });

  it('issue 14: ZIP reads a local file whole whatever size it is listed with (larger than listed, beyond the read buffer, or smaller): the archive holds the bytes on the disk and their hash', async () => {
    const src = path.join(dir, 'listed');
    await fs.mkdir(src);
    const cases = [
      { data: randomBytes(3 * 1024 * 1024 + 7), listed: 10 }, // beyond the thread's 1 MB buffer, listed tiny
      { data: Buffer.from('court'), listed: 5_000_000 },
      { data: Buffer.alloc(0), listed: 100 },
      { data: Buffer.from('exact '.repeat(1000)), listed: 6000 },
    ];
    const out = memorySink();
    const zip = zipWriter(out.sink, 64 * 1024);
    const hashes: Array<Hashed | null> = [];
    for (const [i, c] of cases.entries()) {
      const file = path.join(src, `${i}.bin`);
      await fs.writeFile(file, c.data);
      await zip.add(`l/${i}.bin`, { file, size: c.listed }, true, (h) => (hashes[i] = h));
    }
    await zip.finish();
    zip.close();
    const file = path.join(dir, 'listed.zip');
    await fs.writeFile(file, out.bytes());
    execFileSync('unzip', ['-tq', file]);
    const into = path.join(dir, 'listed-out');
    execFileSync('unzip', ['-q', file, '-d', into]);
    for (const [i, c] of cases.entries()) {
      expect((await fs.readFile(path.join(into, 'l', `${i}.bin`))).equals(c.data), `case ${i}`).to.equal(true);
      expect(hashes[i], `case ${i}`).to.deep.equal({
        sha256: createHash('sha256').update(c.data).digest('hex'),
        size: c.data.length,
      });
    }
  });

  for (const format of ['ZIP', 'TAR.GZ'] as const) {
    it(`issue 14: ${format} entries from local files are read and hashed (ZIP: on the compression threads), in the order added, mixed with bytes; a missing file is left out and reported`, async () => {
      const list = files(150);
      const src = path.join(dir, `sources-${format}`);
      await fs.mkdir(src);
      const paths = await Promise.all(
        list.map(async (f, i) => {
          const p = path.join(src, `${i}.bin`);
          await fs.writeFile(p, f.data);
          return p;
        }),
      );
      const out = memorySink();
      const archive =
        format === 'ZIP' ? zipWriter(out.sink, 64 * 1024, new Date(), 40) : tarWriter(gzipSink(out.sink), 64 * 1024);
      const hashes: Array<Hashed | null | undefined> = [];
      const missingAt = 77;
      for (const [i, f] of list.entries()) {
        const source =
          i % 10 === 3
            ? Buffer.from(f.data)
            : { file: i === missingAt ? `${paths[i]}.gone` : paths[i], size: f.data.length };
        await archive.add(f.name, source, true, (h) => (hashes[i] = h));
      }
      await archive.add('manifest.csv', Buffer.from('a,b\n'), true);
      await archive.finish();
      archive.close();
      const kept = list.filter((_, i) => i !== missingAt);
      expect(hashes[missingAt]).to.equal(null);
      for (const [i, f] of list.entries())
        if (i !== missingAt)
          expect(hashes[i], f.name).to.deep.equal({
            sha256: createHash('sha256').update(f.data).digest('hex'),
            size: f.data.length,
          });
      const file = path.join(dir, format === 'ZIP' ? 'files.zip' : 'files.tar.gz');
      await fs.writeFile(file, out.bytes());
      const into = path.join(dir, `files-${format}`);
      await fs.mkdir(into);
      if (format === 'ZIP') {
        execFileSync('unzip', ['-tq', file]);
        expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')).to.deep.equal([
          ...kept.map((f) => f.name),
          'manifest.csv',
        ]);
        execFileSync('unzip', ['-q', file, '-d', into]);
      } else {
        expect(execFileSync('tar', ['tzf', file], { encoding: 'utf8' }).trim().split('\n')).to.deep.equal([
          ...kept.map((f) => f.name),
          'manifest.csv',
        ]);
        execFileSync('tar', ['xzf', file, '-C', into]);
      }
      for (const f of kept) expect((await fs.readFile(path.join(into, f.name))).equals(f.data), f.name).to.equal(true);
    });
  }
});
