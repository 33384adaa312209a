// Stance frames: a verb and the fixed words after it that together state a stance, as one stance verb does
// ("drew attention to ...", "took exception to ...", "made it clear that ..."). Data only; statements/ reads it.

export interface StanceFrame {
  /** The inflections of the frame's verb, lower case. */
  readonly verbs: readonly string[];
  /** The fixed words after the verb, lower case. */
  readonly words: readonly string[];
  /** Whether a short noun phrase may stand between the verb and its words ("drew the envoy's attention to"). */
  readonly gap: boolean;
  /**
   * Whether the gap must name whose stance it is, a possessive ("announced its support for", "declared the
   * government's readiness to"), and hold nothing else than that owner and a modifier or two: "announced new support
   * for farmers" is aid, not a stance.
   */
  readonly owned?: true;
}

/**
 * Verbs that state a stance only through a noun of stance owned by the subject ("Sudan announced its strong support
 * to the resolution", "declared their opposition to the deal", "renewed its rejection of the plan"); "announced the
 * deal" or "renewed the agreement" states none.
 */
const OWNED_STANCE_VERBS = ['announced', 'announces', 'declared', 'declares', 'renewed', 'renews'] as const;

/** Nouns of stance after such a verb and its owner, with the words that may follow each. */
const OWNED_STANCE_NOUNS: Record<string, readonly string[]> = {
  support: ['for', 'to', 'of'],
  backing: ['for', 'to', 'of'],
  rejection: ['of'],
  condemnation: ['of'],
  opposition: ['to'],
  refusal: ['of', 'to'],
  acceptance: ['of'],
  consent: ['to'],
  endorsement: ['of'],
  commitment: ['to'],
  readiness: ['to', 'for'],
  willingness: ['to'],
  welcome: ['of', 'to', 'for'],
};

/** Possessive pronouns that may open the owner of such a noun. */
export const STANCE_OWNER_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
/** Modifiers an owned stance noun may have after its owner ("its strong and unequivocal support"). */
export const MAX_STANCE_OWNER_MODIFIERS = 2;

function ownedStanceFrames(): StanceFrame[] {
  return Object.entries(OWNED_STANCE_NOUNS).flatMap(([noun, after]) =>
    after.map((word) => ({
      verbs: OWNED_STANCE_VERBS,
      words: [noun, word],
      gap: true,
      owned: true as const,
    })),
  );
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
  ...ownedStanceFrames(),
];

/** Words a frame's gap may hold: "the American diplomat's", "special". */
export const MAX_STANCE_FRAME_GAP_WORDS = 4;
