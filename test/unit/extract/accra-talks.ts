// Invented leads for statement tests: Ghana's and Togo's foreign ministers meet in Accra. Tests add a sentence of
// Boateng's and read back what the extractor made of it.

import type { StatementItem } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

/** The talks, then Boateng's words that the two countries agreed to reopen the crossing. */
export const ACCRA_TALKS =
  'Talks in Accra\n\nGhanaian Foreign Minister Ama Boateng met Togolese Foreign Minister Kodjo Mensah in Accra on Tuesday.\n\n' +
  'Boateng said the two countries had agreed to reopen the border crossing at Aflao.\n\n';

/** The talks, then the Aflao Border Agreement the two ministers signed. */
export const ACCRA_BORDER_DEAL =
  'Border deal in Accra\n\nGhanaian Foreign Minister Ama Boateng met Togolese Foreign Minister Kodjo Mensah in Accra on Tuesday.\n\n' +
  'The two ministers signed the Aflao Border Agreement, which reopens the crossing at Aflao.\n\n';

/**
 * Boateng's statements in ACCRA_BORDER_DEAL followed by `sentence`: the reported (unquoted) ones and the quoted ones,
 * and the id of the Aflao agreement they may be about.
 */
export function boatengStatements(sentence: string): {
  reported: StatementItem[];
  quoted: StatementItem[];
  aflao: string | undefined;
} {
  const result = extract(`${ACCRA_BORDER_DEAL}${sentence}`);
  const own = result.statements.filter((s) => s.speaker === 'person:ama-boateng');
  return {
    reported: own.filter((s) => s.quote === null),
    quoted: own.filter((s) => s.quote !== null),
    aflao: result.agreements.find((a) => a.name.includes('Aflao'))?.id,
  };
}

/** The words of Boateng's reported statements in ACCRA_BORDER_DEAL followed by `sentence`. */
export function boatengSays(sentence: string): string[] {
  return boatengStatements(sentence).reported.map((s) => s.text);
}
