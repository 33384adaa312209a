// Cuts normalized text into paragraphs and sentences (wink-nlp boundaries, also cut at every line break) and marks
// what is not article prose: boilerplate, bylines (-> authors), photo credits, and a caption printed twice.

import type { Lexicon } from '../lexicon/build-lexicon.ts';
import { BOILERPLATE_LINE } from '../lexicon/word-lists.ts';
import type { ExtractState, Resources, Sentence } from '../types.ts';
import { isDottedNameTail } from './dotted-name-tail.ts';
import { isSpace } from './is-space.ts';
import { sentenceHintWords } from './sentence-hint-words.ts';

interface Line {
  start: number;
  end: number;
  paragraph: number;
  ignored: boolean;
}

const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|van|von|der|bin|al))*$/u;
const BYLINE =
  /^(?:by|reporting by|additional reporting by|writing by|editing by|written by|compiled by|(?:\p{L}+ )?reporter)\s*:?\s+(.{2,200})$/iu;
/**
 * A word every byline holds (BYLINE's leads all end in "by", else "reporter"), with BYLINE's flags: a line without
 * one is no byline, answered without splitting it into credit segments.
 */
const BYLINE_WORD = /by|reporter/iu;
/** A parenthesized credit standing alone: "(TASS/Yonhap)", "(AP Photo/Ahn Young-joon)", "(Yonhap)". */
const CREDIT = /^\((?:[^()]{1,80})\)\.?$/;
const DUPLICATE_MIN_LENGTH = 30;
/** wink-nlp slows to a crawl on tokens this long or longer (base64, URLs, binary-ish junk). */
const LONG_TOKEN_LENGTH = 40;

/** Authors named by a byline line ("By Kim Mi-na, staff reporter"), or null when the line is not a byline. */
export function parseByline(line: string, lexicon: Lexicon): string[] | null {
  if (!BYLINE_WORD.test(line)) return null;
  const authors: string[] = [];
  // "Reporting by A and B; Editing by C": each credit segment names people.
  for (const segment of line.replace(/^\(|\)$/g, '').split(/\s*;\s*/)) {
    const match = BYLINE.exec(segment);
    if (!match?.[1]) {
      if (authors.length === 0) return null;
      continue;
    }
    for (const part of match[1].split(/\s*(?:,|\band\b|&|\|)\s*/)) {
      const name = part.trim();
      if (!NAME.test(name) || name.split(' ').length > 4 || lexicon.nonNames.has(name)) break;
      authors.push(name);
    }
  }
  return authors.length > 0 ? authors : null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let paragraph = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) lines.push({ start, end, paragraph: paragraph++, ignored: false });
    start = end + 1;
  }
  return lines;
}

/**
 * The text with every run of 40 or more non-space characters blanked out, offsets kept (as
 * `text.replace(/\S{40,}/g, ...)` does), or the text itself when it has none. One scan: the regex tries a 40-character
 * match at every position of every word, which cost 1.2% of extraction on real news, where URLs make it run.
 */
export function maskLongTokens(text: string): string {
  let parts: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart >= LONG_TOKEN_LENGTH) {
      parts ??= [];
      parts.push(text.slice(copied, runStart), ' '.repeat(i - runStart));
      copied = i;
    }
    runStart = i + 1;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** ASCII letters, digits and punctuation none of which can open a sentence boundary in wink (maskInsideSentences). */
const INERT_ASCII_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;:\'"()[]-/&%$#+=*';
/** The same beyond ASCII: letters, marks, digits, curly quotes and dashes (one UTF-16 unit each). */
const INERT_OTHER = /^[\p{L}\p{M}\p{N}’‘“”–—]$/u;
/** What an ASCII code is to a chunk, as bits: one table read per character instead of a test per class. */
const INERT = 1;
const LETTER = 2;
const CAPITAL = 4;
const CHUNK_END = 8;
const ASCII_CLASS = new Uint8Array(128);
for (const c of INERT_ASCII_CHARS) ASCII_CLASS[c.charCodeAt(0)] = INERT;
for (let code = 97; code <= 122; code++) ASCII_CLASS[code] = INERT | LETTER;
for (let code = 65; code <= 90; code++) ASCII_CLASS[code] = INERT | LETTER | CAPITAL;
ASCII_CLASS[32] = CHUNK_END;
ASCII_CLASS[10] = CHUNK_END;

/**
 * Chunks kept after a chunk that may open a boundary: the tokens wink's longest SBD pattern reads after its first.
 * A pattern reads at most 3 tokens after its first and the next sentence starts among them (the model's machine has
 * no cycle; sentence-mask.test.ts checks both), and every chunk is at least one token. (4 kept one chunk more than
 * any pattern reads, and tokenizing it was ~7% of splitting.)
 */
export const SBD_CONTEXT_CHUNKS = 3;
/**
 * Chunks kept at a line's start: the one a paragraph break ("\n\n", a pattern of its own) starts the next sentence
 * at. wink skips a single "\n", so a pattern crossing it is kept by the count after its first chunk, not this one.
 */
const LINE_START_CHUNKS = 1;

/** Whether a character past ASCII is inert (INERT_OTHER), a lone surrogate half never. */
function inertOther(text: string, i: number, code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && INERT_OTHER.test(text.charAt(i));
}

/**
 * Whether a chunk of ASCII letters has no sentence hint in the model (one it lacks is read as its lower case, so a
 * chunk with a capital is looked up in lower case too).
 */
function endsPatterns(word: string, capital: boolean, hintWords: ReadonlySet<string>): boolean {
  return !hintWords.has(word) && !(capital && hintWords.has(word.toLowerCase()));
}

/**
 * The text with every chunk (run between spaces) that cannot bear on wink's sentence boundaries blanked out, offsets
 * kept. wink's SBD model (wink-eng-lite-web-model) starts a boundary pattern only at ".", "!", "?", an abbreviation
 * (which ends in a dot) or a paragraph break, and a pattern spans at most 4 tokens; wink tokenizes chunk by chunk.
 * So an inert chunk that does not open its line and lies more than 3 chunks past any other chunk is never read by a
 * pattern, nor one past a word of ASCII letters with no sentence hint (sentence-hint-words.ts), which ends every
 * pattern it is read in; the chunks kept become the same tokens. Most words are such chunks, and tokenizing them was
 * most of the cost of splitting (boundaries byte-identical on every real and bench article).
 */
export function maskInsideSentences(text: string, hintWords: ReadonlySet<string>): string {
  const parts: string[] = [];
  let copied = 0;
  // The run of blanked chunks (with the spaces between them) not yet copied out.
  let blankFrom = -1;
  let blankTo = -1;
  const flush = (): void => {
    if (blankFrom < 0) return;
    parts.push(text.slice(copied, blankFrom), ' '.repeat(blankTo - blankFrom));
    copied = blankTo;
    blankFrom = -1;
  };
  let inLine = 0;
  let sinceOpening = SBD_CONTEXT_CHUNKS;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      flush();
      inLine = 0;
    }
    if (code === 10 || code === 32) {
      i++;
      continue;
    }
    let end = i;
    // INERT and LETTER hold while every character has them, CAPITAL once one has it.
    let all = INERT | LETTER;
    let capital = 0;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c < 128) {
        const kind = ASCII_CLASS[c] as number;
        if (kind & CHUNK_END) break;
        all &= kind;
        capital |= kind & CAPITAL;
      } else {
        // Past ASCII: no plain letter, and inert only as INERT_OTHER says.
        all &= (all & INERT) !== 0 && inertOther(text, end, c) ? INERT : 0;
      }
    }
    const chunkInert = (all & INERT) !== 0;
    const letters = (all & LETTER) !== 0;
    const inPattern = sinceOpening < SBD_CONTEXT_CHUNKS;
    const keep = !chunkInert || inLine < LINE_START_CHUNKS || inPattern;
    if (!chunkInert) sinceOpening = 0;
    // A word of ASCII letters with no sentence hint ends every pattern read into it: none reads the chunks after it.
    else if (inPattern && letters && endsPatterns(text.slice(i, end), capital !== 0, hintWords))
      sinceOpening = SBD_CONTEXT_CHUNKS;
    else sinceOpening++;
    inLine++;
    if (keep) flush();
    else {
      if (blankFrom < 0) blankFrom = i;
      blankTo = end;
    }
    i = end;
  }
  flush();
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Sentence boundaries (character offsets) that wink-nlp finds in the whole text. */
function winkBoundaries(text: string, resources: Resources): number[] {
  // wink-nlp slows to a crawl on very long tokens; blank them out, keeping offsets. Words inside sentences no
  // boundary rule reads are blanked too.
  const masked = maskInsideSentences(maskLongTokens(text), sentenceHintWords());
  const doc = resources.nlp.readDoc(masked);
  const its = resources.nlp.its;
  const tokens = doc.tokens().out();
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // Token offsets by forward search: robust even if the tokenizer ever drops or rewrites a character.
  const offsets = new Array<number>(tokens.length);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const at = masked.indexOf(token, cursor);
    offsets[i] = at === -1 ? cursor : at;
    if (at !== -1) cursor = at + token.length;
  }
  const cuts: number[] = [];
  for (const [first] of spans) {
    const at = offsets[first];
    if (first > 0 && at !== undefined && !isDottedNameTail(text, at)) cuts.push(at);
  }
  return cuts;
}

/** Adds text[from, to) of `line` without its outer spaces as a sentence, unless nothing is left. */
function pushSentence(sentences: Sentence[], text: string, line: Line, from: number, to: number): void {
  // A function of the module, not a closure made for each line (a closure per line was 0.5% of extraction).
  let s = from;
  let e = to;
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && text.charCodeAt(e - 1) === 32) e--;
  if (e <= s) return;
  const ignored = line.ignored || CREDIT.test(text.slice(s, e));
  sentences.push({ index: sentences.length, start: s, end: e, paragraph: line.paragraph, ignored });
}

export function segmentText(state: ExtractState, resources: Resources): ExtractState {
  const { text } = state;
  const lines = splitLines(text);
  const authors: string[] = [];
  const seen = new Set<string>();
  let title: string | null = state.input.title ?? null;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (BOILERPLATE_LINE.some((pattern) => pattern.test(content))) {
      line.ignored = true;
      continue;
    }
    const byline = content.length < 120 ? parseByline(content, resources.lexicon) : null;
    if (byline) {
      authors.push(...byline.filter((name) => !authors.includes(name)));
      line.ignored = true;
      continue;
    }
    if (content.length >= DUPLICATE_MIN_LENGTH) {
      if (seen.has(content)) line.ignored = true;
      seen.add(content);
    }
    if (title === null && !line.ignored && content.length <= 200 && !/[.!?]["”’)]*$/.test(content))
      title = content;
  }

  const cuts = winkBoundaries(text, resources);
  const sentences: Sentence[] = [];
  let c = 0;
  for (const line of lines) {
    let start = line.start;
    while (c < cuts.length && (cuts[c] ?? 0) <= start) c++;
    while (c < cuts.length && (cuts[c] ?? Infinity) < line.end) {
      pushSentence(sentences, text, line, start, cuts[c] ?? line.end);
      start = cuts[c] ?? line.end;
      c++;
    }
    pushSentence(sentences, text, line, start, line.end);
  }
  return { ...state, sentences, authors, title };
}

/** Sentences that make up the headline and lead, where an article states its news and its two sides. */
const LEAD_SENTENCES = 3;

/** Where the headline and lead end: the end of the third sentence that is not a dateline or byline, or 0. */
export function leadEnd(state: ExtractState): number {
  return (
    state.sentences
      .filter((s) => !s.ignored)
      .slice(0, LEAD_SENTENCES)
      .at(-1)?.end ?? 0
  );
}
