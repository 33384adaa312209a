// Turns the word lists of word-lists.ts into sets and maps once, so rules do constant-time lookups.
// Built by createExtractor; pure.

import {
  ADDRESS_HONORIFICS,
  ARMED_FORCES_NAMES,
  BODY_BACK_REFERENCES,
  BODY_OWNERS,
  HONORIFICS,
  LEADER_HEADS,
  MONTHS,
  MONTH_LEADS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  SURNAME_PRONOUNS,
  GIVEN_NAME_VERBS,
  ORG_BREAKERS,
  ORG_SUFFIXES_AFTER_GOVERNMENT,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
  QUOTE_VERBS,
  CLOSING_QUOTE_VERBS,
  EVALUATIVE_VERBS,
  GROUP_DETERMINERS,
  GROUP_COUNTS,
  GROUP_SUBJECT_FILLERS,
  GROUP_SUBJECT_HEADS,
  GOVERNMENT_SEAT_NOUNS,
  OWNED_SEAT_NOUNS,
  SEAT_DETERMINERS,
  JOINT_WORDS,
  DOCUMENT_DETERMINERS,
  DOCUMENT_SOURCE_WORDS,
  PARTICLE_STANCE_VERBS,
  PRESENT_STANCE_VERBS,
  URGING_PARTICLE_VERBS,
  SAY_LIKE_VERBS,
  NATIONAL_BODY_HEADS,
  SPEAKING_BODY_HEADS,
  SPEECH_PARTICIPLES,
  STANCE_PARTICIPLES,
  STANCE_VERBS,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  SERVING_ROLE_HEADS,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  HONORIFIC_TITLE_HEADS,
  TITLE_OR_NAME_WORDS,
  GIVEN_NAME_TITLE_HEADS,
  TITLE_MODIFIERS,
} from './word-lists.ts';
import {
  PASSIVE_AUXILIARIES,
  ORGANIZATION_CHIEF_TITLES,
  ORGANIZATION_CHIEF_WORDS,
  LEADER_OFFICE_PHRASES,
  ROLE_VERB_FILLERS,
  PRONOUN_VERB_CONTRASTS,
  ROLE_VERB_PERFECTS,
  ROLE_VERB_TIME_WORDS,
  STYLES_OF_ADDRESS,
  GROUP_GOVERNMENT_WORDS,
  UNNAMED_GROUP_HEADS,
  INDEFINITE_UNNAMED_HEADS,
  UNNAMED_PERSON_HEADS,
  VAGUE_ROLE_HEADS,
  POSTED_ROLE_HEADS,
  ACCREDITED_ROLE_HEADS,
  ACCREDITATION_LINKS,
  COUNTRY_ACCREDITATION_LINKS,
} from './role-words.ts';
import { WEEKDAY_NAMES } from '../../domain/calendar.ts';
import { STANCE_FRAMES, type StanceFrame } from './stance-frames.ts';
import type { OrganizationItem } from '../../domain/extraction-result.ts';

export interface Lexicon {
  titleHeads: ReadonlySet<string>;
  postedRoleHeads: ReadonlySet<string>;
  /** Roles accredited to a country or body, and the links that name it: "ambassador to Rwanda". */
  accreditedRoleHeads: ReadonlySet<string>;
  accreditationLinks: ReadonlySet<string>;
  countryAccreditationLinks: ReadonlySet<string>;
  /** "fm" -> "Foreign Minister": the title an abbreviation before a name stands for. */
  titleAbbreviations: ReadonlyMap<string, string>;
  /** Roles that speak for someone: "a spokesperson for X said" is the spokesperson speaking. */
  servingRoleHeads: ReadonlySet<string>;
  titleModifiers: ReadonlySet<string>;
  leaderHeads: ReadonlySet<string>;
  organizationChiefWords: ReadonlySet<string>;
  organizationChiefTitles: ReadonlySet<string>;
  roleVerbFillers: ReadonlySet<string>;
  /** "He, however, said": contrast adverbs between a subject pronoun and its verb. */
  pronounVerbContrasts: ReadonlySet<string>;
  /** "The Foreign Office has confirmed": perfect auxiliaries between a role subject and its verb. */
  roleVerbPerfects: ReadonlySet<string>;
  /** Weekdays and "today": a time word between a role subject and its verb. */
  roleVerbTimeWords: ReadonlySet<string>;
  /** "head of state": offices named with "of" that mean a country's leader. */
  leaderOfficePhrases: ReadonlySet<string>;
  vagueRoleHeads: ReadonlySet<string>;
  /** The vague role heads and those unnamed only after "a"/"an" ("a Saudi diplomat"). */
  unnamedRoleHeads: ReadonlySet<string>;
  unnamedGroupHeads: ReadonlySet<string>;
  groupGovernmentWords: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** Honorifics and styles as written before a name ("Dr", "Amb", "H.E", "Excellency"): between a title and a name. */
  addressForms: ReadonlySet<string>;
  honorificTitleHeads: ReadonlySet<string>;
  titleOrNameWords: ReadonlySet<string>;
  givenNameTitleHeads: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  nonNames: ReadonlySet<string>;
  /** Pronouns and verbs that are also names ("He Lifeng", "Said Khatibzadeh"): name words inside a sentence. */
  namesInsideSentence: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  quoteVerbs: ReadonlySet<string>;
  /** Verbs that report words only right after a closing quote (`," the diplomat concluded.`). */
  closingQuoteVerbs: ReadonlySet<string>;
  orgSuffixes: ReadonlyMap<string, OrganizationItem['kind']>;
  orgBreakers: ReadonlySet<string>;
  orgSuffixesAfterGovernment: ReadonlySet<string>;
  placeSuffixes: ReadonlySet<string>;
  months: ReadonlySet<string>;
  monthLeads: ReadonlySet<string>;
  bodyHeads: ReadonlyMap<string, string>;
  bodyOwners: ReadonlyMap<string, string>;
  bodyBackReferences: ReadonlySet<string>;
  /** Heads of a country's own bodies, named by its demonym alone ("Sudanese army"). */
  nationalBodyHeads: ReadonlySet<string>;
  /** What a country's army is named after its demonym ("Armed Forces"). */
  armedForcesNames: readonly string[];
  statementNouns: ReadonlySet<string>;
  /** Verbs whose reported clause may follow without "that". */
  sayLike: ReadonlySet<string>;
  /** Verbs that report words only with a quote, or as a stance with their subject right before them. */
  evaluative: ReadonlySet<string>;
  presentStances: ReadonlySet<string>;
  stance: ReadonlySet<string>;
  participles: ReadonlySet<string>;
  /** Participles of a stance closing a clause about something else: ", expressing concern over ...". */
  stanceParticiples: ReadonlySet<string>;
  particleStances: ReadonlyMap<string, string>;
  /** Stance frames by their verb's inflections: "drew" -> drew attention to. */
  stanceFrames: ReadonlyMap<string, readonly StanceFrame[]>;
  urgingParticles: ReadonlyMap<string, ReadonlySet<string>>;
  groupSubjectHeads: ReadonlySet<string>;
  groupDeterminers: ReadonlySet<string>;
  groupCounts: ReadonlyMap<string, number>;
  groupSubjectFillers: ReadonlySet<string>;
  /** Lower-case offices that stand for their country ("the presidential office"), by their last word's phrase. */
  governmentSeats: ReadonlySet<string>;
  /** Offices that stand for their country only with a leader as owner ("his office"). */
  ownedSeats: ReadonlySet<string>;
  seatDeterminers: ReadonlySet<string>;
  jointWords: ReadonlySet<string>;
  documentDeterminers: ReadonlySet<string>;
  documentSources: ReadonlySet<string>;
}

/** Each style as written before a name: the capitalized word ("Excellency") and its abbreviations ("HE", "H.E"). */
const STYLE_FORMS = Object.values(STYLES_OF_ADDRESS).flatMap((forms) =>
  forms.map((form) => (form === form.toLowerCase() ? form[0]?.toUpperCase() + form.slice(1) : form)),
);

export function buildLexicon(): Lexicon {
  return {
    titleHeads: new Set([...TITLE_HEADS, ...Object.keys(TITLE_ABBREVIATIONS)]),
    titleAbbreviations: new Map(Object.entries(TITLE_ABBREVIATIONS)),
    servingRoleHeads: new Set(SERVING_ROLE_HEADS),
    titleModifiers: new Set(TITLE_MODIFIERS),
    leaderHeads: new Set(LEADER_HEADS),
    organizationChiefWords: new Set(ORGANIZATION_CHIEF_WORDS),
    organizationChiefTitles: new Set(ORGANIZATION_CHIEF_TITLES),
    roleVerbFillers: new Set(ROLE_VERB_FILLERS),
    pronounVerbContrasts: new Set(PRONOUN_VERB_CONTRASTS),
    roleVerbPerfects: new Set(ROLE_VERB_PERFECTS),
    roleVerbTimeWords: new Set([...WEEKDAY_NAMES.map((d) => d.toLowerCase()), ...ROLE_VERB_TIME_WORDS]),
    leaderOfficePhrases: new Set(LEADER_OFFICE_PHRASES),
    vagueRoleHeads: new Set(VAGUE_ROLE_HEADS),
    postedRoleHeads: new Set(POSTED_ROLE_HEADS),
    accreditedRoleHeads: new Set(ACCREDITED_ROLE_HEADS),
    accreditationLinks: new Set(ACCREDITATION_LINKS),
    countryAccreditationLinks: new Set(COUNTRY_ACCREDITATION_LINKS),
    unnamedRoleHeads: new Set([...VAGUE_ROLE_HEADS, ...INDEFINITE_UNNAMED_HEADS, ...UNNAMED_PERSON_HEADS]),
    unnamedGroupHeads: new Set(UNNAMED_GROUP_HEADS),
    groupGovernmentWords: new Set(GROUP_GOVERNMENT_WORDS),
    passiveAuxiliaries: new Set(PASSIVE_AUXILIARIES),
    honorifics: new Set([...HONORIFICS, ...STYLE_FORMS]),
    addressForms: new Set([...ADDRESS_HONORIFICS, ...STYLE_FORMS]),
    honorificTitleHeads: new Set(HONORIFIC_TITLE_HEADS),
    titleOrNameWords: new Set(TITLE_OR_NAME_WORDS),
    givenNameTitleHeads: new Set(GIVEN_NAME_TITLE_HEADS),
    particles: new Set(NAME_PARTICLES),
    nonNames: new Set(NON_NAME_WORDS),
    namesInsideSentence: new Set([...SURNAME_PRONOUNS, ...GIVEN_NAME_VERBS]),
    speechVerbs: new Set(SPEECH_VERBS),
    quoteVerbs: new Set(QUOTE_VERBS),
    closingQuoteVerbs: new Set(CLOSING_QUOTE_VERBS),
    orgSuffixes: new Map(Object.entries(ORG_SUFFIXES)),
    orgBreakers: new Set(ORG_BREAKERS),
    orgSuffixesAfterGovernment: new Set(ORG_SUFFIXES_AFTER_GOVERNMENT),
    placeSuffixes: new Set(PLACE_SUFFIXES),
    months: new Set(MONTHS),
    monthLeads: new Set(MONTH_LEADS),
    bodyHeads: new Map(Object.entries(SPEAKING_BODY_HEADS)),
    bodyOwners: new Map(Object.entries(BODY_OWNERS)),
    bodyBackReferences: new Set(BODY_BACK_REFERENCES),
    nationalBodyHeads: new Set(NATIONAL_BODY_HEADS),
    armedForcesNames: ARMED_FORCES_NAMES,
    statementNouns: new Set(STATEMENT_NOUNS),
    sayLike: new Set(SAY_LIKE_VERBS),
    evaluative: new Set(EVALUATIVE_VERBS),
    presentStances: new Set(PRESENT_STANCE_VERBS),
    stance: new Set(STANCE_VERBS),
    participles: new Set(SPEECH_PARTICIPLES),
    stanceParticiples: new Set(STANCE_PARTICIPLES),
    particleStances: new Map(Object.entries(PARTICLE_STANCE_VERBS)),
    stanceFrames: framesByVerb(STANCE_FRAMES),
    urgingParticles: new Map(
      Object.entries(URGING_PARTICLE_VERBS).map(([verb, particles]) => [verb, new Set(particles)]),
    ),
    groupSubjectHeads: new Set(GROUP_SUBJECT_HEADS),
    groupDeterminers: new Set(GROUP_DETERMINERS),
    groupCounts: new Map(Object.entries(GROUP_COUNTS)),
    groupSubjectFillers: new Set(GROUP_SUBJECT_FILLERS),
    governmentSeats: new Set(GOVERNMENT_SEAT_NOUNS),
    ownedSeats: new Set(OWNED_SEAT_NOUNS),
    seatDeterminers: new Set(SEAT_DETERMINERS),
    jointWords: new Set(JOINT_WORDS),
    documentDeterminers: new Set(DOCUMENT_DETERMINERS),
    documentSources: new Set(DOCUMENT_SOURCE_WORDS),
  };
}

/** Each verb inflection -> the frames it opens. */
function framesByVerb(frames: readonly StanceFrame[]): ReadonlyMap<string, readonly StanceFrame[]> {
  const byVerb = new Map<string, StanceFrame[]>();
  for (const frame of frames)
    for (const verb of frame.verbs) byVerb.set(verb, [...(byVerb.get(verb) ?? []), frame]);
  return byVerb;
}
