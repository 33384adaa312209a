// The ExtractionResult contract: what extract/ produces and the graph writer, the API and the evaluation read.
// A zod schema, so tests validate every result against it and the JSON Schema can be generated from it.
import { z } from 'zod';
import { EventItem } from './event-item.ts';
import { isIsoDate } from './iso-date.ts';

/** YYYY-MM-DD, YYYY-MM or YYYY: news often gives only a month ("last September") or a year. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export const FullDate = z.string().refine(isIsoDate, 'expected a calendar date YYYY-MM-DD');

export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof Mention>;

/** A span of the normalized text with the sentence it sits in: provenance for every extracted item. */
export const Evidence = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ArticleMeta = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: FullDate.nullable(),
  publisher: z.string().nullable(),
  authors: z.array(z.string()),
  language: z.string(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const PersonItem = z.object({
  id: z.string().startsWith('person:'),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  title: z.string().nullable(),
  country: z.string().nullable(),
  organization: z.string().nullable(),
  mentions: z.array(Mention),
  /** The node's provenance in the graph: the sentence of the first mention. */
  evidence: Evidence,
});
export type PersonItem = z.infer<typeof PersonItem>;

export const CountryItem = z.object({
  id: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  evidence: Evidence,
});
export type CountryItem = z.infer<typeof CountryItem>;

export const OrganizationKind = z.enum([
  'news agency',
  'intergovernmental',
  'ministry',
  'party',
  'company',
  'other',
]);
export const OrganizationItem = z.object({
  id: z.string().startsWith('org:'),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: OrganizationKind,
  country: z.string().nullable(),
  mentions: z.array(Mention),
  evidence: Evidence,
});
export type OrganizationItem = z.infer<typeof OrganizationItem>;

export const PlaceItem = z.object({
  id: z.string().startsWith('place:'),
  name: z.string().min(1),
  country: z.string().nullable(),
  /** The sentence where the place's name first stands (empty when only a meeting or agreement names it). */
  evidence: Evidence,
});
export type PlaceItem = z.infer<typeof PlaceItem>;

export const AgreementKind = z.enum([
  'treaty',
  'pact',
  'agreement',
  'accord',
  'deal',
  'memorandum',
  'declaration',
  'other',
]);
export const AgreementStatus = z.enum([
  'signed',
  'proposed',
  'negotiating',
  'ratified',
  'suspended',
  'withdrawn',
]);
export const AgreementItem = z.object({
  id: z.string().startsWith('agreement:'),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: AgreementKind,
  parties: z.array(z.string()),
  signatories: z.array(z.string()),
  /** A year alone only where the text names it with the agreement ("the 1960 Treaty of ..."). */
  signedOn: PartialDate.nullable(),
  place: z.string().nullable(),
  status: AgreementStatus.nullable(),
  /** At least one sentence. */
  evidence: z.array(Evidence).min(1),
  /** The id of this article's held meeting where it was concluded (CONCLUDED_AT), or null. */
  concludedAt: z.string().nullable(),
});
export type AgreementItem = z.infer<typeof AgreementItem>;

export const MeetingKind = z.enum(['summit', 'talks', 'visit', 'call', 'conference', 'meeting']);
export const MeetingStatus = z.enum(['held', 'planned']);
export const MeetingItem = z.object({
  id: z.string().startsWith('meeting:'),
  name: z.string().min(1),
  kind: MeetingKind,
  participants: z.array(z.string()),
  place: z.string().nullable(),
  date: PartialDate.nullable(),
  status: MeetingStatus,
  /** At least one sentence. */
  evidence: z.array(Evidence).min(1),
});
export type MeetingItem = z.infer<typeof MeetingItem>;

export const StatementItem = z.object({
  id: z.string().startsWith('statement:'),
  speaker: z.string().min(1),
  /** The display form: the quoted pieces joined (split pieces with ' … '); the pieces themselves are quoteSpans. */
  quote: z.string().nullable(),
  /** Each quoted piece as a verbatim span of the article text: text.slice(start, end). Absent from older results. */
  quoteSpans: z.array(Mention).optional(),
  text: z.string(),
  direct: z.boolean(),
  date: PartialDate.nullable(),
  about: z.array(z.string()),
  channel: z.string().nullable(),
  evidence: Evidence,
});
export type StatementItem = z.infer<typeof StatementItem>;

export const ExtractionResult = z.object({
  article: ArticleMeta,
  text: z.string(),
  persons: z.array(PersonItem),
  countries: z.array(CountryItem),
  organizations: z.array(OrganizationItem),
  places: z.array(PlaceItem),
  agreements: z.array(AgreementItem),
  meetings: z.array(MeetingItem),
  statements: z.array(StatementItem),
  /** Coded acts (PLOVER) between actors, from the meetings, agreements and statements above. */
  events: z.array(EventItem),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;

/** What a caller hands the extractor besides the text. The publication date anchors every relative date. */
export const ArticleInput = z.object({
  text: z.string(),
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: FullDate.optional(),
  publisher: z.string().optional(),
  /** Bylines the source gives (an HTML page's meta, a JSON Lines field); the text's own bylines are added. */
  authors: z.array(z.string()).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
