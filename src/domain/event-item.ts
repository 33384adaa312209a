// The coded event of the ExtractionResult: one act (PLOVER category, CAMEO code, Goldstein intensity) from a
// source actor toward a target actor, each resolved to a country where one exists, with its modality and evidence.
import { z } from 'zod';
import { CAMEO_CODES, PLOVER_CATEGORIES, type CameoCodeId } from './plover-codes.ts';

export const EventCategory = z.enum(PLOVER_CATEGORIES);
export const CameoCodeSchema = z.enum(Object.keys(CAMEO_CODES) as [CameoCodeId, ...CameoCodeId[]]);

/**
 * How the text reports the act. Only `asserted` events enter aggregates by default: a negated ("did not sign"),
 * hypothetical ("would sign if"), future or planned ("will visit") or denied ("denied threatening") act did not
 * (yet) happen.
 */
export const EventModality = z.enum(['asserted', 'negated', 'hypothetical', 'future', 'denied']);
export type EventModality = z.infer<typeof EventModality>;

/** A sentence is an act stated without a reported clause ("X accused Y of ..."): its id is `sentence:N`. */
export const EventSourceKind = z.enum(['statement', 'meeting', 'agreement', 'sentence']);

const CountryId = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');

export const EventItem = z.object({
  id: z.string().startsWith('event:'),
  category: EventCategory,
  mode: z.string().nullable(),
  cameo: CameoCodeSchema,
  /** Goldstein score of the CAMEO code, -10..+10. */
  intensity: z.number().min(-10).max(10),
  /** Entity ids (person, country or organization) of the actor and the recipient. */
  source: z.string().min(1),
  target: z.string().min(1).nullable(),
  sourceCountry: CountryId.nullable(),
  targetCountry: CountryId.nullable(),
  /** The act's own date when the text gives one, else the article's (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  modality: EventModality,
  /** What the event was coded from. */
  from: z.object({ kind: EventSourceKind, id: z.string().min(1) }),
  /** The words that made it an act ("warned", "signed", "call"). */
  trigger: z.string(),
  /** The sentence(s) and their offsets in the article text. */
  evidence: z.object({
    sentence: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
});
export type EventItem = z.infer<typeof EventItem>;
export type EventCategory = z.infer<typeof EventCategory>;
