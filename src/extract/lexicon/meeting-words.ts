// Vocabulary of meeting mentions: words that tie a meeting word to its owner, mark it as a call, point back to a
// meeting already told, or make it no meeting at all. Data only; meetings/ reads it.

import type { MeetingItem } from '../../domain/extraction-result.ts';
import { ABBREVIATED_MONTHS, MONTH_NAMES_LOWER, WEEKDAY_NAMES } from '../../domain/calendar.ts';
import { BE_FORMS, LEADER_HEADS } from './word-lists.ts';

/** Words before a meeting word that make it a call: "phone talks", "video conference". */
export const CALL_BEFORE: ReadonlySet<string> = new Set([
  'phone',
  'telephone',
  'telephonic',
  'video',
  'conference',
]);

/** Kinds of meeting word that a CALL_BEFORE word makes a call: "held phone talks with", "a video meeting". */
export const PHONED_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['talks', 'meeting']);

/** Determiners and possessives that may point to a meeting already described: "the visit", "their summit". */
export const ANAPHORIC: ReadonlySet<string> = new Set([
  'such',
  'the',
  'this',
  'that',
  'their',
  'his',
  'her',
  'its',
]);

/** Indefinite articles: "a meeting" is a noun, "after meeting" a participle. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Possessives whose owner is the person named before: "his meeting". */
export const PRONOUN_OWNERS: ReadonlySet<string> = new Set(['his', 'her']);

/** Subject pronouns of a meeting verb: "she met". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Title words of people who speak about a meeting rather than sit in it: "Foreign Office spokesman X announced the
 * upcoming visit", "spokesperson X termed the president's visit a grand beginning".
 */
export const SPOKESPERSON_TITLE_WORDS: ReadonlySet<string> = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);

/**
 * Verbs by which countries named as a clause's subject hold a meeting named later in it: "India and Pakistan will
 * hold foreign secretary-level talks", "Pakistan and Iran on Thursday held delegation-level talks".
 */
export const HOLDING_VERBS: ReadonlySet<string> = new Set([
  'held',
  'hold',
  'holds',
  'holding',
  'resumed',
  'resume',
  'convened',
  'began',
  'opened',
]);

/**
 * Kinds of meeting that a country can host without a city being named ("the G7 summit in Canada", "negotiations in
 * Qatar").
 */
export const HOSTED_KINDS: ReadonlySet<MeetingItem['kind']> = new Set([
  'summit',
  'conference',
  'meeting',
  'talks',
]);

/** Kinds of meeting held between given parties: one with other partners is another meeting ("met X ... met Y"). */
export const PAIRWISE_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['meeting', 'talks', 'call']);

/** "a joint meeting of Congress": bodies whose meetings are sittings, not diplomacy. */
export const LEGISLATURES: ReadonlySet<string> = new Set([
  'congress',
  'parliament',
  'senate',
  'house',
  'duma',
  'knesset',
  'bundestag',
  'assembly',
  'diet',
  'lawmakers',
  'legislators',
]);

/** "The two leaders last held formal talks": a pair named before, told as "the two ..." or "both ...". */
export const PAIR_QUANTIFIERS: readonly string[] = ['the two', 'both'];
export const PAIR_NOUNS: readonly string[] = [
  'leaders',
  'ministers',
  'foreign ministers',
  'presidents',
  'heads of state',
  'heads of government',
  'heads',
  'diplomats',
  'counterparts',
];

/** "The leaders of the two countries held talks": the groups a pair's countries are told as after "of the two". */
export const PAIR_GROUPS: readonly string[] = ['countries', 'nations', 'states', 'sides'];

/** Offices news names by either word: "the two prime ministers" are a prime minister and a premier. */
export const PAIR_OFFICE_EQUIVALENTS: readonly (readonly string[])[] = [['prime minister', 'premier']];

/** Words before "met"/"meet" that make it the verb of a meeting: "Trump and Kim met", "will meet", "first met". */
export const MET_PRECEDING_WORDS: ReadonlySet<string> = new Set([
  'and',
  'also',
  'last',
  'first',
  'had',
  'have',
  'has',
  'to',
  'will',
  'would',
  'then',
  'later',
  'twice',
  'again',
]);

/**
 * Words between a meeting word and its owner that the owner search steps over: "Putin's planned state visit",
 * "Wang Yi held a call", "Kim will visit", "spoke by phone".
 */
export const OWNER_GAP_WORDS: ReadonlySet<string> = new Set([
  'reciprocal',
  'planned',
  'second',
  'first',
  'state',
  'official',
  'bilateral',
  'historic',
  'upcoming',
  'recent',
  'possible',
  'a',
  'an',
  'received',
  'receives',
  'will',
  'would',
  'to',
  'pay',
  'pays',
  'paid',
  'made',
  'make',
  'makes',
  'held',
  'hold',
  'holds',
  'the',
  'phone',
  'telephone',
  'by',
  'spoke',
  'speaks',
  'talked',
  'last',
  'also',
  'had',
  'have',
  'has',
  'having',
  'holding',
  'making',
  'paying',
  'three',
  'two',
  'several',
  'times',
  'face-to-face',
  'courtesy',
  'formal',
  'informal',
  'direct',
  'fresh',
  'further',
  'high-level',
]);

/** How many words the owner search steps over before a meeting word: "Putin's planned state visit". */
export const OWNER_REACH = 3;
/** How many once a holding verb is among them: "Modi is likely to hold a bilateral meeting". */
export const HELD_OWNER_REACH = 6;
/** Verbs whose object is the meeting their subject holds: "he will hold a meeting", "will be having a meeting". */
export const MEETING_HOLDING_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'holds',
  'held',
  'holding',
  'have',
  'has',
  'had',
  'having',
]);
/** Leads of the named few among a meeting's partners: "meetings with many leaders, including X, Y and Z". */
export const INCLUDED_PARTNER_LEADS: readonly string[] = ['including', 'among them', 'notably'];
/**
 * Lower-case role words a listed partner's title chain may hold besides the lexicon's titles: "met A, founder and
 * co-chair of the X Foundation B, and C".
 */
export const LISTED_ROLE_WORDS: ReadonlySet<string> = new Set(['founder', 'co-founder', 'co-chair', 'chair']);
/** Words that make a call "to" someone a visit in person: "will make a courtesy call to Prime Minister X". */
export const IN_PERSON_CALL_WORDS: ReadonlySet<string> = new Set(['courtesy']);
/** Meeting nouns a meal may qualify: "a working lunch meeting", "a breakfast meeting" are one meeting. */
export const MEAL_HEADS: ReadonlySet<string> = new Set(['meeting', 'talks']);
/** Auxiliaries between a holding verb and its subject, besides those of "meet": "is likely to", "will be having". */
export const HOLDER_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'being', 'likely', 'been']);

/**
 * Words that set one event in time against another ("Prior to the forum, X is to meet Y", "ahead of the summit",
 * "a visit ..., and the two leaders agreed to hold a meeting"): two meeting words they part are two events.
 */
export const SEQUENCE_WORDS: readonly string[] = ['prior to', 'ahead of', 'before', 'after', 'following'];
/** Joiners that open a new clause after a comma: "..., and the two leaders agreed". */
export const CLAUSE_JOINERS: readonly string[] = ['and', 'but', 'while'];

/** Verbs of receiving a guest: "the emir welcomed the visiting president", "was received by the prime minister". */
export const RECEPTION_VERBS: ReadonlySet<string> = new Set([
  'received',
  'receives',
  'hosted',
  'hosts',
  'welcomed',
  'welcomes',
]);
/**
 * A time or a named venue standing between a reception verb and its guest: "received yesterday at Bayan Palace X",
 * "received at Cairo International Airport X", "received on Monday his Somali counterpart", "received at the
 * Conferences Palace in Jeddah this evening X", "received in audience the Ambassador of X" (a Nigerian usage). One
 * adverbial at a time, each ending before a space or comma.
 */
export const RECEPTION_ADVERBIAL =
  /^,?\s+(?:yesterday|today|tonight|here|earlier|in audience|this (?:morning|afternoon|evening)|on \p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening|night))?|(?:at|in) (?:the |his |her )?(?:\p{Lu}[\p{L}’'-]* ){0,4}?(?:Palace|Airport|Hall|Centre|Center|Court|House|Diwan|office|headquarters)(?: in \p{Lu}\p{L}+)?)(?=[\s,])/u;
/** Verbs that receive a person only when the guest follows as a titled name: "welcomed Trump's decision" is none. */
export const WELCOME_VERBS: ReadonlySet<string> = new Set(['welcomed', 'welcomes']);
/**
 * Visit words that stand before their visitor's title: "Kenyatta and visiting Ethiopian Prime Minister Hailemariam
 * Desalegn witnessed", "a closed-door meeting between Buhari and the visiting French President, Francois Hollande".
 */
export const ATTRIBUTIVE_VISIT_WORDS: ReadonlySet<string> = new Set(['visiting']);

/** Words before a guest's title that keep it a guest: "welcomed visiting Kenyan President X". */
export const GUEST_CHAIN_WORDS: ReadonlySet<string> = new Set(['visiting', 'his', 'her', 'their']);
/** Auxiliaries of a passive reception: "X was received by Y", "X has been welcomed by Y". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(BE_FORMS);
/**
 * Words that are talks only with a partner named after "with": "held discussions with the AU chairperson",
 * "the King on Wednesday discussed with visiting Secretary General X".
 */
export const DISCUSSION_WORDS: ReadonlySet<string> = new Set([
  'discussion',
  'discussions',
  'discussed',
  // "State Minister X has also conferred with Y, the Principal Secretary of ...": talks as "discussed with Y".
  'conferred',
  'confers',
]);
/** Among them, verbs that after a form of "be" bestow an honour: "was conferred with the Order of Merit". */
export const HONOUR_VERBS: ReadonlySet<string> = new Set(['conferred']);
/** The nouns among them, which a pair can hold: "both heads held bilateral discussions". */
export const DISCUSSION_NOUNS: ReadonlySet<string> = new Set(['discussion', 'discussions']);
/**
 * Plural meeting nouns, meetings only with a partner named after "with/between": "held bilateral meetings with the
 * foreign ministers of A and B" is; "requests for bilateral meetings", "in between the meetings" are not. Nor are
 * summits told only as a kind of sitting: "resolutions adopted by previous GCC summits", "barred from ASEAN summits".
 */
export const PLURAL_MEETING_WORDS: ReadonlySet<string> = new Set(['meetings', 'summits']);
/**
 * Past verbs that make plural meeting nouns meetings held: "held sound meetings in Hamburg", "had bilateral
 * meetings". Not "hold": "will hold meetings with a number of leaders" promises no particular one.
 */
export const PLURAL_HOLDING_VERBS: ReadonlySet<string> = new Set(['held', 'had']);
/** How many modifiers may stand between that verb and the noun ("held two separate bilateral meetings"). */
export const PLURAL_HOLDING_GAP = 3;
/**
 * Phrases that tell who invited a guest, not that the visit lies ahead: "arrived on a state visit at the invitation
 * of President X", "is paying a visit upon the invitation of". They hide the "invit-" cue of a planned meeting.
 */
export const INVITATION_FRAMES: readonly string[] = [
  'at the invitation',
  'on the invitation',
  'upon the invitation',
];
/**
 * A meeting whose date is being set lies ahead, and a day told with the setting is the day of the setting: "a date
 * is set for the meeting between", "agreed on the date and venue for a meeting", "the date and venue for his summit
 * with Kim have been decided", "a specific date of a meeting ... has yet to be determined".
 */
export const DATE_NOUNS: readonly string[] = ['date', 'dates'];
/** Nouns set together with the date: "the date and venue for a meeting". */
export const DATE_COMPANIONS: readonly string[] = ['venue', 'place', 'time', 'location', 'format'];
/** Past participles of setting a date, after "is/has been": "a date is set for the summit". */
export const DATE_SETTING_VERBS: readonly string[] = ['set', 'fixed', 'agreed', 'decided', 'confirmed'];
/** Auxiliaries between the date and its setting verb: "has been set", "is fixed". */
export const DATE_SETTING_AUXILIARIES: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'has been',
  'have been',
];
/** How many words (a determiner, an adjective) may stand between "for/of" and the meeting word. */
export const DATE_FRAME_GAP = 3;
/** Words before a meeting word that set it after the act told: "arranged ... ahead of a trilateral summit". */
export const AHEAD_OF_WORDS: readonly string[] = ['ahead of', 'on the eve of', 'in preparation for'];
/**
 * Words after a meeting word that make its several countries one bilateral meeting each: "held talks with his
 * Uzbek, Tajik and Kyrgyz counterparts", "held talks with counterparts from Brazil, Mexico and Senegal".
 */
export const EACH_COUNTRY_PARTNERS: readonly string[] = ['counterparts'];
/** Possessives before a verb's plural partner word: "met his counterparts from the US, China and Canada". */
export const OBJECT_POSSESSIVES: readonly string[] = ['his', 'her', 'their'];
/**
 * Words before a plural meeting noun that make its several countries one meeting each: "held bilateral meetings
 * with leaders of the UK, Japan and Italy", "bilateral talks with Egypt, Uganda and Cyprus".
 */
export const PAIRWISE_MODIFIERS: ReadonlySet<string> = new Set(['bilateral']);
/** Plural meeting nouns: several meetings, or (talks, discussions) one or several. */
export const PLURAL_MEETING_NOUNS: ReadonlySet<string> = new Set(['meetings', 'talks', 'discussions']);
/**
 * "held separate telephone conversations with X and Y", "in separate meetings with X and Y": a word that makes one
 * meeting word stand for one meeting with each partner named after it.
 */
export const SEPARATE_WORDS: ReadonlySet<string> = new Set(['separate', 'individual']);
/** How many modifiers may stand between that word and the meeting word ("separate bilateral telephone talks"). */
export const SEPARATE_GAP = 2;
/**
 * "The last visit by a Portuguese President to India was in 2007", "Putin and Trump last met in July 2018": a word
 * that, with a date of the meeting's own, tells an earlier meeting than the one the story reports.
 */
export const EARLIER_MODIFIERS: ReadonlySet<string> = new Set(['last', 'previous']);
/** How many modifiers may stand between that word and the meeting word ("the last formal meeting"). */
export const EARLIER_GAP = 2;
/** Kinds of meeting so read: a visit or summit takes in all its countries. */
export const EACH_COUNTRY_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['talks', 'meeting']);
/**
 * Predicates that tell a meeting named as its sentence's subject as held: "Talks between the foreign secretaries
 * of India and Pakistan have ended", "Tripartite talks in Khartoum between Egypt, Sudan and Ethiopia ended on
 * Friday".
 */
export const SUBJECT_HELD_PREDICATES: readonly string[] = [
  'ended',
  'concluded',
  'began',
  'got underway',
  'got under way',
  'kicked off',
  'wrapped up',
];
/** How many words may open a sentence before its subject meeting word ("Tripartite talks", "The 16-hour talks"). */
export const SUBJECT_MEETING_LEAD = 3;
/** How far after the word its predicate is looked for, in characters (past "between A, B and C over the ..."). */
export const SUBJECT_PREDICATE_REACH = 150;
/** The words that open a plural meeting's partner phrase. */
export const PLURAL_PARTNER_LEADS: readonly string[] = ['with', 'between'];
/** Words that make a sentence's discussion a call: "discussed with X over the phone" is the call. */
export const CALL_CUES: ReadonlySet<string> = new Set([
  'call',
  'phone',
  'telephone',
  'telephonic',
  'conversation',
]);
/**
 * Nouns of a conversation that are a call, with no medium named, when held with a person and nothing places the two
 * together: "said he had a meaningful conversation with President X", "had a good conversation with Y".
 */
export const CONVERSATION_NOUNS: ReadonlySet<string> = new Set(['conversation']);
/** How many modifiers may stand between "had/held" and that noun ("held a very good and productive conversation"). */
export const CONVERSATION_HOLDING_GAP = 5;
/** How far before that noun its owner may stand ("his latest conversation with X", "Trump's conversation with Y"). */
export const CONVERSATION_OWNER_GAP = 3;
/** Object pronouns of a reception verb: "officials received him upon his arrival". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);
/** Conversation verbs that are a call only with the medium named: "has spoken on the phone with X", not "had spoken with". */
export const MEDIUM_ONLY_CONVERSATION: ReadonlySet<string> = new Set(['spoken']);

/** Verbs whose direct object is the one met: "Putin met British Prime Minister Theresa May on Sunday". */
export const MEET_VERBS: ReadonlySet<string> = new Set(['met', 'meet', 'meets']);

/** Heads of "the presidents of Turkey and Iran", "the foreign ministers of India and China": one per country. */
export const ROLE_PLURALS: readonly string[] = [
  'presidents',
  'prime ministers',
  'foreign ministers',
  'defence ministers',
  'defense ministers',
  'ministers',
  'leaders',
  'heads of state',
  'heads of government',
  'premiers',
];
/** Words that tie such a phrase to the meeting word before it: "talks between the presidents of ...". */
export const ROLE_PHRASE_LINKS: readonly string[] = ['of', 'between', 'with', 'among'];

/** Words of a signing told as an event: "the two ministers signed the memorandum", "at the signing ceremony". */
export const SIGNING_WORDS: ReadonlySet<string> = new Set(['signed', 'signing', 'inked', 'sealed']);
/**
 * Offices whose holders, named by office alone, make a signing a gathering: "the foreign ministers of Ghana and Peru
 * signed", "the two presidents signed". Singular and plural, as a signing sentence reads them.
 */
export const SIGNER_OFFICE_WORDS: ReadonlySet<string> = new Set(
  [...LEADER_HEADS, 'minister'].flatMap((head) => [head, `${head}s`]),
);
/** Days before publication within which a signing is the article's news, not a treaty's history. */
export const SIGNING_NEWS_DAYS = 7;

/**
 * Verbs of arriving whose purpose phrase names a meeting at the destination: "X arrived in Sochi for talks with Y",
 * "X arrives in Beijing to hold talks". The talks are the visitor's visit, held once the visitor is there.
 */
export const ARRIVAL_VERBS: ReadonlySet<string> = new Set([
  'arrived',
  'arrives',
  'arrive',
  'landed',
  'lands',
]);
/** Words before an arrival verb that keep it ahead ("will arrive", "is due to arrive"). */
export const ARRIVAL_AHEAD: ReadonlySet<string> = new Set(['will', 'would', 'to', 'shall']);
/** Words that open a purpose phrase after an arrival: "for talks", "to hold talks", "to meet". */
export const PURPOSE_OPENERS: ReadonlySet<string> = new Set(['for', 'to']);

/** Prepositions that set a meeting inside another: "a forum during the visit", "will meet Xi during the visit". */
export const FRAME_PREPOSITIONS: readonly string[] = ['during', 'in the course of'];

/** Meetings long enough to hold others: "a forum during the visit", "talks on the sidelines of the summit". */
export const FRAME_KINDS: ReadonlySet<MeetingItem['kind']> = new Set(['visit', 'summit', 'conference']);

/** Words that open a clause of its own between a meeting word and a frame: "the talks reflected what ... during". */
export const CLAUSE_OPENERS: readonly string[] = ['that', 'which', 'who', 'where', 'when'];

/**
 * Verbs of a meeting's own course in a clause on it: "the summit which opened in Addis Ababa on Sunday", "talks that
 * began in Doha". Like the participles below, they make the clause's place and day the meeting's own.
 */
export const COURSE_VERBS: readonly string[] = [
  'opened',
  'began',
  'started',
  'took place',
  'take place',
  'kicked off',
];
/**
 * Participles whose passive subject is the meeting itself: "the summit, scheduled for June 15-17 in Canada", "the
 * summit which will be held on 10-11 February in Addis Ababa". A clause they open right after a meeting word tells
 * that meeting's own date and place.
 */
export const SCHEDULE_PARTICIPLES: readonly string[] = [
  'held',
  'scheduled',
  'slated',
  'set',
  'planned',
  'due',
  'convened',
  'organised',
  'organized',
];
/** Words that bound the clause a meeting's date is read in: "the summit on June 19 that he ...", "... after talks". */
export const DATE_CLAUSE_BOUNDARIES: readonly string[] = [
  'that',
  'which',
  'who',
  'following',
  'after',
  'before',
  'while',
  'when',
  'but',
  'since',
];
/** Words that end the stretch after a meeting word its place is read in (with ",", ";", ":"): "talks in Cairo that". */
export const PLACE_CLAUSE_BOUNDARIES: readonly string[] = [
  'that',
  'which',
  'who',
  'and',
  'but',
  'while',
  'when',
  'following',
  'after',
  'before',
  // "met at the White House on Monday to discuss the crisis in Gaza": a purpose names the topic, not the place.
  'to discuss',
  'to review',
  'to address',
];
/** Prepositions that open a place adverbial: "talks in Cairo", "received at the palace". */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at'];
/**
 * Manner adverbials that may stand between a meeting verb and its "with" phrase: "met behind closed doors with the
 * President's Special Envoy, Mr X", "met privately with X".
 */
export const MANNER_ADVERBIALS = /^ (?:behind closed doors?|privately)(?= with )/;
/** Prepositions chrono may leave out of a date's span: "on Monday", "this week". */
export const TIME_PREPOSITIONS: readonly string[] = ['on', 'in', 'at', 'this', 'last'];
/**
 * Nouns of a settlement between a preposition and a city's name: "in the Ethiopian capital Addis Ababa", "in the
 * Angolan capital, Luanda", "in the Saudi city of Dammam".
 */
export const CITY_NOUNS: readonly string[] = [
  'capital',
  'city',
  'town',
  'port city',
  'resort city',
  'resort town',
];
/** Prepositions before the place named after a meeting word: "talks in Cairo", "a visit to Kyiv". */
export const MEETING_PLACE_LEADS: readonly string[] = ['in', 'at', 'to', 'of'];
/** Prepositions before the country a visit goes to: "a visit to Japan", "visiting in the Netherlands". */
export const VISIT_HOST_LEADS: readonly string[] = ['to', 'in'];
/** Determiners that make a meeting word point back at one already told: "the visit drew criticism". */
export const POINTING_BACK_DETERMINERS: readonly string[] = ['such', 'the', 'this', 'that'];
/** Words before "call with" that make it a phone call: "a phone call with", "a call with". */
export const CALL_WITH_BEFORE: readonly string[] = ['phone', 'a'];
/** Relative pronouns that may open such a clause. */
export const SELF_CLAUSE_RELATIVES: readonly string[] = ['which', 'that'];
/** Auxiliaries between the relative pronoun and the participle: "which will be", "that has been", "which is". */
export const SELF_CLAUSE_AUXILIARIES: readonly string[] = [
  'will',
  'would',
  'shall',
  ...BE_FORMS,
  'has',
  'have',
  'had',
  'now',
  'also',
  'currently',
];

/**
 * Verbs of phoning whose direct object is the one called: "Kishida telephoned Yoon on Tuesday", "PM Modi dialled
 * Trump". A call only with a person as the object.
 */
export const PHONING_VERBS: ReadonlySet<string> = new Set(['telephoned', 'phoned', 'dialled', 'dialed']);
/** Verbs that phone with a particle: "Li Keqiang called up his Indian counterpart Narendra Modi". */
export const PHONING_PARTICLE_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'rang']);
/** Words right before a meeting word that tell another sitting: "The Prime Minister also met with the leaders of". */
export const ANOTHER_SITTING_CUES: readonly string[] = ['also', 'separately', 'later', 'then', 'again'];

/**
 * Verbs of gathering that are a meeting of their own only with no meeting noun as their object: "foreign ministers
 * will convene in Riyadh", but "would convene an extraordinary summit" is the summit, read at its noun.
 */
export const CONVENING_VERBS: ReadonlySet<string> = new Set(['convene', 'convenes', 'convened']);
/** How many words after a convening verb its object's meeting noun is looked for ("convene an extraordinary summit"). */
export const CONVENED_OBJECT_REACH = 4;
/** The particle itself. */
export const PHONING_PARTICLES: ReadonlySet<string> = new Set(['up']);
/**
 * Verbs that phone a person with no particle, "Obama called Egyptian President X on Tuesday to congratulate him",
 * when their subject stands right before them and their person object is followed by what a call takes (below).
 */
export const CALLING_VERBS: ReadonlySet<string> = new Set(['called', 'calls']);
/** Lower-case words that may stand between a caller and "called": "Napolitano also called", "he called". */
export const CALLER_LEADS: ReadonlySet<string> = new Set([
  'also',
  'then',
  'later',
  'earlier',
  'personally',
  'he',
  'she',
]);
/**
 * What may follow the person a calling verb phones: a day, a purpose, a second verb or the clause's end ("called X
 * on Tuesday", "called X to congratulate", "called X and congratulated him"); not "called X a dictator", "called
 * X's remarks", "called X and Y's talks constructive".
 */
export const CALLED_PERSON_NEXT =
  /^(?:\s*[,.;]|\s+(?:to|on|in|at|last|late|early|earlier|yesterday|today|shortly|after|before|\p{Lu}\p{Ll}+day|and(?= \p{Ll}))\b)/u;

/**
 * Participles whose passive agents are a meeting's attendees: "the summit was attended by A, B and C", "the meeting
 * was chaired by X", "the session, co-chaired by A and B".
 */
export const ATTENDANCE_PARTICIPLES: readonly string[] = ['attended', 'joined', 'chaired', 'co-chaired'];
/** Participles that also take their agent right after the meeting word, with no auxiliary: "the meeting, chaired by X". */
export const REDUCED_ATTENDANCE_PARTICIPLES: readonly string[] = ['chaired', 'co-chaired'];
/** Words that open another clause between a meeting word and its "was attended by": its subject is someone else. */
export const ATTENDANCE_BREAKERS: readonly string[] = ['who', 'which', 'that', 'but', 'said', 'says'];

/** Words a weekday's time phrase may open with before a holding verb: "on Thursday held", "last Friday met". */
export const WEEKDAY_LEAD_WORDS: readonly string[] = ['on', 'last', 'this', 'next'];

/**
 * Words that tell a further sitting of sides already met: "agreed to meet again next Saturday", "will hold follow-up
 * meetings", "the next round of talks". After the meeting word ("again"), or a few words before it in its clause.
 * Not "new", "further" or an ordinal: "a new round of talks", "the fourth round of talks", "further talks proceeded"
 * mostly name the sitting the story tells.
 */
export const FOLLOW_UP_AFTER: ReadonlySet<string> = new Set(['again']);
export const FOLLOW_UP_BEFORE: ReadonlySet<string> = new Set([
  'follow-up',
  'followup',
  'next',
  'another',
  'more',
]);
/** How many words before the meeting word that cue may stand: "the next round of talks". */
export const FOLLOW_UP_GAP = 3;

/**
 * Words that make a "session" a sitting of a body's leaders or ministers: "the 56th Ordinary Session of the Authority
 * of Heads of State and Government", "an extraordinary session", "an emergency session of the Security Council".
 */
export const SESSION_MODIFIERS: ReadonlySet<string> = new Set([
  'ordinary',
  'extraordinary',
  'extra-ordinary',
  'emergency',
  'urgent',
  'special',
  'closed',
]);

/**
 * A body's numbered sitting: "held their 33rd session in Addis Ababa", "chaired the 157th session of the Ministerial
 * Council", "the council's first session would be held in Amman". A figure with its ordinal ending, or one of these.
 */
export const SESSION_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
export const SESSION_ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);
/**
 * Words of a host event's edge: "met X on the sidelines of the 80th session of the General Assembly" tells the
 * meeting, not the session, as the news.
 */
export const SIDELINES_WORDS: ReadonlySet<string> = new Set([
  'sidelines',
  'sideline',
  'margins',
  'margin',
  'fringes',
  'fringe',
]);
/**
 * How many words back from a meeting word that edge word's "of" may stand: "on the sidelines of the 22-member Asian
 * Cooperation Dialogue meeting".
 */
export const SIDELINES_REACH = 12;

/**
 * Predicates that tell where a meeting named with its body sits: "the 11th Extraordinary Session of the Assembly of
 * Heads of State and Government of the African Union (AU) opened today at the AU headquarters in Addis Ababa", with
 * the auxiliaries and adverbs that may come first.
 */
export const BODY_SITTING_PREDICATES: readonly string[] = [
  'opened',
  'opens',
  'kicked off',
  'kicks off',
  'began',
  'begins',
  'convened',
  'convenes',
  'held',
  'took place',
  'takes place',
];
/**
 * Prepositions whose capitalized object right after a body's name is where its sitting is: "held an Extraordinary
 * Session of the Authority of Heads of State and Government in Abuja".
 */
export const BODY_PLACE_LEADS: readonly string[] = ['in', 'at'];
/**
 * Lower-case words for a body's members inside the name of its sitting: "the 42nd extraordinary summit of IGAD heads
 * of state and government, held in Entebbe", "the summit of the leaders of the GCC States, due to be held in Riyadh".
 */
export const BODY_MEMBER_WORDS: readonly string[] = [
  'heads',
  'state',
  // "the 26th ordinary session of the AU heads of states and government was held ..."
  'states',
  'government',
  'leaders',
  'ministers',
  'foreign',
];
export const BODY_SITTING_AUXILIARIES: readonly string[] = [
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'officially',
  'formally',
  'today',
];
/** Words joining two days of a sitting: "on 7 and 8 March", "from Monday to Wednesday". */
export const BODY_SITTING_DAY_JOINERS: readonly string[] = ['and', 'to'];
/**
 * Words of the day a body's sitting opened on, told between its predicate and its place: "opens today, 29th June
 * 2019 in Abuja", "opened on the 21st December 2019, at the Banquet Hall". Figures and month names are read too.
 */
export const BODY_SITTING_DAY_WORDS: readonly string[] = [
  'on',
  'the',
  'of',
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  ...WEEKDAY_NAMES.map((d) => d.toLowerCase()),
  ...MONTH_NAMES_LOWER,
  ...ABBREVIATED_MONTHS.map((m) => m.toLowerCase()),
];

/**
 * Nouns of what a meeting is about, whose "in" names where that is, not where the meeting sits: "a summit focused on
 * the military coup in Niger", "talks about its operations in the Red Sea", "to discuss the conflict in South
 * Sudan", "negotiations between Israel and Hamas regarding a ceasefire in the Gaza Strip" (of 60 "ceasefire/truce in"
 * on the saved pages, two name a meeting's city). Not "peace": "peace talks in Doha".
 */
export const PLACE_TOPIC_NOUNS: readonly string[] = [
  'situation',
  'crisis',
  'war',
  'conflict',
  'coup',
  'developments',
  'fighting',
  'violence',
  'tensions',
  'escalation',
  'operations',
  'hostilities',
  'elections',
  'ceasefire',
  'truce',
];

/** Prepositions that carry a meeting's place on past its partner's apposition: "met with X, the Y minister, in Kabul". */
export const APPOSITION_PLACE_LEADS: readonly string[] = ['in', 'at'];

/** The word opening a meeting's pair of sides, whose "and" joins the pair: "talks between Pakistan and Afghanistan". */
export const PAIR_LEAD = 'between';

/** Forms of the verb whose subject hosts a meeting: "Addis Ababa will host the summit", "India hosts the G20 summit". */
export const HOSTING_VERB_FORMS: readonly string[] = ['host', 'hosts', 'hosted', 'hosting'];
/** Words that may stand between a hosting subject and its verb: "is set to host", "will also host". */
export const HOSTING_AUXILIARIES: readonly string[] = [
  'will',
  'would',
  'shall',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'to',
  'set',
  'due',
  'also',
];
/** How many words may qualify the meeting word after the hosting verb's article: "the 22nd African Union summit". */
export const HOSTED_MODIFIER_WORDS = 6;
/** How far before a meeting word (characters) its hosting subject is looked for. */
export const HOSTING_SUBJECT_REACH = 90;
/** Prepositions after "met" that place the meeting: "The two ministers met in Algeria". */
export const MET_PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'at']);
/**
 * Heads of a standing body's name whose sitting is the body's own ("Tuesday's Security Council meeting", "an emergency
 * meeting of the Council of Arab States", "an emergency meeting of the Arab League", "the Organisation of Islamic
 * Cooperation will hold an extraordinary meeting", "the OIC Executive Committee"); a grouping's summit ("the G7
 * summit", "the ASEAN meeting") is its leaders'.
 */
export const SITTING_BODY_HEADS: ReadonlySet<string> = new Set([
  'Council',
  'League',
  'Organization',
  'Organisation',
  'Committee',
]);
/**
 * Verbs by which a standing body named as their subject holds the sitting that is their object: "The UN Security
 * Council held an emergency meeting on Tuesday", "the Security Council will hold a special meeting on Monday".
 */
export const BODY_HOLDING_VERBS: readonly string[] = [
  'held',
  'holds',
  'hold',
  'convened',
  'convenes',
  'convene',
];
/** Prepositions a meeting's weekday may carry: "on Saturday", "scheduled for Wednesday". */
export const WEEKDAY_PREPOSITIONS: readonly string[] = ['on', 'for'];
/** How many words may stand before a body that is its sentence's subject: "Members of the UN Security Council". */
export const BODY_SUBJECT_LEAD_WORDS = 3;
/** How many words may stand between that subject and its sitting: "gathered on Monday in a closed session". */
export const BODY_SUBJECT_REACH = 16;
/** How many words may qualify that sitting after its article: "an emergency closed-door meeting". */
export const BODY_HELD_MODIFIER_WORDS = 3;
/** The words joining a meeting word to the body sitting after it: "a session of the", "meeting of". */
export const SITTING_BODY_LEAD = /^ of(?: the)? $/;
/** Verbs whose object is a sitting their subject speaks to: "Guterres told an Arab summit", "addressed the meeting". */
export const ADDRESS_VERBS: ReadonlySet<string> = new Set([
  'told',
  'addressed',
  'addresses',
  'address',
  'briefed',
]);
/** The same verbs opening a sentence before its speaker: "Addressing the summit, Faki said". */
export const FRONTED_ADDRESS_VERBS: ReadonlySet<string> = new Set(['addressing', 'briefing']);
/** Lower-case words between such a verb and its meeting word: "told an emergency meeting", "the special session". */
export const ADDRESSED_GAP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'emergency',
  'extraordinary',
  'special',
  'ministerial',
  'annual',
  'ordinary',
  'regional',
  'international',
  'virtual',
  // "In his speech at the opening session of the meeting, X stressed": the sitting's part named before it.
  'opening',
  'closing',
  'session',
  'of',
]);
/** Auxiliaries between the speaker and the verb: "de Mistura will address", "she has told". */
export const ADDRESS_SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'would',
  'has',
  'had',
  'also',
  'later',
]);
/** Nouns of a speech given to a sitting: "In his address to the summit, X said". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(['speech', 'address', 'remarks']);
/** Prepositions from a speech noun to the sitting it was given to: "speech at the meeting", "address to the summit". */
export const SPEECH_SITTING_LEADS: ReadonlySet<string> = new Set(['to', 'at', 'before']);
/** Words a sentence may open with before such a speech noun: "In a", "Delivering his opening", "In her keynote". */
export const SPEECH_OPENING_WORDS: ReadonlySet<string> = new Set([
  'in',
  'delivering',
  'during',
  'a',
  'an',
  'his',
  'her',
  'the',
  'opening',
  'keynote',
  'inaugural',
  'closing',
]);
