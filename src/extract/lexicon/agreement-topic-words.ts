// Words read after an agreement's kind word to tell its subject from its standing ("agreements in energy" vs.
// "an agreement in principle").

import { MONTH_NAMES_LOWER, WEEKDAY_NAMES } from '../../domain/calendar.ts';

/**
 * Nouns that make "in <noun>" an adverbial of the agreement's standing or timing, not its field: "an agreement in
 * principle", "the deal in force", "a treaty in effect", "a pact in return".
 */
export const NOT_A_FIELD_AFTER_IN: ReadonlySet<string> = new Set([
  'principle',
  'force',
  'effect',
  'place',
  'return',
  'exchange',
  'time',
  'part',
  'full',
  'writing',
  'question',
  'progress',
  'particular',
  'total',
  'advance',
  'practice',
  'theory',
  'fact',
  'turn',
  'addition',
  'response',
  'line',
  'recent',
  'talks',
  'negotiations',
  'order',
  'case',
  // "an agreement in principal" (sic), "implement the agreement in letter and spirit", "the bilateral agreement in
  // preparation", "a deal in limbo", "to hold the treaty in abeyance": how or how far along it is, not what it covers.
  'principal',
  'letter',
  'spirit',
  'preparation',
  'limbo',
  'tatters',
  'jeopardy',
  'doubt',
  'abeyance',
]);

/** Nouns that name a field in "in the field(s) of ...": "a memorandum in the field of arbitration". */
export const FIELD_NOUNS: ReadonlySet<string> = new Set([
  'field',
  'fields',
  'area',
  'areas',
  'sphere',
  'spheres',
  'domain',
  'domains',
  'sector',
  'sectors',
]);

/**
 * Lower-case words a formal title's party phrase holds between its capitalized names ("between the Ministry of
 * Agriculture of the Republic of Tajikistan and the Committee for Youth Affairs under the Government of ...").
 */
export const FORMAL_PARTY_JOINERS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'under', 'on']);

/** Days and months: "... and the Government of Ghana on Monday" dates a formal title, it names no subject or party. */
export const FORMAL_TITLE_DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES_LOWER,
  ...WEEKDAY_NAMES.map((d) => d.toLowerCase()),
]);

/** Prepositions that open a formal title's subject ("Agreement of brotherhood between ...", "... of Egypt on cooperation"). */
export const FORMAL_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'of']);

/**
 * Words that end a list of subjects after a plural kind word ("memoranda on trade, energy and education, which
 * ..."): a clause, the occasion or the parties begin.
 */
export const SUBJECT_LIST_END_WORDS: readonly string[] = [
  'that',
  'which',
  'who',
  'signed',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'has',
  'had',
  'by',
  'after',
  'before',
  'during',
  'as',
  'since',
  'when',
  'while',
  'between',
  'with',
  'to',
  'at',
  'under',
  'within',
  'for',
];

/** Words no listed subject opens with: "an agreement on X, and the ...", "and others". */
export const SUBJECT_LIST_NOT_OPENING: ReadonlySet<string> = new Set(['a', 'an', 'the', 'other', 'others']);

/** What a list of subjects may hang from: "in the fields of A, B and C", "on matters such as A, B and C". */
export const SUBJECT_FIELD_NOUNS: ReadonlySet<string> = new Set([
  ...FIELD_NOUNS,
  'matters',
  'issues',
  'topics',
  'subjects',
]);

/**
 * Possessives of the sides themselves: after a purpose verb they make it a purpose about their own relations ("a
 * joint declaration to conclude their disagreement", "an agreement to settle their border dispute"), which says why
 * they signed, not which instrument it is.
 */
export const SIDES_OWN_POSSESSIVES: ReadonlySet<string> = new Set(['their']);
