// Words read when two titles of one article are compared to tell whether they name one instrument: fillers that
// say nothing, words too common to name one alone, and words that set one instrument apart from another.

/** Prepositions and articles inside a title ("Agreement on the Cessation of Hostilities"). */
export const TITLE_FILLER_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'of',
  'on',
  'for',
  'to',
  'in',
  'at',
  'by',
  'with',
]);

/** Words too common to name an instrument alone ("Joint Statement", "Comprehensive Economic Partnership"). */
export const TITLE_WEAK_WORDS: ReadonlySet<string> = new Set([
  'joint',
  'trade',
  'free',
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
  'general',
]);

/**
 * Words that make a longer title another instrument than the shorter one it holds: a sequel, a stage, a wider
 * or a later text ("Minsk II", "Joint Comprehensive Plan of Action" beside the "Joint Plan of Action", "the Final
 * Peace Agreement", "the Protocol to the ...").
 */
export const TITLE_SETTING_APART_WORDS: ReadonlySet<string> = new Set([
  'ii',
  'iii',
  'iv',
  'second',
  'third',
  'final',
  'interim',
  'initial',
  'preliminary',
  'additional',
  'supplementary',
  'revised',
  'amended',
  'amendment',
  'protocol',
  'annex',
  'implementation',
  'implementing',
  'framework',
  'comprehensive',
  'progressive',
  'extended',
  'extension',
  'plus',
  'proposal',
  'draft',
]);

/** Words of scope that set a title apart but that news also uses to call the one deal ("a comprehensive agreement"). */
const SCOPE_PRAISE_WORDS: ReadonlySet<string> = new Set(['preliminary', 'comprehensive', 'progressive']);

/**
 * Words that tell one stage or sequel of a process from another in news' description of a deal ("the extension",
 * "the final deal", "a framework agreement", "the draft"): two descriptions of one sides' deals that differ by one
 * are two. Unlike TITLE_SETTING_APART_WORDS, no praise of scope ("a comprehensive agreement", "a preliminary
 * agreement" is how news calls the deal itself).
 */
export const STAGE_DESCRIPTION_WORDS: ReadonlySet<string> = new Set([
  ...[...TITLE_SETTING_APART_WORDS].filter((word) => !SCOPE_PRAISE_WORDS.has(word)),
  'extend',
  'extending',
  'renewed',
]);

/**
 * Kind words and joiners that, with only weak and filler words beside them, make a title no name of one instrument
 * ("Memorandum of Understanding", "Framework Agreement", "Declaration of Peace"): every article has one.
 */
export const TITLE_KIND_ONLY_WORDS: ReadonlySet<string> = new Set([
  'agreement',
  'memorandum',
  'understanding',
  'mou',
  'treaty',
  'pact',
  'accord',
  'deal',
  'declaration',
  'the',
  'and',
]);
