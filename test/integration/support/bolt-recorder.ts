// A TCP proxy between a client and Neo4j that reads the Bolt messages the client sends and records every query
// with the access mode it ran in: the mode of its explicit transaction (BEGIN {mode: "r"} is a read transaction,
// BEGIN without it a write one) or, for an auto-commit RUN, its own. What the driver and @neo4j/graphql actually put
// on the wire, not what the code meant to ask. Server replies pass through untouched.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface RecordedQuery {
  query: string;
  mode: 'read' | 'write';
  autoCommit: boolean;
  at: number;
}

export interface BoltRecorder {
  uri: string;
  queries: RecordedQuery[];
  close(): Promise<void>;
}

const HANDSHAKE_BYTES = 20;
const MANIFEST = 0x000001ff;
const SIG = { RESET: 0x0f, RUN: 0x10, BEGIN: 0x11, COMMIT: 0x12, ROLLBACK: 0x13 } as const;
/** PackStream for the map entry "mode": "r". */
const READ_MODE = Buffer.from([0x84, ...Buffer.from('mode'), 0x81, 0x72]);

export async function startBoltRecorder(upstreamHost: string, upstreamPort: number): Promise<BoltRecorder> {
  const queries: RecordedQuery[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect({ host: upstreamHost, port: upstreamPort });
    sockets.add(client).add(upstream);
    upstream.pipe(client);
    // Bolt 5.7+ servers may answer the handshake with a manifest (0x000001FF); the client then sends its choice:
    // a 4-byte version and a varint of capabilities, before the first message.
    let serverReply = Buffer.alloc(0);
    upstream.on('data', (data: Buffer) => {
      if (serverReply.length < 4) serverReply = Buffer.concat([serverReply, data]).subarray(0, 4);
    });
    let choiceSkipped = false;
    const closeBoth = () => (client.destroy(), upstream.destroy());
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);

    let pending = Buffer.alloc(0);
    let handshaken = false;
    let message: Buffer[] = [];
    let txMode: 'read' | 'write' | undefined;
    const onMessage = (bytes: Buffer) => {
      const signature = bytes[1];
      if (signature === SIG.BEGIN) txMode = bytes.includes(READ_MODE) ? 'read' : 'write';
      else if (signature === SIG.COMMIT || signature === SIG.ROLLBACK || signature === SIG.RESET)
        txMode = undefined;
      else if (signature === SIG.RUN) {
        const query = readString(bytes, 2);
        const autoCommit = txMode === undefined;
        const mode = txMode ?? (bytes.includes(READ_MODE) ? 'read' : 'write');
        queries.push({ query, mode, autoCommit, at: Date.now() });
      }
    };
    client.on('data', (data: Buffer) => {
      upstream.write(data);
      pending = Buffer.concat([pending, data]);
      if (!handshaken) {
        if (pending.length < HANDSHAKE_BYTES) return;
        pending = pending.subarray(HANDSHAKE_BYTES);
        handshaken = true;
      }
      if (!choiceSkipped && serverReply.length === 4 && serverReply.readUInt32BE(0) === MANIFEST) {
        if (pending.length < 5) return;
        let end = 4;
        while (end < pending.length && pending[end]! >= 0x80) end++;
        if (end >= pending.length) return;
        pending = pending.subarray(end + 1);
        choiceSkipped = true;
      } else if (serverReply.length === 4) {
        choiceSkipped = true;
      }
      if (!choiceSkipped) return;
      // Chunked framing: [u16 size][bytes]..., a zero size ends a message.
      while (pending.length >= 2) {
        const size = pending.readUInt16BE(0);
        if (pending.length < 2 + size) break;
        if (size === 0) {
          onMessage(Buffer.concat(message));
          message = [];
        } else {
          message.push(pending.subarray(2, 2 + size));
        }
        pending = pending.subarray(2 + size);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A PackStream string at `at` (the query is RUN's first field). */
function readString(bytes: Buffer, at: number): string {
  const marker = bytes[at]!;
  if (marker >= 0x80 && marker <= 0x8f) return bytes.toString('utf8', at + 1, at + 1 + (marker & 0x0f));
  if (marker === 0xd0) return bytes.toString('utf8', at + 2, at + 2 + bytes.readUInt8(at + 1));
  if (marker === 0xd1) return bytes.toString('utf8', at + 3, at + 3 + bytes.readUInt16BE(at + 1));
  if (marker === 0xd2) return bytes.toString('utf8', at + 5, at + 5 + bytes.readUInt32BE(at + 1));
  throw new Error(`not a PackStream string marker: 0x${marker.toString(16)}`);
}
