// Finds quotations: curly “...”, guillemet «...», straight "..." and curly single ‘...’ pairs, including quotes
// that run over paragraphs (news leaves the closing mark off a paragraph and reopens the next). One linear pass;
// no regex over the whole text.

import type { Range } from '../types.ts';

export interface Quote extends Range {
  /** Content ranges, one per paragraph the quote spans. */
  segments: Range[];
  /** The joined content, whitespace-normalized. */
  content: string;
}

// The marks the scan acts on, as UTF-16 code units: it reads every character of the article.
const LEFT_DOUBLE = 0x201c; // “
const LOW_DOUBLE = 0x201e; // „
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT_DOUBLE = 0x22; // "
const NEWLINE = 0x0a;
const isOpener = (code: number): boolean =>
  code === LEFT_DOUBLE || code === LOW_DOUBLE || code === LEFT_GUILLEMET;
/**
 * A mark's role comes from where it stands, not only from its shape: sites that retype or auto-format copy print
 * ”As for others ... (a right mark opening a paragraph), »We also ... (a reversed guillemet) or „...“ (the
 * German pair). A right mark or reversed guillemet at the start of a paragraph or after a space, right before a
 * letter or digit, opens a quote when none is open.
 */
const isMisprintedOpener = (code: number): boolean => code === RIGHT_DOUBLE || code === RIGHT_GUILLEMET;
function opensHere(text: string, i: number): boolean {
  return isSpaceOrStart(text, i - 1) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}
/**
 * Which marks close a quote opened by `opener`: “ closes with ”, « with » (as Kazakh, Russian and European
 * agencies print them); „ with “ or ”; a misprinted ” with ” or “ and a reversed » with « or ». A left-shaped
 * closer (“, «) closes only in closing position (after a word, before a space, punctuation or the end).
 */
function closesQuote(text: string, i: number, opener: number): boolean {
  const code = text.charCodeAt(i);
  if (code === RIGHT_DOUBLE) return opener !== LEFT_GUILLEMET;
  if (code === RIGHT_GUILLEMET) return opener === LEFT_GUILLEMET || opener === RIGHT_GUILLEMET;
  if (code === LEFT_DOUBLE) return (opener === LOW_DOUBLE || opener === RIGHT_DOUBLE) && closesHere(text, i);
  if (code === LEFT_GUILLEMET) return opener === RIGHT_GUILLEMET && closesHere(text, i);
  return false;
}
const MAX_QUOTE_LENGTH = 5000;

function isSpaceOrStart(text: string, i: number): boolean {
  return i < 0 || /[\s([{—–-]/.test(text[i] ?? ' ');
}

/**
 * The quote's pieces as verbatim spans: each paragraph's content without the space around it and without the
 * trailing punctuation the display form drops (`strip`), so every piece is exactly text.slice(start, end).
 */
export function quotePieces(text: string, quote: Quote, strip: RegExp = /,$/): Range[] {
  const pieces: Range[] = [];
  for (const segment of quote.segments) {
    let start = segment.start;
    let end = segment.end;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const kept = text.slice(start, end).replace(strip, '');
    end = start + kept.length;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) pieces.push({ start, end });
  }
  return pieces;
}

/** How many characters of unmarked paragraphs a quote may run over before its closing mark. */
const MAX_UNMARKED_RUN = 1500;

/**
 * Whether a quote left open at a paragraph's end goes on, unmarked, from `from` to a closing mark that hands it to
 * its attribution (`...Belarus," Volodin stressed`): the first quote mark ahead is that kind of closer, a comma
 * right before it and a space after it, within a few paragraphs.
 */
function carriedOn(text: string, from: number, straight: boolean, opener: number): boolean {
  const end = Math.min(text.length, from + MAX_UNMARKED_RUN);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== STRAIGHT_DOUBLE && code !== RIGHT_DOUBLE && !isOpener(code) && code !== RIGHT_GUILLEMET)
      continue;
    const closes = straight ? code === STRAIGHT_DOUBLE : closesQuote(text, i, opener);
    return closes && text[i - 1] === ',' && text[i + 1] === ' ';
  }
  return false;
}

/** The family of a double mark: straight, curly (“ ” „) or guillemet (« »). A nested quote uses another family. */
function markFamily(code: number): number {
  if (code === STRAIGHT_DOUBLE) return 0;
  return code === LEFT_GUILLEMET || code === RIGHT_GUILLEMET ? 2 : 1;
}

/**
 * A quote nested in a quote of another family of marks opens here: “We reject the "snapback" mechanism,” or
 * "He told me: «we are ready» and left," — the inner marks stand in opening position (after a space, before
 * the word), so they neither close the outer quote nor open a new one.
 */
function opensNested(text: string, i: number, outer: number): boolean {
  const code = text.charCodeAt(i);
  const mark = code === STRAIGHT_DOUBLE || isOpener(code) || (isMisprintedOpener(code) && opensHere(text, i));
  return mark && markFamily(code) !== markFamily(outer) && opensHere(text, i);
}

function closesNested(text: string, i: number, inner: number): boolean {
  if (inner === STRAIGHT_DOUBLE) return text.charCodeAt(i) === STRAIGHT_DOUBLE && closesHere(text, i);
  return closesQuote(text, i, inner);
}

/** A straight mark after a space or at the start, before a non-space, opens a quote. */
function opensStraight(text: string, i: number): boolean {
  return isSpaceOrStart(text, i - 1) && !/\s/.test(text[i + 1] ?? ' ');
}

/**
 * Copy whose paragraph breaks were lost glues the mark to the sentence before: `this week."Once these ...` or
 * `the summit."We are ready ...`. A straight mark right after a sentence's end and before a capital opens a quote
 * when none is open (a closing mark would have found its quote open).
 */
function gluedOpener(text: string, i: number): boolean {
  return /[.!?:]/.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '');
}

/**
 * `“... the era. "` or `“... our common Fatherland. " he said`: a straight mark after a space that follows the
 * quote's last punctuation, before a space or the end, closes the curly quote (Al-Kafeel, Oreanda's BelTA copy).
 */
function closesAfterSpace(text: string, i: number): boolean {
  return (
    text[i - 1] === ' ' &&
    /[.,!?]/.test(text[i - 2] ?? '') &&
    /^(?:$|[\s,.;:!?)])/.test(text.slice(i + 1, i + 2))
  );
}

/** A straight mark right after a word or punctuation and before a space, punctuation or the end closes a quote. */
function closesHere(text: string, i: number): boolean {
  return !/\s/.test(text[i - 1] ?? ' ') && /^(?:$|[\s,.;:!?)])/.test(text.slice(i + 1, i + 2));
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let segmentStart = -1;
  let segments: Range[] = [];
  let straight = false;
  let opener = 0;
  /** The opening mark of a quote nested in the open one (another family of marks), or 0. */
  let nested = 0;
  const close = (end: number, closeMark: boolean): void => {
    nested = 0;
    segments.push({ start: segmentStart, end });
    const content = segments
      .map((s) => text.slice(s.start, s.end).trim())
      .join(' ')
      .trim();
    if (content !== '') quotes.push({ start: open, end: closeMark ? end + 1 : end, segments, content });
    open = -1;
    segments = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE && open !== -1) {
      // A paragraph ends inside a quote: it continues only if the next paragraph reopens it.
      nested = 0;
      let next = i + 1;
      while (text.charCodeAt(next) === NEWLINE) next++;
      const reopen = text.charCodeAt(next);
      if (
        isOpener(reopen) ||
        (straight && reopen === STRAIGHT_DOUBLE) ||
        (isMisprintedOpener(reopen) && opensHere(text, next))
      ) {
        segments.push({ start: segmentStart, end: i });
        segmentStart = next + 1;
        // The reopening mark says how the quote closes from here on.
        straight = reopen === STRAIGHT_DOUBLE;
        opener = reopen;
        i = next;
      } else if (carriedOn(text, next, straight, opener)) {
        // `"We will ...\n\nSecurity issues ...,\" X stressed.`: the next paragraphs carry no marks of their own until
        // the one that closes the quote before its attribution.
        segments.push({ start: segmentStart, end: i });
        segmentStart = next;
        i = next - 1;
      } else close(i, false);
      continue;
    }
    if (open !== -1 && i - open > MAX_QUOTE_LENGTH) close(i, false);
    if (open !== -1 && nested !== 0 && closesNested(text, i, nested)) {
      nested = 0;
      continue;
    }
    if (open !== -1 && nested === 0 && opensNested(text, i, straight ? STRAIGHT_DOUBLE : opener)) {
      nested = text.charCodeAt(i);
      continue;
    }
    if (open !== -1 && !straight && closesQuote(text, i, opener)) {
      close(i, true);
    } else if (open !== -1 && straight && ch === RIGHT_DOUBLE && closesHere(text, i)) {
      // "...South Sudan.” : the mirror of the case below; left open, the quote would run on to the next mark.
      close(i, true);
    } else if (isOpener(ch) || (open === -1 && isMisprintedOpener(ch) && opensHere(text, i))) {
      if (open !== -1) close(i, false);
      open = i;
      segmentStart = i + 1;
      straight = false;
      opener = ch;
    } else if (
      ch === STRAIGHT_DOUBLE &&
      open !== -1 &&
      !straight &&
      (closesHere(text, i) || closesAfterSpace(text, i))
    ) {
      // “...problem." : news sites often close a curly quote with a straight mark, some after a space.
      close(i, true);
    } else if (ch === STRAIGHT_DOUBLE) {
      if (open === -1 && (opensStraight(text, i) || gluedOpener(text, i))) {
        open = i;
        segmentStart = i + 1;
        straight = true;
      } else if (open !== -1 && straight) close(i, true);
    }
  }
  if (open !== -1) close(text.length, false);
  const singles = findSingleQuotes(text, quotes);
  return mergeSingleQuotes(quotes, [...singles, ...findStraightSingleQuotes(text, quotes)]);
}

/** A single-quoted quote is short and closes in its paragraph; longer runs are apostrophes, not quotes. */
const MAX_SINGLE_QUOTE_LENGTH = 600;

/**
 * Quotes in curly single marks (‘immediate and unconditional’), as many outlets print them, outside double quotes
 * (inside, they are nested and stay part of the outer quote). A ’ followed by a letter is an apostrophe.
 */
function findSingleQuotes(text: string, doubles: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  let d = 0;
  for (let i = text.indexOf('‘'); i !== -1; i = text.indexOf('‘', i + 1)) {
    while (d < doubles.length && (doubles[d]?.end ?? 0) <= i) d++;
    if ((doubles[d]?.start ?? Infinity) < i) continue;
    if (!isSpaceOrStart(text, i - 1) || /\s/.test(text[i + 1] ?? ' ')) continue;
    let j = i + 1;
    for (; j < text.length && j - i <= MAX_SINGLE_QUOTE_LENGTH; j++) {
      const ch = text[j];
      if (ch === '\n' || ch === '‘') break;
      if (ch === '’' && !/\s/.test(text[j - 1] ?? ' ') && !/\p{L}/u.test(text[j + 1] ?? '')) break;
    }
    if (text[j] !== '’') continue;
    const content = text.slice(i + 1, j).trim();
    if (content !== '' && (doubles[d]?.start ?? Infinity) > j)
      out.push({ start: i, end: j + 1, segments: [{ start: i + 1, end: j }], content });
    i = j;
  }
  return out;
}

/**
 * Quotes in straight single marks, as some agencies print them ('Once the final stage ... announced.'): an opening
 * mark in opening position before a capital, a closing mark right after the sentence's punctuation and before a
 * space or the end, in the same paragraph, outside double quotes. A mark inside a word is an apostrophe.
 */
function findStraightSingleQuotes(text: string, doubles: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  let d = 0;
  for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
    while (d < doubles.length && (doubles[d]?.end ?? 0) <= i) d++;
    if ((doubles[d]?.start ?? Infinity) < i) continue;
    if (!(isSpaceOrStart(text, i - 1) || text[i - 1] === ':')) continue;
    const first = text[i + 1] ?? '';
    const j = /\p{Lu}/u.test(first)
      ? straightSentenceClose(text, i)
      : /\p{Ll}/u.test(first)
        ? straightFragmentClose(text, i)
        : -1;
    if (j === -1) continue;
    const content = text.slice(i + 1, j).trim();
    if (content !== '' && (doubles[d]?.start ?? Infinity) > j)
      out.push({ start: i, end: j + 1, segments: [{ start: i + 1, end: j }], content });
    i = j;
  }
  return out;
}

/** The closing mark of a capitalized straight single quote: after the sentence's punctuation, before a space. */
function straightSentenceClose(text: string, open: number): number {
  for (let j = open + 1; j < text.length && j - open <= MAX_SINGLE_QUOTE_LENGTH; j++) {
    const ch = text[j];
    if (ch === '\n' || ch === '"' || ch === '“' || ch === '”') return -1;
    if (ch === "'" && /[.,!?]/.test(text[j - 1] ?? '') && closingFollows(text, j)) return j;
  }
  return -1;
}

/**
 * A short fragment of someone's words in straight single marks, as agencies print them inside reported speech
 * (said the deal will be signed 'remotely'): lower case after the mark, a closing mark after a word or its
 * punctuation within the sentence. The fragment is kept short so that a stray mark ('em, 'til) cannot pair with a
 * plural possessive far away; a single letter ('n') is not a fragment.
 */
function straightFragmentClose(text: string, open: number): number {
  for (let j = open + 2; j < text.length && j - open <= MAX_STRAIGHT_FRAGMENT_LENGTH; j++) {
    const ch = text[j] ?? '';
    if (ch === '\n' || ch === '"' || ch === '“' || ch === '”') return -1;
    if (ch === "'")
      return j - open > 2 && /[\p{L}.,!?]/u.test(text[j - 1] ?? '') && closingFollows(text, j) ? j : -1;
    // A sentence end inside the marks: the mark was an apostrophe, not a fragment's opening.
    if (/[.!?]/.test(ch) && /\s/.test(text[j + 1] ?? '')) return -1;
  }
  return -1;
}

const MAX_STRAIGHT_FRAGMENT_LENGTH = 120;

function closingFollows(text: string, close: number): boolean {
  return /^(?:$|[\s,.;:)])/.test(text.slice(close + 1, close + 2));
}

function mergeSingleQuotes(doubles: Quote[], singles: Quote[]): Quote[] {
  return singles.length === 0 ? doubles : [...doubles, ...singles].sort((a, b) => a.start - b.start);
}
