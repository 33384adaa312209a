// The shared tests of an agreement told with no sides: no party and no signatory named, and a description with no
// title. Each is what the joins and resolvers once wrote out field by field.
import { describe, expect, it } from 'vitest';
import {
  namesNoPartyOrSignatory,
  untitledSidelessDescription,
  type Cluster,
} from '../../../src/extract/agreements/agreement-facts.ts';
import type { KnownAgreement } from '../../../src/extract/lexicon/known-agreements.ts';

const known: KnownAgreement = {
  name: 'Treaty of Invented Friendship',
  kind: 'treaty',
  signedOn: null,
  parties: ['AAA', 'BBB'],
  aliases: [],
};

/** Every mix of title, description, parties and signatories. */
function clusters(): Cluster[] {
  const out: Cluster[] = [];
  for (const name of [null, 'Lakeside Accord'])
    for (const descriptor of [null, 'a river-sharing accord'])
      for (const parties of [[], ['AAA']])
        for (const signatories of [[], ['p-jane-roe']])
          for (const k of [null, known])
            out.push({ name, descriptor, parties, signatories, known: k } as unknown as Cluster);
  return out;
}

describe('namesNoPartyOrSignatory', () => {
  it('holds only when the article names neither a party nor a signatory, whatever the known data says', () => {
    for (const c of clusters())
      expect(namesNoPartyOrSignatory(c)).toBe(c.parties.length === 0 && c.signatories.length === 0);
    expect(namesNoPartyOrSignatory({ parties: [], signatories: [], known } as unknown as Cluster)).toBe(true);
  });
});

describe('untitledSidelessDescription', () => {
  it('holds for a description with no name, no well-known identity, and no party or signatory', () => {
    for (const c of clusters())
      expect(untitledSidelessDescription(c)).toBe(
        c.name === null &&
          c.known === null &&
          c.descriptor !== null &&
          c.parties.length === 0 &&
          c.signatories.length === 0,
      );
  });
});
