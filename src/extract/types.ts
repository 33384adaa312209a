// The working state the extraction stages pass along, and the resources built once by createExtractor.
// Internal to extract/: the public contract is ExtractionResult in domain/.

import type {
  AgreementItem,
  ArticleInput,
  MeetingItem,
  OrganizationItem,
  StatementItem,
} from '../domain/extraction-result.ts';
import type { EventItem } from '../domain/event-item.ts';
import type { Gazetteer } from './lexicon/build-gazetteer.ts';
import type { Lexicon } from './lexicon/build-lexicon.ts';

export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  index: number;
  paragraph: number;
  /** Byline, boilerplate, photo credit or a repeated caption: read for organizations, never for actors or statements. */
  ignored: boolean;
}

/** A word of the normalized text; `gap` is the text between the previous word and this one. */
export interface Word extends Range {
  text: string;
  lower: string;
  cap: boolean;
  gap: string;
  sentence: number;
}

export type EntityKind = 'person' | 'country' | 'org' | 'place';

export interface EntityMention extends Range {
  kind: EntityKind;
  id: string;
  sentence: number;
  /** How it was found; speaker rules read it (a capital as a place is not a speaker). */
  via: 'name' | 'alias' | 'demonym' | 'capital' | 'seat' | 'short' | 'reference' | 'pronoun' | 'place';
  /** Only describes an unnamed speaker ("a senior US official said"): never a speaker itself. */
  describesUnnamed?: true;
}

export interface PersonEntity {
  id: string;
  name: string;
  aliases: Set<string>;
  title: string | null;
  country: string | null;
  organization: string | null;
  /** True once a title was read from this article (it then wins over the gazetteer's default). */
  titleFromText: boolean;
}

export interface CountryEntity {
  id: string;
  name: string;
  aliases: string[];
}

export interface OrgEntity {
  id: string;
  name: string;
  aliases: Set<string>;
  kind: OrganizationItem['kind'];
  country: string | null;
}

export interface PlaceEntity {
  id: string;
  name: string;
  country: string | null;
}

export interface DateMention extends Range {
  sentence: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
}

/** A mention of an agreement or meeting, kept so statements can say what they are about. */
export interface EventMention extends Range {
  id: string;
  sentence: number;
}

/** A statement while it is being built: the public fields plus where its parts sit in the text. */
export interface StatementLike {
  speaker: string;
  sentence: number;
  lastSentence: number;
  quote: string | null;
  /** The quoted pieces as exact spans of the text, in order. */
  quoteSpans: Range[];
  text: string;
  /** Holds quoted words (a reported clause that quotes any counts). */
  direct: boolean;
  /**
   * A reported clause that quotes only a fragment or two inside the narrator's paraphrase ('said the truce held in
   * the "security zone"'): `direct` (it holds quoted words) but told as reported speech, not as the speaker's words.
   */
  fragmentQuoted?: boolean;
  channel: string | null;
  /** The span of what was said (quote or reported clause), for `about`. */
  content: Range;
}

export interface ExtractState {
  input: ArticleInput;
  text: string;
  title: string | null;
  authors: string[];
  sentences: Sentence[];
  words: Word[];
  dates: DateMention[];
  persons: Map<string, PersonEntity>;
  countries: Map<string, CountryEntity>;
  organizations: Map<string, OrgEntity>;
  places: Map<string, PlaceEntity>;
  /** Sorted by start. */
  mentions: EntityMention[];
  agreements: AgreementItem[];
  agreementMentions: EventMention[];
  meetings: MeetingItem[];
  meetingMentions: EventMention[];
  statements: StatementItem[];
  /** Statements before `about` and ids are settled. */
  drafts: StatementLike[];
  /** Coded acts, from the meetings, agreements and statements (events/). */
  events: EventItem[];
}

export interface Resources {
  /** wink-nlp instance with the English lite model; typed loosely because wink's types are per-model. */
  nlp: import('wink-nlp').WinkMethods;
  /** The same model with part-of-speech tags and negation scopes: slower, so read only where an act word is. */
  tagger: import('wink-nlp').WinkMethods;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}

export type Stage = (state: ExtractState, resources: Resources) => ExtractState;
