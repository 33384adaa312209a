// Vocabulary of agreements and meetings: kind words, signing and status verbs, planned-event markers.
// Data only; find-agreements.ts and find-meetings.ts read it.

import type { AgreementItem, MeetingItem } from '../../domain/extraction-result.ts';
import { COUNT_WORDS } from './word-lists.ts';

export const AGREEMENT_WORDS: Readonly<Record<string, AgreementItem['kind']>> = {
  treaty: 'treaty',
  pact: 'pact',
  agreement: 'agreement',
  accord: 'accord',
  accords: 'accord',
  deal: 'deal',
  memorandum: 'memorandum',
  // "signed an MoU on health", "MOU": how South Asian, Gulf and African outlets write a memorandum.
  mou: 'memorandum',
  declaration: 'declaration',
  convention: 'treaty',
  charter: 'other',
  partnership: 'other',
  protocol: 'other',
  arrangement: 'agreement',
  arrangements: 'agreement',
  statement: 'declaration',
  plan: 'other',
  proposal: 'other',
  roadmap: 'other',
  consensus: 'other',
  initiative: 'other',
  ceasefire: 'agreement',
  // AP's and Xinhua's spelling ("a 72-hour cease-fire"); a name split at its hyphens reads "cease".
  'cease-fire': 'agreement',
  truce: 'agreement',
  armistice: 'agreement',
  // "a four-day humanitarian pause agreed by Israel and Hamas": the UN's and the mediators' word for a short truce
  // (only after "humanitarian": "a pause in talks" is none).
  pause: 'agreement',
  // "the cessation of hostilities took effect": the ceasefire's formal name in UN, TASS and Xinhua copy (only before
  // "of hostilities": "a cessation of aid" is none).
  cessation: 'agreement',
  // Plurals name agreements only when described or named ("key defense agreements", "Additional Protocols").
  treaties: 'treaty',
  pacts: 'pact',
  agreements: 'agreement',
  deals: 'deal',
  memorandums: 'memorandum',
  mous: 'memorandum',
  memoranda: 'memorandum',
  declarations: 'declaration',
  conventions: 'treaty',
  protocols: 'other',
};

/**
 * Kind words that name a relationship, not a document: "the ASEAN-India Strategic Partnership", "the Eastern
 * Partnership program". Alone, even capitalized, they are no instrument; "partnership agreement" is one.
 */
export const RELATIONSHIP_KIND_WORDS: ReadonlySet<string> = new Set(['partnership']);

/** Kind words that are an acronym: "the MoU agreement" describes the agreement, "understanding (MoU)" repeats it. */
export const AGREEMENT_KIND_ACRONYMS: ReadonlySet<string> = new Set(['mou', 'mous']);

/**
 * Kind words that are an agreement only when their sentence tells of one being made, kept or broken ("agreed to a
 * ceasefire", "the truce held"), not when one is only called for ("urged a ceasefire").
 */
export const AGREEMENT_NEEDS_ACT: ReadonlySet<string> = new Set([
  'ceasefire',
  'cease-fire',
  'truce',
  'armistice',
  'pause',
  'cessation',
]);
export const AGREEMENT_ACT_CUES =
  /\b(?:agree[ds]?|agreeing|reach(?:ed|es)?|sign(?:ed|s)?|brokere?d?|announc(?:ed|es)|violat\w*|breach\w*|held|holds|holding|took effect|in effect|(?:take|takes|taking|go|goes|going|come|comes|coming) (?:into )?(?:effect|force)|into force|approv(?:ed|es)|achieved|observ(?:ed|es|ing)|extend(?:ed|s)?|collaps\w*|implement\w*|under the)\b/i;

/**
 * Subjects an agreement has only between the two sides of a conflict or border ("peace agreement", "ceasefire"):
 * with no party named beside it, its parties are the pair of its sentence, else of the story.
 */
export const TWO_SIDED_SUBJECTS: ReadonlySet<string> = new Set([
  'peace',
  'ceasefire',
  'cease',
  'truce',
  'armistice',
  'border',
  'normalization',
  'normalisation',
  'reconciliation',
]);

/** Kinds news uses for one another's instruments; a memorandum or a declaration is only itself. */
export const INTERCHANGEABLE_AGREEMENT_KINDS: ReadonlySet<string> = new Set([
  'agreement',
  'deal',
  'pact',
  'accord',
  'treaty',
]);

/**
 * Kind words news may call any instrument by, whatever its own kind ("a maritime deal" for a memorandum of
 * understanding, "the grain corridor agreement" for the Black Sea Grain Initiative); "treaty" names a kind of its own.
 */
export const GENERIC_AGREEMENT_KINDS: ReadonlySet<string> = new Set(['agreement', 'deal', 'pact', 'accord']);

/**
 * "an agreement to discuss light water reactors", "came to an agreement to start negotiations on a trade pact":
 * agreeing to talk, no instrument. Verbs of talking themselves, and verbs that open talks when a talk noun follows.
 */
export const AGREEMENT_TO_TALK_VERBS: ReadonlySet<string> = new Set([
  'discuss',
  'negotiate',
  'talk',
  'consult',
]);
export const AGREEMENT_TO_OPEN_VERBS: ReadonlySet<string> = new Set([
  'start',
  'begin',
  'launch',
  'open',
  'resume',
  'continue',
  'hold',
]);
export const AGREEMENT_TALK_NOUNS: ReadonlySet<string> = new Set([
  'talks',
  'negotiations',
  'discussions',
  'dialogue',
  'consultations',
]);

/** Words before "agreement" that make it the act of agreeing, not a document ("a mutually satisfactory agreement"). */
export const AGREEMENT_AS_CONSENSUS: ReadonlySet<string> = new Set([
  'mutual',
  'mutually',
  'concrete',
  'satisfactory',
  'tacit',
  'unanimous',
]);

/**
 * Words before a kind word that say how firm, how much or how welcome the agreeing was, not which instrument: "a
 * certain agreement was reached", "a clear and definite agreement", "the necessary arrangements", "an imperfect
 * agreement that saves lives", "24 strong deals", "substantive agreement on the mechanisms", "the much-anticipated
 * deal was finalized", "represents a modern and progressive deal". With nothing else to describe it, no instrument
 * is named.
 */
export const AGREEMENT_VAGUE_MODIFIERS: ReadonlySet<string> = new Set([
  'certain',
  'definite',
  'serious',
  'complete',
  'clear',
  'advance',
  'necessary',
  'specific',
  'multiple',
  'strong',
  'big',
  'perfect',
  'imperfect',
  'substantive',
  'much-anticipated',
  'long-awaited',
  'modern',
  'progressive',
]);

/**
 * What an "agreement to" or "agreement on" may be consent to, not an instrument of its own: "their agreement to the
 * deal", "a provisional agreement on another ceasefire deal", "their agreement on a proposal for a truce".
 */
export const AGREEMENT_CONSENT_OBJECTS: ReadonlySet<string> = new Set([
  'agreement',
  'deal',
  'pact',
  'accord',
  'treaty',
  'proposal',
  'plan',
  'declaration',
]);

/**
 * Words that say at what level agreements were made, not what about: "intergovernmental and interdepartmental
 * agreements" are a category, no agreement one could tell apart; so are "nine different deals", "the joint
 * agreements", "paves the way for future agreements" and "the sanctity of international agreements".
 */
export const AGREEMENT_LEVEL_WORDS: ReadonlySet<string> = new Set([
  'intergovernmental',
  'inter-governmental',
  'interdepartmental',
  'inter-departmental',
  'interagency',
  'inter-agency',
  'interministerial',
  'inter-ministerial',
  'governmental',
  'bilateral',
  'multilateral',
  'other',
  'various',
  'numerous',
  'many',
  'different',
  'joint',
  'future',
  // "a brazen disregard for the sanctity of international agreements": the law of treaties, no instrument.
  'international',
]);

/**
 * Words that say what standing an instrument has in law, not which one it is: "the Indus Waters Treaty is not a
 * political deal but a binding international treaty", "a recognized international agreement that must be upheld".
 * Alone before a singular kind word with "a", they class the agreement in view; "international" must be among them.
 */
export const AGREEMENT_CLASS_WORDS: ReadonlySet<string> = new Set([
  'international',
  'binding',
  'legally',
  'legally-binding',
  'recognized',
  'recognised',
]);

/**
 * Words that count agreements, not tell them apart: "at least five MoUs", "some 20 documents", "several pacts" are
 * a tally, whose listed subjects (if any) are the agreements.
 */
export const AGREEMENT_COUNT_WORDS: ReadonlySet<string> = new Set([
  'least',
  'some',
  'several',
  'few',
  'more',
  'over',
  ...COUNT_WORDS,
  'fifteen',
  'twenty',
]);

/**
 * Plural kind words that news uses for provisions more than for instruments: "security arrangements", "final
 * procedural arrangements" are clauses of a deal or its logistics. A name, a subject ("arrangements on
 * agricultural products") or an act of agreeing just before them ("agreed on new patrolling arrangements") makes
 * them instruments.
 */
export const PROVISION_PLURALS: ReadonlySet<string> = new Set(['arrangements']);

/** "a series of agreements on energy, shipping and ...": a collection the article then names one by one. */
export const AGREEMENT_COLLECTIONS: ReadonlySet<string> = new Set([
  'series',
  'number',
  'package',
  'set',
  'raft',
  'host',
  'range',
  'slew',
  'batch',
  'bundle',
  'dozens',
  'scores',
  'hundreds',
]);

/** Time phrases that end an agreement's topic: "an agreement on initial steps for the first time today". */
export const TOPIC_TIME_ENDS: readonly string[] = [
  'today',
  'yesterday',
  'tonight',
  'for the first time',
  'earlier this',
  'later this',
];

/** Words an agreement's topic cannot end with: what is left of a clause cut short ("on space cooperation under"). */
export const TOPIC_TRAILING_WORDS: ReadonlySet<string> = new Set([
  'under',
  'of',
  'to',
  'and',
  'or',
  'the',
  'a',
  'an',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'their',
  'its',
  'his',
  'her',
  'our',
  'from',
  'into',
  'over',
]);

/**
 * Kind words that say what they are about alone, like "a ceasefire": "the roadmap" of a diplomatic story is the
 * plan for peace or cooperation its sides or a mediator put forward ("the AU roadmap", "signed the roadmap",
 * "the obstacles facing the roadmap"), whatever word stands before it.
 */
export const AGREEMENT_SELF_DESCRIBING: ReadonlySet<string> = new Set(['roadmap']);

/** Kind words that name an agreement only with a particular word before them ("joint statement", "peace plan"). */
export const AGREEMENT_NEEDS_BEFORE: Readonly<Record<string, readonly string[]>> = {
  statement: ['joint', "leaders'", 'leaders’', 'trilateral'],
  // "cease-fire" is AP's spelling of "ceasefire" ("an Egyptian-Qatari cease-fire proposal").
  plan: ['peace', 'action', 'ceasefire', 'cease-fire', 'truce'],
  // "the ceasefire proposal Hamas accepted": an offer one side put to the other.
  proposal: ['peace', 'ceasefire', 'cease-fire', 'truce'],
  consensus: [],
  // "a new peace initiative to end the war", "the comprehensive peace initiative": an offer, as a peace plan is.
  initiative: ['peace'],
  pause: ['humanitarian'],
  // Only with its complement (AGREEMENT_COMPLEMENTS_AFTER): no word before makes "cessation" a truce.
  cessation: [],
};

/**
 * Kind words that name an agreement, in place of the word they need before them, by their author right before them:
 * "an Israeli proposal", "a US proposal for a three-month ceasefire", "the UN envoy's proposal": an offer a side or
 * a mediator put on the table.
 */
export const AGREEMENT_AUTHORED_KINDS: ReadonlySet<string> = new Set(['proposal']);

/**
 * Kind words of an offer on the table: after one of them, "the Egyptian proposal" with nothing said of what it is
 * about is that offer again, by who put it forward ("a ceasefire proposal ... the new Egyptian-Qatari proposal").
 */
export const OFFER_KIND_WORDS: ReadonlySet<string> = new Set(['proposal', 'plan', 'roadmap', 'initiative']);

/**
 * What may follow such a kind word instead of the word it needs before it: "a comprehensive plan of action" (the
 * diplomatic instrument of ASEAN's partners and of bilateral partnerships), "plan of action" with no "action" before.
 */
export const AGREEMENT_COMPLEMENTS_AFTER: Readonly<Record<string, string>> = {
  plan: ' of action',
  cessation: ' of hostilities',
};

export const SIGN_VERBS =
  /\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|reach(?:ed|es)|establish(?:ed|es|ing)|struck|seal(?:ed|s)|clinch(?:ed|es))\b/i;

/**
 * Words before a signing word that make it a thing told of, not a deed of the subject ("welcomed the signing of the
 * ceasefire", "witnessed the signing ceremony", "said following the signing"): whoever stands before it did
 * something else.
 */
export const SIGNING_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that']);

/** Words after a signing word that make it a thing too ("witnessed signing of the agreement", "signing ceremony"). */
export const SIGNING_NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'ceremony', 'ceremonies']);

/**
 * Words that open a clause of its own before a signing word ("made the remarks when asked to comment that Hamas
 * reached a deal"): the people before them are not its subject.
 */
export const SIGNING_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that']);

/**
 * Proposal cues that, right after an agreement as their subject, tell what it provides ("The agreement also calls for
 * distributing aid"), not that it is only proposed.
 */
export const PROVISION_CUE_WORDS: ReadonlySet<string> = new Set(['call', 'calls', 'called']);

/** Adverbs that may stand between an agreement and the verb telling what it provides ("also calls for"). */
export const PROVISION_CUE_ADVERBS: ReadonlySet<string> = new Set(['also', 'further', 'only', 'explicitly']);

/** Status cues, most decisive first: a withdrawal outranks the signing it undoes. */
export const STATUS_CUES: ReadonlyArray<readonly [AgreementItem['status'] & string, RegExp]> = [
  [
    'withdrawn',
    /\b(?:withdr[ae]w|withdrawn|withdraws|withdrawing|withdrawal|pull(?:ed|s|ing)? out|scrap(?:ped|s)?|abandon(?:ed|s)?|terminat(?:ed|es|ion)|exit(?:ed|s)? from)\b/i,
  ],
  ['suspended', /\bsuspen(?:d|ded|ds|ding|sion)\b/i],
  ['ratified', /\bratif(?:y|ied|ies|ying|ication)\b/i],
  ['signed', /\b(?:signed|signing|inked|sealed)\b/i],
  // Not "negotiators" (people) nor "negotiated" (talks done: "the long-negotiated deal").
  ['negotiating', /\b(?:negotiat(?:es?|ing|ions?)|talks on|hammer(?:ing)? out|working on)\b/i],
  [
    'proposed',
    /\b(?:propos\w*|draft|unveil\w*|put forward|would sign|plan(?:s|ned)? to sign|to be signed|call(?:ed|s)? for)\b/i,
  ],
];

/** Modals before "be signed" that put the signing ahead ("will be signed", "cannot yet be signed"). */
export const PENDING_SIGNING_MODALS = [
  'will',
  'would',
  'shall',
  'should',
  'must',
  'can',
  'cannot',
  'could',
  'may',
  'might',
] as const;
/**
 * Words right before "signed" that put the signing ahead or make it a condition: "if signed", "once signed",
 * "until a final treaty is signed" (a present passive of a single act tells one still to come).
 */
export const PENDING_SIGNED_OPENERS = ['if', 'once', 'unless', 'until', 'is', 'are'] as const;
/** Words right before the noun "signing" that make it a purpose or a prospect ("looking forward to signing"). */
export const PENDING_SIGNING_NOUN_OPENERS = ['to', 'for'] as const;
/** Words before a negotiation noun that put the talks behind ("after two weeks of negotiations, they reached ..."). */
export const ENDED_NEGOTIATION_OPENERS = ['after', 'following'] as const;
/**
 * Words right before an infinitive signing that put it ahead ("is expected to sign", "are set to sign", "Iran hopes to
 * soon sign"): the deal is not signed yet.
 */
export const SIGNING_PROSPECT_WORDS: ReadonlySet<string> = new Set([
  'expect',
  'expects',
  'expected',
  'set',
  'due',
  'hope',
  'hopes',
  'hoped',
  'intend',
  'intends',
  'scheduled',
  'slated',
  'poised',
]);

/** Of those, verbs whose object may stand before the infinitive ("expected the two leaders to soon sign"). */
export const SIGNING_PROSPECT_OBJECT_VERBS: ReadonlySet<string> = new Set(['expect', 'expects', 'expected']);
/** Adverbs that may stand around "be" in such a passive ("will soon be signed", "cannot yet be signed"). */
export const PENDING_SIGNING_ADVERBS = [
  'soon',
  'yet',
  'also',
  'only',
  'finally',
  'eventually',
  'still',
  'then',
] as const;

export const MEETING_WORDS: Readonly<Record<string, MeetingItem['kind']>> = {
  summit: 'summit',
  summits: 'summit',
  // "the 35th Ordinary Session of the Assembly of the African Union": a sitting of a body's leaders, only after
  // "ordinary", "extraordinary" or "emergency" (meeting-acceptance.ts).
  session: 'summit',
  talks: 'talks',
  negotiations: 'talks',
  visit: 'visit',
  visits: 'visit',
  visiting: 'visit',
  visited: 'visit',
  trip: 'visit',
  tour: 'visit',
  call: 'call',
  phone: 'call',
  telephone: 'call',
  conversation: 'call',
  // "held separate telephone conversations with X and Y": the plural names calls only after a medium (acceptance).
  conversations: 'call',
  conference: 'conference',
  forum: 'conference',
  meeting: 'meeting',
  meetings: 'meeting',
  // A meeting only in a named format ("the 2+2 ministerial dialogue"): meeting-acceptance.ts checks the format.
  dialogue: 'meeting',
  met: 'meeting',
  meet: 'meeting',
  meets: 'meeting',
  received: 'meeting',
  receives: 'meeting',
  hosted: 'meeting',
  hosts: 'meeting',
  welcomed: 'meeting',
  welcomes: 'meeting',
  discussion: 'talks',
  discussions: 'talks',
  discussed: 'talks',
  conferred: 'talks',
  confers: 'talks',
  called: 'meeting',
  dinner: 'meeting',
  lunch: 'meeting',
  luncheon: 'meeting',
  breakfast: 'meeting',
  spoke: 'call',
  spoken: 'call',
  talked: 'call',
  travel: 'visit',
  travels: 'visit',
  // "Ban Ki-moon arrived in Cairo on Monday": an arrival at a named place is a visit (meeting-acceptance.ts).
  arrived: 'visit',
  arrives: 'visit',
  arrive: 'visit',
  traveled: 'visit',
  travelled: 'visit',
  telephoned: 'call',
  phoned: 'call',
  dialled: 'call',
  dialed: 'call',
  // "Foreign ministers will convene in Riyadh", "the Assembly has convened at State House Entebbe".
  convene: 'meeting',
  convenes: 'meeting',
  convened: 'meeting',
};

/**
 * Words between a meeting verb and its subject that leave the subject the one who meets: "Retno Marsudi is to
 * meet", "he would also meet", "the minister is expected to meet".
 */
export const MEETING_SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'expected',
  'scheduled',
  'set',
  'due',
  'going',
  'plans',
  'planned',
  'planning',
  'hopes',
  'wants',
  'may',
  'might',
  'could',
  'should',
  'shall',
  'can',
]);

/** Words that may open the title chain leading to a meeting partner: "with her Australian counterpart, X". */
export const PARTNER_CHAIN_WORDS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'the',
  'of',
  'to',
  'for',
  'and',
]);

/** Verbs of going that are a visit only with a destination: "will travel to Amman". */
export const TRAVEL_VERBS = new Set(['travel', 'travels', 'traveled', 'travelled']);

/** Words before a noun "call" that make it one ("a call with", "the call between", "during their call"). */
export const CALL_DETERMINERS = new Set(['a', 'the', 'their', 'his', 'her', 'phone', 'telephone', 'video']);

/** Words after a noun "call" that make it a conversation, not an appeal ("a call for calm"). */
export const CALL_PARTNER_WORDS = new Set(['with', 'between', 'took']);

/** Words before "conference" that make it a briefing, not a diplomatic meeting. */
export const NOT_MEETING_BEFORE = new Set(['press', 'news', 'video', 'media']);

/** Cues that an event lies ahead ("will visit", "plans to", "looks forward to"). */
export const PLANNED_CUES =
  /\b(?:will|would|shall|plan(?:s|ned)?|prepar(?!atory)\w*|due to|slated|likely to|going to|later this|to travel|possibility|possible|expected|upcoming|future|next|invit\w*|as soon as|look(?:s|ed|ing)? forward|if|scheduled|set to|soon|intend\w*|hope\w* to)\b/i;
export const HELD_CUES =
  /\b(?:held|met|visited|hosted|attended|during|following|after|last|ago|earlier|previous|was|were|took place)\b/i;

/**
 * Formats that make a "dialogue" one round of talks ("held the 2+2 ministerial dialogue", "the two-plus-two
 * dialogue"), not a process ("through dialogue", "the Belgrade-Pristina dialogue"). "2+2" is read as its words.
 */
export const DIALOGUE_FORMATS: ReadonlySet<string> = new Set(['ministerial', 'two-plus-two', '2+2']);

/** Meals that are meetings ("a working dinner", "lunch with the chancellor"), with the words that make them one. */
export const MEAL_WORDS = new Set(['dinner', 'lunch', 'luncheon', 'breakfast']);
export const MEAL_MODIFIERS = new Set(['working', 'private', 'state', 'official', 'informal', 'bilateral']);

/**
 * Verbs that tell of a conversation held at a distance when a person is their object and nothing places them
 * together: "Trump also spoke to his Russian counterpart Vladimir Putin", "Blinken talked with Wang Yi".
 */
export const CONVERSATION_VERBS = new Set(['spoke', 'spoken', 'talked']);
/** Words after such a verb that put the two in one room: then it is part of a meeting, not a call. */
export const TOGETHER_CUES = /\b(?:sidelines|margins|during|visit|met|meeting|summit|talks|in person)\b/i;

/** Verbs of talking that make "on the phone" a call: "Trump and Putin spoke on the phone on Tuesday". */
export const PHONE_TALK_VERBS = new Set([
  'speak',
  'speaks',
  'spoke',
  'spoken',
  'speaking',
  'talk',
  'talked',
  'talking',
  'chatted',
]);

/**
 * Calling on a person is visiting them ("Qureshi called on President Rajapaksa", "paid a courtesy call on the
 * prime minister"), unless an infinitive follows ("called on Israel to stop").
 */
export const CALL_ON_WORDS = new Set(['called', 'call', 'calls']);
