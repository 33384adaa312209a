// Every part-of-speech tag wink-eng-lite-web-model can give each of these closed-class words when it stands alone
// between spaces, in any sentence: test/unit/extract/closed-class-tags.test.ts proves each set from the model's tables.

/**
 * Words whose possible tags rule a question out without tagging the sentence (text/tags-without-tagging.ts): "their"
 * is never an adjective before a meeting word, "to" never opens a reported clause's subject. Not here, because
 * the model may tag them ADJ or a noun somewhere: for, on, in, about, over, after, that, said, next.
 */
export const CLOSED_CLASS_TAGS: Readonly<Record<string, readonly string[]>> = {
  a: ['DET'],
  the: ['DET'],
  and: ['CCONJ'],
  of: ['ADP'],
  at: ['ADP'],
  during: ['ADP'],
  from: ['ADP'],
  into: ['ADP'],
  than: ['ADP'],
  with: ['ADP'],
  by: ['ADP', 'ADV'],
  before: ['ADP', 'ADV'],
  within: ['ADP', 'ADV'],
  to: ['PART', 'ADP'],
  his: ['PRON', 'DET'],
  her: ['PRON', 'DET'],
  its: ['PRON'],
  our: ['PRON'],
  their: ['PRON'],
  my: ['PRON'],
  your: ['PRON'],
  be: ['AUX'],
  is: ['AUX'],
  are: ['AUX'],
  was: ['AUX'],
  were: ['AUX'],
  been: ['AUX'],
  being: ['AUX', 'NOUN'],
  has: ['AUX', 'VERB'],
  have: ['AUX', 'NOUN', 'VERB'],
  had: ['AUX', 'VERB'],
  will: ['AUX', 'NOUN', 'VERB'],
  would: ['AUX'],
  could: ['AUX'],
  should: ['AUX'],
  may: ['AUX'],
  might: ['AUX', 'NOUN'],
  can: ['AUX', 'NOUN', 'VERB'],
};
