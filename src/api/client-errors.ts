// Requests Node's HTTP parser refuses before express sees them. Node's own answer to oversized headers is
// written and the socket destroyed at once, which resets a client still sending: this one answers 431 (or
// 400) in the API's JSON error shape, then closes gracefully, reading what the client still sends.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '../domain/errors.ts';

const LINGER_MS = 1_000;

function answer(socket: Duplex, status: number, reason: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function handleClientErrors(server: Server, maxHeaderBytes: number): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const writable = socket.writable && (socket as { bytesWritten?: number }).bytesWritten === 0;
    if (writable && error.code === 'HPE_HEADER_OVERFLOW') {
      answer(
        socket,
        431,
        'Request Header Fields Too Large',
        `The request headers are larger than ${maxHeaderBytes} bytes.`,
      );
    } else if (writable && error.code !== 'ECONNRESET') {
      answer(socket, 400, 'Bad Request', 'The request is not valid HTTP.');
    }
    // Drain what the client still sends, so closing does not reset the connection under its reading.
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}
