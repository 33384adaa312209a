// Words that tell a quoted name or term from quoted speech: the markers before a quote that name something
// (the so-called "red lines") and the lower-case words a quoted title may hold ("Face the Nation").

/** Right before a quote, these mark it as a name or term rather than words someone said. */
export const TERM_MARKERS = [
  'so-called',
  'so called',
  'dubbed',
  'known as',
  'codenamed',
  'code-named',
  'nicknamed',
  'titled',
  'entitled',
  'the term',
  'the word',
  'the words',
  'the phrase',
  'the slogan',
  'the motto',
  'the hashtag',
] as const;

/** Lower-case words inside a quoted name in title case: "Face the Nation", "Partnership for Peace". */
export const NAME_LINK_WORDS = [
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  'to',
  'a',
  'an',
  'at',
  'with',
  'de',
  'la',
  'du',
  'des',
  'von',
  'van',
] as const;

/**
 * A determiner right before a short quote that opens with a capital mid-sentence: the quote names something
 * (the "Istanbul agreements", the “Shanghai spirit”), it does not report words.
 */
export const NAME_DETERMINERS = ['the'] as const;

const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term marker ending the text before a quote (a space, comma or colon may follow it). */
export const TERM_MARKER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${TERM_MARKERS.map(escape).join('|')})[\\s,:]*$`,
  'iu',
);

/** One of NAME_DETERMINERS ending the text before a quote. */
export const NAME_DETERMINER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NAME_DETERMINERS.join('|')}) $`, 'iu');

export const NAME_LINKS: ReadonlySet<string> = new Set(NAME_LINK_WORDS);
