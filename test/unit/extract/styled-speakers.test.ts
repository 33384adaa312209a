// Speakers named by a style of address alone ("His Highness expressed ...", "His Excellency noted that ..."):
// the person the article last named with that style; on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const speakers = (text: string): string[] => reportedSpeech(text).map(([speaker]) => speaker);

describe('a style of address where a speaker stands', () => {
  it('is the person last named with that style ("HH Sheikh X" then "His Highness expressed")', () => {
    const text =
      'Talks in Doha\n\nThe Amir HH Sheikh Tamim bin Hamad Al Thani received Egyptian President Abdel Fattah al-Sisi on Sunday. His Highness expressed his pleasure with the visit.';
    expect(speakers(text)).toEqual(['person:tamim-bin-hamad-al-thani']);
  });

  it('reaches the name across a long title ("His Excellency Prime Minister and Minister of ... Sheikh X")', () => {
    const text =
      'Interview\n\nHis Excellency Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani met the envoy. In an interview on Monday, His Excellency noted that the framework was clear.';
    expect(reportedSpeech(text)).toContainEqual([
      'person:mohammed-bin-abdulrahman-al-thani',
      'the framework was clear',
    ]);
  });

  it('does not give one style to a person named with another ("HH ... welcomed HE the President")', () => {
    const text =
      'Talks in Doha\n\nThe Amir HH Sheikh Tamim bin Hamad Al Thani held talks with HE President Donald Trump. HH the Amir welcomed HE the US President. His Highness expressed his pleasure with the visit.';
    expect(speakers(text)).not.toContain('person:donald-trump');
  });

  it('names no one when the article never used the style', () => {
    const text =
      'Talks in Doha\n\nEgyptian President Abdel Fattah al-Sisi arrived in Doha on Sunday. His Excellency noted that the talks were useful.';
    expect(speakers(text)).toEqual([]);
  });
});
