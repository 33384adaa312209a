// A capitalized run that may name a person, with the evidence found for it; shared by the steps of findPersons.

import type { TitleFacts } from './person-context.ts';
import type { EntityMention } from '../types.ts';

export interface Candidate {
  first: number;
  last: number;
  name: string;
  facts: TitleFacts | null;
  /** No title, honorific or speech verb: a capitalized run that may be someone's full name. */
  plain: boolean;
  /** The person whose name this run goes on with ("Mohamed bin Zayed" + "Al Nahyan"), if any. */
  of?: EntityMention;
  /** The person whose name this run of given names comes before ("Yoweri Kaguta" + "Museveni"), if any. */
  before?: EntityMention;
}
