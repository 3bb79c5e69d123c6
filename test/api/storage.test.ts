import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect } from 'chai';
import { loadConfig, type S3StorageConfig } from '../../server/src/core/config';
import { createLogger } from '../../server/src/core/logger';
import { localStorage, s3Storage, S3_PART_BYTES, type Storage } from '../../server/src/modules/storage';
import { startS3, type RunningS3 } from '../support/s3';

/**
 * The storage contract, proved on both backends against the real thing: a folder on disk, and a real S3-protocol
 * server (s3rver) spoken to by the real AWS SDK. Covers, logos, templates, answers' files, tickets and exports all go
 * through these six operations.
 */
interface Backend {
  storage: Storage;
  /** Everything the backend holds, as keys relative to its root (partial files and objects included). */
  held(): Promise<string[]>;
  /** S3 only: the operations the server received since the backend opened, in order (from the SDK's `x-id`). */
  operations?: () => string[];
  close(): Promise<void>;
}

/** The S3 operations among `METHOD /path?query` lines, e.g. ['CreateMultipartUpload', 'UploadPart', …]. */
const operationsOf = (requests: string[]) =>
  requests.map((r) => {
    const [method, target] = r.split(' ');
    const query = new URL(target, 'http://s3').searchParams;
    if (query.has('x-id')) return query.get('x-id')!;
    if (method === 'POST' && query.has('uploads')) return 'CreateMultipartUpload';
    if (method === 'POST' && query.has('uploadId')) return 'CompleteMultipartUpload';
    if (method === 'DELETE' && query.has('uploadId')) return 'AbortMultipartUpload';
    if (method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2';
    return `${method} ${target}`;
  });

async function filesUnder(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

const BACKENDS: Array<[string, () => Promise<Backend>]> = [
  [
    'local disk',
    async () => {
      const root = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-storage-'));
      return {
        storage: localStorage(root),
        held: () => filesUnder(root),
        close: () => fs.rm(root, { recursive: true, force: true }),
      };
    },
  ],
  [
    'S3 (s3rver)',
    async () => {
      const s3 = await startS3();
      // Configured the way an operator does it: through the environment.
      const storage = await s3Storage(loadConfig(s3.env).storage as S3StorageConfig, { log: createLogger('silent') });
      return {
        storage,
        held: () => s3.keys(),
        operations: () => operationsOf(s3.requests()),
        async close() {
          storage.close();
          await s3.stop();
        },
      };
    },
  ],
];

/** `total` pseudo-random bytes in chunks of `chunk`, produced as they are read (never held whole). */
function produce(total: number, chunk = 64 * 1024): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const piece = randomBytes(Math.min(chunk, total - sent));
      sent += piece.length;
      hash.update(piece);
      this.push(piece);
    },
  });
  return { stream, sha256: () => hash.digest('hex') };
}

async function sha256Of(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

for (const [name, open] of BACKENDS) {
  describe(`API: file storage on the ${name} (EV3, XI3, TT1, TT2, EX2)`, function () {
    this.timeout(120_000);
    let b: Backend;
    before(async () => {
      b = await open();
    });
    after(async () => {
      await b?.close();
    });

    it('EV3 XI3 TT1: put keeps any bytes (binary, non-ASCII text) under a new server-made key; readAll, read and size give them back; remove is final and may be repeated', async () => {
      const text = Buffer.from('Zoé 😀 Lefèvre-Müller — « certificat » ✓\n', 'utf8');
      const binary = randomBytes(300_000);
      const a = await b.storage.put('answers/0f2b6d1e-8a4c-4c1e-9a57-1c3f1b8e2d40', 'txt', text);
      const c = await b.storage.put('covers', 'png', binary);
      expect(a).to.match(/^answers\/0f2b6d1e-8a4c-4c1e-9a57-1c3f1b8e2d40\/[0-9a-f-]{36}\.txt$/);
      expect(c).to.match(/^covers\/[0-9a-f-]{36}\.png$/);
      expect(await b.storage.put('covers', 'png', binary), 'each put its own key').not.to.equal(c);
      expect((await b.storage.readAll(a))!.equals(text)).to.equal(true);
      expect((await b.storage.readAll(c))!.equals(binary)).to.equal(true);
      expect(await b.storage.size(a)).to.equal(text.length);
      expect(await b.storage.size(c)).to.equal(binary.length);
      const streamed = await sha256Of((await b.storage.read(c))!);
      expect(streamed).to.deep.equal({
        sha256: createHash('sha256').update(binary).digest('hex'),
        bytes: binary.length,
      });
      expect(await b.held())
        .to.include(a)
        .and.include(c);

      await b.storage.remove(a);
      await b.storage.remove(a);
      expect(await b.storage.readAll(a)).to.equal(null);
      expect(await b.storage.read(a)).to.equal(null);
      expect(await b.storage.size(a)).to.equal(null);
      expect(await b.held()).not.to.include(a);
      const never = 'templates/4b1c2d3e-0000-4000-8000-000000000000.png';
      expect([await b.storage.read(never), await b.storage.readAll(never), await b.storage.size(never)]).to.deep.equal([
        null,
        null,
        null,
      ]);
    });

    it(`EX2: a 20 MB file streamed into writer() is nowhere until commit(), then whole, byte for byte${name.startsWith('S3') ? ` (sent as a multipart upload of ${S3_PART_BYTES / 1024 / 1024} MiB parts, one in flight)` : ''}`, async () => {
      const before = await b.held();
      const w = await b.storage.writer('exports/7d0c6a52-54f3-4d39-b8a3-5f0f9ad1a111', 'zip');
      const source = produce(20 * 1024 * 1024 + 12_345);
      const sentBefore = b.operations?.().length ?? 0;
      await pipeline(source.stream, w.stream);
      // Written but not committed: a reader sees nothing under any key.
      const objects = (await b.held()).filter((k) => !before.includes(k));
      expect(
        objects.filter((k) => !k.endsWith('.part')),
        'nothing visible before commit',
      ).to.deep.equal([]);
      if (b.operations) {
        // Sent while it was written, part by part: at most one part is ever held in memory.
        expect(
          b
            .operations()
            .slice(sentBefore)
            .filter((o) => o !== 'ListObjectsV2'),
        ).to.deep.equal(['CreateMultipartUpload', 'UploadPart', 'UploadPart']);
      }
      const key = await w.commit();
      if (b.operations) {
        expect(
          b
            .operations()
            .slice(sentBefore)
            .filter((o) => o !== 'ListObjectsV2'),
        ).to.deep.equal(['CreateMultipartUpload', 'UploadPart', 'UploadPart', 'UploadPart', 'CompleteMultipartUpload']);
      }
      expect(key).to.match(/^exports\/7d0c6a52-54f3-4d39-b8a3-5f0f9ad1a111\/[0-9a-f-]{36}\.zip$/);
      expect(await b.storage.size(key)).to.equal(20 * 1024 * 1024 + 12_345);
      expect(await sha256Of((await b.storage.read(key))!)).to.deep.equal({
        sha256: source.sha256(),
        bytes: 20 * 1024 * 1024 + 12_345,
      });
      expect((await b.held()).filter((k) => !before.includes(k))).to.deep.equal([key]);
      await b.storage.remove(key);
    });

    it('EX2: a streamed file smaller than one part, or empty, commits whole too', async () => {
      for (const bytes of [0, 1, 70_000]) {
        const w = await b.storage.writer('exports/small', 'pdf');
        const source = produce(bytes, 4096);
        const sentBefore = b.operations?.().length ?? 0;
        await pipeline(source.stream, w.stream);
        const key = await w.commit();
        if (b.operations) expect(b.operations().slice(sentBefore), 'one PutObject').to.deep.equal(['PutObject']);
        expect(await b.storage.size(key), `${bytes} bytes`).to.equal(bytes);
        expect((await sha256Of((await b.storage.read(key))!)).sha256).to.equal(source.sha256());
        await b.storage.remove(key);
      }
    });

    it('EX2: abort() after 12 MB leaves nothing behind — no object, no partial file — and the key never reads', async () => {
      const before = await b.held();
      const w = await b.storage.writer('exports/aborted', 'tgz');
      const source = produce(12 * 1024 * 1024);
      for await (const chunk of source.stream) {
        if (!w.stream.write(chunk)) await new Promise((r) => w.stream.once('drain', r));
      }
      const sentBefore = b.operations?.().length ?? 0;
      await w.abort();
      await w.abort(); // twice is harmless
      expect(await b.held()).to.deep.equal(before);
      // The started upload is aborted (s3rver answers 405 to that call; S3 drops the parts).
      if (b.operations) expect(b.operations().slice(sentBefore)).to.include('AbortMultipartUpload');
    });

    it('SEC1: a failure while streaming (the exporter breaks the stream) is an error for commit(), never an unhandled one; abort() then cleans up', async () => {
      const unhandled: unknown[] = [];
      const spy = (reason: unknown) => unhandled.push(reason);
      process.prependListener('unhandledRejection', spy);
      try {
        const before = await b.held();
        const w = await b.storage.writer('exports/broken', 'xlsx');
        w.stream.write(randomBytes(100_000));
        w.stream.destroy(new Error('the exporter failed'));
        await new Promise((r) => setTimeout(r, 50));
        let failed: unknown;
        await w.commit().catch((e) => (failed = e));
        expect((failed as Error | undefined)?.message).to.equal('the exporter failed');
        await w.abort();
        expect(unhandled).to.deep.equal([]);
        expect(await b.held()).to.deep.equal(before);
      } finally {
        process.removeListener('unhandledRejection', spy);
      }
    });

    it('SEC1: a key the server could not have made (another folder, a path, user text) is refused by every operation', async () => {
      for (const key of [
        '../secrets/0f2b6d1e-8a4c-4c1e-9a57-1c3f1b8e2d40.png',
        'covers/../../etc/passwd',
        '/covers/0f2b6d1e-8a4c-4c1e-9a57-1c3f1b8e2d40.png',
        'covers/0f2b6d1e-8a4c-4c1e-9a57-1c3f1b8e2d40.png?x=1',
        'covers/Zoé.png',
        '',
      ]) {
        for (const [op, run] of [
          ['read', () => b.storage.read(key)],
          ['readAll', () => b.storage.readAll(key)],
          ['size', () => b.storage.size(key)],
          ['remove', () => b.storage.remove(key)],
        ] as const) {
          let error: unknown;
          await run().catch((e) => (error = e));
          expect((error as Error | undefined)?.message, `${op}(${JSON.stringify(key)})`).to.match(
            /^invalid storage key/,
          );
        }
      }
      for (const [prefix, ext] of [
        ['../up', 'png'],
        ['Covers', 'png'],
        ['covers', 'p/ng'],
        ['covers', 'toolong'],
      ]) {
        let error: unknown;
        await b.storage.put(prefix, ext, Buffer.from('x')).catch((e) => (error = e));
        expect((error as Error | undefined)?.message, `put(${prefix}, ${ext})`).to.match(/^invalid storage key/);
        error = undefined;
        await b.storage.writer(prefix, ext).catch((e) => (error = e));
        expect((error as Error | undefined)?.message, `writer(${prefix}, ${ext})`).to.match(/^invalid storage key/);
      }
    });
  });
}

describe('API: S3 storage settings (EX2, SEC3)', function () {
  this.timeout(60_000);
  let s3: RunningS3;
  before(async () => {
    s3 = await startS3({ bucket: 'shared-bucket' });
  });
  after(async () => {
    await s3?.stop();
  });

  it('EX2: S3_PREFIX puts every object in its own folder of a shared bucket; the app sees only its keys', async () => {
    const config = loadConfig({ ...s3.env, S3_PREFIX: '/tenants/gala-n7/' }).storage as S3StorageConfig;
    expect(config.prefix).to.equal('tenants/gala-n7/');
    const storage = await s3Storage(config, { log: createLogger('silent') });
    try {
      const key = await storage.put('covers', 'png', Buffer.from('png'));
      const w = await storage.writer('exports/e', 'pdf');
      w.stream.end(Buffer.from('%PDF-'));
      const exported = await w.commit();
      expect(await s3.keys()).to.deep.equal([`tenants/gala-n7/${key}`, `tenants/gala-n7/${exported}`].sort());
      const head = await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `tenants/gala-n7/${key}` }));
      expect(head.ContentLength).to.equal(3);
      expect((await storage.readAll(key))!.toString()).to.equal('png');
      await storage.remove(key);
      await storage.remove(exported);
      expect(await s3.keys()).to.deep.equal([]);
    } finally {
      storage.close();
    }
  });

  it('EX2: unknown credentials or a missing bucket fail the operation with the server’s refusal, never a silent “no file”', async () => {
    for (const [env, expected] of [
      [{ S3_ACCESS_KEY_ID: 'NOT-A-KEY' }, 'InvalidAccessKeyId'],
      [{ S3_BUCKET: 'no-such-bucket' }, 'NoSuchBucket'],
    ] as const) {
      const storage = await s3Storage(loadConfig({ ...s3.env, ...env }).storage as S3StorageConfig, {
        log: createLogger('silent'),
      });
      try {
        for (const [op, run] of [
          ['put', () => storage.put('covers', 'png', Buffer.from('x'))],
          ['read', () => storage.read('covers/4b1c2d3e-0000-4000-8000-000000000000.png')],
          ['readAll', () => storage.readAll('covers/4b1c2d3e-0000-4000-8000-000000000000.png')],
        ] as const) {
          let error: unknown;
          await (run as () => Promise<unknown>)().catch((e) => (error = e));
          expect((error as { name?: string } | undefined)?.name, `${op} with ${JSON.stringify(env)}`).to.equal(
            expected,
          );
        }
      } finally {
        storage.close();
      }
    }
    expect(await s3.keys()).to.deep.equal([]);
  });
});
