import { Writable, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { CompletedPart, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3StorageConfig } from '../../core/config';
import type { Logger } from '../../core/logger';
import { checkKey, newKey, type Storage, type StorageWriter } from './storage';

/** What a streamed file (an export) is sent in: S3 wants parts of at least 5 MiB but the last; 10,000 parts at most. */
export const S3_PART_BYTES = 8 * 1024 * 1024;

export interface S3Storage extends Storage {
  /** Closes the client's connections (after the HTTP server and the jobs have stopped). */
  close(): void;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Garage, Ceph, a cloud provider's), under `config.prefix` + the key.
 * The same keys and the same promises as the local disk:
 * - `put` is one PutObject: S3 shows an object whole or not at all.
 * - `writer` streams with bounded memory (EX2): bytes are copied into a part of `partBytes`; a file that ends below
 *   it is one PutObject, a larger one a multipart upload, each full part sent while the producer waits (so one part
 *   is held at a time, whatever the file's size).
 *   Nothing is visible under the key until `commit()` completes the upload; `abort()` aborts it (S3 then drops the
 *   parts; a bucket lifecycle rule for incomplete multipart uploads catches what a crash left).
 * - `read` answers null, and `size` null, when there is no such object; `remove` of a missing object is a success.
 * The SDK is loaded only here, when STORAGE=s3.
 */
export async function s3Storage(
  config: S3StorageConfig,
  opts: { log: Pick<Logger, 'warn'>; partBytes?: number },
): Promise<S3Storage> {
  const sdk = await import('@aws-sdk/client-s3');
  const partBytes = opts.partBytes ?? S3_PART_BYTES;
  const log = opts.log;
  const client: S3Client = new sdk.S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Another server than AWS's may not know the checksums the SDK now adds by default (CRC32 on every upload):
    // there, only when the operation requires one. TLS and S3's own Content-MD5 checks still cover the bytes.
    ...(config.endpoint
      ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const }
      : {}),
    // An unreachable endpoint fails fast; a download stalled for two minutes is cut.
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 120_000 },
    maxAttempts: 3,
  });
  const Bucket = config.bucket;
  const objectKey = (key: string) => `${config.prefix}${checkKey(key)}`;
  // No such object: a 404, except a missing bucket (a misconfiguration: an error, never "no file"). A HEAD's 404 has
  // no body to tell which; GETs do.
  const missing = (e: unknown) =>
    (e as S3ServiceException).$metadata?.httpStatusCode === 404 && (e as Error).name !== 'NoSuchBucket';

  async function writer(prefix: string, extension: string): Promise<StorageWriter> {
    const key = newKey(prefix, extension);
    const Key = objectKey(key);
    // The part being filled: the bytes are copied in (a producer may reuse its buffers once a write is done).
    let part: Buffer | null = null;
    let filled = 0;
    let uploadId: string | undefined;
    const parts: CompletedPart[] = [];
    let inFlight: Promise<void> | null = null;
    let failure: Error | undefined;
    let state: 'open' | 'committed' | 'aborted' = 'open';
    const sendPart = async (Body: Buffer) => {
      uploadId ??= (await client.send(new sdk.CreateMultipartUploadCommand({ Bucket, Key }))).UploadId;
      if (!uploadId) throw new Error('the S3 server answered no upload id');
      const PartNumber = parts.length + 1;
      const { ETag } = await client.send(
        new sdk.UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body, ContentLength: Body.length }),
      );
      parts.push({ ETag, PartNumber });
    };
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (state !== 'open') return callback(new Error(`the stored file was already ${state}`));
        let offset = 0;
        const fill = () => {
          while (offset < chunk.length) {
            part ??= Buffer.allocUnsafe(partBytes);
            const n = chunk.copy(part, filled, offset);
            filled += n;
            offset += n;
            if (filled === partBytes) {
              // A full part goes now; the producer waits for it (one part in memory, one on its way at most).
              const body = part;
              part = null;
              filled = 0;
              inFlight = sendPart(body);
              inFlight.then(fill, (e: Error) => callback(e));
              return;
            }
          }
          callback();
        };
        fill();
      },
    });
    // Noted for commit() and abort(): a failed part must not be an unhandled 'error' event (SEC1).
    stream.on('error', (e) => (failure ??= e));
    return {
      stream,
      async commit() {
        if (state !== 'open') throw new Error(`the stored file was already ${state}`);
        if (!stream.writableFinished) await finished(stream);
        if (failure) throw failure;
        const rest = part ? part.subarray(0, filled) : Buffer.alloc(0);
        if (!uploadId) {
          await client.send(new sdk.PutObjectCommand({ Bucket, Key, Body: rest, ContentLength: rest.length }));
        } else {
          if (rest.length) await sendPart(rest);
          await client.send(
            new sdk.CompleteMultipartUploadCommand({
              Bucket,
              Key,
              UploadId: uploadId,
              MultipartUpload: { Parts: parts },
            }),
          );
        }
        part = null;
        state = 'committed';
        return key;
      },
      async abort() {
        if (state !== 'open') return;
        state = 'aborted';
        stream.destroy();
        part = null;
        await (inFlight as Promise<void> | null)?.catch(() => undefined); // a part landing after the abort would stay
        if (!uploadId) return;
        try {
          await client.send(new sdk.AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId }));
        } catch (err) {
          // The parts were never visible; the bucket's lifecycle rule for incomplete uploads reclaims them.
          log.warn({ err, key }, 'could not abort a multipart upload');
        }
      },
    };
  }

  return {
    async put(prefix, extension, data) {
      const key = newKey(prefix, extension);
      await client.send(
        new sdk.PutObjectCommand({ Bucket, Key: objectKey(key), Body: data, ContentLength: data.length }),
      );
      return key;
    },
    writer,
    async read(key) {
      const Key = objectKey(key);
      try {
        const { Body } = await client.send(new sdk.GetObjectCommand({ Bucket, Key }));
        return (Body as Readable | undefined) ?? null;
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async readAll(key) {
      const Key = objectKey(key);
      try {
        const { Body } = await client.send(new sdk.GetObjectCommand({ Bucket, Key }));
        return Body ? Buffer.from(await Body.transformToByteArray()) : null;
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async size(key) {
      const Key = objectKey(key);
      try {
        const { ContentLength } = await client.send(new sdk.HeadObjectCommand({ Bucket, Key }));
        return ContentLength ?? null;
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async remove(key) {
      // S3 answers 204 for a key that is not there: removing twice is fine.
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
    close() {
      client.destroy();
    },
  };
}
