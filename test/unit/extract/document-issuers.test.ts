// A document that names who issued it speaks for that issuer, on sentences written for the test: "..., said a
// statement issued here by UN spokesman X." (the inverted verb first), a title's holder rather than the body that
// qualifies the title, and a document naming its own issuer after an earlier joint statement.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Truce in Sudan\n\nThe Sudanese army and the Rapid Support Forces agreed to a seven-day truce in Jeddah on Monday.\n\n';

describe('a document that names its issuer', () => {
  it.each([
    [
      'The truce will open the roads to Darfur for aid convoys, said a statement issued here by UN spokesman Stephane Dujarric.',
      'aid convoys',
      ['person:stephane-dujarric'],
    ],
    [
      'The truce must be respected by all armed groups, noted a statement by Arab League Secretary-General Ahmed Aboul Gheit.',
      'armed groups',
      ['person:ahmed-aboul-gheit'],
    ],
    [
      'The observers will report every violation of the truce, said a statement from the African Union Commission.',
      'every violation',
      ['org:african-union-commission'],
    ],
  ])('gives the closing "%s" to its issuer', (sentence, words, speakers) => {
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(speakers);
  });

  it('gives a quote to the holder of the title, not the body the title names', () => {
    const text = `${LEAD}“Both sides must keep the truce,” said a statement issued by UN spokesman Stephane Dujarric.`;
    expect(speakersOf(text, 'keep the truce')).toEqual(['person:stephane-dujarric']);
  });

  it('leaves an office a person owns to the country it serves, not to the person', () => {
    const text = `${LEAD}The truce will hold until Friday, said a statement from Ethiopian Prime Minister Abiy Ahmed's office.`;
    expect(speakersOf(text, 'until Friday')).toEqual(['ETH']);
  });

  it('reads a document that names its issuer as its own, not as the joint statement told of before', () => {
    const text =
      `${LEAD}Saudi Arabia and the United States announced the truce in a joint statement on Monday.\n\n` +
      '“The truce is our best chance to feed the people of Darfur,” said a statement issued here by Guterres’s spokesman.';
    expect(speakersOf(text, 'best chance')).toEqual(['person:antonio-guterres']);
  });
});
