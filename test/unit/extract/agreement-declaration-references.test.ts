// "The agreement" after a titled declaration the article has no other instrument for is that declaration.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2025-02-18' }).agreements.map((a) => a.name);

describe('a bare "the agreement" after a titled declaration', () => {
  it('is the declaration when the article names no other instrument', () => {
    expect(
      names(
        'Somalia, Ethiopia hold talks in Ankara\nTürkiye hosted the first round of technical talks between Somalia and Ethiopia, the foreign ministry said. The talks are a step toward carrying out the Ankara Declaration adopted in December. The Ankara Declaration was brokered by the Turkish president after talks between the Ethiopian prime minister and the Somali president. The agreement set out a vision for regional stability and trade between the two countries.',
      ),
    ).toEqual(['Ankara Declaration']);
  });

  it('stays apart from a sought agreement described by its scope', () => {
    const found = names(
      'Dam talks stall\nEgypt, Sudan and Ethiopia signed the Declaration of Principles in 2015. The talks were meant to culminate in a legally binding agreement, the ministry said.',
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.join(' | ')).not.toMatch(/^Declaration of Principles$/);
  });
});

describe('"this joint declaration" right after a named declaration', () => {
  it.each([
    [
      'a demonstrative',
      'Chad and Niger sign border accord\nChad and Niger signed the Zinder Declaration on border security on Monday.\n\n"This joint declaration sets out the rules our two countries will follow," Chadian minister Ali Mahamat said.',
    ],
    [
      'a definite article',
      'Chad and Niger sign border accord\nChad and Niger signed the Zinder Declaration on border security on Monday.\n\n"We will guard the border together," according to the joint declaration.',
    ],
  ])('is that declaration: %s', (_shape, text) => {
    expect(extract(text, { publishedAt: '2024-05-14' }).agreements).toHaveLength(1);
  });
});

describe('"this declaration" after an instrument recalled beside a titled declaration', () => {
  it('is the titled declaration, not the instrument just named', () => {
    const result = extract(
      'Rival movements sign unity declaration in Lisbon\n\nThe Lisbon Declaration was signed by the two Mozambican movements at a ceremony in Portugal\'s capital on Monday, state broadcaster RTP said.\n\nThe signing is a success for Lisbon, which brokered a trade pact between Chile and Peru in 2019.\n\n"This declaration comes at a decisive time for our country," movement leader Joaquim Chissano said in a statement.',
      { publishedAt: '2024-07-23' },
    );
    const declaration = result.agreements.find((a) => a.name === 'Lisbon Declaration');
    const pact = result.agreements.find((a) => a.name !== 'Lisbon Declaration');
    expect(pact?.aliases).not.toContain('declaration');
    const quote = result.statements.find((s) => s.quote?.startsWith('This declaration'));
    expect(quote?.about).toContain(declaration?.id);
    expect(quote?.about).not.toContain(pact?.id);
  });
});

describe('"the agreement", "the deal" for a declaration, with no instrument named before it', () => {
  const linked = (text: string, quoteStart: string): boolean => {
    const result = extract(text, { publishedAt: '2024-07-23' });
    const declaration = result.agreements.find((a) => a.kind === 'declaration');
    const quote = result.statements.find((s) => s.quote?.startsWith(quoteStart));
    return declaration !== undefined && (quote?.about.includes(declaration.id) ?? false);
  };

  it('links words that call the joint declaration "the deal"', () => {
    expect(
      linked(
        'Chad and Niger settle border row in Lome\n\nChad and Niger have agreed on a joint declaration to settle their dispute over the Lake Chad islands, Togolese President Faure Gnassingbe has announced.\n\nHailing the agreement, Gnassingbe said he hoped the deal would be "the start of a new era of trust between Chad and Niger".',
        'the start of a new era',
      ),
    ).toBe(true);
  });

  it('keeps "the agreement" on the declaration when a recalled instrument is named after it', () => {
    expect(
      linked(
        'Rival movements sign unity declaration in Oslo\n\nThe Oslo Declaration was signed by the two Sudanese movements at a ceremony in Norway\'s capital on Monday, state broadcaster NRK said.\n\nThe agreement is a coup for Norway, which brokered a fisheries pact between Chile and Peru in 2019.\n\nMovement leader Yasir Arman said the agreement was "a first step towards national unity".',
        'a first step towards national unity',
      ),
    ).toBe(true);
  });
});
