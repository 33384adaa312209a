// "Applauded" is a reaction like "welcomed" or "lauded": the onlooker who applauds a deal states a view of it, with
// or without a quote, and is no side of the deal; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Fisheries accord signed\n\nKenya and Uganda signed the Lake Victoria fisheries accord in Kampala on Monday.\n\n';

describe('an onlooker that applauded a deal', () => {
  it('states a view of the deal: "Tanzania applauded the accord"', () => {
    const result = extract(`${LEAD}Tanzania applauded the fisheries accord as a model for the region.`);
    const said = result.statements.filter((s) => s.text.includes('model for the region'));
    expect(said.map((s) => s.speaker)).toEqual(['TZA']);
    const accord = result.agreements.find((a) => a.name.toLowerCase().includes('fisheries'));
    expect(accord).toBeDefined();
    expect(said[0]?.about).toContain(accord?.id);
    expect(accord?.parties).not.toContain('TZA');
  });

  it('is the speaker of the quote it applauds with', () => {
    const result = extract(
      `${LEAD}Rwandan President Paul Kagame applauded both sides for “choosing fish over guns.”`,
    );
    const said = result.statements.filter((s) => s.quote?.includes('choosing fish over guns'));
    expect(said.map((s) => s.speaker)).toEqual(['person:paul-kagame']);
  });
});
