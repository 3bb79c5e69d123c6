import type { FileUpload } from 'graphql-upload-minimal';
import type * as Errors from '../../core/errors';
import type { Storage } from './storage';

/**
 * core/errors (and GraphQL with it) loaded at the first upload: threads that open storage and never take uploads
 * (the export thread, issue 14) don't load GraphQL for it (~10 MB of RSS per thread). esbuild bundles a require()
 * as it does an import, initialised at the call.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const errors = () => require('../../core/errors') as typeof Errors;

/**
 * Reads an upload into memory, refusing it as soon as it passes `maxBytes` (TOO_LARGE on `field`). A file the
 * multipart parser cut at the request-wide limit fails with a 413, refused the same way: never kept truncated.
 * A malformed or cut-off body is a BAD_REQUEST answered with HTTP 400 (SEC1).
 */
export async function readUpload(
  upload: Promise<FileUpload> | FileUpload,
  maxBytes: number,
  field: string,
): Promise<Buffer> {
  const tooLarge = () =>
    errors().badInput({ [field]: 'TOO_LARGE' }, `The file is larger than ${Math.floor(maxBytes / 1024)} KB.`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = (await upload).createReadStream();
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
    if ((stream as { truncated?: boolean }).truncated) throw tooLarge();
  } catch (e) {
    const { DomainError } = errors();
    if (e instanceof DomainError) throw e;
    const status = (e as { status?: number }).status;
    if (status === 413) throw tooLarge();
    if (status && status >= 400 && status < 500)
      throw new DomainError('BAD_REQUEST', (e as Error).message, { http: { status: 400 } });
    throw e;
  }
  return Buffer.concat(chunks);
}

/** The file's real type from its first bytes, among `accepted` MIME types; UNSUPPORTED_TYPE otherwise. */
export async function sniffType(
  data: Buffer,
  accepted: readonly string[],
  field: string,
): Promise<{ mime: string; ext: string }> {
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(data);
  if (!type || !accepted.includes(type.mime)) {
    throw errors().badInput({ [field]: 'UNSUPPORTED_TYPE' }, `Accepted types: ${accepted.join(', ')}.`);
  }
  return { mime: type.mime, ext: type.ext };
}

/** The pictures shown beside a name (event covers, club logos), judged by content. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * Replaces a stored picture: reads the upload (`maxBytes`, IMAGE_TYPES, refused on `opts.field`, `file` by default), stores it in
 * `folder`, then runs `attach` — the caller's transaction, which points its row at the new key and answers the key it
 * replaced. After commit the replaced file is removed; if the change fails, the new file is.
 */
export async function replaceImage<T>(
  storage: Storage,
  upload: Promise<FileUpload>,
  opts: { folder: string; maxBytes: number; field?: string },
  attach: (file: { key: string; mime: string; bytes: number }) => Promise<{ result: T; replaced?: string | null }>,
): Promise<T> {
  const field = opts.field ?? 'file';
  const data = await readUpload(upload, opts.maxBytes, field);
  const type = await sniffType(data, IMAGE_TYPES, field);
  const key = await storage.put(opts.folder, type.ext, data);
  let outcome: { result: T; replaced?: string | null };
  try {
    outcome = await attach({ key, mime: type.mime, bytes: data.length });
  } catch (e) {
    await storage.remove(key);
    throw e;
  }
  if (outcome.replaced) await storage.remove(outcome.replaced);
  return outcome.result;
}
