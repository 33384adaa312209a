// Word lists of agreement mentions (agreements/agreement-mentions.ts): the determiners, modifiers and stop words
// around an agreement's kind word ("the new treaty"). Data only.

import { COUNT_WORDS } from './word-lists.ts';

/** Determiners before an agreement's kind word: "the treaty", "another accord", "no deal". */
export const AGREEMENT_DETERMINERS = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'such',
  'any',
  'which',
  'another',
  'each',
  'every',
  'no',
] as const;

/** Determiners that point at an agreement already in view ("the treaty", "these agreements"). */
export const REFERRING_AGREEMENT_DETERMINERS = ['the', 'its', 'their', 'these', 'those'] as const;

/**
 * Words before a kind word that say only how the sides made it, together: "this joint declaration" after "the Ankara
 * Declaration" is that declaration, though "a joint declaration" alone may be a statement of its own.
 */
export const JOINTLY_MADE_WORDS: ReadonlySet<string> = new Set(['joint']);

/** Words before a kind word that say nothing about which agreement it is. */
export const AGREEMENT_DESCRIPTOR_MODIFIERS = [
  'separate',
  'similar',
  'short-lived',
  'such',
  'most',
  'significant',
  'important',
  'biggest',
  'largest',
  'first-ever',
  'only',
  'same',
  'new',
  'newly',
  'signed',
  'recent',
  'landmark',
  'historic',
  'historical',
  'history-making',
  'momentous',
  'unprecedented',
  // Blame says no more than praise which agreement it is: "its illegal MOU", "the controversial deal".
  'controversial',
  'illegal',
  'proposed',
  'planned',
  'draft',
  'latest',
  'old',
  'existing',
  'reached',
  'agreed-upon',
  'first',
  'second',
  'third',
  'final',
  'earlier',
  'previous',
  'former',
  'current',
  'so-called',
  'two',
  'three',
  'several',
  'both',
  'such',
  'similar',
  'major',
  'key',
  'broad',
  'sweeping',
  'formal',
  'preliminary',
  'tentative',
  'interim',
  'long-awaited',
  'controversial',
  'pivotal',
  'powerful',
  'detailed',
  // How whole or how standard it is says no more which one it is: "implement the entire agreement", "CIS-MOA is a
  // foundational agreement the US signs with allies", "formalizes our ties through a structured agreement".
  'entire',
  'structured',
  'standard',
  'foundational',
  // "calling for a fair agreement", "close to a good agreement", "this great agreement": how good it is, not which.
  'good',
  'great',
  'fair',
  'balanced',
  'excellent',
  // "this bilateral agreement", "the upcoming agreement between Iran and the United States": which sides and
  // when, not which agreement (the sides are read from the sentence).
  'bilateral',
  'upcoming',
  // "following a surprise deal brokered by China", "the surprise deal between the government and the rebels": how
  // it came about, not which agreement.
  'surprise',
] as const;

/**
 * Ends of a hyphened word before a kind word that tell the instrument's form or age, not its subject ("the
 * three-phase deal", "the six-page agreement", "the decades-old treaty").
 */
export const AGREEMENT_FORM_MODIFIER_ENDS = ['phase', 'stage', 'step', 'page', 'point', 'old'] as const;

/**
 * Nouns of a step on a way, left alone before a kind word once its ordinal is read as a modifier ("the first stage
 * agreement", "a first phase deal"): which step it is, not what it is about.
 */
export const AGREEMENT_FORM_NOUNS: ReadonlySet<string> = new Set(['phase', 'stage', 'step']);

/**
 * Words that make a step the first one ("the first stage agreement", "an initial-phase deal", "the phase one deal"):
 * the deal in view. A later step ("a phase two deal", "the second stage agreement") is one still to come.
 */
export const FIRST_STEP_WORDS: ReadonlySet<string> = new Set(['first', 'initial', 'one', '1']);

/**
 * Words before a kind word that tell only how far an agreement reaches, not what it is about ("a clear and
 * comprehensive agreement", "a lasting and comprehensive agreement"): news' words for the deal in view or the one
 * sought to follow it, never a second subject. So do the words of its legal force ("a binding legal agreement",
 * "a legally binding agreement"). Not "final" nor "permanent": those set a later one against a temporary one ("the
 * interim deal ... a final agreement").
 */
export const AGREEMENT_SCOPE_ONLY_WORDS: ReadonlySet<string> = new Set([
  'comprehensive',
  'overall',
  'lasting',
  'durable',
  'sustainable',
  'binding',
  'legally',
  'legal',
]);

/** Words that end a descriptor going left (verbs, prepositions, conjunctions). */
export const AGREEMENT_DESCRIPTOR_STOPS = [
  'to',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'and',
  'or',
  'but',
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'under',
  'into',
  'from',
  'over',
  'that',
  'it',
  'they',
  'signed',
  'sign',
  'reached',
  'agreed',
  'revive',
  'renew',
  'extend',
  'suspend',
  'suspended',
  'quit',
  'exit',
  'join',
  'joined',
  'than',
  'not',
  'also',
  'said',
  'says',
  'called',
] as const;

/** Determiners that make a known agreement's mention definite: "the New START treaty", "their accord". */
export const KNOWN_DEFINITE_DETERMINERS = ['the', 'its', 'their'] as const;

/** Prepositions that continue an agreement's name with capitals: "Agreement on Trade", "Treaty of Rome". */
export const NAME_TAIL_PREPOSITIONS = ['on', 'of', 'for'] as const;

/**
 * Lower-case words inside such a name tail: "Treaty on the Non-Proliferation of Nuclear Weapons", "Declaration of
 * Commitment to Protect the Civilians of Sudan" (a capitalized word must follow, as for each of them).
 */
export const NAME_TAIL_INNER_WORDS = ['of', 'and', 'on', 'in', 'the', 'to'] as const;

/**
 * Words that join two capitalized runs before a name's kind word: "the Basic Exchange and Cooperation Agreement",
 * "the Communication Interoperability and Security Memorandum of Agreement".
 */
export const NAME_HEAD_JOINERS: ReadonlySet<string> = new Set(['and']);

/** Prepositions that open an agreement's topic: "an agreement on trade", "a deal to end the war". */
export const TOPIC_PREPOSITIONS = ['on', 'to', 'for', 'of'] as const;

/**
 * "signed an agreement on shipping and another on hydrography", "a memorandum on visas, and another between the
 * culture ministers": the word that stands for a second instrument of the kind just told, and the prepositions that
 * open what it is about or between whom, right after it.
 */
export const ELIDED_KIND_HEADS = ['another'] as const;
export const ELIDED_KIND_OPENERS = ['on', 'between', 'in', 'for'] as const;

/**
 * The preposition after a kind word that opens the deal's subject ("an agreement on fisheries"), which tells two
 * deals of one pair of sides apart as "the fisheries deal" does; not a purpose ("a deal to settle the dispute") nor
 * a title's "of" ("Declaration of Principles").
 */
export const SUBJECT_AFTER_KIND_PREPOSITIONS: ReadonlySet<string> = new Set(['on']);

/**
 * The prepositions after a listed document's kind word that open what sets it apart from the next item ("an MoU on
 * health, an MoU on tourism", "an agreement between the two ministries, an agreement in the energy sector"). Broader
 * than SUBJECT_AFTER_KIND_PREPOSITIONS: two items of one signing list differ in any subject, sides, field or purpose,
 * while two retellings of one pair's deals are told apart only by a subject.
 */
export const LISTED_ITEM_COMPLEMENT_OPENERS = ['on', 'between', 'in', 'for', 'of', 'to'] as const;

/**
 * The preposition after a kind word that opens whom or what cause a deal is said to serve ("a historic agreement for
 * the peoples of the region", "an agreement for lasting peace"): praise of its aim, which a retelling of the deal
 * need not repeat, so it tells no subject of its own.
 */
export const CAUSE_AFTER_KIND_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/**
 * Prepositions after a kind word that go on to say which deal it is: its subject ("a peace deal on power-sharing"),
 * aim ("a deal to end the war", "a deal for the hostages"), matter ("a deal over the dams") or setting ("a deal in
 * Gaza", "a deal with the rebels"). A description followed by one narrows the same words told alone.
 */
export const NARROWING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'to', 'for', 'over', 'in', 'with']);

/**
 * Compound prepositions after a kind word that tell for whom it was signed, not what it is about: "signed the MoU
 * on behalf of Bangladesh", "inked the deal in favour of the respective countries"; or why or on what terms the
 * clause acts: "following the declaration in efforts to reach a comprehensive agreement", "accepts the deal on the
 * basis that ...".
 */
export const NOT_TOPIC_OPENINGS = [
  'on behalf of',
  'in favour of',
  'in favor of',
  'on the part of',
  'on the basis',
  'in efforts',
  'in an effort',
  'in a bid',
  'in an attempt',
  // Where it would be signed, not what it is about: "sign a peace deal on the territory of Zembla".
  'on the territory of',
  'in the territory of',
  'on the soil of',
] as const;

/** The same where a field may follow: "cooperation in energy". */
export const FIELD_TOPIC_PREPOSITIONS = [...TOPIC_PREPOSITIONS, 'in'] as const;

/** Kind words that after "to" are verbs or idioms, not an agreement: "to deal with". */
export const KINDS_NOT_AFTER_TO = ['deal', 'agreement'] as const;

/**
 * Kind words that, tagged as a verb, are the verb before this preposition, not an agreement: "as we deal with the
 * challenges", "will strictly deal with it" ("a peace deal with the rebels" is a noun).
 */
export const KINDS_VERBAL_BEFORE: Readonly<Record<string, string>> = { deal: 'with', deals: 'with' };

/** Words before an agreement that deny it exists: "ended without a joint declaration", "no deal". */
export const ABSENT_AGREEMENT_LEADS = ['without', 'no', 'not'] as const;

/**
 * Agreeing verbs that, negated, leave the agreement after them unmade: "did not agree to a ceasefire", "have not
 * yet agreed to a ceasefire", "fail to agree on ceasefire".
 */
export const REFUSED_AGREEING_VERBS: ReadonlySet<string> = new Set(['agree', 'agreed']);
/** Words right before such a verb that negate it ("not", "never"; "not yet" with YET_WORDS). */
export const AGREEING_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);
/** A word between the negation and the verb ("not yet agreed"). */
export const AGREEING_NEGATION_FILLERS: ReadonlySet<string> = new Set(['yet']);
/** Verbs whose "to" before the agreeing verb negates it ("failed to agree on a truce", "declined to agree on a cease-fire"). */
export const AGREEING_FAILURE_VERBS: ReadonlySet<string> = new Set([
  'fail',
  'fails',
  'failed',
  'failing',
  'decline',
  'declines',
  'declined',
  'declining',
]);
/**
 * Words of failing that leave the agreement their making verb names unmade, a few words before it ("after failing
 * earlier this month to reach an agreement", "the inability of the talks in reaching an agreement", "inability to
 * agree on Sudan ceasefire").
 */
export const FAILING_WORDS: ReadonlySet<string> = new Set([
  'fail',
  'fails',
  'failed',
  'failing',
  'failure',
  'inability',
  'unable',
]);
/**
 * Words that make a failure a condition, not a fact ("maximum pressure if it fails to agree to a new nuclear
 * agreement"): the agreement stays the one under negotiation. Looked for up to two words before the failing word.
 */
export const FAILING_CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'should']);
/**
 * Verbs that make an agreement, left unmade after FAILING_WORDS ("failed to sign a cessation of hostilities
 * agreement", "failed to strike a pre-negotiation agreement", "failed to come to an agreement on a ceasefire").
 */
export const FAILED_MAKING_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'reach',
  'reaching',
  'secure',
  'securing',
  'sign',
  'signing',
  'strike',
  'striking',
  'conclude',
  'concluding',
  'ink',
  'inking',
  'come',
  'coming',
]);
/** Words that join a failing word to its making verb ("failing to reach", "inability in reaching"). */
export const FAILED_MAKING_LINKS: ReadonlySet<string> = new Set(['to', 'in']);
/**
 * Words right before a making verb of FAILED_MAKING_VERBS through which a negation before them scopes it: "No one was
 * going to agree on a ceasefire", "Pakistan could not sign a similar agreement", "they won't sign a deal".
 */
export const NEGATED_MAKING_LINKS: ReadonlySet<string> = new Set([
  'to',
  'not',
  'never',
  'cannot',
  "can't",
  "won't",
  "wouldn't",
  "couldn't",
  "didn't",
  "don't",
  "doesn't",
]);
/** How many words before the making verb a failing word may stand ("the inability of the first round of talks in Jeddah in reaching"). */
export const FAILING_WORD_REACH = 10;
/**
 * Words by which a speaker asks the sides to make an agreement ("called on the warring parties in Sudan to agree to a
 * ceasefire", "urge warring Sudan rivals to agree short-term ceasefire", "pushing for Russia to agree to a ceasefire",
 * "Calls mounted for Russia to agree to a ceasefire"); "call"/"called"/"calling" only before "on"/"upon"/"for".
 * Persuading too, while it is only tried ("efforts to persuade the rebels to sign a truce agreement", "vows to convince
 * rebels to sign ceasefire agreement"); not "persuaded", "convinced", which tell that the sides did sign. Trying and
 * seeking too, and a mandate to make one ("to try and reach a truce agreement", "has no mandate to secure a cease-fire
 * agreement"): the ceasefire is still only sought.
 */
export const ASKING_VERBS: ReadonlySet<string> = new Set([
  'persuade',
  'persuades',
  'persuading',
  'convince',
  'convinces',
  'convincing',
  'entice',
  'entices',
  'enticing',
  'urge',
  'urges',
  'urged',
  'urging',
  'pressed',
  'presses',
  'pressing',
  'pressure',
  'push',
  'pushed',
  'pushing',
  'appeal',
  'appeals',
  'appealed',
  'calls',
  'try',
  'tries',
  'trying',
  'attempt',
  'attempts',
  'attempting',
  'seek',
  'seeks',
  'seeking',
  'mandate',
]);
export const ASKING_CALL_VERBS: ReadonlySet<string> = new Set(['call', 'called', 'calling']);
export const ASKING_CALL_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'upon', 'for']);
/** Verbs that make an agreement, left unmade after ASKING_VERBS and their object ("to agree to a ceasefire", "and sign a ceasefire agreement"). */
export const ASKED_MAKING_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'reach',
  'sign',
  'ink',
  'conclude',
  'secure',
]);
/** Words that join the asked sides to the making verb ("urged the parties to agree", "to resolve the matter and sign"). */
export const ASKED_MAKING_LINKS: ReadonlySet<string> = new Set(['to', 'and']);
/** How many words before the making verb the asking verb may stand ("called on the warring parties in Sudan to agree"). */
export const ASKING_WORD_REACH = 8;
/** Determiners that name an agreement already on the table ("urged the militants to accept the deal"). */
export const ON_THE_TABLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their']);
/** What may stand between the agreeing verb and an unmade agreement: a preposition and an indefinite article. */
export const REFUSED_AGREEMENT_LINKS: ReadonlySet<string> = new Set(['to', 'on', 'a', 'an']);

/** Words before "agreement" that make it the act of agreeing: "reached agreement", "in broad agreement". */
export const AGREEING_BEFORE = ['reach', 'reached', 'reaching', 'in', 'into', 'broad', 'full'] as const;

/** Words before "deal" that make it praise, not an instrument: "a great deal", "a good deal". */
export const PRAISE_BEFORE_DEAL = ['great', 'good'] as const;

/** Prepositions that open the subjects an agreement lists: "an agreement on trade, energy and ...". */
export const LISTED_SUBJECT_PREPOSITIONS = ['on', 'in', 'covering'] as const;

/**
 * Verbs that set up a meeting ("an agreement to conduct a joint press conference", "to request a summit"): with a
 * meeting or talk noun heading their object, agreeing to meet, no instrument (with the verbs that open talks).
 */
export const AGREEMENT_TO_MEET_VERBS = [
  'conduct',
  'request',
  'arrange',
  'organize',
  'organise',
  'convene',
] as const;

/** Nouns of a meeting, besides talks, that such an object may head ("to hold the U.S.-North Korea summit"). */
export const AGREEMENT_MEETING_NOUNS = ['summit', 'meeting', 'conference', 'round', 'session'] as const;

/** Words that end the object's noun phrase before its head could come ("to hold elections in ..."). */
export const AGREEMENT_OBJECT_ENDS = [
  'of',
  'on',
  'in',
  'with',
  'for',
  'to',
  'at',
  'by',
  'from',
  'and',
  'or',
  'that',
  'which',
  'between',
] as const;

/**
 * Verbs that, with "as", give a country the role of the noun after them ("Egypt, Qatar and the US act as both
 * mediators and guarantors", "Angola, which has acted as a mediator", "Qatar as a mediator"): a go-between's role.
 */
export const GO_BETWEEN_ROLE_VERBS = [
  'act',
  'acts',
  'acted',
  'acting',
  'serve',
  'serves',
  'served',
  'serving',
] as const;

/**
 * A signing verb and the roles "as" may give its signer that make him no side: "signed as a witness", "signed the
 * agreement as witnesses", "signed in his capacity as guarantor of the agreement".
 */
export const WITNESS_SIGNING_VERBS = ['signed', 'signs', 'signing'] as const;
export const WITNESS_SIGNING_ROLES = [
  'witness',
  'witnesses',
  'guarantor',
  'guarantors',
  'observer',
  'observers',
] as const;

/** Words between "as" and a go-between noun ("as both mediators", "as a key mediator", "as the main broker"). */
export const GO_BETWEEN_ROLE_FILLERS = ['a', 'the', 'both', 'key', 'main', 'chief', 'lead', 'joint'] as const;

/** Words that open a list of go-betweens after their noun ("Mediators, including Egypt and Qatar"). */
export const GO_BETWEEN_LIST_OPENERS = ['including', 'namely'] as const;

/**
 * Nouns after "of" that belong to an instrument's own title: "memorandum of understanding", "a declaration of
 * principles", "a memorandum of intent"; "the text of the agreement", "a deal of sorts" are no topic.
 */
export const OF_TITLE_NOUNS = ['understanding', 'principles', 'intent', 'intention'] as const;

/**
 * Nouns that with "of" and the word after open an agreement's description or name: "a cessation of hostilities
 * agreement", "the Permanent Cessation of Hostilities Agreement", "a Status of Forces Agreement". Elsewhere "of"
 * ends the description ("violations of ceasefire agreement").
 */
export const OF_COMPOUND_HEADS = ['cessation', 'status'] as const;

/**
 * Words that make a plural of ceasefires a tally of earlier ones, no instrument of the story: "Several ceasefire
 * agreements brokered by Saudi and US mediators have failed", "Several previous ceasefire deals have failed to hold".
 */
export const AGREEMENT_TALLY_WORDS = [
  'several',
  'previous',
  'past',
  'earlier',
  'multiple',
  'numerous',
  'repeated',
] as const;

/**
 * Words that open a plural of agreements as a whole class, not one instrument of the story: "strict observance of
 * all agreements, understandings and ceasefires", "we have seen too many agreements", "a proposal built on prior
 * agreements", "potential broader diplomatic deals". Adjectives alone may follow them before the kind word.
 */
export const AGREEMENT_CLASS_QUANTIFIERS = ['all', 'too', 'prior', 'potential', 'any'] as const;

/**
 * Words that may stand between the sides and their "agreed" ("the Ethiopian government and the TPLF have agreed
 * on", "Kinshasa and the M23 have also formally agreed to"): auxiliaries and adverbs of the verb.
 */
export const AGREEING_SIDE_AUXILIARIES = [
  'have',
  'has',
  'had',
  'also',
  'formally',
  'finally',
  'now',
  'officially',
] as const;

/** What opens the object of the sides' "agreed": "agreed to a truce", "agreed on a permanent cessation". */
export const AGREED_OBJECT_OPENERS = ['to', 'on'] as const;

/**
 * Nouns after a country that make it the side in arms or in office ("the Ethiopian government and the TPLF", "the
 * Sudanese army and the Rapid Support Forces"): the side is the country.
 */
export const SIDE_HEAD_NOUNS = ['government', 'army', 'military', 'authorities', 'administration'] as const;

/**
 * Nouns after a country that name its army ("the Sudanese army", "Sudan's military"): an army the story pits against
 * a movement of its own country is the side of their truce, when no government of that country is named.
 */
export const ARMY_SIDE_NOUNS = ['army', 'military'] as const;

/**
 * Nouns that name a country's government as an actor ("the Sudanese government", "the government"): a story that
 * names one keeps the country as the side of a deal with a movement (Kinshasa and the M23, Sanaa and the Houthis).
 */
export const GOVERNMENT_SIDE_NOUNS = ['government'] as const;

/**
 * Verbs that give an agreement its name in apposition ("the agreement, officially called the Abraham Accords",
 * "Dubbed the Declaration of Principles, Saturday's agreement ...", "the new accord, dubbed Wye two").
 */
export const NAMING_VERBS = [
  'dubbed',
  'called',
  'named',
  'titled',
  'entitled',
  'termed',
  'known as',
] as const;

/** Copulas before a naming verb ("The accord is known as the Jeddah Declaration"). */
export const NAMING_COPULAS = ['is', 'was'] as const;

/** Adverbs between the comma and a naming verb ("officially called", "also known as"). */
export const NAMING_ADVERBS = [
  'officially',
  'formally',
  'also',
  'now',
  'widely',
  'commonly',
  'informally',
] as const;

/**
 * What a later "the peace agreement" says of a ceasefire the story told of ("signed an agreement on a permanent
 * cessation of hostilities ... the peace agreement signed today"): no other subject than the ceasefire's own.
 */
export const PEACE_DESCRIPTOR_WORDS = ['peace'] as const;

/**
 * The words a bilateral trade pact is called by, in its title or in news' description of it ("a free trade
 * agreement", "the Comprehensive Economic Partnership Agreement"): news calls one pact by both.
 */
export const TRADE_PACT_WORDS: ReadonlySet<string> = new Set([
  'free',
  'trade',
  'comprehensive',
  'economic',
  'partnership',
]);

/**
 * Words that call a pact the revision of an earlier one ("a revised trade pact", "the renewed trade pact"): beside
 * two known pacts of one kind, the later one. Not "new", which any pact may be called the day it is signed.
 */
export const REVISION_WORDS: ReadonlySet<string> = new Set([
  'revised',
  'renewed',
  'updated',
  'amended',
  'modernised',
  'modernized',
  'overhauled',
]);

/** Words before a known agreement's name that make it the name of its successor ("the new NAFTA", "revised NAFTA"). */
export const SUCCESSOR_WORDS: ReadonlySet<string> = new Set(['new', ...REVISION_WORDS]);

/**
 * Exact counts before a plural kind word that make a signed set one instrument: "signed 11 agreements and memoranda",
 * "Seven memorandums of understanding ... were signed" (not "several", "more", "dozens": a tally, not a set).
 */
export const SIGNED_SET_COUNTS: ReadonlySet<string> = new Set([
  ...COUNT_WORDS.filter((w) => !w.startsWith('dozen')),
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
]);

/** Words before such a count that make it a bound, not the set's size: "more than 50", "at least eight", "over 20". */
export const BOUND_COUNT_LEADS: ReadonlySet<string> = new Set([
  'than',
  'least',
  'most',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'up',
  'to',
]);

/** Words of a clause of its own between the set and a passive signing verb: "documents that had been signed". */
export const SET_CLAUSE_BREAKS = ['that', 'which', 'who', 'and', 'or'] as const;

/** The signing verbs of such a set, before it ("signed 11 agreements") or after it ("were signed"). */
export const SET_SIGNING_WORDS = ['signed', 'inked'] as const;
/** The plural auxiliaries of the set's own passive verb after it: "were signed", "will be signed" ("was" is one's). */
export const SET_PASSIVE_AUXILIARIES = ['were', 'have been', 'will be', 'to be'] as const;
/** An auxiliary before the signing verb that puts the set in an earlier story: "had signed two agreements in 2006". */
export const EARLIER_SIGNING_AUXILIARY = 'had';

/**
 * Quantifiers that open a sentence with a capital but name nothing: "Other MoUs included cooperation in health",
 * "Other MOUs are on telecommunications": more members of the set in view, no instrument called "Other MoUs".
 */
export const NAME_BARRED_QUANTIFIERS: ReadonlySet<string> = new Set([
  'other',
  'various',
  'numerous',
  'many',
  'several',
  'some',
  'more',
  'few',
]);

/**
 * Nouns for news of a deal that a denial after DENYING_BEFORE turns down ("dismissed reports of reaching a limited
 * cease-fire deal", "dismissed as incorrect a report that it had reached a deal for a truce"): no deal of the article.
 */
export const DENIED_REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'claim',
  'claims',
  'assertion',
  'assertions',
  'allegation',
  'allegations',
]);
/**
 * Prepositions that make a deal the content of a report noun before it ("reports of a ceasefire deal", "reports by
 * some media outlets about reaching a partial deal"): a deal told only as news, not one the article says exists.
 */
export const REPORT_CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about']);
/** How many words may stand between the report noun and its "of"/"about" ("reports by some U.S. media outlets about"). */
export const REPORT_CONTENT_REACH = 7;
/**
 * Words that tell a clause as news someone else carried ("Reports said that the council had agreed to a temporary
 * ceasefire", "local media outlets reported that the parties had reached a peace agreement"), with the report nouns.
 */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(['reported', 'reportedly']);
/** How many words before the deal's article a report noun or REPORTING_WORDS word may stand. */
export const REPORTED_CLAUSE_REACH = 14;
/**
 * Verbs that, besides DENYING_BEFORE, turn down a report of a deal ("disputed a claim by officials of an agreement to
 * halt rocket fire"); not of the deal itself, since "disputed the agreement" names one on the table.
 */
export const DISPUTING_REPORT_VERBS: ReadonlySet<string> = new Set([
  'disputed',
  'disputes',
  'dispute',
  'disputing',
]);
/**
 * How many words before the kind word the report noun may stand ("denied reports Monday that Israel and Hamas have an
 * informal agreement"), and the denying verb before that noun.
 */
export const DENIED_REPORT_REACH = 10;
export const DENYING_VERB_REACH = 4;

/**
 * Verbs whose object or "that" clause is a deal the speaker says nobody made ("denied a ceasefire agreement with
 * Hamas", "deny agreeing to ceasefire", "denied that a cease-fire had been agreed upon"). Not "rejected" or
 * "dismissed", whose object is often a deal on the table.
 */
export const DENYING_MADE_VERBS: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying']);
/** Gerunds of making that a denial may govern before the kind word ("denied agreeing to any ceasefire"). */
export const DENIED_MAKING_GERUNDS: ReadonlySet<string> = new Set([
  'agreeing',
  'reaching',
  'signing',
  'concluding',
  'striking',
  'sealing',
]);
/** Words that open a noun phrase after a denial ("denied an informal truce was reached", "denies any agreement"). */
export const DENIED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'any']);
/** How many words before the kind word the denying verb may stand ("denied that a cease-fire", "deny agreeing to ceasefire"). */
export const DENIED_AGREEMENT_REACH = 6;
/**
 * wink's parts of speech that end the denied noun phrase before the kind word: another verb ("denied violating a
 * ceasefire agreement"), a preposition, pronoun or determiner ("denied it had signed the deal").
 */
export const DENIAL_BREAKING_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'PRON', 'DET']);

/**
 * Words of a government's armed opponents named beside it ("the CAR government and 14 armed groups", "the government
 * and the main opposition party, Renamo", "the transitional government and the rebel movements"): its war is at home.
 */
export const HOME_OPPONENT_WORDS = [
  'armed',
  'rebel',
  'rebels',
  'militia',
  'militias',
  'insurgent',
  'insurgents',
  'opposition',
] as const;

/**
 * Words of fighters that no government's own side is called, so a government set just before them faces them whatever
 * verb stands between ("the government accused rebel forces", "government forces and insurgents"); unlike "armed" or
 * "opposition", which a government's own "armed forces" or a parliament's "opposition" also are.
 */
export const HOME_FIGHTER_WORDS = [
  'rebel',
  'rebels',
  'insurgent',
  'insurgents',
  'militia',
  'militias',
] as const;
/** How many words after the government word its fighters may come ("the Chadian army on Sunday accused rebels"). */
export const HOME_FIGHTER_REACH = 5;
/** A country's armed force that stands for its government in a war at home ("the Syrian army accused rebels"). */
export const HOME_ARMY_NOUNS = ['army', 'military'] as const;

/**
 * Head words of an armed movement's own name ("Free Syrian Army", "Revolutionary Armed Forces of Colombia", "Polisario
 * Front"): such a body of a country, beside that country's truce, is the other side of it. A state's own army bears
 * the same heads with nothing but its country's name around them ("Sudanese Armed Forces"), and is told apart so.
 */
export const ARMED_MOVEMENT_HEADS = [
  'army',
  'forces',
  'front',
  'militia',
  'brigades',
  'guerrillas',
  'movement',
  'rebels',
] as const;

/**
 * Words after an armed movement's head word that open the rest of its name: "Revolutionary Armed Forces of Colombia",
 * "Forces for National Liberation".
 */
export const ARMED_MOVEMENT_HEAD_JOINERS = ['of', 'for'] as const;

/**
 * Words after a party verb that open the side it was made with: "the government signed the accord with the Renewal
 * Movement", "the accord was signed in Libreville by the Popular Army".
 */
export const SIGNED_SIDE_LINKS = ['with', 'by'] as const;

/**
 * Words that may stand between "the government and" and an armed movement's own name ("the government and the rebels
 * of the National Salvation Front", "the government and the communist National Democratic Front").
 */
export const GOVERNMENT_COUNTERPART_FILLERS = [
  'the',
  'rebels',
  'rebel',
  'of',
  'former',
  'armed',
  'communist',
  'insurgent',
  'movement',
  'group',
] as const;

/** Organization kinds a movement opposite a government may be read as ("Liberation and Justice Movement": party). */
export const GOVERNMENT_COUNTERPART_KINDS = ['party', 'other'] as const;

/** Joiners that set a government and its opponents side by side ("and", "neither the government nor the rebels"). */
export const HOME_OPPONENT_JOINERS = ['and', 'nor'] as const;
