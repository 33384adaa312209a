// Text normalization for the evaluation: names, quotes, dates and agreement titles compared the way a reader would.
// Pure string functions; the scorer never compares raw strings.

/** Lower-case, diacritics folded, apostrophes dropped, every other non-alphanumeric run becomes one space. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Quotes compare on words only: punctuation, brackets, ellipses and curly quotes are ignored. */
export function normalizeQuote(text: string): string {
  return normalizeName(text);
}

/** True when one normalized quote contains the other on word boundaries (split or partial quotes). */
export function quotesOverlap(a: string, b: string): boolean {
  const x = normalizeQuote(a);
  const y = normalizeQuote(b);
  if (x === '' || y === '') return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/** Dates of different precision agree when one is a prefix of the other ("2024-06" and "2024-06-19"). */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'a', 'an']);

/** "North Atlantic Treaty Organization" -> "nato"; used to match organizations by acronym. */
export function acronym(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map((word) => word[0])
    .join('');
}

/** Words that say what kind of document something is, not which one. */
const GENERIC_AGREEMENT_WORDS = new Set([
  ...STOP_WORDS,
  'to',
  'with',
  'between',
  'treaty',
  'agreement',
  'agreements',
  'pact',
  'accord',
  'accords',
  'deal',
  'memorandum',
  'understanding',
  'mou',
  'declaration',
  'document',
]);

/** Too common to identify an agreement on their own ("the new agreement", "the water deal" are not names). */
const WEAK_SINGLE_WORDS = new Set([
  'new',
  'joint',
  'bilateral',
  'trade',
  'peace',
  'security',
  'energy',
  'water',
  'nuclear',
  'defense',
  'defence',
  'partnership',
  'cooperation',
  'strategic',
  'comprehensive',
  'ceasefire',
  'arms',
  'military',
  'economic',
  'framework',
]);

export function agreementTokens(name: string): Set<string> {
  return new Set(
    normalizeName(name)
      .split(' ')
      .filter((word) => word !== '' && !GENERIC_AGREEMENT_WORDS.has(word)),
  );
}

/**
 * Two agreement titles name the same agreement when the distinctive words of one are all in the other:
 * "comprehensive strategic partnership" names the "Russia-North Korea comprehensive strategic partnership treaty".
 * A lone word counts only when it is distinctive ("Jeddah", not "new").
 */
export function agreementNamesOverlap(a: string, b: string): boolean {
  const x = agreementTokens(a);
  const y = agreementTokens(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  for (const word of small) if (!large.has(word)) return false;
  if (small.size >= 2) return true;
  const [only] = small;
  return only !== undefined && !WEAK_SINGLE_WORDS.has(only) && only.length >= 3;
}

/** Place names agree when the words of one are all in the other ("Woodside" and "Woodside, California"). */
export function placesOverlap(a: string, b: string): boolean {
  const x = normalizeName(a).split(' ').filter(Boolean);
  const y = new Set(normalizeName(b).split(' ').filter(Boolean));
  const xs = new Set(x);
  if (xs.size === 0 || y.size === 0) return false;
  const [small, large] = xs.size <= y.size ? [xs, y] : [y, xs];
  for (const word of small) if (!large.has(word)) return false;
  return true;
}
