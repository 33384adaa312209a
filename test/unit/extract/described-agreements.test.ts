// A describing verb whose object is an agreement, then a complement ("called the deal a historic milestone",
// "described the accord as a major milestone"): a stance on the agreement even without a quote, on sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { linkedAgreements, reportedSpeech } from './helpers.ts';

const LEAD =
  'Nairobi and Addis sign border pact\n\nKenya and Ethiopia signed a border security agreement in Nairobi on Tuesday.\n\n';

describe('a describing verb with an agreement object and its complement', () => {
  it.each([
    ['called', 'called the agreement a turning point for the border region'],
    ['described', 'described the agreement as a turning point for the border region'],
    ['termed', 'termed the agreement the first step towards a common market'],
  ])('reads "%s the agreement ..." unquoted as a statement about the agreement', (_verb, words) => {
    const text = `${LEAD}Kenyan Foreign Minister Musalia Mudavadi ${words}.`;
    expect(reportedSpeech(text)).toContainEqual(['person:musalia-mudavadi', words]);
    expect(linkedAgreements(text, words)).toBe(1);
  });

  it('takes the last kind noun of the object: "called the border security pact a model"', () => {
    const text = `${LEAD}Kenyan Foreign Minister Musalia Mudavadi called the border security pact a model for the region.`;
    expect(reportedSpeech(text).map(([speaker]) => speaker)).toContain('person:musalia-mudavadi');
  });

  it('leaves a phone call alone: "called the prime minister a day after the signing"', () => {
    const text = `${LEAD}Kenyan Foreign Minister Musalia Mudavadi called the prime minister a day after the signing.`;
    expect(reportedSpeech(text)).toEqual([]);
  });

  it.each([
    [
      'a participle phrase',
      'described the agreement reached by the two sides as a turning point for the region',
    ],
    [
      'a list',
      'described the border agreement, its enforcement and monitoring as a first step towards peace',
    ],
    ['an addressee', 'described the deal to reporters as a turning point for the border region'],
  ])('reads "as" past %s after the agreement as its complement', (_kind, words) => {
    const text = `${LEAD}Kenyan Foreign Minister Musalia Mudavadi ${words}.`;
    expect(reportedSpeech(text)).toContainEqual(['person:musalia-mudavadi', words]);
    expect(linkedAgreements(text, words)).toBe(1);
  });

  it('leaves "as well as" after the object alone: "called the agreement partners as well as ..."', () => {
    const text = `${LEAD}Kenyan Foreign Minister Musalia Mudavadi called the agreement partners as well as the mediators to Nairobi.`;
    expect(reportedSpeech(text)).toEqual([]);
  });

  it('leaves a passive description alone: "the agreement was described as ..."', () => {
    const text = `${LEAD}The agreement was described as a turning point by observers in the region.`;
    expect(reportedSpeech(text)).toEqual([]);
  });
});
