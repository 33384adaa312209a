// Well-known agreements, so that one treaty is one node whichever name an article gives it. Data only, written
// from general knowledge: canonical name, kind, signing date, parties (ISO alpha-3) and the names news uses.

import { ECONOMY_AGREEMENTS } from './known-agreements-economy.ts';
import { REGIONAL_AGREEMENTS } from './known-agreements-regional.ts';
import { SECURITY_AGREEMENTS } from './known-agreements-security.ts';
import type { KnownAgreement } from './known-agreement-entry.ts';

export type { KnownAgreement } from './known-agreement-entry.ts';

export const KNOWN_AGREEMENTS: readonly KnownAgreement[] = [
  ...SECURITY_AGREEMENTS,
  ...ECONOMY_AGREEMENTS,
  ...REGIONAL_AGREEMENTS,
];
