import busboy, { type Busboy, type FileStream } from 'busboy';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Upload, type FileUpload } from 'graphql-upload-minimal';
import type { ReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';

/**
 * A multipart request the server refuses: malformed (400), over a limit (413) or cut off by the client (499).
 * The HTTP error handler answers it with its status and a coded body; an upload's stream fails with it.
 */
export class MultipartError extends Error {
  readonly expose = true;
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Settable = Upload & { resolve(file: FileUpload): void; reject(e: unknown): void };

const SPEC = '(see the GraphQL multipart request spec)';

/**
 * SEC2: a body that sends nothing for this long is ended (408 before GraphQL runs, the upload's stream failing with
 * it after): a stalled upload would otherwise keep its connection and its buffered bytes until the request timeout.
 */
export const UPLOAD_IDLE_MS = 10_000;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Puts `value` at a `map` path such as `variables.file` or `0.variables.files.1` of the operations. */
function placeAt(operations: unknown, path: string, value: unknown): boolean {
  const keys = path.split('.');
  if (keys.some((k) => !k || UNSAFE_KEYS.has(k))) return false;
  let target = operations as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) {
    const next = Object.hasOwn(target, k) ? target[k] : undefined;
    if (!next || typeof next !== 'object') return false;
    target = next as Record<string, unknown>;
  }
  target[keys[keys.length - 1]] = value;
  return true;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * GraphQL multipart requests (uploads), parsed with busboy. It replaces graphql-upload-minimal's parser, which
 * listened to busboy's `error` only once: a malformed part header made busboy emit a second one (when the parser
 * was destroyed) that nothing handled, and the process exited (SEC1). Here:
 * - the parser, the request and every file stream keep an `error` listener for their whole life;
 * - any failure before GraphQL runs (operations, map, file part headers) is a coded 4xx; the rest of the body is drained;
 * - a file past `maxFileBytes` fails its stream with a 413 (the reader refuses it as TOO_LARGE) instead of
 *   ending quietly with the first `maxFileBytes` bytes;
 * - a file its reader abandons (refused, too large, response sent) is drained, so the request never stalls.
 * Non-multipart requests pass through untouched.
 */
export function graphqlMultipart(opts: {
  maxFileBytes: number;
  maxFiles: number;
  maxFieldBytes: number;
  idleMs?: number;
}): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next();
      return;
    }
    parse(req, res, next, opts);
  };
}

function parse(
  req: Request,
  res: Response,
  next: NextFunction,
  opts: { maxFileBytes: number; maxFiles: number; maxFieldBytes: number; idleMs?: number },
) {
  let parser: Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      // One byte more than allowed: busboy flags a file of exactly `fileSize` bytes as cut off.
      limits: {
        fieldSize: opts.maxFieldBytes,
        fields: 2,
        fileSize: opts.maxFileBytes + 1,
        files: opts.maxFiles,
        parts: opts.maxFiles + 2,
        headerPairs: 20,
      },
    });
  } catch {
    // No boundary, or a Content-Type busboy can't read.
    req.resume();
    next(new MultipartError(400, 'The multipart Content-Type is malformed (no boundary).'));
    return;
  }

  let operations: unknown;
  let uploads: Map<string, Settable> | null = null;
  const resolved = new Set<string>();
  const files = new Set<{ source: FileStream; out: PassThrough }>();
  let handedOver = false; // the operation went on to GraphQL: later failures reach the uploads' streams
  let failure: MultipartError | null = null;

  let idle: NodeJS.Timeout | undefined;
  const idleMs = opts.idleMs ?? UPLOAD_IDLE_MS;
  const stillSending = () => {
    clearTimeout(idle);
    if (!failure && !req.readableEnded)
      idle = setTimeout(
        () => fail(new MultipartError(408, `The upload stalled: nothing received for ${idleMs / 1000} seconds.`)),
        idleMs,
      );
  };

  const fail = (error: MultipartError) => {
    clearTimeout(idle);
    if (failure) return;
    failure = error;
    req.unpipe(parser);
    parser.destroy(); // may emit one more `error`: the listener below stays
    for (const [name, upload] of uploads ?? []) if (!resolved.has(name)) upload.reject(error);
    for (const f of files) f.out.destroy(error);
    // Drain what the client still sends, so it can read the answer (the request timeout bounds it).
    setImmediate(() => req.resume());
    if (!handedOver) next(error);
  };

  parser.on('error', (e) => fail(new MultipartError(400, `Malformed multipart body: ${e.message}.`)));
  // Beside the pipe to the parser (which keeps its flow control): each chunk restarts the idle clock.
  req.on('data', stillSending);
  req.on('end', () => clearTimeout(idle));
  req.on('error', () => fail(new MultipartError(499, 'The request was cut off.')));
  req.on('close', () => {
    clearTimeout(idle);
    if (!req.readableEnded) fail(new MultipartError(499, 'The request was cut off during the upload.'));
  });
  // Once the answer is sent nobody reads the files any more: drain them.
  res.on('close', () => {
    for (const f of files) f.out.destroy();
  });

  parser.on('field', (name, value, info) => {
    if (failure) return;
    if (info.valueTruncated)
      return fail(new MultipartError(413, `The '${name}' field is larger than ${opts.maxFieldBytes} bytes.`));
    if (name === 'operations') {
      try {
        operations = JSON.parse(value);
      } catch {
        return fail(new MultipartError(400, `The 'operations' field is not valid JSON ${SPEC}.`));
      }
      if (!operations || typeof operations !== 'object')
        return fail(new MultipartError(400, `The 'operations' field must be an object or an array ${SPEC}.`));
    } else if (name === 'map') {
      if (operations === undefined)
        return fail(new MultipartError(400, `The 'map' field must follow 'operations' ${SPEC}.`));
      let map: unknown;
      try {
        map = JSON.parse(value);
      } catch {
        return fail(new MultipartError(400, `The 'map' field is not valid JSON ${SPEC}.`));
      }
      if (!isPlainObject(map)) return fail(new MultipartError(400, `The 'map' field must be an object ${SPEC}.`));
      const entries = Object.entries(map);
      if (entries.length > opts.maxFiles)
        return fail(new MultipartError(413, `At most ${opts.maxFiles} file(s) per request.`));
      uploads = new Map();
      for (const [fileName, paths] of entries) {
        const upload = new Upload() as Settable;
        uploads.set(fileName, upload);
        if (!Array.isArray(paths) || !paths.length)
          return fail(new MultipartError(400, `The 'map' entry '${fileName}' must be a list of paths ${SPEC}.`));
        for (const p of paths) {
          if (typeof p !== 'string' || !placeAt(operations, p, upload))
            return fail(new MultipartError(400, `The 'map' path '${String(p)}' is not in the operations ${SPEC}.`));
        }
      }
      handOverWhenReady();
    }
  });

  // GraphQL runs once every expected file has begun (its part header parsed): a malformed header is still a 400.
  const handOverWhenReady = () => {
    if (handedOver || failure || !uploads || resolved.size < uploads.size) return;
    handedOver = true;
    req.body = operations;
    next();
  };

  parser.on('file', (name, source, info) => {
    source.on('error', () => undefined); // its error also reaches `out` (below) or is the parser's own
    const upload = uploads?.get(name);
    if (failure || !upload || resolved.has(name)) {
      source.resume(); // not ours to keep: skip its bytes
      if (!failure && !uploads) fail(new MultipartError(400, `Files must follow the 'map' field ${SPEC}.`));
      return;
    }
    resolved.add(name);
    const out = new PassThrough();
    const entry = { source, out };
    files.add(entry);
    source.on('error', (e) =>
      out.destroy(e instanceof MultipartError ? e : new MultipartError(400, `Malformed multipart body: ${e.message}.`)),
    );
    source.on('limit', () =>
      out.destroy(new MultipartError(413, `The file is larger than ${opts.maxFileBytes} bytes.`)),
    );
    out.on('error', () => undefined); // the reader gets it from its own listeners; nobody may be reading
    out.on('close', () => {
      files.delete(entry);
      source.unpipe(out);
      source.resume(); // the reader stopped early (refused, too large): let the rest of the request through
    });
    source.pipe(out);
    let taken = false;
    upload.resolve({
      fieldName: name,
      filename: info.filename ?? '',
      mimetype: info.mimeType,
      encoding: info.encoding,
      createReadStream() {
        if (taken) throw new Error('An upload can be read only once.');
        if (out.destroyed)
          throw out.errored ?? failure ?? new MultipartError(400, 'The upload is no longer available.');
        taken = true;
        return out as unknown as ReadStream;
      },
    });
    handOverWhenReady();
  });

  // Past `parts`, busboy skips whatever follows (a file named in `map` among it is then missing: a 400).
  parser.on('filesLimit', () => fail(new MultipartError(413, `At most ${opts.maxFiles} file(s) per request.`)));
  parser.on('fieldsLimit', () =>
    fail(new MultipartError(400, `Only the 'operations' and 'map' fields are expected ${SPEC}.`)),
  );
  parser.on('close', () => {
    if (failure) return;
    if (!uploads) return fail(new MultipartError(400, `The 'operations' and 'map' fields are missing ${SPEC}.`));
    if (!handedOver) fail(new MultipartError(400, `A file named in 'map' is missing from the request ${SPEC}.`));
  });

  req.pipe(parser);
  stillSending();
}
