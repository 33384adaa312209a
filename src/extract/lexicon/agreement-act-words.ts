// The words that report what happened to an agreement, per status: the act an agreement event is coded from.
// Data only; extract/events/agreement-events.ts reads it (the status itself comes from lexicon/event-words.ts), and
// agreements/agreement-facts.ts the verbs of its parties, its signing and its telling.
export const AGREEMENT_ACT_WORDS = {
  signed: [
    'signed',
    'signing',
    'sign',
    'signs',
    'inked',
    'sealed',
    'concluded',
    'reached',
    'struck',
    'established',
  ],
  ratified: ['ratified', 'ratify', 'ratifies', 'ratification', 'ratifying'],
  negotiating: ['negotiating', 'negotiate', 'negotiated', 'negotiations', 'talks'],
  suspended: ['suspended', 'suspend', 'suspends', 'suspending', 'suspension'],
  withdrawn: [
    'withdrew',
    'withdraw',
    'withdrawn',
    'withdraws',
    'withdrawing',
    'withdrawal',
    'quit',
    'quits',
    'exited',
    'exit',
    'scrapped',
    'abandoned',
    'terminated',
    'pulled',
  ],
} as const;

/** Verbs whose subjects are an agreement's parties ("Iran and Saudi Arabia agreed ... in a deal"). */
export const PARTY_VERB_WORDS = [
  'signed',
  'signing',
  'inked',
  'reached',
  'struck',
  'sealed',
  'concluded',
  'agreed',
  // Headlines tell it in the present: "Turkey, Armenia sign deal to resume ties", "Pakistan, Turkiye ink trade deal".
  'sign',
  'signs',
  'ink',
  'inks',
  'seal',
  'seals',
  'agree',
  'agrees',
] as const;

/**
 * Words after a party verb that make it a noun: "the AU welcomed the signing of the peace deal", "UN chief welcomes
 * signing of ...": the signing is the object of someone else's verb, and who stands before it signed nothing.
 */
export const NOMINAL_ACT_FOLLOWERS = ['of'] as const;

/**
 * Verbs whose subjects are a declaration's parties, as well as the signing ones: a joint statement is issued, not
 * signed ("Kenya and Uganda issued a joint statement"). Not for other kinds: hostages are released too.
 */
export const DECLARATION_PARTY_VERB_WORDS = ['issued', 'released', 'adopted'] as const;

/**
 * Words that make a joint statement a document its sides put their names to ("the leaders signed a joint statement",
 * "the joint statement adopted at the summit"), not a text only issued or read out to tell of something.
 */
export const STATEMENT_MAKING_WORDS = [
  'sign',
  'signs',
  'signed',
  'signing',
  'inked',
  'adopt',
  'adopts',
  'adopted',
  'adopting',
] as const;

/** Document nouns that are a statement of those who issue it unless signed or adopted: "a joint statement". */
export const STATEMENT_DOCUMENT_NOUNS = ['statement'] as const;

/** Verbs that tell a signing itself, not only an agreement reached: "signed", "inked". */
export const STRICT_SIGN_WORDS = ['signed', 'signing', 'inked'] as const;

/**
 * A headline's verbs of making a deal now ("Amman Signs $10bn Gas Deal", "Israel strikes 'historic' gas deal"): the
 * deal it previews is the day's news, made in the article's year. "to sign" is a plan, "signing" a noun.
 */
export const HEADLINE_MAKING_VERBS =
  /(?<!\bto )\b(?:signs?|inks?|strikes?|seals?|clinch(?:es)?|reach(?:es)?|concludes?)\b/i;

/** "the two sides", "both countries": the counts and the nouns that name the article's main pair of countries. */
export const PAIR_COUNT_WORDS = ['two', 'both'] as const;
export const PAIR_GROUP_NOUNS = ['sides', 'countries', 'nations', 'leaders', 'governments'] as const;

/** A verb of telling between an agreement and a date: the date is when it was told. */
export const TELLING_VERB_WORDS = [
  'said',
  'says',
  'told',
  'announced',
  'added',
  'stated',
  'declared',
] as const;

/**
 * Words after which "reach", "achieve" or "secure" make no ceasefire but name one sought: "the urgent need to reach
 * a ceasefire", "efforts to secure a truce", "how a ceasefire can be achieved".
 */
export const GOAL_LEAD_WORDS = [
  'need to',
  'needs to',
  'needed to',
  'effort to',
  'efforts to',
  'bid to',
  'push to',
  'attempt to',
  'attempts to',
  'aim to',
  'aims to',
  'seek to',
  'seeks to',
  'seeking to',
  'try to',
  'trying to',
  'working to',
  'how to',
] as const;
/** Verbs that make an agreement, sought after GOAL_LEAD_WORDS or under a modal ("should be achieved"). */
export const GOAL_MAKING_VERBS = [
  'reach',
  'reached',
  'achieve',
  'achieved',
  'secure',
  'secured',
  'agree',
  'agreed',
] as const;
/** Modals that make "be achieved", "be reached" a wish: "a ceasefire in Gaza should be achieved". */
export const GOAL_MODALS = ['should', 'can', 'could', 'must', 'might', 'may'] as const;

/** A name word that makes an agreement a founding charter ("Charter of the United Nations", "ASEAN Charter"). */
export const CHARTER_NAME_WORDS: ReadonlySet<string> = new Set(['charter']);

/**
 * Words before a charter that cite it as the yardstick of what the sides do ("relations based on the UN Charter",
 * "consistent with the Purposes and Principles of the UN Charter", "adhering to the Charter of the OIC").
 */
export const CHARTER_CITING_WORDS: ReadonlySet<string> = new Set([
  'principles',
  'purposes',
  'based',
  'accordance',
  'consistent',
  'adhering',
  'adherence',
  'adhere',
  'abide',
  'abiding',
  'outlined',
  'enshrined',
  'guided',
]);

/** Words before a charter that tell of an act on it, not a citation: "signed the ... Charter", "violated". */
export const CHARTER_ACT_WORDS: ReadonlySet<string> = new Set([
  'signed',
  'signing',
  'adopted',
  'adopting',
  'ratified',
  'amended',
  'amend',
  'drafted',
  'violated',
  'violation',
  'violating',
  'breach',
  'breached',
]);

/**
 * Words right before "a"/"an" that, with a word of scope after, make the agreement a goal, not one made: "progress
 * toward a lasting peace agreement". "negotiations aimed at cementing a comprehensive peace accord" is one too.
 */
export const GOAL_APPROACH_WORDS: ReadonlySet<string> = new Set(['toward', 'towards']);
/**
 * Words of scope that, after GOAL_APPROACH_WORDS, mark the agreement a later, larger one than any in view ("toward a
 * lasting peace agreement"); "negotiations toward an agreement", "steps towards a ceasefire" may be the one in view.
 */
export const GOAL_SCOPE_WORDS: ReadonlySet<string> = new Set([
  'lasting',
  'comprehensive',
  'permanent',
  'durable',
  'sustainable',
  'final',
  'broader',
  'long-term',
]);
/** Gerunds that, after "aimed at" or "aiming at", name an agreement sought ("aimed at cementing a ... accord"). */
export const GOAL_AIM_GERUNDS: ReadonlySet<string> = new Set([
  'cementing',
  'reaching',
  'securing',
  'achieving',
  'clinching',
  'concluding',
  'finalizing',
  'finalising',
]);

/**
 * Words that may open an aside after a truce's noun phrase before the verb that made it: a relative pronoun and its
 * auxiliaries ("a truce, which was brokered by Qatar, ..."); the aside's verb must follow them at once.
 */
export const ASIDE_ACT_OPENERS = [
  'which',
  'that',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'been',
] as const;
