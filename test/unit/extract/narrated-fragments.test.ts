// A modifier the narrator quotes inside words attributed only after them ("was “automatically” renewed, the
// spokesman said") is no quote of the statement: the statement is the reported clause. On sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Envoys meet\n\nLatvian Foreign Minister Ilze Kalnina met Chilean Foreign Minister Pablo Rivas in Riga on Tuesday.\n\n';

/** Each statement of the article as [speaker id, its quote or null]. */
function quotesOf(text: string): Array<[string, string | null]> {
  return extract(text).statements.map((s) => [s.speaker, s.quote]);
}

describe('a quoted modifier in words attributed after them', () => {
  it('reads "was “automatically” renewed, Rivas said" as Rivas reporting, not quoting', () => {
    const said = quotesOf(
      `${LEAD}The fisheries accord between the two countries was “automatically” renewed for five years, Rivas said.`,
    );
    expect(said).toContainEqual(['person:pablo-rivas', null]);
    expect(said.some(([, quote]) => quote === 'automatically')).toBe(false);
  });

  it('reads "must keep “strict and regular” records, Kalnina said" the same way', () => {
    const said = quotesOf(
      `${LEAD}Both navies must keep "strict and regular" records of their patrols under the accord, Kalnina said.`,
    );
    expect(said).toContainEqual(['person:ilze-kalnina', null]);
  });
});

describe('quoted words the attribution still quotes', () => {
  it('keeps a coined noun phrase: "are a “firm anchor” ..., Rivas said"', () => {
    const said = quotesOf(
      `${LEAD}The accords signed in Riga are a “firm anchor” for the two navies, Rivas said.`,
    );
    expect(said).toContainEqual(['person:pablo-rivas', 'firm anchor']);
  });

  it('keeps a modifier in a clause the speaker opens: "Rivas said that the accord was “generous” ..."', () => {
    const said = quotesOf(`${LEAD}Rivas said that the fisheries accord was “generous” to both fleets.`);
    expect(said).toContainEqual(['person:pablo-rivas', 'generous']);
  });

  it('joins a quoted modifier to quoted words of their own in the same clause', () => {
    const said = quotesOf(
      `${LEAD}“The fleets will share the catch” and the checks will be “strict and regular”, Kalnina said.`,
    );
    expect(said.find(([speaker]) => speaker === 'person:ilze-kalnina')?.[1]).toContain('strict and regular');
  });
});

describe('a phrase the narrator quotes in a sentence nobody speaks', () => {
  const SPOKE = `${LEAD}“The fisheries accord will protect both fleets,” Rivas said.\n\n`;

  it('gives "Chile wants the accord to reflect “new fishing grounds”" to no one', () => {
    const said = quotesOf(
      `${SPOKE}Chile wants the accord to reflect “new fishing grounds” off its southern coast.`,
    );
    expect(said.some(([, quote]) => quote === 'new fishing grounds')).toBe(false);
  });

  it('gives "A “binding and permanent” quota crowned the accord" to no one', () => {
    const said = quotesOf(
      `${SPOKE}A “binding and permanent” quota crowned the accord, which runs for ten years.`,
    );
    expect(said.some(([, quote]) => quote === 'binding and permanent')).toBe(false);
  });

  it('still gives the running speaker a phrase after his pronoun: "He called the accord a “firm anchor”"', () => {
    const said = quotesOf(`${SPOKE}He called the accord a “firm anchor” for both navies.`);
    expect(said).toContainEqual(['person:pablo-rivas', 'firm anchor']);
  });
});
