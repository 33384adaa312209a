// Word lists of the entity rules (entities/): organizations' name shapes, location cues, the words of person and
// ministry references. Data only.

/**
 * Prepositions whose object is a person only named, not one speaking: "welcomed by the FCT Minister, X", "his talks
 * with X".
 */
export const PERSON_OBJECT_PREPOSITION_WORDS = ['by', 'with', 'to', 'from', 'for', 'of'] as const;

/** Words before a place name that make a capitalized phrase a location: "in Seoul", "visiting Kyiv". */
export const LOCATION_PREPOSITION_WORDS = [
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'inside',
  'into',
  'toward',
  'towards',
  'visiting',
  'via',
  'across',
  'around',
  'visit',
  'visited',
  'visits',
] as const;

/** Last words of an agreement's name, which a capitalized run is no organization with: "Paris Agreement". */
export const AGREEMENT_NAME_ENDINGS = [
  'Treaty',
  'Agreement',
  'Accord',
  'Accords',
  'Pact',
  'Convention',
  'Declaration',
  'Memorandum',
  'Protocol',
  'Charter',
  'Initiative',
] as const;

/** Lower-case words inside an organization's name: "Ministry of Foreign Affairs", "Banque de France". */
export const ORG_NAME_CONNECTORS = ['of', 'for', 'and', 'on', 'the', 'de', 'des', 'du', '&'] as const;

/**
 * Words the person lexicon counts as no names that still open an organization's name: points of the compass
 * ("Southern Transitional Council", "Eastern Africa Standby Force") and words of government ("State Duma").
 */
export const ORG_NAME_KEPT_OPENERS = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'State',
  'Foreign',
  'Government',
  'Kremlin',
  'Ministry',
] as const;

/** Capitalized words that open a sentence before an organization's name and are no part of it: "The", "Its". */
export const ORG_NAME_LEADING_DROPS = [
  'The',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
] as const;

/** Portfolios that both make an organization's name generic and name a ministry ("Foreign Ministry", "the trade ministry"). */
const GOVERNMENT_PORTFOLIOS = [
  'foreign',
  'defense',
  'defence',
  'unification',
  'interior',
  'finance',
  'trade',
  'justice',
] as const;

/** Words that make a name generic ("Foreign Ministry") so it needs its country to identify it. */
export const GENERIC_ORG_NAME_WORDS = [
  ...GOVERNMENT_PORTFOLIOS,
  'national',
  'state',
  'central',
  'security',
  'ministry',
  'affairs',
  'office',
  'presidential',
  'military',
  'general',
  'supreme',
  'people’s',
  "people's",
  'armed',
  'forces',
  'council',
  'assembly',
  'parliament',
  'committee',
  'party',
  'department',
  'intelligence',
  'service',
  'navy',
  'army',
  'air',
  'force',
  'coast',
  'guard',
  'embassy',
  'agency',
  'news',
] as const;

/**
 * The words that place a ministry by its country right after its name, and whether a capital may stand for the
 * country there: "the foreign ministry of South Sudan", "the Foreign Ministry in Qatar", "the foreign ministry in
 * Juba" (a ministry sits in its own capital; "of" a capital names a city's office, not a country's).
 */
export const MINISTRY_COUNTRY_LINKS: Readonly<Record<string, { capital: boolean }>> = {
  of: { capital: false },
  in: { capital: true },
};

/** Portfolios a lower-case ministry reference names: "the foreign ministry", "the trade ministry". */
export const MINISTRY_PORTFOLIOS = [
  ...GOVERNMENT_PORTFOLIOS,
  'economy',
  'industry',
  'energy',
  'health',
  'culture',
  'education',
  'agriculture',
  'commerce',
  'external',
] as const;

/**
 * Portfolios that make "office" a ministry, as "ministry" does after any portfolio: "the foreign office said", "the
 * Foreign Office in an official statement" (Pakistan's, Britain's foreign ministry).
 */
export const OFFICE_MINISTRY_PORTFOLIOS = ['foreign'] as const;

/**
 * Head words of a body's name (its last word before any "of" tail) that "the" alone refers back with: "The council
 * praised ..." after "the Ministerial Council of the Gulf Cooperation Council", "The Authority also urged ..." after
 * "the Authority of Heads of State and Government".
 */
export const BACK_REFERENCE_ORG_HEADS = ['council', 'commission', 'authority'] as const;

/** Acronyms of a ministry that need their country to name it ("the Kazakh MFA"); the value is its portfolio. */
export const MINISTRY_ACRONYMS: Readonly<Record<string, string>> = {
  MFA: 'Foreign',
  MOFA: 'Foreign',
  MoFA: 'Foreign',
};

/** Lower-case words trimmed off the start of a title read before a name. */
export const TITLE_EDGE_WORDS = ['the', 'of', 'and'] as const;

/** Nouns that stand for a country in a person reference: "the country's foreign minister". */
export const COUNTRY_NOUN_WORDS = [
  'country',
  'nation',
  'state',
  'government',
  'kingdom',
  'republic',
] as const;

/** Lower-case words inside a title that refers back to a person: "the minister of state for". */
export const REFERENCE_TITLE_GLUE = ['of', 'the', 'for', 'and'] as const;

/**
 * Words that make a title another office than its head alone: a "Prime Minister" is not "the minister", a "Vice
 * President" not "the president". A reference fits such a title only when it says the word too.
 */
export const OFFICE_CHANGING_MODIFIERS = ['prime', 'vice', 'deputy'] as const;

/** Roles too generic to name one person alone: "the diplomat", "the official". */
export const GENERIC_ROLE_WORDS = ['diplomat', 'official', 'envoy', 'negotiator', 'delegate'] as const;

/**
 * Title words of a person who speaks for a country at a body: "the Qatari delegate" means one of them (or a person
 * named with no title), never a party leader or a minister of that country.
 */
export const DELEGATE_TITLE_WORDS = [
  'delegate',
  'representative',
  'ambassador',
  'envoy',
  'emissary',
  'consul',
] as const;

/** Title words of diplomatic roles, which a generic role reference may mean. */
export const DIPLOMATIC_ROLE_WORDS = [
  'foreign',
  'minister',
  'ambassador',
  'envoy',
  'diplomat',
  'secretary',
  'director',
  'negotiator',
  'consul',
  'counselor',
  'state',
  'adviser',
  'advisor',
] as const;

/** "the UN envoy has said": the auxiliaries that may stand between a role phrase and its speech verb. */
export const SPEECH_VERB_AUXILIARIES = ['has', 'have', 'had'] as const;

/** Verbs of a passive agent that is a person when it has two name words or more: "led by", "commanded by". */
export const PERSON_AGENT_VERBS = [
  'led',
  'commanded',
  'headed',
  'chaired',
  'hosted',
  'founded',
  'signed',
  'run',
  'ruled',
  'governed',
  'represented',
  'accompanied',
  'joined',
  'replaced',
  'succeeded',
  'appointed',
  'nominated',
  'elected',
] as const;

/** Prepositions that place a town before its country: "in Hambantota, Sri Lanka". */
export const TOWN_PREPOSITIONS = ['in', 'at', 'near'] as const;

/** Nouns of a settlement named after "of": "the coastal town of Mamallapuram", "the Russian city of Kazan". */
export const SETTLEMENT_NOUNS = [
  'town',
  'city',
  'village',
  'port',
  'resort',
  'province',
  'region',
  'island',
] as const;

/**
 * Nouns after which a capital's name is the city itself, a place: "in the Ethiopian capital Addis Ababa", "the
 * Angolan capital, Luanda", "the Swedish capital of Stockholm".
 */
export const CAPITAL_LEAD_NOUNS = ['capital', 'city'] as const;

/**
 * Meeting nouns after which a capital's name is where the meeting sits, a place, not the government it stands for:
 * "the Doha talks", "since the Berlin talks", "the Paris summit". Not "meeting" or "visit": "the Moscow meeting"
 * reads as often as Moscow's own side in it.
 */
export const CITY_NAMED_MEETING_NOUNS = ['talks', 'negotiations', 'summit', 'conference'] as const;

/** Words between a title and the country it is posted to: "ambassador to the US", "envoy in Kabul". */
export const POSTING_LINK_WORDS = ['to', 'in', 'at'] as const;

/** Title heads that refer back to nobody without a country: "the official said", not "the Russian official". */
export const COUNTRYLESS_VAGUE_HEADS = ['official', 'expert', 'analyst', 'head', 'general', 'major'] as const;

/**
 * Lower-case nouns that say the capitalized name right before them is a news outlet: "the state-run Petra news
 * agency", "Dawn newspaper", "Channel Two television". Two-word heads are written with one space.
 */
export const OUTLET_HEAD_NOUNS = [
  'news agency',
  'newspaper',
  'television',
  'broadcaster',
  'magazine',
] as const;

/** ", Trend reports.", ", Azernews reported citing ...": verbs with which an outlet closes the sentence it filed. */
export const OUTLET_REPORT_VERBS = ['reports', 'reported'] as const;
/** ", X reports citing the ministry": words after such a verb that name its source. */
export const OUTLET_REPORT_SOURCE_WORDS = ['citing', 'quoting'] as const;
/**
 * "the minister of Territorial Administration": titles whose "of" complement is a portfolio, not a body (unlike
 * "the head of the Supreme Council", "the President of Al-Kafeel University").
 */
export const PORTFOLIO_TITLE_HEADS = ['minister', 'ministers'] as const;
/**
 * Lower-case words of a minister's portfolio besides a ministry's own: "the minister of foreign affairs". Each closes
 * a ministry's name: "the Ministry of External Affairs Randhir Jaiswal" goes on with a person.
 */
export const PORTFOLIO_PHRASE_WORDS = ['affairs'] as const;

/**
 * "LEADERSHIP reports that ...": the verb and the word that opens its clause when an outlet opening its sentence
 * reports, in the present of a paper's house style ("Wisma Putra reported that" is a ministry's past post).
 */
export const OUTLET_CLAUSE_REPORT_VERBS = ['reports'] as const;
export const OUTLET_REPORT_CLAUSE_WORDS = ['that'] as const;

/**
 * Words after a sentence-opening "-ing" word that keep it inside a name ("Monitoring and Coordination Committee",
 * "Training of Trainers Programme"); any other lower-case word after it makes it a participle clause ("Speaking on
 * Fox News, ...", "Addressing the UN Security Council, ...") that opens no name.
 */
export const OPENING_GERUND_NAME_LINKS = ['and', 'of', 'for', '&'] as const;

/**
 * Participles that make a hyphenated word before a name a modifier, not the name's first word: "the Saudi-backed
 * High Negotiation Committee", "a Republican-led Congress".
 */
export const ORG_NAME_MODIFIER_PARTICIPLES = [
  'backed',
  'led',
  'based',
  'run',
  'funded',
  'sponsored',
  'allied',
] as const;

/**
 * Words in the name of a head of state's court or office that tell whose government an article's bare "the Cabinet"
 * is ("the Cabinet's regular meeting held at the Amiri Diwan" is Qatar's).
 */
export const GOVERNMENT_SEAT_WORDS = ['Diwan'] as const;

/** Words before "of the Cabinet" that make it part of a person's title ("minister of State, member of the Cabinet"). */
export const CABINET_MEMBER_WORDS = ['member', 'members', 'secretary'] as const;

/**
 * Words naming a peace operation ("United Nations Support Mission in Libya", "United Nations Interim Force in
 * Lebanon"): a bare "the mission" opening a sentence refers back to the first intergovernmental body named so.
 */
export const PEACE_OPERATION_NAME_WORDS = ['Mission', 'Force'] as const;

/** The head a dateline source in brackets may be the first word of: "(Petra)" is the Petra News Agency. */
export const DATELINE_AGENCY_HEAD = 'News Agency';

/**
 * Known groups of countries named by a bare nickname ("the Troika"): after a capitalized word the nickname ends a
 * longer name ("the SADC Organ Troika", "the Extended Troika") and names no mention of the group.
 */
export const GROUP_NICKNAMES = ['Troika'] as const;
