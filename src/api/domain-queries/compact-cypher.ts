import { literalEnd } from './cypher-tokens.ts';

// Pure: the same Cypher in fewer bytes (comments dropped, whitespace runs collapsed to one space, none inside
// brackets, around `, = + * |` or after a colon). neo4j-driver packs a query into 1,400-byte chunks and writes each full chunk to the
// socket as it fills: the generated whoSaidWhat (2.8 kB as written) went out in three socket writes, each one of
// the costliest calls of the API's time per request. String literals and backticked names are kept byte for
// byte.
/** No space after these... */
const OPENING = new Set(['(', '[', '{', ',', '=', '+', '*', '|', ':']);
/** ...nor before these. `<`, `>` and `-` keep theirs: `a < -1` must not become an arrow. */
const CLOSING = new Set([')', ']', '}', ',', '=', '+', '*', '|']);

export function compactCypher(cypher: string): string {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const n = cypher.length;
  while (i < n) {
    const c = cypher[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = literalEnd(cypher, i);
      out += pendingSpace && out !== '' && !OPENING.has(out.at(-1)!) ? ' ' : '';
      pendingSpace = false;
      out += cypher.slice(i, end);
      i = end;
      continue;
    }
    if (c === '/' && cypher[i + 1] === '/') {
      const end = cypher.indexOf('\n', i);
      i = end === -1 ? n : end;
      pendingSpace = true;
      continue;
    }
    if (c === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      pendingSpace = true;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      pendingSpace = true;
      i++;
      continue;
    }
    if (pendingSpace && out !== '' && !OPENING.has(out.at(-1)!) && !CLOSING.has(c)) out += ' ';
    pendingSpace = false;
    out += c;
    i++;
  }
  return out;
}
