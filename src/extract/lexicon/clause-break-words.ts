// Speech verbs that open a new clause inside a reported clause (find-reported-speech.ts, clauseBreak): there the
// clause of the first speech verb ends. Kept apart from SPEECH_VERBS: each list is the exact set its break allows.

/** ", saying ...", ", warning ...": a participle clause after a comma. */
export const CLAUSE_BREAK_PARTICIPLES = [
  'saying',
  'adding',
  'calling',
  'describing',
  'noting',
  'warning',
  'stressing',
  'urging',
  'accusing',
  'insisting',
  'emphasizing',
  'emphasising',
  'explaining',
] as const;

/** "... and said ...", ", but warned ...": a second verb of the same subject. */
export const CLAUSE_BREAK_SECOND_VERBS = [
  'said',
  'warned',
  'added',
  'stressed',
  'urged',
  'accused',
  'called',
  'insisted',
  'noted',
] as const;

/**
 * ", and announced its refusal to ...", ", and reaffirmed its support for ...": a second stance verb of the same
 * subject, after a comma only ("welcomed the deal reached and announced by the mediators" is one object).
 */
export const CLAUSE_BREAK_SECOND_STANCE_VERBS = [
  'announced',
  'declared',
  'renewed',
  'reaffirmed',
  'reiterated',
  'welcomed',
  'expressed',
  'praised',
  'hailed',
  'lauded',
  'commended',
  'condemned',
  'rejected',
  'emphasized',
  'emphasised',
  'underlined',
] as const;

/** ", and he also denied ...": a pronoun subject and its speech verb. */
export const CLAUSE_BREAK_PRONOUN_VERBS = [
  'said',
  'denied',
  'warned',
  'added',
  'stressed',
  'insisted',
  'noted',
  'rejected',
  'dismissed',
] as const;
