import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * The one way files are kept. Keys are made by the server (never from user input); the local
 * implementation lives under DATA_DIR/files. An S3-compatible one can implement the same interface.
 */
export interface Storage {
  put(prefix: string, extension: string, data: Buffer): Promise<string>;
  read(key: string): Promise<Readable | null>;
  remove(key: string): Promise<void>;
}

const KEY_RE = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[0-9a-f-]{36}\.[a-z0-9]{1,5}$/;

export function localStorage(root: string): Storage {
  const file = (key: string) => {
    if (!KEY_RE.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(prefix, extension, data) {
      const key = `${prefix}/${randomUUID()}.${extension}`;
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.part`;
      await fs.writeFile(tmp, data, { mode: 0o600 });
      await fs.rename(tmp, target); // never a half-written file under a real key
      return key;
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
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
