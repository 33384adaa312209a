// Normalizes article text once (NFC, \n line ends, trimmed lines, single spaces, at most one blank line);
// every offset in the result indexes into this string. Curly quotes are kept as they are; two apostrophes or two
// grave accents typed for a double quote (''The MoU is ...,'' he said; ``We are ready,'' he said) become one
// straight double quote.

/** Invisible characters that only get in the way of matching (zero-width space/joiners, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Control characters other than tab and newline; matching them is the point, hence the lint exception. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/** What SPACES would change: a space other than " ", or two spaces in a row. Most articles have neither. */
const SPACES_TO_FOLD = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| {2}/;
/** Two apostrophes standing for a double quote mark, as some agencies' copy types it. */
const DOUBLED_APOSTROPHES = /''/g;
/** Two grave accents standing for a double quote mark, as wire archives type it (``...'' or ``...``). */
const DOUBLED_GRAVES = /``/g;

export function normalizeText(raw: string): string {
  let cleaned = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, ' ');
  if (cleaned.includes("''")) cleaned = cleaned.replace(DOUBLED_APOSTROPHES, '"');
  if (cleaned.includes('``')) cleaned = cleaned.replace(DOUBLED_GRAVES, '"');
  const fold = SPACES_TO_FOLD.test(cleaned);
  const lines = cleaned.split('\n').map((line) => (fold ? line.replace(SPACES, ' ') : line).trim());
  const out: string[] = [];
  for (const line of lines) {
    // Keep single blank lines as paragraph breaks; drop runs of them.
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
