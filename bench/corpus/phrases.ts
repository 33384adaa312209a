// Sentence material for synthetic articles: quotes, reported clauses and reactions with {slots}.
// Data plus one pure filler; slots name story fields (A, B, C, capA, capB, kind, agreement, topic...).

export type Slots = Readonly<Record<string, string>>;

/** Fills {name} slots; an unknown slot is a bug in this file, so it fails loudly. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`no slot {${key}} for "${template}"`);
    return value;
  });
}

/** First-person quotes by an official of country A; no final punctuation (the writer adds it). */
export const QUOTES_A: readonly string[] = [
  'This {kind} is a kind of warning for those countries that would plan to solve the problems of the region by military means',
  'The {kind} is not aimed at any third country, and it does not target {C}',
  'We hope {capC} will accept the new agreement with an understanding, and a sound approach will prevail there',
  'Our relations with {B} have reached a qualitatively new level',
  'This is a historic day for our two nations and for the whole region',
  'We will respond to any provocation firmly and in proportion',
  'The door to dialogue remains open, but dialogue cannot be a one-way street',
  'Nobody should doubt our commitment to {topic}',
  'We discussed {topic} in great detail and found a great deal of common ground',
  'It would be a very big mistake, and we would take corresponding measures',
  'We expect the groundwork for the visit to be laid in the coming weeks',
  'There is no alternative to diplomacy, and we will keep talking to {capB}',
  'Our position on {topic} has not changed and will not change',
  'The agreement opens a new chapter in relations between {A} and {B}',
  'We are not going to ask anyone for permission to develop our ties with {B}',
  'Both sides agreed that the implementation of the {kind} should be accelerated',
];

/** Quotes by the counterpart, country B. */
export const QUOTES_B: readonly string[] = [
  'We value the friendship between our peoples, which has stood the test of time',
  '{A} is a reliable partner and we intend to deepen our cooperation on {topic}',
  'The talks were frank, constructive and forward-looking',
  'We will continue to work closely with {capA} on {topic}',
  'This visit sends a clear message that our partnership is growing stronger',
];

/** Reactions by a third country or an organization. */
export const REACTIONS: readonly string[] = [
  'We are closely watching the developments and will take all necessary steps to protect our security',
  'Any cooperation that violates Security Council resolutions is unacceptable',
  'We urge both sides to act responsibly and to refrain from steps that raise tensions',
  'Such agreements should not come at the expense of the security of neighboring countries',
  'We call on all parties to return to the negotiating table',
];

/** Clauses for reported speech: "X noted that {clause}". */
export const CLAUSES: readonly string[] = [
  'the necessary conditions for a visit to {capA} are in place',
  'the {kind} does not target {C} or any other third country',
  'talks on {topic} would continue at the working level',
  '{A} had no intention of escalating tensions in the region',
  'both sides had agreed to expand cooperation on {topic}',
  'the two countries would hold another round of talks before the end of the year',
  '{capB} had yet to respond formally to the proposal',
  'the documents that need to be signed were still being prepared',
  'the agreement would be submitted to parliament for ratification',
];

/** "the treaty {PARTIAL}": quoted fragments inside reported speech. */
export const PARTIALS: readonly string[] = [
  'is not aimed at undermining the already difficult situation in the region',
  'fully complies with international law',
  'serves the interests of both peoples',
  'reflects the new geopolitical reality',
];

export const SPEECH_VERBS: readonly string[] = [
  'said',
  'noted',
  'stressed',
  'remarked',
  'told reporters',
  'insisted',
];

export const DECKS: readonly string[] = [
  'The {title} said {capA} hopes {capC} will “accept the new agreement with an understanding”',
  'The two sides pledged to deepen cooperation on {topic}',
  'Officials said the talks would continue at the working level',
  '{capC} reacted cautiously to the announcement',
];
