// A signing told in a modal or infinitive passive ("the pact will be signed", "is to be signed", "cannot yet be
// signed") is still ahead: the agreement is proposed, not signed. A signing told as done stays signed.
import { describe, expect, it } from 'vitest';
import { isPendingSigning, prospectSignings } from '../../../src/extract/agreements/pending-signing.ts';
import { extract } from './helpers.ts';

const statuses = (text: string): (string | null)[] =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.map((a) => a.status);

/** Whether the first signing word of `sentence` reads as still ahead. */
const pending = (sentence: string): boolean =>
  isPendingSigning(sentence, sentence.search(/\b(?:signed|signing)\b/));

describe('a signing still ahead', () => {
  it.each([
    ['a modal passive', 'The border treaty will be signed in Lusaka next month.'],
    ['an infinitive passive', 'The pact is due to be signed in the spring.'],
    ['a modal with an adverb', 'The accord cannot yet be signed by the two sides.'],
    ['a modal with a manner adverb', 'The charter could finally be signed at the summit.'],
    ['a future progressive', 'The ministers will be signing the accord on Friday.'],
    ['a condition', 'The charter, if signed, would open the border crossings.'],
    ['a present passive after a time clause', 'Troops will stay until a final accord is signed.'],
    ['the noun as a purpose', 'The premier said he looked forward to signing the fisheries pact.'],
    ['the noun after "for"', 'The envoy named a change in the law as a precondition for signing the accord.'],
    ['the noun in a modal clause', 'The signing of the transit charter will follow the talks in Lusaka.'],
  ])('is proposed: %s', (_shape, sentence) => {
    expect(pending(sentence)).toBe(true);
  });

  it.each([
    ['a past passive', 'The border treaty was signed in Lusaka last month.'],
    ['a perfect', 'The two countries have signed a fisheries accord.'],
    ['a perfect passive', 'The accord has been signed by both ministers.'],
    ['a signing far after the modal', 'Officials will say whether the accord that was signed in May holds.'],
    ['a past verb taking the noun', 'The president attended the signing of a transit agreement.'],
    ['an anniversary', 'They marked the tenth anniversary of the signing of the treaty.'],
    ['a modal in another clause', 'After the signing of the accord, both ministers will meet the press.'],
  ])('stays signed: %s', (_shape, sentence) => {
    expect(pending(sentence)).toBe(false);
  });

  it('leaves the agreement proposed, not signed', () => {
    expect(
      statuses(
        'Zambia and Malawi to sign border treaty\nThe border treaty between Zambia and Malawi will be signed in Lusaka next month, officials said.',
      ),
    ).toEqual(['proposed']);
    expect(
      statuses(
        'Zambia and Malawi sign border treaty\nThe border treaty between Zambia and Malawi was signed in Lusaka on Tuesday, officials said.',
      ),
    ).toEqual(['signed']);
  });

  it('reads no signing from the sentence before when that one tells a signing still ahead', () => {
    expect(
      statuses(
        'Zambia and Malawi to sign fisheries accord\nThe fisheries accord between Zambia and Malawi will be signed on Friday. The accord covers the shared lake, the ministers said.',
      ),
    ).toEqual(['proposed']);
  });

  it('still reads the signing told in the sentence before', () => {
    expect(
      statuses(
        'Zambia and Malawi sign fisheries accord\nZambia and Malawi signed a deal on Friday. Among the documents was a fisheries accord between the two countries, the ministers said.',
      ),
    ).toContain('signed');
  });
});

describe('an infinitive signing put ahead by the word before it', () => {
  /** How many infinitive signings `sentence` tells as ahead. */
  const prospects = (sentence: string): number => prospectSignings(sentence).length;

  it.each([
    [
      '"expected" with its object between',
      'The ministry expected the two presidents to soon sign a water treaty.',
    ],
    ['"set to"', 'Zambia and Malawi are set to sign a fisheries accord.'],
    ['"hopes to soon"', 'Lusaka hopes to soon sign the border charter with Lilongwe.'],
    ['"due to"', 'The envoys are due to sign the transit pact on Friday.'],
  ])('is a signing ahead: %s', (_shape, sentence) => {
    expect(prospects(sentence)).toBe(1);
  });

  it.each([
    ['"agreed to"', 'The rebels agreed to sign the truce after the talks.'],
    ['"the first to"', 'Zambia was the first to sign the lake charter.'],
    ['"set" as another verb', 'The plan will set out the steps to take in coming to sign the charter.'],
  ])('is no signing ahead: %s', (_shape, sentence) => {
    expect(prospects(sentence)).toBe(0);
  });

  it('makes the treaty proposed, with no signing date from the day it was told', () => {
    const [treaty] = extract(
      "Zambia, Malawi to sign water treaty\nZambia's foreign ministry said on Wednesday that it expected President Hakainde Hichilema and his Malawian counterpart to soon sign a new water treaty between the two countries.",
      { publishedAt: '2024-03-14' },
    ).agreements;
    expect(treaty?.status).toBe('proposed');
    expect(treaty?.signedOn).toBeNull();
  });
});
