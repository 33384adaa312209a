// Word lists of UN resolutions an article reports (agreements/council-resolutions.ts): the bodies that adopt
// them, the verbs of adopting and the words between such a verb and "resolution". Data only.

/** The bodies whose resolutions are instruments of their own, with the name their resolutions go by. */
export const RESOLUTION_BODIES: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly name: string;
  readonly id: RegExp;
}> = [
  { pattern: /\b(?:Security Council|UNSC)\b/, name: 'UN Security Council', id: /security-council$/ },
  { pattern: /\bGeneral Assembly\b|\bUNGA\b/, name: 'UN General Assembly', id: /general-assembly$/ },
];

/**
 * Verbs that tell of a body adopting a resolution: "the Council adopted a resolution", "Adopting resolution 2724",
 * "passes resolution". The bare verb is left out: "pushing the Council to adopt a resolution" is a wish.
 */
export const RESOLUTION_ADOPTING_VERBS: ReadonlySet<string> = new Set([
  'adopts',
  'adopted',
  'adopting',
  'passes',
  'passed',
  'approves',
  'approved',
]);

/** Nouns of adopting before "of" and the resolution: "the adoption of the resolution on Gaza by the Security Council". */
export const RESOLUTION_ADOPTION_NOUNS: ReadonlySet<string> = new Set(['adoption', 'passage', 'approval']);

/** How far before "of" such a noun may stand: "the Council's adoption on Monday of a US-drafted resolution". */
export const RESOLUTION_ADOPTION_NOUN_MAX_GAP = 3;

/** Auxiliaries of the passive after "resolution" ("the resolution was adopted with 13 votes"). */
export const RESOLUTION_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been']);

/**
 * What in a sentence of a passive adoption that does not name the body still makes it a vote of one ("The
 * resolution was adopted with 14 votes in favour"): a count of votes, not the verb itself.
 */
export const RESOLUTION_COUNT_CUES = /\b(?:vot(?:e|es|ed|ing)|in favou?r|abstention\w*|unanimously)\b/i;

/**
 * A body's name right before "resolution", after a determiner ("the UN Security Council resolution", "the United
 * Nations Security Council's recent resolution", "a UN Security Council resolution backing the plan"): group 1 is
 * the name with its modifier, read from the text before the word. A year or number between the determiner and the
 * body ("a 2016 Security Council resolution") is a resolution cited, not the one reported.
 */
export const RESOLUTION_BODY_BEFORE =
  /\b(?:the|a|this|its)\s+((?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council|UNSC|General Assembly|UNGA)(?:['’]s)?(?:\s+(?:recent|latest|new|draft|[\w.]+-(?:drafted|backed|sponsored)))?\s+)$/;

/** How many characters before "resolution" the body's name is looked for. */
export const RESOLUTION_BODY_BEFORE_CHARS = 60;

/** Determiners between such a verb and "resolution" ("adopted a resolution", "passed its resolution"). */
export const RESOLUTION_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'this']);

/** Determiners that point back at the resolution in view ("the resolution demands", "this resolution"). */
export const RESOLUTION_REFERRING: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/**
 * Words that may stand between the determiner and "resolution" ("a draft resolution", "a key resolution", "a
 * US-drafted resolution"); a hyphened word ending in a participle ("UK-drafted", "Arab-backed") is one too.
 */
export const RESOLUTION_MODIFIERS: ReadonlySet<string> = new Set([
  'draft',
  'new',
  'key',
  'landmark',
  'binding',
  'non-binding',
  'historic',
  'first',
]);

/** Words after "the resolution" that make it the settling of something, not a document ("the resolution of"). */
export const RESOLUTION_NOT_DOCUMENT_AFTER: ReadonlySet<string> = new Set(['of', 'to']);

/** What in the sentence of a numbered resolution says it is the one being adopted ("adopted with 14 votes"). */
export const RESOLUTION_VOTE_CUES =
  /\b(?:adopt\w*|vot(?:e|es|ed|ing)|in favou?r|abstention\w*|unanimously)\b/i;
