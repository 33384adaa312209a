// Word lists the rules read: titles, speech verbs, organization and place suffixes, boilerplate and date words.
// Data only; each list is general English news vocabulary, never words picked from a particular article.
import { ABBREVIATED_MONTHS, MONTH_NAMES, MONTH_NAMES_LOWER } from '../../domain/calendar.ts';

/** Spelled-out counts news writes for a handful of things: "two agreements", "the eight pacts", "dozens of deals". */
export const COUNT_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'dozen',
  'dozens',
] as const;

/**
 * A Gulf ruling family's honorific as Bahraini and Omani official copy spells it ("Shaikh Khalid bin Ahmed", "Sayyid
 * Badr Albusaidi"): the "Sheikh" of other outlets, and the Omani royal house's "Sayyid", never part of the name.
 */
export const GULF_HONORIFIC_SPELLINGS = ['shaikh', 'shaikha', 'sayyid', 'sayyida'] as const;

/** Words that end a title and can stand right before a name ("adviser Chang", "Minister Rudenko"). */
export const TITLE_HEADS = [
  // "Foreign Minister-Designate X", "President-elect X": the hyphenated ending of a title.
  'designate',
  'elect',
  // "Ambassador Nominee to India Sergio Gor": a nominee for the office, never a name.
  'nominee',
  'president',
  'vice-president',
  'minister',
  'premier',
  'chancellor',
  'leader',
  'secretary',
  'secretary-general',
  'undersecretary',
  'under-secretary',
  'adviser',
  'advisor',
  'ambassador',
  'envoy',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'director',
  'director-general',
  'governor',
  'mayor',
  'senator',
  'lawmaker',
  'legislator',
  'representative',
  'official',
  'diplomat',
  // "Indian delegate Pratik Mathur", "the Qatari delegate": a country's speaker at a UN body.
  'delegate',
  'commissioner',
  'speaker',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'emir',
  'sultan',
  'sheikh',
  // Gulf spellings of the same honorifics: Bahraini "Shaikh Khalid", Omani "Sayyid Badr".
  ...GULF_HONORIFIC_SPELLINGS,
  'pope',
  'cardinal',
  'general',
  'admiral',
  'marshal',
  'commander',
  'head',
  'negotiator',
  // "head mediator X", "IGAD mediator X": the one who brokers talks between the sides.
  'mediator',
  'deputy',
  'counselor',
  'counsellor',
  // "Federal Councillor Guy Parmelin" (Swiss government), "Cabinet Councilor Kwon Ho Ung" (DPRK).
  'councillor',
  'councilor',
  'attache',
  'consul',
  'dictator',
  'monarch',
  'ruler',
  'strongman',
  'coordinator',
  'ayatollah',
  'rapporteur',
  'prosecutor',
  'judge',
  'justice',
  'lieutenant',
  'colonel',
  'captain',
  'major',
  'chairperson',
  'vice-chairman',
  'vice-chair',
  'aide',
  'officer',
  'analyst',
  'professor',
  'expert',
  'researcher',
  'attorney',
  'counterpart',
  'colleague',
] as const;

/**
 * Abbreviated titles that stand right before a name in South Asian and wire copy ("FM Qureshi said", "PM Modi"),
 * with the title they stand for. They are title heads too.
 */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  pm: 'Prime Minister',
  fm: 'Foreign Minister',
  eam: 'External Affairs Minister',
  // Pakistan's Deputy Prime Minister, who is also its Foreign Minister: "the DPM said", "DPM Dar said".
  dpm: 'Deputy Prime Minister',
  // Kenya's ministers and their deputies in the ministries: "CS Mudavadi", "according to the PS".
  cs: 'Cabinet Secretary',
  ps: 'Principal Secretary',
  // The head of a UN mission, the Special Representative of the Secretary-General: "SRSG Kay said", "said the SRSG".
  srsg: 'Special Representative of the Secretary-General',
};

/** Title heads of roles that serve someone and speak for them: "a spokesperson for the president-elect". */
export const SERVING_ROLE_HEADS = [
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'aide',
  'adviser',
  'advisor',
] as const;

/**
 * Title heads that are also a ruler's or royal's honorific: after another title head they are the holder's
 * honorific, not part of the office ("President Sheikh Mohamed", "Qatar's Emir Sheikh Tamim" hold "President",
 * "Emir"); after a modifier they are the office ("Crown Prince").
 */
export const HONORIFIC_TITLE_HEADS = [
  'sheikh',
  'sheikha',
  ...GULF_HONORIFIC_SPELLINGS,
  'prince',
  'princess',
] as const;

/**
 * A monarch's title: a king is named by his own given name ("King Salman", "King Abdullah"), never by his father's,
 * so a lone name after it is not the "bin Salman" of his son's name.
 */
export const MONARCH_TITLES: ReadonlySet<string> = new Set(['king', 'queen']);

/**
 * Capitalized words that are a title before another title word ("the Amir Sheikh Tamim") and a given name or a
 * name piece anywhere else ("Amir Khan", "Amir-Abdollahian").
 */
export const TITLE_OR_NAME_WORDS = ['amir'] as const;

/**
 * Title heads that are also given names: next to a patronymic particle they are the name ("Khalid bin Sultan",
 * "Sultan bin Ahmed Al Jaber"); before a name they are the title ("Sultan Haitham bin Tarik").
 */
export const GIVEN_NAME_TITLE_HEADS = ['sultan'] as const;

/** Words that may precede a title head inside a title ("Deputy Foreign Minister", "national security adviser"). */
export const TITLE_MODIFIERS = [
  // "Venezuelan opposition leader X"
  'opposition',
  // "Ambassador Extraordinary and Plenipotentiary": the envoy's full rank, never a name after "Ambassador"
  'extraordinary',
  'plenipotentiary',
  'deputy',
  'vice',
  'first',
  'second',
  'prime',
  'foreign',
  'defense',
  'defence',
  'finance',
  'trade',
  'economy',
  'economic',
  'unification',
  'interior',
  'home',
  'justice',
  'energy',
  'industry',
  'culture',
  'health',
  'education',
  'agriculture',
  'labor',
  'labour',
  'transport',
  'science',
  'environment',
  // "Ukraine's infrastructure minister has said"
  'infrastructure',
  'national',
  'security',
  'state',
  'chief',
  'senior',
  'top',
  'special',
  'presidential',
  'supreme',
  'former',
  'acting',
  'assistant',
  'executive',
  'permanent',
  'general',
  'party',
  'press',
  'military',
  'nuclear',
  'climate',
  'affairs',
  'policy',
  'cabinet',
  'parliamentary',
  'ministry',
  'kremlin',
  'government',
  'foreign-policy',
  'de',
  'facto',
  'crown',
  'grand',
  'lead',
  'principal',
  'vice-foreign',
  'first-vice',
  'intelligence',
  'armed',
  'forces',
  'staff',
  'joint',
  'new',
  'incoming',
  'outgoing',
  'then',
  'then-',
  'late',
  'defense-ministry',
  'white',
  'house',
  'department',
  'office',
  'council',
  'of',
  'the',
  'commerce',
  'external',
  'digital',
  'development',
  'immigration',
  'overseas',
  'international',
  'relations',
  'political',
  'europe',
  'asia',
  'asian',
  'pacific',
  'regional',
  'public',
  'communications',
  'information',
  'sports',
  'tourism',
] as const;

/** Leader heads that name a head of government only: "the premier" is a prime minister, never a president. */
export const GOVERNMENT_LEADER_HEADS = ['premier'] as const;

/** Heads of state or government: "the Russian leader" may refer to a person titled with any of these. */
export const LEADER_HEADS = [
  'president',
  'leader',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'emir',
  'sultan',
  'monarch',
  'ruler',
  'dictator',
  'strongman',
] as const;

/** Sentence adverbs that open a sentence right before a name ("Separately, Rudenko said"): never part of it. */
const SENTENCE_ADVERBS = [
  'Separately',
  'Additionally',
  'Previously',
  'Currently',
  'Recently',
  'Nonetheless',
  'Nevertheless',
  'Moreover',
  'Furthermore',
  'Similarly',
  'Likewise',
  'Consequently',
  'Instead',
  'Overall',
  'Notably',
  'Reportedly',
  'Initially',
  'Finally',
] as const;

/** The articles: before a title ("the Saudi Foreign Minister", "a spokesperson for"), an office, an apposition. */
export const ARTICLE_WORDS = ['the', 'a', 'an'] as const;

/** The forms of "be": the auxiliaries of passives and of "which is/was/has been ..." clauses. */
export const BE_FORMS = ['is', 'are', 'was', 'were', 'be', 'been', 'being'] as const;

/** Words that tie a title head to its remit ("Envoy for ...", "Secretary of State for ..."). */
export const TITLE_REMIT_LINKS = ['for', 'of', 'to'] as const;

/** Words that tie an unnamed serving role to the body it speaks for: "the spokesman of the ministry", "at the FO". */
export const BODY_ROLE_LINKS = ['for', 'of', 'at'] as const;

/** Lower-case words that may join the capitals of a remit ("Minister of Trade and Industry"). */
export const TITLE_REMIT_JOINERS = ['and', 'the'] as const;

/**
 * Given names written short ("Md. Touhid Hossain", "Foreign Minister Md Shahriar Alam"): official copy writes them
 * before the name the person is known by, like a form of address, so they are no part of the name.
 */
export const ABBREVIATED_GIVEN_NAMES = ['Md', 'Mohd', 'Muhd'] as const;

/**
 * Forms of address before a name, never part of it nor of the title before them: "Mr Oli", "President Dr. Arif
 * Alvi", "Amb. Tom Amolo" and "Hon. Kofi Mensah" in African and South Asian official copy.
 */
export const ADDRESS_HONORIFICS = [
  ...ABBREVIATED_GIVEN_NAMES,
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Sir',
  'Dame',
  'Madam',
  'Mme',
  'Gen',
  'Adm',
  'Lt',
  'Col',
  'Sen',
  'Rep',
  'Prof',
  'Amb',
  'Hon',
  // Religious forms of address in Afghan and Pakistani copy: "Mullah Baradar", "Mawlavi Mohammad Yaqoob Mujahid".
  'Mullah',
  'Mawlavi',
  'Mawlawi',
  'Maulvi',
  'Maulana',
] as const;

/**
 * Words right before a name that are never part of it and mark the capitals after them as a person: honorifics
 * ("Mr Oli") and, read the same way, sentence adverbs ("Separately Rudenko said").
 */
export const HONORIFICS = [...ADDRESS_HONORIFICS, ...SENTENCE_ADVERBS] as const;

/** Name particles that may sit inside a person's name in lower case (Portuguese "do": "Ana Rita do Vale"). */
export const NAME_PARTICLES = [
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'do',
  'dos',
  'del',
  'la',
  'le',
  'bin',
  'bint',
  'al',
  'el',
  'ibn',
  'di',
] as const;

/**
 * Spellings one Arabic, Persian or Slavic sound takes in Latin letters, each mapped to one key ("Araghchi" and
 * "Araqchi", "Gaddafi", "Qaddafi" and "Kadhafi", "Aleksandr" and "Alexander"): applied in order to a lower-case name
 * word without diacritics.
 */
export const TRANSLITERATION_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/x/g, 'ks'],
  [/gh|kh|ck|q|g|c(?=[aou])/g, 'k'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/ou|oo/g, 'u'],
  [/ee|y/g, 'i'],
  [/(\p{L})\1/gu, '$1'],
];

/** "son of", "daughter of" in Arab names: they join a chain of names and are no name by themselves ("Bin Rashid"). */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn']);

/**
 * The Arabic article as a name writes it, hyphenated to the word it defines ("al-Sudani", "El-Sisi"): no name by
 * itself, so "Al-Sudani said" names the "Mohammed Shia al-Sudani" of the article whatever the article's case.
 */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** Verbs of saying; forms listed so matching is a set lookup. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'telling',
  'added',
  'adds',
  'adding',
  'noted',
  'notes',
  'noting',
  'remarked',
  'remarks',
  'stressed',
  'stresses',
  'stressing',
  'specified',
  'specifies',
  'warned',
  'warns',
  'warning',
  'denied',
  'denies',
  'claimed',
  'claims',
  'claiming',
  'announced',
  'announces',
  'announcing',
  'insisted',
  'insists',
  'insisting',
  'argued',
  'argues',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'emphasizing',
  'emphasising',
  'explained',
  'explains',
  'explaining',
  'asserted',
  'asserts',
  'stated',
  'declared',
  'declares',
  'declaring',
  'reiterated',
  'reiterates',
  'reiterating',
  'confirmed',
  'confirms',
  'acknowledged',
  'admitted',
  'suggested',
  'suggests',
  'urged',
  'urges',
  'vowed',
  'vows',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'wrote',
  'writes',
  'tweeted',
  'posted',
  'responded',
  'replied',
  'commented',
  'observed',
  'maintained',
  'contended',
  'underscored',
  'underlined',
  'highlighted',
  'predicted',
  'revealed',
  'disclosed',
  'reported',
  'accused',
  'criticized',
  'criticised',
  'condemned',
  'threatened',
  'asked',
  'countered',
  'conceded',
  'estimated',
  'agreed',
  'proposed',
  'complained',
  'indicated',
  'recalled',
  'assured',
  'expressed',
  'mentioned',
  'continued',
  'elaborated',
  'informed',
  'alleged',
  'affirmed',
  'hoped',
  'hopes',
  'believes',
  'believed',
  'thinks',
  'felt',
  'clarified',
  'clarifies',
  'clarifying',
  'cautioned',
  'cautions',
  'reminded',
  'reminds',
  'lamented',
  'regretted',
  'signalled',
  'signaled',
  'hinted',
] as const;

/** Verbs after which the reported clause may follow without "that" ("said Moscow hopes ..."). */
export const SAY_LIKE_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'saying',
  'adding',
  'claiming',
] as const;

/**
 * Present stances a body's or an office's statement takes ("The Secretary-General calls on all sides to ...", "The
 * Chairperson urges the parties to ..."): a statement only with a speaker's own mention or "he"/"she" right before
 * the verb, since a document states its terms in the same words ("It calls for a cease-fire", "The UN resolution
 * calls for ...").
 */
export const PRESENT_STANCE_VERBS = [
  'calls',
  'urges',
  'welcomes',
  'condemns',
  'denounces',
  'rejects',
  'expresses',
  'reaffirms',
  'reiterates',
  'commends',
  'underlines',
  'stresses',
  'emphasizes',
  'emphasises',
  'pledges',
  'appeals',
  'hails',
  'applauds',
] as const;

/** Verbs that report words only when they carry a quote ("described it as '...'", "accused X of 'smearing'"). */
export const EVALUATIVE_VERBS = [
  // Speech acts toward someone: "X congratulated Y on ...", "X thanked Y for ...".
  'congratulated',
  'thanked',
  'stressed',
  'emphasized',
  'emphasised',
  'underscored',
  'highlighted',
  'reiterated',
  'described',
  'describing',
  'termed',
  'called',
  'calling',
  // The present of a body's or an office's own statement (see PRESENT_STANCE_VERBS).
  ...PRESENT_STANCE_VERBS,
  'denounced',
  'condemned',
  'accused',
  'urged',
  'criticized',
  'criticised',
  'rejected',
  'welcomed',
  'praised',
  'dismissed',
  'hailed',
  'slammed',
  'branded',
  'labeled',
  'labelled',
  // "declared the deal 'null and void'": a verdict on something, a statement only with its quote.
  'declared',
  'warned',
  'vowed',
  'pledged',
  'underlined',
  'reaffirmed',
  'expressed',
  'voiced',
  'noted',
  'confirmed',
  'briefed',
  'referred',
  'pointed',
  'affirmed',
  'lauded',
  'commended',
  'applauded',
  'demanded',
] as const;

/**
 * A public stance is a statement even without a quote ("The United Nations welcomed the news", "The EU condemned
 * the move"): what was said is the verb and its object. Only with its subject right before it, so "Pyongyang has
 * in the past denounced ..." (a record, not a statement) stays out.
 */
export const STANCE_VERBS = [
  'accused',
  'congratulated',
  'thanked',
  'welcomed',
  'welcomes',
  'condemned',
  'condemns',
  'denounced',
  'denounces',
  'praised',
  'hailed',
  'criticized',
  'criticised',
  'slammed',
  'stressed',
  'emphasized',
  'emphasised',
  'underscored',
  'underlined',
  'highlighted',
  'reiterated',
  'reaffirmed',
  'urged',
  'urges',
  'warned',
  'expressed',
  'expresses',
  'reaffirms',
  'reiterates',
  'commends',
  'underlines',
  'stresses',
  'emphasizes',
  'emphasises',
  'voiced',
  'noted',
  'confirmed',
  'briefed',
  'referred',
  'affirmed',
  'lauded',
  'commended',
  'applauded',
  'applauds',
  'demanded',
  'rejected',
  'rejects',
  'pledges',
  'appeals',
  'hails',
] as const;

export const SPEECH_PARTICIPLES = [
  'saying',
  'adding',
  'noting',
  'stressing',
  'warning',
  'claiming',
  'insisting',
  'reiterating',
  'telling',
  'arguing',
  'announcing',
  'emphasizing',
  'emphasising',
  'explaining',
  'calling',
  'describing',
  'urging',
  'accusing',
  'clarifying',
  'declaring',
] as const;

/**
 * Participles of a stance that close a clause about something else: "X had a phone call with Y, expressing
 * concern over ...", "X reacted to the measure, voicing concern". The stance is the subject's, whatever the main
 * verb is; its words are the participle and its object.
 */
export const STANCE_PARTICIPLES = [
  'expressing',
  'voicing',
  'welcoming',
  'hailing',
  'condemning',
  'praising',
  'reaffirming',
] as const;

/**
 * Verbs that report words only as the closing attribution of a quotation: `," the diplomat concluded.`, `," the
 * President summed up.` Elsewhere they mean other things ("concluded an agreement"), so they are no speech verbs.
 */
export const CLOSING_QUOTE_VERBS = ['concluded', 'summed', 'summarized', 'summarised'] as const;

/** Speech verbs that also introduce a direct quotation comfortably ("Putin said: ..."). */
export const QUOTE_VERBS = SPEECH_VERBS.filter(
  (verb) =>
    ![
      'hoped',
      'hopes',
      'believes',
      'believed',
      'thinks',
      'felt',
      'agreed',
      'proposed',
      'accused',
      'condemned',
      'criticized',
      'criticised',
      'threatened',
      'expressed',
    ].includes(verb),
);

/**
 * Government bodies that speak for a leader or a country, named by a lower-case head noun ("the Kazakh leader's
 * press service", "China's embassy in Manila", "the Foreign Affairs department"); the value is the head as it
 * stands in the body's canonical name.
 */
export const SPEAKING_BODY_HEADS: Record<string, string> = {
  'press service': 'press service',
  'press office': 'press office',
  embassy: 'Embassy',
  consulate: 'Consulate',
  department: 'department',
  army: 'army',
  military: 'military',
  cabinet: 'cabinet',
};

/**
 * Heads of a country's own standing bodies, named by the country alone: "the Sudanese army" is the "Sudanese army",
 * "Somalia's cabinet" the "Somali cabinet" (no owner such as "government" goes in the name).
 */
export const NATIONAL_BODY_HEADS = ['army', 'military', 'cabinet'] as const;

/**
 * The names a country's army goes by after its demonym: "the Sudanese army" is the "Sudanese Armed Forces" an article
 * named before.
 */
export const ARMED_FORCES_NAMES = [
  'Armed Forces',
  'Army',
  'Defence Forces',
  'Defense Forces',
  'Military',
] as const;

/** Whose press service it is: "the president's", "the leader's", "presidential" -> "presidential". */
export const BODY_OWNERS: Record<string, string> = {
  president: 'presidential',
  presidential: 'presidential',
  leader: 'presidential',
  kremlin: 'presidential',
  akorda: 'presidential',
  government: 'government',
  cabinet: 'government',
};

/** "the agency said", "the embassy said": a body named earlier, referred to by its kind alone. */
export const BODY_BACK_REFERENCES = [
  'agency',
  'embassy',
  'department',
  'press service',
  'consulate',
  'army',
  'military',
] as const;

/**
 * Offices that speak for a head of state or government, and so for the country (as "the Kremlin" does): "the
 * presidential office said", "the Turkish presidency announced", "a presidential official told Yonhap". An owned one needs a leader as its owner:
 * "his office said" after a president, "Lee's office".
 */
export const GOVERNMENT_SEAT_NOUNS = [
  'presidency',
  'presidential office',
  'presidential palace',
  'presidential official',
] as const;
/** Words that open a back reference to the office named before ("the presidency", "a senior presidential official"). */
export const SEAT_DETERMINERS = ARTICLE_WORDS;
export const OWNED_SEAT_NOUNS = ['office'] as const;

/**
 * Stance verbs that state something only with their particle: "called for a ceasefire" (not "called Putin"),
 * "pointed out the progress made" (not "pointed to the map").
 */
export const PARTICLE_STANCE_VERBS: Record<string, string> = { called: 'for', calls: 'for', pointed: 'out' };
/**
 * Verbs that urge someone with their particle and an infinitive: "called on the Security Council to act", "calling
 * upon all parties to respect ...". With a person right after the particle it is a visit ("called on President
 * Abbas to reinforce support"), not a statement.
 */
export const URGING_PARTICLE_VERBS: Record<string, readonly string[]> = {
  called: ['on', 'upon'],
  calls: ['on', 'upon'],
  calling: ['on', 'upon'],
};

/** Plural subjects that stand for the people just named: "the two leaders said", "their foreign ministers declared". */
export const GROUP_SUBJECT_HEADS = [
  'leaders',
  'ministers',
  'presidents',
  'premiers',
  'counterparts',
  'heads',
  'diplomats',
] as const;
/** Words that open such a plural subject. */
export const GROUP_DETERMINERS = ['the', 'their', 'both', 'two', 'three', 'four'] as const;
/** How many people a counted plural subject means: "both leaders", "the three presidents". */
export const GROUP_COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4 };
/** Adverbs between a plural subject and its verb ("they also said"). */
export const GROUP_SUBJECT_FILLERS = ['also', 'jointly', 'then', 'later'] as const;

/** "according to the statement", "the readout said": the document of the body or leaders who spoke last. */
export const STATEMENT_NOUNS = [
  'statement',
  'readout',
  'release',
  'communique',
  'communiqué',
  'aforementioned',
  'declaration',
] as const;
/** "a joint statement": a document several governments issued together. */
export const JOINT_WORDS = ['joint'] as const;
/** Words that open a document's noun phrase ("according to the statement", "a joint declaration"). */
export const DOCUMENT_DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'this'] as const;
/** "the Turkish and Russian joint statement": words that join the countries that issued a document together. */
export const DOCUMENT_ISSUER_JOINERS = ['and'] as const;
/** "the statement", "this document", "their communique": determiners that point back to a document already told of. */
export const DOCUMENT_BACK_REFERENCES = ['the', 'this', 'their'] as const;
/** "The ministry has released a statement", "X issued a communique": verbs whose subject issued the document. */
export const DOCUMENT_ISSUING_VERBS = ['issued', 'released', 'published'] as const;
/** "the statement of/from/by the ministry": words after which a document names its own issuer. */
export const DOCUMENT_SOURCE_WORDS = ['of', 'from', 'by', 'issued', 'released'] as const;
/**
 * Lower-case words a list of a document's issuers may hold between their titled names: "from US Trade Representative
 * X and Canada's Minister of Foreign Affairs Y", "Trump, the Prime Minister of Israel Y and Z".
 */
export const ISSUER_LIST_WORDS = ['and', 'of', 'the', 'for'] as const;

/** Last words of organization names. */
export const ORG_SUFFIXES: Record<
  string,
  'news agency' | 'intergovernmental' | 'ministry' | 'party' | 'company' | 'other'
> = {
  Ministry: 'ministry',
  Department: 'ministry',
  Office: 'ministry',
  Secretariat: 'ministry',
  Cabinet: 'ministry',
  Agency: 'other',
  Organization: 'intergovernmental',
  Organisation: 'intergovernmental',
  Council: 'other',
  Union: 'intergovernmental',
  Dialogue: 'intergovernmental',
  Alliance: 'intergovernmental',
  League: 'other',
  Forum: 'other',
  Community: 'intergovernmental',
  Party: 'party',
  Committee: 'other',
  Commission: 'other',
  Assembly: 'other',
  Parliament: 'other',
  Congress: 'other',
  Senate: 'other',
  Duma: 'other',
  Court: 'other',
  Bank: 'company',
  Fund: 'other',
  Institute: 'other',
  Institution: 'other',
  Association: 'other',
  Federation: 'other',
  Foundation: 'other',
  Group: 'company',
  Corporation: 'company',
  Corp: 'company',
  Company: 'company',
  Inc: 'company',
  Ltd: 'company',
  Co: 'company',
  Industries: 'company',
  Holdings: 'company',
  Airlines: 'company',
  Motors: 'company',
  Electronics: 'company',
  Bureau: 'ministry',
  Service: 'other',
  Command: 'other',
  Army: 'other',
  Navy: 'other',
  Guard: 'other',
  Authority: 'other',
  University: 'other',
  Center: 'other',
  Centre: 'other',
  Network: 'news agency',
  News: 'news agency',
  Times: 'news agency',
  Post: 'news agency',
  Herald: 'news agency',
  Daily: 'news agency',
  Broadcasting: 'news agency',
  Press: 'news agency',
  Television: 'news agency',
  Radio: 'news agency',
  Forces: 'other',
  Force: 'other',
  Front: 'party',
  Movement: 'party',
  Directorate: 'ministry',
  Chamber: 'other',
  Board: 'other',
  Secretariats: 'ministry',
  Administration: 'other',
  Mission: 'intergovernmental',
};

/**
 * Suffixes whose name goes on through an "in" and the place the body serves: "the SADC Mission in Mozambique",
 * "the United Nations Mission in South Sudan".
 */
export const ORG_SUFFIXES_WITH_IN_TAIL = ['Mission'] as const;

/**
 * Head nouns that name a body only when the acronym of the whole name follows in parentheses: "the Transitional
 * Government of National Unity (TGoNU)", "the Ceasefire and Transitional Security Arrangements Monitoring Mechanism
 * (CTSAMM)". Without it they are common nouns ("the new government", "a monitoring mechanism").
 */
export const ORG_SUFFIXES_BEFORE_ACRONYM = ['Government', 'Mechanism', 'Mechanisms'] as const;

/**
 * Suffixes that also follow a leader's name or a country alone ("the Biden Administration", "the US
 * Administration"): there they name a government, so the words before them must hold one no name covers.
 */
export const ORG_SUFFIXES_AFTER_GOVERNMENT = ['Administration'] as const;

/** Tags a wire story opens with in brackets ("(LEAD) ...", "(URGENT) ..."), which name no news agency. */
export const STORY_TAGS = [
  'LEAD',
  'URGENT',
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'EXCLUSIVE',
  'ANALYSIS',
  'INTERVIEW',
  'OPINION',
  'EDITORIAL',
  'FEATURE',
  'EXPLAINER',
  'FACTBOX',
  'CORRECTED',
  'REFILE',
  'WRAPUP',
  'PHOTO',
  'PHOTOS',
  'VIDEO',
  'LIVE',
  'AGENCIES',
  'END',
] as const;

/** Capitalized words that start a title inside an organization run ("Foreign Ministry spokesperson"). */
export const ORG_BREAKERS = [
  'Minister',
  'President',
  'Secretary',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Chairman',
  'Director',
  'Ambassador',
  'Leader',
] as const;

/** Heads of a body's organs: "African Union Commission", "ECOWAS Council" serve an intergovernmental body. */
export const ORGAN_HEADS = [
  'Commission',
  'Council',
  'Secretariat',
  'Committee',
  'Parliament',
  'Court',
] as const;

/** Last words of named places ("Vostochny Cosmodrome", "Panmunjom Peace House"). */
export const PLACE_SUFFIXES = [
  'Cosmodrome',
  'Airport',
  'Palace',
  'Hall',
  'Square',
  'Island',
  'Islands',
  'Base',
  'Port',
  'Harbor',
  'Harbour',
  'Station',
  'Hotel',
  'Resort',
  'Castle',
  'Stadium',
  'Bridge',
  'Strait',
  'Canal',
  'Village',
  'City',
  'Province',
  'Prefecture',
  'Oblast',
  'Krai',
  'Sea',
  'Gulf',
  'Bay',
  'Lake',
  'River',
  'Mountain',
  'Mountains',
  'Peninsula',
  'Residence',
  'Estate',
  'Compound',
  'Plaza',
  'Tower',
  'Building',
  'Complex',
  'Spaceport',
  'Shipyard',
  'Region',
] as const;

/** Lines whose start marks site boilerplate rather than article text. */
export const BOILERPLATE_LINE = [
  /^please (?:direct|send|contact)\b/i,
  /^related (?:stories|articles|news|coverage|content)\b/i,
  /^most (?:viewed|read|popular|shared)\b/i,
  /^(?:posted|modified|updated|published|edited) (?:on|at)?\s*:/i,
  /^button that\b/i,
  /^copyright\b|all rights reserved|^©/i,
  /^(?:subscribe|sign up|follow us|share this|advertisement|click here|read more|see also|more from)\b/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\[?[\w.+-]+@[\w-]+\.[\w.]+\]?$/,
  /^(?:tags?|keywords?|topics?)\s*:/i,
] as const;

/** Verbs and nouns of meeting that title-case headlines capitalize: "Amir, US President Hold Official Talks Session". */
export const HEADLINE_MEETING_WORDS = [
  'Hold',
  'Holds',
  'Held',
  'Meet',
  'Meets',
  'Talks',
  'Visit',
  'Visits',
  'Discuss',
  'Discusses',
  'Session',
  'Receives',
  'Welcomes',
  'Hosts',
] as const;

/**
 * Heads of the names of buildings and sites: "the King Khalid Airport", "Sa'dabad Cultural Complex". A capitalized run
 * they end is a place, never a person, whatever title stands before it.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'Airport',
  'Complex',
  'Palace',
  'Hotel',
  'Centre',
  'Center',
  'Stadium',
  'University',
  'Square',
  'Mosque',
  'Cathedral',
  'Building',
  'Museum',
  'Avenue',
  'Street',
  'Headquarters',
  // "opened Monday, at the Nelson Mandela Hall in Addis Ababa", "at the Banquet Hall, State House, Abuja".
  'Hall',
]);

/**
 * Social platforms an official posts on ("In a post on X, the premier said", "on his official Twitter account"):
 * named alone, where the words were posted, never who posted them.
 */
export const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set([
  'X',
  'Twitter',
  'Facebook',
  'Instagram',
  'Telegram',
  'YouTube',
  'WhatsApp',
  'TikTok',
  'LinkedIn',
  'Weibo',
  'WeChat',
]);

/**
 * Pronouns spelled like a surname (the Chinese surname He: "Vice Premier He Lifeng", "said He."): capitalized
 * inside a sentence, right after a word, the pronoun never is, so there they are name words.
 */
export const SURNAME_PRONOUNS = ['He'];

/**
 * Given names spelled like a speech verb ("spokesman Said Khatibzadeh said"): capitalized inside a sentence, right
 * after a word, the verb never is (a title-case headline aside), so there they are name words.
 */
export const GIVEN_NAME_VERBS = ['Said'];

/** Words that are never part of a name even when capitalized (sentence starts, headlines). */
export const NON_NAME_WORDS = [
  ...HEADLINE_MEETING_WORDS,
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'She',
  'His',
  'Her',
  'They',
  'Their',
  'We',
  'Our',
  'I',
  'You',
  'In',
  'On',
  'At',
  'As',
  'For',
  'From',
  'With',
  'By',
  'But',
  'And',
  'Or',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Shortly',
  'Meanwhile',
  'However',
  // Sentence adverbs that a comma and an apposition may follow ("Thereafter, the Tanzanian leader signed").
  'Thereafter',
  'Afterwards',
  'Subsequently',
  'Furthermore',
  'Moreover',
  'Additionally',
  'Nevertheless',
  'Accordingly',
  'According',
  'Also',
  'Some',
  'Many',
  'Both',
  'Such',
  'No',
  'Yes',
  'Not',
  'Last',
  'Next',
  'Earlier',
  'Later',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  ...MONTH_NAMES,
  ...ABBREVIATED_MONTHS,
  'Photo',
  'Photos',
  'Related',
  'Please',
  'Most',
  'Posted',
  'Modified',
  'Updated',
  'Read',
  'Advertisement',
  'Under',
  'Despite',
  'During',
  'Since',
  'Until',
  'Over',
  'About',
  'Against',
  'Between',
  'Among',
  'Without',
  'Through',
  'Into',
  'To',
  'Of',
  'Who',
  'What',
  'Why',
  'How',
  'Where',
  'Which',
  'There',
  'Here',
  'Now',
  'Today',
  'Yesterday',
  'Tomorrow',
  'Then',
  'So',
  'Yet',
  'Still',
  'Even',
  'All',
  'Each',
  'Every',
  'Any',
  'Other',
  'Another',
  'More',
  'Most',
  'Several',
  'Few',
  'First',
  'Second',
  'Third',
  'New',
  'Old',
  'Former',
  'Top',
  'Senior',
  'Said',
  'Says',
  'Told',
  'Asked',
  'Added',
  'Noted',
  'North',
  'South',
  'East',
  'West',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Central',
  'Western',
  'Eastern',
  'Northern',
  'Southern',
  'State',
  'Foreign',
  'Deputy',
  'Vice',
  'Prime',
  'Minister',
  'Ministry',
  // "the Chinese Embassy said": a mission, never a one-word name beside a speech verb
  'Embassy',
  'Consulate',
  'Government',
  'Kremlin',
  'Treaty',
  'Agreement',
  'Summit',
  'Statement',
  'Reuters',
  'Staff',
  'Reporter',
  'Editor',
  'Correspondent',
  'Our',
  'Your',
  'My',
  'Mr',
  ...SENTENCE_ADVERBS,
  'Mrs',
  'Ms',
  'Dr',
] as const;

export const MONTHS = MONTH_NAMES_LOWER;

/** Words that make a month name a date ("in May", "since May", "early May"), not a surname ("Putin and May"). */
export const MONTH_LEADS = [
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'of',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'through',
  'during',
  'before',
  'after',
  'to',
  'on',
] as const;
