import { describe, expect, it } from 'vitest';
import { compactCypher } from '../../../src/api/domain-queries/compact-cypher.ts';

describe('compactCypher', () => {
  it('drops comments and collapses whitespace, none inside brackets or around commas', () => {
    const written = `CALL (s) {
  // a comment with 'quotes' and (brackets)
  MATCH (s)<-[:SAID]-( x )   /* another */
  RETURN x { .id, .name } AS y , count(*) AS n
}
WITH y`;
    expect(compactCypher(written)).toBe(
      'CALL (s) {MATCH (s)<-[:SAID]-(x) RETURN x {.id,.name} AS y,count(*) AS n} WITH y',
    );
    expect(compactCypher("WITH {a: 1, b: x * 2} AS m, [w IN l WHERE w = 'x' | w + '*'] AS k")).toBe(
      "WITH {a:1,b:x*2} AS m,[w IN l WHERE w='x'|w+'*'] AS k",
    );
  });

  it('keeps string literals and backticked names byte for byte', () => {
    const written = `WITH '  //not a comment  ' AS a, "it\\"s  here" AS b, \`odd  name\`\`x\` AS c
RETURN apoc.text.regreplace(a, '[^\\\\p{L}]+', ' ') AS d`;
    expect(compactCypher(written)).toBe(
      `WITH '  //not a comment  ' AS a,"it\\"s  here" AS b,\`odd  name\`\`x\` AS c RETURN apoc.text.regreplace(a,'[^\\\\p{L}]+',' ') AS d`,
    );
  });

  it('keeps the spaces around <, > and -', () => {
    expect(compactCypher('WHERE a < -1 AND b - -2 > 0\n  AND c <> d AND e <= -3')).toBe(
      'WHERE a < -1 AND b - -2 > 0 AND c <> d AND e <=-3',
    );
  });
});
