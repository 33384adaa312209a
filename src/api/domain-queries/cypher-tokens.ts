// Pure: a Cypher statement as tokens (words, numbers, parameters, string literals, backticked names, single
// punctuation), each with its bracket depth, comments and whitespace dropped. Enough to find a statement's
// top-level clauses without being misled by a keyword inside a string, a comment or a nested subquery.

export interface CypherToken {
  kind: 'word' | 'number' | 'parameter' | 'literal' | 'punctuation';
  /** The token's text as written. */
  text: string;
  /** Its offsets in the statement. */
  start: number;
  end: number;
  /** Brackets ((, [, {) open around it; a bracket itself counts at its outer level. */
  depth: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;

export function cypherTokens(statement: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let depth = 0;
  let i = 0;
  const n = statement.length;
  const push = (kind: CypherToken['kind'], start: number, end: number) =>
    tokens.push({ kind, text: statement.slice(start, end), start, end, depth });
  while (i < n) {
    const c = statement[i]!;
    const start = i;
    if (/\s/.test(c)) i++;
    else if (c === '/' && statement[i + 1] === '/') {
      const end = statement.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && statement[i + 1] === '*') {
      const end = statement.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i = literalEnd(statement, i);
      push('literal', start, i);
    } else if (c === '$' || WORD_START.test(c)) {
      i++;
      while (i < n && WORD_PART.test(statement[i]!)) i++;
      push(c === '$' ? 'parameter' : 'word', start, i);
    } else if (DIGIT.test(c)) {
      while (i < n && /[0-9.]/.test(statement[i]!)) i++;
      push('number', start, i);
    } else {
      if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
      i++;
      push('punctuation', start, i);
      if (c === '(' || c === '[' || c === '{') depth++;
    }
  }
  return tokens;
}

/** The index just past the string literal or backticked name that starts at `start`. */
export function literalEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && quote !== '`') i += 2;
    else if (c === quote) {
      // A backtick inside a backticked name is written twice.
      if (quote === '`' && text[i + 1] === '`') i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
