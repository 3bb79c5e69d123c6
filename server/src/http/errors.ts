import type { ErrorRequestHandler } from 'express';
import type { ErrorCode } from '../core/errors';
import { MultipartError } from './multipart';

/** Body-parser and other HTTP-level failures, answered in GraphQL's error shape so clients parse one format. */
export function httpErrorHandler(): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; statusCode?: number };
    let status = 500;
    let code: ErrorCode = 'INTERNAL_SERVER_ERROR';
    let message = 'Internal server error.';
    if (e.type === 'entity.parse.failed')
      [status, code, message] = [400, 'BAD_REQUEST', 'The request body is not valid JSON.'];
    else if (e.type === 'entity.too.large')
      [status, code, message] = [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'];
    else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported')
      [status, code, message] = [415, 'BAD_REQUEST', 'Unsupported body encoding.'];
    else if (err instanceof MultipartError)
      [status, code, message] = [err.status, err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', err.message];
    else if ((e.status ?? e.statusCode ?? 500) < 500)
      [status, code, message] = [e.status ?? e.statusCode ?? 400, 'BAD_REQUEST', 'Bad request.'];
    else req.log?.error({ err }, 'unhandled HTTP error');
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: req.id } }] });
  };
}
