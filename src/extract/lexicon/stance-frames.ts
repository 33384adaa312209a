// Stance frames: a verb and the fixed words after it that together state a stance, as one stance verb does
// ("drew attention to ...", "took exception to ...", "made it clear that ..."). Data only; statements/ reads it.

export interface StanceFrame {
  /** The inflections of the frame's verb, lower case. */
  readonly verbs: readonly string[];
  /** The fixed words after the verb, lower case. */
  readonly words: readonly string[];
  /** Whether a short noun phrase may stand between the verb and its words ("drew the envoy's attention to"). */
  readonly gap: boolean;
}

export const STANCE_FRAMES: readonly StanceFrame[] = [
  // "The minister drew attention to the shelling", "drew the envoy's attention to the need to ..."
  { verbs: ['drew', 'draws', 'drawn'], words: ['attention', 'to'], gap: true },
  // "She brought to the attention of her counterpart that ..."
  { verbs: ['brought', 'brings'], words: ['to', 'the', 'attention'], gap: false },
  // "He took exception to the envoy's remarks", "took issue with the report"
  { verbs: ['took', 'takes'], words: ['exception', 'to'], gap: false },
  { verbs: ['took', 'takes'], words: ['issue', 'with'], gap: false },
  // "The ministry made it clear that ..."
  { verbs: ['made', 'makes'], words: ['it', 'clear'], gap: false },
  // "Peskov held out the prospect that the deal could be revived"
  { verbs: ['held', 'holds'], words: ['out', 'the', 'prospect'], gap: false },
  // "The Secretary-General looks forward to the full implementation of the accord"
  { verbs: ['looks', 'looked'], words: ['forward', 'to'], gap: false },
];

/** Words a frame's gap may hold: "the American diplomat's", "special". */
export const MAX_STANCE_FRAME_GAP_WORDS = 4;
