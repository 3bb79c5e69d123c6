import type { Socket } from 'node:net';

/**
 * SEC1: a request Node's HTTP parser can't read (bad bytes in the request line or headers, headers too large, a body
 * cut by a half-closed socket) never reaches Express. Node's default answers a bare 400; this one answers with the
 * catalogue's coded JSON like every other refusal, then closes the connection. Nothing about the request is logged
 * (its bytes are the client's, possibly personal data).
 */
export function answerClientError(err: NodeJS.ErrnoException & { bytesParsed?: number }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify(
    tooLarge
      ? { error: 'The request headers are too large.', code: 'PAYLOAD_TOO_LARGE' }
      : { error: 'The HTTP request is malformed.', code: 'BAD_REQUEST' },
  );
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
