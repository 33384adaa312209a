// Words read after an agreement's kind word to tell its subject from its standing ("agreements in energy" vs.
// "an agreement in principle").

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

/** Prepositions that open a formal title's subject ("Agreement of brotherhood between ...", "... of Egypt on cooperation"). */
export const FORMAL_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'of']);
