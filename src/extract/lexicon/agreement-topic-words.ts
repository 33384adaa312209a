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
