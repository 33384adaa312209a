// A sitting's document, or the sitting itself, with no issuer named: "X held an extraordinary summit ... The statement
// stressed ...", "The meeting issued a statement ... The statement stressed ...". Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The speakers of the statement whose words contain `words`, in order. */
function speakersOf(text: string, words: string): string[] {
  return extract(text)
    .statements.filter((s) => (s.quote ?? s.text).includes(words))
    .map((s) => s.speaker);
}

const BLOC_SUMMIT =
  'Bloc meets\n\nThe Economic Community of West African States (ECOWAS) held an extraordinary summit in Abuja on ' +
  'Saturday to review the crisis in Niger.\n\n';

describe('a sitting speaks for the body that held it', () => {
  it.each([
    [
      '"The statement stressed ..."',
      'The statement stressed the need for a swift return to constitutional order.',
    ],
    [
      '"The communique urged ..."',
      'The communique urged the military rulers to release the detained officials.',
    ],
    [
      '"The Assembly expressed ..."',
      'The Assembly expressed deep concern about the detention of the officials.',
    ],
  ])('gives %s after "X held a summit" to X', (_shape, sentence) => {
    const text = `${BLOC_SUMMIT}${sentence}`;
    const words = sentence.split(' ').slice(3, 6).join(' ');
    expect(speakersOf(text, words)).toEqual(['org:economic-community-of-west-african-states']);
  });

  it('gives "a communiqué issued following the meeting condemned ..." to the body whose meeting it was', () => {
    const text =
      'Union meets\n\nThe African Union condemned the coup at an emergency meeting in Addis Ababa on Tuesday.\n\n' +
      'A final communique issued following the meeting condemned Gabon for the arrest of the president.';
    expect(speakersOf(text, 'for the arrest')).toEqual(['org:african-union']);
  });

  it('gives "The meeting issued a statement ... The statement stressed ..." to the countries that took part', () => {
    const text =
      'Ministers meet\n\nThe Kenyan, Ugandan and Tanzanian foreign ministers held talks in Arusha on Monday.\n\n' +
      'The meeting issued a statement on regional trade.\n\n' +
      'The statement stressed the need to remove the remaining barriers at the border posts.';
    expect(speakersOf(text, 'remaining barriers').sort()).toEqual(['KEN', 'TZA', 'UGA']);
  });

  it('leaves "the statement added" to the ministry that spoke in it after the summit', () => {
    const text =
      `${BLOC_SUMMIT}The Nigerien foreign ministry said in a statement that the talks would go on.\n\n` +
      'The statement added that the borders would stay closed until further notice.';
    expect(speakersOf(text, 'borders would stay closed')).toEqual(['org:nigerien-foreign-ministry']);
  });
});
