import type { FileUpload } from 'graphql-upload-minimal';
import { badInput } from '../../errors';

/** Reads an upload into memory, refusing it as soon as it passes `maxBytes` (TOO_LARGE on `field`). */
export async function readUpload(upload: Promise<FileUpload> | FileUpload, maxBytes: number, field: string): Promise<Buffer> {
  const { createReadStream } = await upload;
  const chunks: Buffer[] = [];
  let size = 0;
  const tooLarge = () => badInput({ [field]: 'TOO_LARGE' }, `The file is larger than ${Math.floor(maxBytes / 1024)} KB.`);
  try {
    for await (const chunk of createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    // The multipart parser cuts files past the request-wide limit with a 413 error.
    if ((e as { status?: number }).status === 413) throw tooLarge();
    throw e;
  }
  return Buffer.concat(chunks);
}

/** The file's real type from its first bytes, among `accepted` MIME types; UNSUPPORTED_TYPE otherwise. */
export async function sniffType(data: Buffer, accepted: readonly string[], field: string): Promise<{ mime: string; ext: string }> {
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(data);
  if (!type || !accepted.includes(type.mime)) {
    throw badInput({ [field]: 'UNSUPPORTED_TYPE' }, `Accepted types: ${accepted.join(', ')}.`);
  }
  return { mime: type.mime, ext: type.ext };
}
