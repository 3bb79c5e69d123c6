import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, readFile as readFileCallback } from 'node:fs';
import { finished } from 'node:stream/promises';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';

const readFile = promisify(readFileCallback);

/**
 * The one way files are kept. Keys are made by the server (never from user input): `prefix/uuid.ext`. Two
 * implementations, chosen by STORAGE in app.ts: `localStorage` under DATA_DIR/files, `s3Storage` (s3.ts) in an
 * S3-compatible bucket. Nothing else reads or writes stored files.
 */
export interface Storage {
  put(prefix: string, extension: string, data: Buffer): Promise<string>;
  /**
   * A file written as a stream (exports, EX2): nothing exists under the key until `commit()` resolves with it;
   * `abort()` throws the partial bytes away.
   */
  writer(prefix: string, extension: string): Promise<StorageWriter>;
  read(key: string): Promise<Readable | null>;
  /** The whole file, or null when there is none (small files: answers, templates). */
  readAll(key: string): Promise<Buffer | null>;
  /**
   * Local disk only: the file that holds the key (it may not exist), for a thread that reads many files itself in
   * one go (issue 14: an archive's compression threads read the uploads, so their bytes never cross the export
   * thread). Nothing else may use it; a backend without local files has no `fileOf`.
   */
  fileOf?(key: string): string;
  /** Bytes stored under the key, or null when there is no such file. */
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
}

export interface StorageWriter {
  stream: Writable;
  commit(): Promise<string>;
  abort(): Promise<void>;
}

const KEY_RE = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/;

/** The key itself when it is one the server could have made; throws otherwise (both backends, the same rule). */
export function checkKey(key: string): string {
  if (!KEY_RE.test(key)) throw new Error(`invalid storage key ${key}`);
  return key;
}

/** A new key in the `prefix` folder (checked: a bad prefix or extension throws). */
export function newKey(prefix: string, extension: string): string {
  return checkKey(`${prefix}/${randomUUID()}.${extension}`);
}

export function localStorage(root: string): Storage {
  const file = (key: string) => path.join(root, checkKey(key));
  return {
    fileOf: file,
    async put(prefix, extension, data) {
      const key = newKey(prefix, extension);
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.part`;
      try {
        await fs.writeFile(tmp, data, { mode: 0o600 });
        await fs.rename(tmp, target); // never a half-written file under a real key
      } catch (e) {
        await fs.rm(tmp, { force: true }).catch(() => undefined); // nor a partial one left on disk (disk full)
        throw e;
      }
      return key;
    },
    async writer(prefix, extension) {
      const key = newKey(prefix, extension);
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.part`;
      const stream = createWriteStream(tmp, { mode: 0o600 });
      const closed = new Promise<void>((resolve, reject) => {
        stream.once('close', resolve);
        stream.on('error', reject);
      });
      // Awaited by commit() or abort(); until then a write error (disk full) must not be an unhandled rejection.
      closed.catch(() => undefined);
      return {
        stream,
        async commit() {
          if (!stream.writableFinished) await finished(stream);
          await closed;
          await fs.rename(tmp, target);
          return key;
        },
        async abort() {
          stream.destroy();
          await closed.catch(() => undefined);
          await fs.rm(tmp, { force: true });
        },
      };
    },
    async read(key) {
      const target = file(key);
      try {
        await fs.access(target);
      } catch {
        return null;
      }
      return createReadStream(target);
    },
    async readAll(key) {
      try {
        // The callback form: half the cost of fs/promises' FileHandle path on small files (10,000 in an export).
        return await readFile(file(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async size(key) {
      const target = file(key);
      try {
        return (await fs.stat(target)).size;
      } catch {
        return null;
      }
    },
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
