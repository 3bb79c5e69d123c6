import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import fs from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface RunningS3 {
  /** `http://127.0.0.1:<port>`: the S3 API of a local s3rver. */
  endpoint: string;
  bucket: string;
  /** The variables that point a server at this bucket (STORAGE=s3, S3_*). */
  env: Record<string, string>;
  /** A client for the test itself (path-style, s3rver's credentials). */
  client: S3Client;
  /** Every key in the bucket (all pages), sorted. */
  keys(prefix?: string): Promise<string[]>;
  /** The requests the server received so far, as `METHOD /path?query` (to see how a file was sent). */
  requests(): string[];
  stop(): Promise<void>;
}

/** s3rver accepts these credentials (and signs nothing else). */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3-protocol server (s3rver) on a free loopback port, keeping its objects in a fresh temporary folder,
 * with one bucket created. `stop()` closes it and removes the folder.
 */
export async function startS3(opts: { bucket?: string } = {}): Promise<RunningS3> {
  const bucket = opts.bucket ?? 'billetterie-test';
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    // Path-style only: the bucket is the first path segment, never a host name.
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  const received: string[] = [];
  server.httpServer!.on('request', (req: IncomingMessage) => received.push(`${req.method} ${req.url}`));
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
  return {
    endpoint,
    bucket,
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    client,
    async keys(prefix?: string) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },
    requests: () => [...received],
    async stop() {
      client.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
