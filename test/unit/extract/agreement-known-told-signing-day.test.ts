// A well-known deal's date comes from the list of known agreements, unless the article's own sentence tells the
// day it was signed: the story's "signed on Friday, December 5" is the fact it reports, the list a rough entry
// (a day off by time zone). A story that only names the deal keeps the list's date.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const signedOn = (text: string, publishedAt: string, name: string): string | null | undefined =>
  extract(text, { publishedAt }).agreements.find((a) => a.name === name)?.signedOn;

describe("a known deal's signing day told by the article", () => {
  it('wins over the list date when the signing sentence gives a full day', () => {
    const text =
      'Envoys praise Great Lakes accord\nThe Washington Accords between Rwanda and the Democratic Republic of Congo, signed by the two presidents on Friday, December 5, 2025, mark a turning point for the region, an envoy said in Nairobi.\nThe envoy urged both governments to honour their pledges.';
    expect(signedOn(text, '2025-12-08', 'Washington Accords for Peace and Prosperity')).toBe('2025-12-05');
  });

  it('leaves the list date when the article only names the deal', () => {
    const text =
      'Envoys praise Great Lakes accord\nThe Washington Accords between Rwanda and the Democratic Republic of Congo mark a turning point for the region, an envoy said in Nairobi on Monday.\nThe envoy urged both governments to honour their pledges.';
    expect(signedOn(text, '2025-12-08', 'Washington Accords for Peace and Prosperity')).toBe('2025-12-04');
  });

  it('leaves the list date when the sentence gives only a year', () => {
    const text =
      'Envoys praise Great Lakes accord\nThe Washington Accords between Rwanda and the Democratic Republic of Congo, signed by the two presidents in 2025, mark a turning point for the region, an envoy said in Nairobi.\nThe envoy urged both governments to honour their pledges.';
    expect(signedOn(text, '2026-03-02', 'Washington Accords for Peace and Prosperity')).toBe('2025-12-04');
  });

  it("leaves the list date when the told day falls in another year (a later party's accession)", () => {
    const text =
      'Burundi joins Great Lakes accord\nBurundi signed the Washington Accords between Rwanda and the Democratic Republic of Congo on Tuesday, March 3, 2026, an envoy said in Nairobi.\nThe envoy urged all three governments to honour their pledges.';
    expect(signedOn(text, '2026-03-05', 'Washington Accords for Peace and Prosperity')).toBe('2025-12-04');
  });
});
