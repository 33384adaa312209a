// Words of role-only speakers ("the NATO chief said", "Qatar's prime minister stressed"): how news names a person
// by the office they hold, and the words that may stand between such a subject and its verb.

import { BE_FORMS } from './word-lists.ts';

/** Role nouns that mean whoever leads an organization: "the NATO chief", "the IAEA head", "the UN boss". */
export const ORGANIZATION_CHIEF_WORDS = ['chief', 'head', 'boss'] as const;

/** Title words of the person who leads an organization, which "chief" or "head" stands for. */
export const ORGANIZATION_CHIEF_TITLES = [
  'secretary',
  'secretary-general',
  'general',
  'director',
  'director-general',
  'chief',
  'head',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'commissioner',
] as const;

/** Adverbs between a role subject and its verb: "the minister also said", "the prime minister later told". */
export const ROLE_VERB_FILLERS = ['also', 'later', 'then', 'further', 'again', 'separately'] as const;

/**
 * Contrast adverbs between a subject pronoun and its verb, set off by commas or not: "He, however, criticized ...",
 * "She however called for ...". The pronoun is still the verb's subject.
 */
export const PRONOUN_VERB_CONTRASTS = ['however', 'nevertheless', 'though'] as const;

/**
 * Perfect auxiliaries between a role subject and its verb: "The Foreign Office has confirmed ...", "the ministry
 * had said ...". The subject still speaks, earlier.
 */
export const ROLE_VERB_PERFECTS = ['has', 'have', 'had'] as const;

/**
 * Time words between a role subject and its verb: "Iran's president Monday called ...", "the minister today
 * said". Weekdays come from the calendar; these are the others.
 */
export const ROLE_VERB_TIME_WORDS = ['today', 'yesterday', 'tonight'] as const;

/** Offices named by a phrase with "of" that mean a country's leader: "the Head of State noted". */
export const LEADER_OFFICE_PHRASES = ['head of state'] as const;

/**
 * Heads of a role a body posts one person to ("the UN envoy", "the AU special envoy"): the body named before the
 * head is the sender, so the person holding it is not of that organization in the article's own words.
 */
export const POSTED_ROLE_HEADS = ['envoy'] as const;

/**
 * Heads of a role accredited to a country or body, which "to" or "in" names after the head: "Sudan's ambassador to
 * Rwanda", "the UN envoy to Yemen", "Pakistan's permanent representative to the United Nations". That country or
 * body is where the holder serves, never the one speaking.
 */
export const ACCREDITED_ROLE_HEADS = ['ambassador', 'envoy', 'representative', 'emissary', 'consul'] as const;

/** The words that tie an accredited role to where it serves: "ambassador to Rwanda", "ambassador in Khartoum". */
export const ACCREDITATION_LINKS = ['to', 'in'] as const;

/**
 * The words that tie an accredited role to a country or place it serves, and never to a body it speaks for: "the UN
 * special envoy for Yemen", "the UN's special representative for Libya", but "a representative for the company".
 */
export const COUNTRY_ACCREDITATION_LINKS = ['for'] as const;

/** Role heads too vague to name one person without a country or organization ("an official said"). */
export const VAGUE_ROLE_HEADS = [
  'official',
  'officials',
  'expert',
  'analyst',
  'source',
  'general',
  'major',
] as const;

/**
 * Role heads that name the one person meant when definite ("the diplomat" after the ambassador is named) but leave
 * the speaker unnamed after "a"/"an" ("a Saudi diplomat told AFP", then "the Saudi diplomat said"), as the vague ones do.
 */
export const INDEFINITE_UNNAMED_HEADS = ['diplomat'] as const;

/**
 * Heads that name no office, only a private person the article leaves unnamed: "a Somali observer told IRIN", "an
 * Afghan resident said", "a Yemeni witness said". A country describing them is no speaker, as for "a senior official".
 */
export const UNNAMED_PERSON_HEADS = [
  'observer',
  'observers',
  'resident',
  'residents',
  'witness',
  'witnesses',
  'eyewitness',
  'businessman',
  'businesswoman',
  'trader',
  'commentator',
  'researcher',
  'academic',
  'activist',
  'elder',
] as const;

/**
 * Heads of an unnamed group of speakers or an unnamed outlet that need no article: "Indian officials said", "two
 * Egyptian security sources told Reuters", "Japanese media reported", "Rwandan state radio said". A country
 * describing them is no speaker: unnamed officials are left out, and an outlet only carries the news.
 */
export const UNNAMED_GROUP_HEADS = [
  'officials',
  'diplomats',
  'sources',
  // "Sudanese rebel groups have criticized the deal", "the pro-Russian rebels said": fighters against a government,
  // never its voice, so the country describing them speaks no more than it does for its officials.
  'rebels',
  'groups',
  'media',
  'radio',
  'television',
  'tv',
] as const;
/** Words that tie such a group to its government, which then speaks: "Colombian government sources said". */
export const GROUP_GOVERNMENT_WORDS = ['government'] as const;

/**
 * Verbs of a closing attribution (", the ministry said.", ", Prime Minister X declared on Thursday."): verbs of
 * saying and of public emphasis that, closing a sentence after a comma, make everything before the comma what was
 * said. "told" goes with its listener and is read by the rule itself.
 */
export const CLOSING_ATTRIBUTION_VERBS = [
  'said',
  'says',
  'added',
  'reported',
  'announced',
  'confirmed',
  'stated',
  'noted',
  'declared',
  'stressed',
  'emphasized',
  'emphasised',
  'warned',
  'insisted',
  'explained',
  // "..., he revealed.", "..., he informed.", "..., the minister asserted."
  'revealed',
  'informed',
  'asserted',
  'affirmed',
  'remarked',
  'underlined',
  'pointed out',
  // Posts close a sentence the same way: "..., the minister tweeted.", "..., X wrote on X on Friday."
  'tweeted',
  'posted',
  'wrote',
] as const;

/**
 * What may follow the verb of a closing attribution (", the ministry said on Thursday."): a time or setting
 * opened by one of these words, never a clause of its own ("..., Kishida said Japan would ...").
 */
export const ATTRIBUTION_TAIL_OPENERS = [
  'on',
  'in',
  'at',
  'late',
  'early',
  'last',
  'this',
  'earlier',
  'later',
  'after',
  'during',
  'before',
  'today',
  'yesterday',
  'tonight',
  // "said here on Thursday", "said here Thursday": wire copy datelined in the city where the words were said.
  'here',
  // "announced from Munich on Thursday", "announced following peace talks", "said while briefing the media".
  'from',
  'following',
  'while',
] as const;

/** Forms of "be" and "get" before a participle make it passive: "Russia was criticized" is said of Russia, not by it. */
export const PASSIVE_AUXILIARIES = [...BE_FORMS, 'get', 'gets', 'got'] as const;

/**
 * Relational title heads: "his Russian counterpart X", "Venezuelan colleague X" say X holds the same office as
 * the one they are the counterpart of, not an office called "counterpart".
 */
export const COUNTERPART_HEADS = ['counterpart', 'colleague'] as const;

/** Possessives a style of address spelled out takes: "His Excellency", "Her Majesty". */
export const STYLE_POSSESSIVES = ['his', 'her'] as const;

/**
 * Possessives that tie a role to someone named before: `," his spokesman Stephane Dujarric said` (the spokesman
 * named after the role speaks).
 */
export const ROLE_OWNER_POSSESSIVES = ['his', 'her'] as const;

/** Lower-case words between the words of a title phrase: "the Minister of State for Foreign Affairs", "an envoy to". */
export const TITLE_PHRASE_GLUE = ['the', 'of', 'for', 'and', 'to', 'a', 'an'] as const;

/**
 * Words that open the complement of a title head ("the head of the mediation team", "chief of the army staff",
 * "envoy for the peace process", "Spokesperson at the Ministry of External Affairs"): plain nouns after them name
 * what the office is over or where it sits, still part of the title.
 */
export const TITLE_COMPLEMENT_OPENERS = ['of', 'for', 'at'] as const;

/**
 * Styles of address that stand for the person who holds them ("His Highness expressed ...", "HE the Prime
 * Minister said"), each with the forms it takes before a name or alone: the full words after "his"/"her" and
 * the capital abbreviation, with or without its inner dot ("H.E. Macky Sall" in African and Gulf official copy).
 */
export const STYLES_OF_ADDRESS: Readonly<Record<string, readonly string[]>> = {
  highness: ['highness', 'HH', 'H.H'],
  excellency: ['excellency', 'HE', 'H.E'],
  majesty: ['majesty', 'HM', 'H.M'],
};

/**
 * Role nouns that are no title before a bare name ("member states") but head a role phrase set off by commas
 * beside a name: "Member of the group's political bureau, X Y, said", "X Y, Sovereign Council member, said".
 */
export const APPOSED_ROLE_HEADS = ['member'] as const;

/**
 * Capitalized nouns that end a title's remit and never a person's name: "Minister of Foreign Affairs and
 * International Cooperation X Y", "Special Coordinator for the Middle East Peace Process X Y", "Minister of Foreign
 * Trade and Economic Cooperation X Y". Run straight into the name, they stay with the title.
 */
export const TITLE_REMIT_NOUNS = [
  'Affairs',
  'Cooperation',
  'Process',
  'Development',
  'Relations',
  'Integration',
  'Planning',
  'Expatriates',
  'Emigration',
  'Investment',
] as const;
