// Streams a byte stream line by line (node:readline) and hands back each line's raw bytes.
// IO only; the caller validates UTF-8 per line, so one bad line cannot spoil the rest of a file.
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

export interface RawLine {
  /** 1-based, as editors count. */
  number: number;
  bytes: Buffer;
}

/**
 * readline decodes UTF-8 leniently (bad bytes become U+FFFD), which would hide invalid input. Feeding it
 * latin1, one char per byte, keeps the exact bytes recoverable while readline still finds the line ends.
 */
async function* asLatin1(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const chunk of input) {
    yield typeof chunk === 'string'
      ? Buffer.from(chunk, 'utf8').toString('latin1')
      : Buffer.from(chunk).toString('latin1');
  }
}

export async function* readLines(
  input: NodeJS.ReadableStream,
  signal?: AbortSignal,
): AsyncGenerator<RawLine> {
  const lines = createInterface({ input: Readable.from(asLatin1(input), { signal }), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      yield { number, bytes: Buffer.from(line, 'latin1') };
    }
  } finally {
    lines.close();
  }
}
