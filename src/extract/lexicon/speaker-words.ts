// Words the speaker finder (statements/find-speaker.ts) reads around a speech verb: what ends the noun phrase after
// it, what may not stand between a subject and its verb, and the cues of the outlet that carried the words. Data only.

/** Words that end the noun phrase right after a verb: what follows them is not its speaker. */
export const NOUN_PHRASE_BREAK_WORDS = [
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'with',
  'according',
  'while',
  'from',
  'by',
  'when',
  'as',
  'and',
  'or',
  'that',
  'who',
  'which',
  'told',
  'adding',
] as const;

/**
 * Words opening an aside between a subject and its verb that sets an occasion with someone: ", during his meeting
 * with Y, said", ", after meeting with Y, also said". Whoever the aside names after "with" is no subject.
 */
export const OCCASION_ASIDE_LEADS = ['during', 'after', 'following', 'in', 'at'] as const;

/**
 * The same occasion set between a subject and its verb with no commas: "X after meeting Y in New Delhi announced", "X
 * after hold meeting with Y said". Only a time lead: "X in Geneva said" names where, not with whom.
 */
export const BARE_OCCASION_LEADS = ['after', 'following', 'during'] as const;

/** The occasion such a lead opens, a word or two after it ("meeting Y", "talks with Y", "his call with Y"). */
export const BARE_OCCASION_WORDS = [
  'meeting',
  'meetings',
  'talks',
  'call',
  'conversation',
  'discussions',
] as const;

/** Words that make the gap between a subject and its verb a clause of its own ("the envoy who met him said"). */
export const SUBJECT_FILLER_STOPS = [
  'that',
  'which',
  'who',
  'whom',
  'and',
  'or',
  'but',
  'to',
  'of',
  'for',
  'with',
  'by',
  'as',
  'if',
  'when',
  'while',
  'not',
  'the',
  'a',
  'an',
  // "The EAC partner states were yesterday urged to ...": a subject before a passive is spoken to, not speaking.
  'was',
  'were',
] as const;

/** Words that join a second holder or body into a role ("head of the Council and the Front"): no one person's role. */
export const ROLE_JOINING_WORDS = ['and', 'or', 'with'] as const;

/** "told Sputnik", "in an interview with Sputnik", "speaking to Yonhap": the outlet that carried the words. */
export const CHANNEL_CUE_PHRASES = [
  'told',
  'telling',
  'interview with',
  'speaking to',
  'speaking with',
  'quoted by',
  'comments to',
  'remarks to',
  'wrote in',
  'wrote on',
  'statement to',
  'briefing for',
  'briefing with',
] as const;

/** "according to KCNA", "a readout carried by the official Xinhua news agency": cues that fit only news outlets. */
export const OUTLET_CUE_PHRASES = [
  'according to',
  'carried by',
  'reported by',
  'cited by',
  'published by',
  'quoted by',
  'aired by',
  'broadcast by',
  'broadcast on',
] as const;

/** Forms of "tell", whose object is the one told: "told reporters that ...". */
export const TELL_FORMS = ['told', 'tells', 'telling'] as const;

/** Pronouns only ever subjects: a verb right after one opens a finite clause ("told reporters he considered ..."). */
export const SUBJECT_CASE_PRONOUNS = ['he', 'she', 'they', 'we', 'i'] as const;

/** Singular subject pronouns that may open a sentence as the subject of every verb joined to its first. */
export const SINGULAR_SUBJECT_PRONOUNS = ['he', 'she'] as const;

/** Words joining a second verb to the first one's subject: "He met X and said: ...", "He said ... but added: ...". */
export const VERB_JOINING_CONJUNCTIONS = ['and', 'but'] as const;

/** The plural subject pronoun: "They added: ..." after words given to two speakers at once means them all. */
export const PLURAL_SUBJECT_PRONOUNS = ['they'] as const;

/**
 * A deal made known by the parties after "by": "The deal was later confirmed by Azerbaijan and the Kremlin", "the
 * truce, announced by the United States and Saudi Arabia in a joint statement". The participles that report it.
 */
export const PASSIVE_DEAL_REPORT_VERBS = ['announced', 'confirmed'] as const;

/**
 * A passive attribution after the words it reports: "This was stated by Foreign Minister X.", "This was announced
 * at a briefing by the ministry's spokesman X." The back-pointing subject, the auxiliary, and the participle.
 */
export const PASSIVE_ATTRIBUTION_SUBJECTS = ['this', 'that', 'it'] as const;
export const PASSIVE_ATTRIBUTION_AUXILIARIES = ['was', 'is', 'has been', 'had been'] as const;
export const PASSIVE_ATTRIBUTION_VERBS = [
  'stated',
  'said',
  'announced',
  'declared',
  'noted',
  'confirmed',
  'emphasized',
  'emphasised',
  'stressed',
  'underlined',
  'reported',
] as const;

/**
 * A news outlet passing on a source's words: "Trend reports citing the Foreign Ministry.", "Xinhua reported,
 * citing the ministry, that ...". The participles that name the source, and the outlet's own reporting verbs.
 */
export const CITING_PARTICIPLES = ['citing', 'quoting'] as const;
export const OUTLET_REPORT_VERBS = ['reports', 'reported', 'writes', 'wrote', 'informs', 'informed'] as const;

/**
 * Words before a name that make it an object rather than its sentence's subject: "He pointed to the ceremony of the
 * Iranian president", "talks with X", "and X", "alongside the EU's foreign policy chief, X".
 */
export const SUBJECT_LEAD_BREAK_WORDS = [
  'of',
  'to',
  'with',
  'alongside',
  'by',
  'for',
  'from',
  'on',
  'about',
  'at',
  'in',
  'into',
  'over',
  'during',
  'after',
  'before',
  'between',
  'among',
  'and',
  'or',
  'as',
  'than',
] as const;

/** Verbs by which an outlet passes on someone's words: "Interfax quoted X as saying", "TASS cited X as saying". */
export const QUOTING_VERBS = ['quoted', 'cited'] as const;

/** Words opening the time after "quoted X as saying": "as saying on Wednesday", "as saying late Monday". */
export const QUOTED_TIME_LEADS = ['on', 'late', 'early', 'in', 'at'] as const;

/** One office under several words: "FM spokesperson" is the ministry's Spokesman. */
export const SPOKESPERSON_FORMS = ['spokesperson', 'spokesman', 'spokeswoman'] as const;

/**
 * Words that may describe a document between its determiner and its noun: "the military statement said", "an
 * official statement released after the meeting", "the final joint communique".
 */
export const DOCUMENT_MODIFIERS = [
  'official',
  'military',
  'final',
  'written',
  'separate',
  'brief',
  'closing',
  'concluding',
  'ministerial',
  'presidential',
  'trilateral',
  'bilateral',
  // "a joint press communique", "the press statement"
  'press',
] as const;

/** Plural owners whose document is a joint one: "the leaders' statement", "the two sides' declaration". */
export const JOINT_DOCUMENT_OWNERS = [
  'leaders',
  'sides',
  'countries',
  'ministers',
  'governments',
  'nations',
  'presidents',
  'parties',
] as const;

/** Verbs only a document takes for its words: '," reads the statement', '," the statement from the ministry states'. */
export const DOCUMENT_VERBS = ['reads', 'read', 'states'] as const;

/**
 * Participles after a document whose agent reads it out rather than issuing it: "The statement, read by the League's
 * Secretary-General X, stressed that ...", "A communique read by X said". "issued by"/"released by" name the
 * issuer and are left out.
 */
export const DOCUMENT_READERS_PARTICIPLES = ['read', 'delivered'] as const;

/**
 * Nouns that refer back to a movement or armed group named before: "the group said", "the Palestinian movement
 * said in a statement", "according to the militia". Organizations of kind "other" (Hamas, the RSF, the Houthis).
 */
export const GROUP_REFERENCE_HEADS = [
  'group',
  'movement',
  'militia',
  'organisation',
  'organization',
  'faction',
  'paramilitaries',
] as const;

/**
 * Last words of names a "group" or "movement" never means: "the movement said" after "the Security Council"
 * still means Hamas named before it.
 */
export const NON_GROUP_NAME_ENDS = [
  'council',
  'committee',
  'commission',
  'assembly',
  'parliament',
  'court',
  'bank',
  'agency',
  'service',
  'office',
  'institute',
  'forum',
  'center',
  'centre',
] as const;

/**
 * "Both sides stressed ...", "the two sides affirmed ...": the people of a meeting by their sides, read as a
 * plural subject only where it opens its sentence or clause ("officials on both sides said" is others).
 */
export const SIDE_SUBJECT_HEADS = ['sides'] as const;

/**
 * "The two countries expressed ...", "both nations affirmed ...", "the three governments said ...": a counted plural
 * subject that means the countries the story just named together, read only where it opens its sentence or clause.
 */
export const COUNTRY_GROUP_HEADS = ['countries', 'nations', 'governments'] as const;

/**
 * "the mediators warned ...", "The ceasefire's mediators said in a joint statement ...": a plural go-between noun as
 * the subject means the countries the article names as the deal's go-betweens ("mediated by Saudi Arabia and the
 * United States", "Qatari and Egyptian mediators"), not the sides they mediate between.
 */
export const GO_BETWEEN_SUBJECT_HEADS = ['mediators', 'facilitators', 'brokers'] as const;
/** How many words back from its noun "the" may open such a subject ("the mediators", "the ceasefire's mediators"). */
export const GO_BETWEEN_SUBJECT_REACH = 3;

/** Words after a document that open a clause with a subject of its own: "a statement in which it said". */
export const DOCUMENT_CLAUSE_SUBJECTS = ['it', 'which', 'who', 'that'] as const;

/**
 * Gatherings that open a sentence as the subject of a stance ("The summit, chaired by X, called for ...", "The
 * meeting also condemned ...", "The Assembly strongly condemned ..."), and a body's council named as its own subject
 * ("The Council demanded ..." after the Arab League's Council of Foreign Ministers spoke): the body that has just
 * spoken holds it.
 */
export const MEETING_SUBJECT_NOUNS = [
  'summit',
  'meeting',
  'assembly',
  'session',
  'conference',
  'council',
] as const;

/**
 * Nouns that tell of a sitting whose document, with no issuer named, speaks for who held it ("IGAD held an
 * extraordinary summit ... The statement stressed ..."); a deal's signing is no sitting.
 */
export const SITTING_NOUNS = [...MEETING_SUBJECT_NOUNS, 'talks'] as const;

/**
 * The members a body's communique speaks through ("The ministers called for ...", "The Arab ministers also called
 * on ...", "The delegates commended ..."), opening a sentence with no one named for them: the body that has just
 * spoken holds it, as for a gathering.
 */
export const MEMBER_SUBJECT_NOUNS = ['ministers', 'delegates'] as const;

/** Words that make quoted text the speaker's own (case-sensitive; "US" is not "us"). */
export const FIRST_PERSON_WORDS: readonly string[] = ['I', 'we', 'We', 'our', 'Our', 'my', 'My', 'us', 'me'];

/**
 * Words that open a condition or an open question: a speech verb after one of them in the same clause ("the
 * consequences if India rejected the verdict", "has to certify whether he believes ...") reports nothing said.
 */
export const OPEN_QUESTION_OPENERS = ['if', 'whether', 'unless'] as const;

/** Words that end such a condition before the verb: "is open to it if Hamas agrees but insists that ...". */
export const OPEN_QUESTION_ENDS = ['but', 'yet', 'then', 'while', 'although', 'though'] as const;

/**
 * Nouns that make an "according to" source numbers someone keeps, not words anyone said: "according to UN
 * figures", "according to Ukraine's statistics", "according to figures from the Ministry of Economy".
 */
export const DATA_SOURCE_NOUNS = ['figures', 'data', 'statistics', 'estimates', 'tally', 'count'] as const;

/**
 * Nouns for a country's news outlets: "Russian and Armenian media reported", "according to Iranian media". The
 * outlets carry the words; the country a demonym names before them says nothing. ("state television" stays: it
 * is read as the government's voice.)
 */
export const MEDIA_SOURCE_NOUNS = ['media', 'outlets', 'newspapers'] as const;

/**
 * Verbs that carry on a speaker's words through "on to" and a speech verb: "Kheyre went on to say that ...", "the
 * spokesman goes on to note ...". The subject of the verb speaks.
 */
export const SPEECH_CONTINUING_VERBS = ['went', 'goes', 'go'] as const;

/**
 * Verbs by which a speaker takes an occasion or a platform to speak: "took the opportunity to stress that ...", "Minh
 * took the occasion to reiterate ...", "took to X to announce ...", "used his Telegram channel to say ...". The
 * subject of the taking verb speaks.
 */
export const OCCASION_TAKING_VERBS = ['took', 'takes', 'take', 'used', 'uses', 'seized', 'seizes'] as const;
/** What a speaker takes as the occasion: "the opportunity", "the occasion", "the chance". */
export const SPEECH_OCCASION_NOUNS = ['occasion', 'opportunity', 'chance'] as const;
/**
 * Words that make the few words after "took to" a platform ("took to X", "took to social media", "took to his
 * Telegram channel"); "took to the streets to protest" names none, so it reports no words.
 */
export const SPEECH_PLATFORM_WORDS = [
  'x',
  'twitter',
  'facebook',
  'telegram',
  'instagram',
  'weibo',
  'truth',
  'media',
  'microblog',
  'account',
  'channel',
] as const;
/** Most words a platform may take between the taking verb and the "to" of the speech verb. */
export const MAX_PLATFORM_WORDS = 4;
/**
 * Speech verbs in the infinitive after a taken occasion, with the finite form the speech rules know them by: "took
 * the opportunity to stress that ..." reads as "stressed that ...".
 */
export const OCCASION_SPEECH_INFINITIVES: Readonly<Record<string, string>> = {
  say: 'said',
  announce: 'announced',
  stress: 'stressed',
  reiterate: 'reiterated',
  emphasize: 'emphasized',
  emphasise: 'emphasised',
  underline: 'underlined',
  note: 'noted',
  declare: 'declared',
  confirm: 'confirmed',
  reaffirm: 'reaffirmed',
  affirm: 'affirmed',
  warn: 'warned',
  insist: 'insisted',
  explain: 'explained',
  welcome: 'welcomed',
  praise: 'praised',
  thank: 'thanked',
  congratulate: 'congratulated',
  condemn: 'condemned',
  criticize: 'criticized',
  criticise: 'criticised',
  urge: 'urged',
  call: 'called',
  express: 'expressed',
  voice: 'voiced',
};

/**
 * Words that open what a describing verb calls its agreement object ("called the deal a historic milestone",
 * "described the accord as a major milestone", "termed the pact the best ..."): with them the verb states a stance
 * even without a quote.
 */
export const DESCRIBED_AGREEMENT_COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'as']);

/** Words the agreement object of a describing verb may hold ("the landmark Doha peace deal"). */
export const DESCRIBED_AGREEMENT_MAX_WORDS = 5;

/**
 * Words a describing verb's agreement object may carry after its kind noun before "as" opens the complement: a
 * participle phrase ("described the agreement reached by the two sides as ..."), a list ("the ceasefire agreement,
 * its enforcement and observation as ..."), an addressee ("the deal to reporters as ...").
 */
export const DESCRIBED_AGREEMENT_MAX_MODIFIER_WORDS = 6;

/** Words that end such an object: a relative clause or a new clause begins ("the deal that ...", "the deal but ..."). */
export const DESCRIBED_AGREEMENT_MODIFIER_STOPS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'but',
  'while',
  'because',
  'when',
]);

/** Words after "as" that make it an idiom, not the complement ("as well", "as soon as", "as long as"). */
export const AS_IDIOM_WORDS: ReadonlySet<string> = new Set([
  'well',
  'soon',
  'long',
  'far',
  'much',
  'if',
  'though',
]);

/** Auxiliaries of a perfect that may follow a name set off by commas ("the premier, Najib Mikati, has welcomed"). */
export const SET_OFF_SUBJECT_AUXILIARIES = ['has', 'had', 'have'] as const;

/** Relative pronouns that may stand right before a verb as its subject ("the Charter, which called for ..."). */
export const RELATIVE_CLAUSE_PRONOUNS = ['which', 'that', 'who', 'whom'] as const;

/**
 * The plural present of a joint release's stances ("The two countries affirm their commitment to ...", "Both sides
 * call on the parties to ...", "Egypt and Qatar welcome the ..."): what the issuers jointly state, its object the
 * words. Read only with a plural subject right before the verb, since the bare form is also an infinitive.
 */
export const JOINT_PRESENT_STANCES = [
  'affirm',
  'reaffirm',
  'reconfirm',
  'stress',
  'emphasize',
  'emphasise',
  'underline',
  'underscore',
  'reiterate',
  'welcome',
  'condemn',
  'denounce',
  'reject',
  'commend',
  'express',
  'renew',
  'urge',
  'call',
  'appeal',
] as const;
/** Joint present verbs that state something only with the clause their "that" opens ("The two sides note that ..."). */
export const JOINT_PRESENT_SAYING = [
  'indicate',
  'note',
  'confirm',
  'declare',
  'believe',
  'consider',
] as const;
/** Joint present verbs that urge only with their particle: "call on", "appeal to" ("call the meeting" is no stance). */
export const JOINT_URGING_VERBS = ['call', 'appeal'] as const;
/** The particles without which a joint "call" or "appeal" urges no one ("call on", "call for", "appeal to"). */
export const JOINT_URGING_PARTICLES = ['on', 'upon', 'for', 'to'] as const;

/**
 * What a closing denial names as the thing denied: "..., an accusation Iran strongly denies.", "..., something Moscow
 * denies.", "..., which Kyiv rejects."
 */
export const DENIED_CLAIM_HEADS = [
  'claim',
  'claims',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'allegation',
  'allegations',
  'assertion',
  'something',
  'which',
] as const;
/** The verbs of such a closing denial, in the forms a present or perfect report gives them. */
export const CLOSING_DENIAL_VERBS = [
  'denies',
  'deny',
  'denied',
  'rejects',
  'reject',
  'disputes',
  'dispute',
] as const;
