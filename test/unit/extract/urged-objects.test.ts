// "X called on <object> to <verb>": an urging whose object is long, coordinated or qualified, as African and UN
// statements write them, is still a statement of X. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

describe('an urging with a long object', () => {
  it.each([
    [
      'President Nana Akufo-Addo has called on the Federal Government of Nigeria and protesters of the reform movement to use dialogue.',
      'person:nana-akufo-addo',
    ],
    [
      'The government of Kenya called on the warring factions that have been fueling conflict in the region to respect the truce.',
      'KEN',
    ],
  ])('is a statement of its subject: %#', (text, speaker) => {
    const said = reportedSpeech(text);
    expect(said.some(([who, words]) => who === speaker && /^called on/.test(words))).toBe(true);
  });

  it('is no statement when a person is called on (a visit)', () => {
    const said = reportedSpeech(
      'The envoy called on President Mahmoud Abbas at his office in Ramallah on Monday afternoon to discuss the aid plan.',
    );
    expect(said.filter(([, words]) => /^called on/.test(words))).toEqual([]);
  });
});
