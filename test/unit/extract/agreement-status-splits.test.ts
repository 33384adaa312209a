// One deal whose status a single mention misreads or tells ahead ("it will be announced that the memorandum has
// been signed") is one agreement with its proposals' retellings, standing as its first telling says; a proposal
// beside a deal told only as reached stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string): { name: string; status: string | null }[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.map((a) => ({ name: a.name, status: a.status }));

describe('a deal split by its status', () => {
  const split =
    'Peru: fisheries deal with Chile may be signed within days\n' +
    'Peru’s foreign minister Ana Rojas said on Monday that the draft agreement reached with Chile will be signed once ' +
    'its last annex is written. "Then it will be announced that the memorandum of understanding has been signed by ' +
    'both parties," she said.\n' +
    'Chilean President Pablo Mena said that an agreement to end the fishing dispute could be signed soon.\n' +
    'Rojas said catch quotas will be set within a month after the framework agreement is signed.';

  it('is one agreement when the one read as signed is told ahead as well', () => {
    expect(agreements(split)).toHaveLength(1);
  });

  it('stands as its first telling says', () => {
    expect(agreements(split).map((a) => a.status)).toEqual(['proposed']);
  });

  it('leaves a proposal apart from a deal told only as signed', () => {
    const pair =
      'Chile and Peru sign fisheries memorandum\n' +
      'Chile and Peru signed a fisheries memorandum on Monday in Lima.\n' +
      'Rojas said an agreement to settle the border dispute could be signed soon.';
    expect(agreements(pair)).toHaveLength(2);
  });
});
