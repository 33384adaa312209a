// The shape of a hand-annotated gold file (test/fixtures/articles/*.gold.json), documented in test/fixtures/README.md.
// Gold names people by their full name and countries by ISO alpha-3 id; the scorer resolves predicted ids to names.
import { z } from 'zod';
import {
  AgreementKind,
  AgreementStatus,
  MeetingKind,
  MeetingStatus,
  OrganizationKind,
} from '../../src/domain/extraction-result.ts';
import { EventCategory } from '../../src/domain/event-item.ts';

const FullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');

export const GoldPerson = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  title: z.string().nullable(),
  country: CountryCode.nullable(),
});

export const GoldOrganization = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  kind: OrganizationKind,
});

export const GoldAgreement = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: AgreementKind,
  /** Country ids or organization names. */
  parties: z.array(z.string().min(1)),
  /** Person names. */
  signatories: z.array(z.string().min(1)),
  signedOn: PartialDate.nullable(),
  status: AgreementStatus.nullable(),
});

export const GoldMeeting = z.strictObject({
  kind: MeetingKind,
  /** Person names or country ids. */
  participants: z.array(z.string().min(1)),
  place: z.string().min(1).nullable(),
  date: PartialDate.nullable(),
  status: MeetingStatus,
});

export const GoldStatement = z.strictObject({
  /** A person name, a country id (government as speaker) or an organization name. */
  speaker: z.string().min(1),
  /** The exact words inside the quote marks; null for reported (indirect) speech. */
  quote: z.string().min(1).nullable(),
  /** Agreement names, country ids or person names the statement is about. */
  about: z.array(z.string().min(1)),
  /** The outlet or interview the statement was given to, or null. */
  channel: z.string().min(1).nullable(),
});

/** A coded act (issue #14): who did what to whom, and whether the text reports it negated, denied or not yet done. */
export const GoldEvent = z.strictObject({
  category: EventCategory,
  /** Country ids (or a person's full name, read as that person's country). */
  source: z.string().min(1),
  /** Null when the act has no country as recipient. */
  target: z.string().min(1).nullable(),
  /** True when the act did not (yet) happen: negated, denied, hypothetical or future. */
  negated: z.boolean(),
  /** Offsets of the evidence sentence in the normalized article text (dev-eval facts only). */
  evidence: z
    .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .optional(),
});

export const GoldFile = z.strictObject({
  /** Path of the article text relative to the gold file, when it is not the sibling .txt. */
  source: z.string().min(1).optional(),
  publishedAt: FullDate,
  authors: z.array(z.string().min(1)),
  persons: z.array(GoldPerson),
  countries: z.array(CountryCode),
  organizations: z.array(GoldOrganization),
  agreements: z.array(GoldAgreement),
  meetings: z.array(GoldMeeting),
  statements: z.array(GoldStatement),
  /** Coded events; files without the key are not scored for events. */
  events: z.array(GoldEvent).optional(),
});

export type GoldPerson = z.infer<typeof GoldPerson>;
export type GoldOrganization = z.infer<typeof GoldOrganization>;
export type GoldAgreement = z.infer<typeof GoldAgreement>;
export type GoldMeeting = z.infer<typeof GoldMeeting>;
export type GoldStatement = z.infer<typeof GoldStatement>;
export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldFile = z.infer<typeof GoldFile>;
