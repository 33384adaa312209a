// The shape of a well-known agreement and the one-line-per-agreement table it is written in; the tables are in
// known-agreements-*.ts. Pure: the tables are parsed once when the module loads.

import { AgreementKind, type AgreementItem } from '../../domain/extraction-result.ts';

export interface KnownAgreement {
  readonly name: string;
  readonly kind: AgreementItem['kind'];
  /** YYYY, YYYY-MM or YYYY-MM-DD: when it was signed (or adopted, for conventions opened for signature later). */
  readonly signedOn: string | null;
  /**
   * ISO alpha-3, or a known organization's id for a side that is no state ("org:hamas", "org:european-union");
   * empty for conventions open to every state.
   */
  readonly parties: readonly string[];
  /**
   * Other names, acronyms and the descriptions news uses for it alone ("the Iran nuclear deal"). A word written
   * in capitals only ("START", "JCPOA") is matched with its exact capitals; other words in any case.
   */
  readonly aliases: readonly string[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PARTY = /^(?:[A-Z]{3}|org:[a-z0-9-]+)$/;

/**
 * Parses a table of `kind | name | date | parties | aliases` lines: `-` for no date or no parties, parties
 * space-separated, aliases separated by `;`. A malformed line throws, so a typo fails every test at once.
 */
export function parseKnownAgreements(table: string): KnownAgreement[] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [kind, name, date, parties, aliases = ''] = line.split('|').map((cell) => cell.trim());
      const parsedKind = AgreementKind.safeParse(kind);
      const partyList = parties === '-' ? [] : (parties ?? '').split(' ');
      if (
        !parsedKind.success ||
        !name ||
        !(date === '-' || DATE.test(date ?? '')) ||
        !partyList.every((p) => PARTY.test(p))
      )
        throw new Error(`malformed known agreement: ${line}`);
      return {
        name,
        kind: parsedKind.data,
        signedOn: date === '-' ? null : (date ?? null),
        parties: partyList,
        aliases: aliases
          .split(';')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
      };
    });
}
