// An agreement the story tells as replaced by a newer one: later bare references ("the agreement", "the new accord")
// go to the story's own deal, not to one it introduced as earlier or as the one replaced; and a mention called new
// of a deal signed years before the article means the deal that replaces it.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text).agreements;

/** Names of the agreements the statement of `speaker` is about. */
function aboutAgreements(text: string, speaker: string): string[] {
  const result = extract(text);
  const statement = result.statements.find((s) => s.speaker === speaker);
  expect(statement, `a statement by ${speaker}`).toBeDefined();
  return result.agreements.filter((a) => statement?.about.includes(a.id)).map((a) => a.name);
}

describe("an agreement introduced as earlier than the story's", () => {
  it('gives the later "new accord" and "the deal" to the story\'s deal, not to the earlier one', () => {
    const found = agreements(
      'Rivals sign peace deal\nThe president of Zembla and the rebel commander signed a peace agreement in Geneva on Tuesday.\nAn earlier peace deal signed in 2012 collapsed within months after fresh clashes.\nThe new accord restores the commander to the cabinet. Mediators said the deal was fragile.',
    );
    const earlier = found.find((a) => a.signedOn === '2012');
    expect(earlier?.aliases).not.toContain('new accord');
    expect(earlier?.aliases).not.toContain('deal');
    const own = found.find((a) => a !== earlier);
    expect(own?.aliases).toEqual(expect.arrayContaining(['new accord', 'deal']));
  });
});

describe('an agreement the story says another one replaces', () => {
  it('leaves later bare references to the replacement', () => {
    const found = agreements(
      'Zembla and Vardia sign new fisheries pact\nZembla and Vardia signed the Northern Waters Fisheries Agreement in Oslo on Monday.\nThe Northern Waters Fisheries Agreement replaces the Kessel Agreement. The Kessel Agreement had set the quotas for years.\nOfficials said the agreement would take effect in spring.',
    );
    const replaced = found.find((a) => a.name.includes('Kessel'));
    const replacement = found.find((a) => a.name.includes('Northern Waters'));
    expect(replaced?.aliases).not.toContain('agreement');
    expect(replacement?.aliases).toContain('agreement');
  });
});

describe('an agreement named as the one replaced behind modifiers or a replacing noun', () => {
  it('keeps a new partnership agreement off the known deal it "will replace the 24-year-old" one of', () => {
    const found = agreements(
      'Negotiators agree on new partnership pact\n\nNegotiators reached an agreement in Suva on Friday on the contents of a new partnership agreement, the largest such agreement in the region.\n\nThe new agreement will replace the 24-year-old Cotonou Agreement.',
    );
    const cotonou = found.find((a) => a.name === 'Cotonou Agreement');
    expect(cotonou?.aliases).not.toContain('new partnership agreement');
    expect(found.some((a) => a.aliases.includes('new partnership agreement'))).toBe(true);
  });

  it('gives "the new agreement" to the treaty that replaces the deal a headline names', () => {
    const found = agreements(
      'Caribbean states and EU take a step towards the replacement of the Cotonou Agreement\n\nAfter months of talks, Caribbean negotiators and the European Union reached an agreement on a political treaty that will replace the Cotonou Agreement. The latter, which has already expired, was signed in 2000.\n\nThe new agreement, reached last Thursday, is a milestone in talks that began in 2019.',
    );
    const cotonou = found.find((a) => a.name === 'Cotonou Agreement');
    expect(cotonou?.aliases).not.toContain('new agreement');
    const treaty = found.find((a) => a !== cotonou);
    expect(treaty?.aliases).toEqual(expect.arrayContaining(['political treaty', 'new agreement']));
  });
});

describe('an agreement called new when the deal of its name is years older', () => {
  const USMCA =
    'Canada, Mexico and US sign USMCA\n\nThe United States, Mexico and Canada signed the United States-Mexico-Canada Agreement in Ottawa on Tuesday, replacing the North American Free Trade Agreement.\n\n';

  it('means the deal between the same sides that replaces it', () => {
    expect(
      aboutAgreements(
        `${USMCA}“The new North American Free Trade Agreement gives our farmers a fair chance,” Canadian trade minister Mary Ng said.`,
        'person:mary-ng',
      ),
    ).toEqual(['United States-Mexico-Canada Agreement']);
  });

  it('means no agreement of the article when none replaces it', () => {
    const text =
      'Ukraine, Russia envoys meet in Geneva\n\nUkrainian and Russian envoys met in Geneva on Monday to discuss the stalled Minsk II agreement.\n\n“We will not sign the new Minsk agreement under pressure,” Ukrainian negotiator Olena Kovalenko said.';
    expect(aboutAgreements(text, 'person:olena-kovalenko')).toEqual([]);
  });

  it('keeps a new agreement the article reports made this year', () => {
    const text =
      'Serbia, Hungary sign new energy treaty\n\nSerbia and Hungary signed a new energy treaty in Belgrade on Tuesday.\n\n“The new treaty gives both our countries cheaper power,” Serbian energy minister Dubravka Djedovic said.';
    expect(aboutAgreements(text, 'person:dubravka-djedovic')).toHaveLength(1);
  });

  it('keeps a name that opens with a capitalized New', () => {
    const text =
      'Russia suspends New START\n\nRussia suspended the New START treaty with the United States on Tuesday.\n\n“New START no longer serves our security,” Russian deputy foreign minister Sergei Ryabkov said.';
    expect(aboutAgreements(text, 'person:sergei-ryabkov')).toHaveLength(1);
  });
});

describe('a deal the story calls new beside a well-known deal signed years before it', () => {
  const published = { publishedAt: '2018-11-30' };

  it('gives "the new agreement" to the pact just signed, not to NAFTA the headline names, and so the quote after it', () => {
    const text =
      'Three leaders sign new version of NAFTA agreement\n\nThe leaders of Mexico, Canada and the United States signed a renewed trade pact in Vienna on Friday.\n\nAt a short ceremony, the three presidents put their names to the new agreement.\n\n"It was a long road," Trump told reporters before the signing.\n\nThe new North Atlantic Trade Compact (NATC) replaces the North American Free Trade Agreement (NAFTA) of 1994.';
    const result = extract(text, published);
    const nafta = result.agreements.find((a) => a.name === 'North American Free Trade Agreement');
    expect(nafta?.aliases ?? []).not.toContain('new agreement');
    const quote = result.statements.find((s) => s.quote?.startsWith('It was a long road'));
    const linked = result.agreements.filter((a) => quote?.about.includes(a.id));
    expect(linked.map((a) => a.aliases)).toEqual([expect.arrayContaining(['new agreement'])]);
  });

  it('keeps a headline\'s agreement "to replace NAFTA" and "the new agreement between" its sides off NAFTA', () => {
    const found = extract(
      'Canada and United States Sign Trade Agreement with Mexico to Replace NAFTA\n\nTrade negotiators of the two countries settled the last open points late on Sunday.\n\nThe new agreement between the United States, Canada and Mexico will lift regional trade, officials said.',
      published,
    ).agreements;
    const nafta = found.find((a) => a.name === 'North American Free Trade Agreement');
    expect(nafta?.aliases ?? []).not.toContain('new agreement');
    expect(nafta?.aliases ?? []).not.toContain('Agreement');
    expect(found.some((a) => a !== nafta && a.aliases.includes('new agreement'))).toBe(true);
  });
});

describe('an agreement called the one in force whose signing the story tells', () => {
  it('keeps "the current treaty" apart from the new treaty the story tells of', () => {
    const text =
      'Norway and Chile to sign new treaty\nNorway and Chile will sign a new friendship treaty next month, the foreign ministry of Norway said.\nMinister Olan Brask said the new treaty was almost ready.\n"Since the signing of the current treaty, the world around us has changed," Brask said.';
    const found = agreements(text);
    const current = found.find((a) => a.aliases.includes('current treaty'));
    expect(current).toBeDefined();
    expect(current?.aliases).not.toContain('new treaty');
    expect(aboutAgreements(text, 'person:olan-brask')).not.toContain(current?.name);
  });

  it('keeps "the existing agreement, which was signed in 2009" apart from the agreement to be signed', () => {
    const found = agreements(
      'Norway and Chile to sign cooperation agreement\nThe foreign ministry of Norway said a comprehensive cooperation agreement with Chile will be signed at the summit.\nThe ministry said the agreement between Norway and Chile was in its final stage. The existing agreement between Norway and Chile, which was signed in 2009, no longer fits, it added.',
    );
    const existing = found.find((a) => a.aliases.includes('existing agreement'));
    expect(existing).toBeDefined();
    expect(existing?.status).toBe('signed');
    expect(found.find((a) => a !== existing)?.status).toBe('proposed');
  });

  it('still reads "the current ceasefire" with no told signing as the deal in view', () => {
    const found = agreements(
      'Truce holds\nThe army of Sudan and the rebels agreed to a ceasefire on Sunday, mediators said.\nBoth sides said the current ceasefire would hold until the talks resume.',
    );
    expect(found).toHaveLength(1);
  });
});

describe('a new deal still to be signed, told as "a new X" and then as "the new X"', () => {
  it('is one agreement, apart from the current one whose signing is told', () => {
    const text =
      'Norway and Chile to sign new treaty soon\nThe foreign ministry of Norway said on Wednesday that it expected the two prime ministers to soon sign a new friendship treaty between Norway and Chile.\nMinister Olan Brask said the new treaty would deepen the strategic partnership between Oslo and Santiago.\n"Since the signing of the current treaty, the world around us has changed," Brask said.';
    const found = agreements(text);
    const current = found.find((a) => a.aliases.includes('current treaty'));
    const fresh = found.filter((a) => a !== current);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.status).toBe('proposed');
    expect(fresh[0]?.aliases).toEqual(expect.arrayContaining(['new treaty']));
  });
});
