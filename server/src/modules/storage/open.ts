import path from 'node:path';
import type { Config, S3StorageConfig } from '../../core/config';
import type { Logger } from '../../core/logger';
import { s3Storage } from './s3';
import { localStorage, type Storage } from './storage';

/** A storage opened from the configuration, with what it holds to let go of (the S3 client's connections). */
export interface OpenStorage extends Storage {
  close(): void;
}

/** What `storageFor` reads of the configuration. */
export type StorageSettings = Pick<Config, 'dataDir' | 'storage'>;

/**
 * The storage the configuration names (STORAGE): DATA_DIR/files on the local disk, or the S3 bucket. The one way it
 * is opened, on whatever thread needs it (the server, the mail thread, the export thread: issue 14, the export thread
 * reads the uploads and writes the finished file itself), so every thread sees the same files.
 */
export async function storageFor(settings: StorageSettings, opts: { log: Pick<Logger, 'warn'> }): Promise<OpenStorage> {
  if (settings.storage.kind === 's3') return s3Storage(settings.storage, { log: opts.log });
  return { ...localStorage(path.join(settings.dataDir, 'files')), close() {} };
}

/**
 * The storage settings as a worker thread receives them (workerData, a structured clone, which would drop the S3
 * credentials: not enumerable, SEC3), and back on the thread. Only these, not the whole Config: the thread then
 * doesn't load the configuration's schema library for them (config.ts's configFromThread does).
 */
export interface StorageSettingsForThread {
  settings: StorageSettings;
  s3Credentials: S3StorageConfig['credentials'] | null;
}

export function storageSettingsForThread(config: StorageSettings): StorageSettingsForThread {
  const { dataDir, storage } = config;
  return { settings: { dataDir, storage }, s3Credentials: (storage.kind === 's3' && storage.credentials) || null };
}

export function storageSettingsFromThread(data: StorageSettingsForThread): StorageSettings {
  const storage = { ...data.settings.storage };
  if (storage.kind === 's3' && data.s3Credentials)
    Object.defineProperty(storage, 'credentials', { value: data.s3Credentials, enumerable: false });
  return { dataDir: data.settings.dataDir, storage };
}
