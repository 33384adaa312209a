// A describing verb opening a participle clause after a comma ("..., having repeatedly called the pact a “farce”",
// `... and "Chile", describing it as a "bold" step`): the verdict is the one person the sentence named before it.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD = 'Port treaty\n\nPeru and Chile signed a port treaty in Lima on Monday.\n\n';

/** The speaker and quote of each statement whose quote is `quote`. */
function verdicts(text: string, quote: string): [string, string | null][] {
  return extract(text)
    .statements.filter((s) => s.quote === quote)
    .map((s) => [s.speaker, s.quote]);
}

describe('verdicts of a describing participle clause', () => {
  it('gives "having repeatedly called ... a “farce”" to the person the sentence opened with', () => {
    const text = `${LEAD}Peruvian President Dina Boluarte had opposed the talks since she took office in 2022, having repeatedly called the port treaty, in force since Monday, a “farce” for Peru.`;
    expect(verdicts(text, 'farce')).toEqual([['person:dina-boluarte', 'farce']]);
  });

  it('gives `"Chile", describing it as a "bold" step` to the one person named before it', () => {
    const text = `${LEAD}This comes amid Peruvian President Dina Boluarte praising the port treaty with "Chile", describing it as a "bold" step for the region.`;
    expect(verdicts(text, 'bold')).toEqual([['person:dina-boluarte', 'bold']]);
  });

  it('gives the verdict to no one when the sentence named two people before it', () => {
    const text = `${LEAD}Peruvian President Dina Boluarte had opposed the talks since Chilean President Gabriel Boric took office in 2022, having repeatedly called the port treaty a “farce” for Peru.`;
    expect(verdicts(text, 'farce')).toEqual([]);
  });
});
