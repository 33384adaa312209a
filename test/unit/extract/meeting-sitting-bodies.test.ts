// A council's sitting nobody else is named in ("an emergency meeting of the Council of Arab States", "Tuesday's
// Security Council meeting"): the council takes part in it, so it is a meeting and not a figure of speech.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function participantsOf(text: string): string[][] {
  return extract(text).meetings.map((m) => m.participants);
}

describe('sittings of a council', () => {
  it.each([
    [
      'Arab diplomats said on Monday that an emergency meeting of the Council of Arab States would be held next week.',
      'org:council-of-arab-states',
    ],
    [
      'Tuesday’s Security Council meeting on the fighting ended without a joint statement, diplomats said.',
      'org:security-council',
    ],
    [
      'The UN Security Council met behind closed doors on Friday to discuss the fighting in the north.',
      'org:united-nations-security-council',
    ],
    [
      'The UN Security Council (UNSC) held an emergency meeting on Monday night to discuss the unrest in the capital.',
      'org:united-nations-security-council',
    ],
    [
      'The Security Council will hold a special meeting on Thursday on the stalled truce, diplomats said.',
      'org:security-council',
    ],
    [
      'Members of the UN Security Council gathered on Wednesday in a closed session on the floods in the delta.',
      'org:united-nations-security-council',
    ],
    [
      'The U.N. Security Council emerged from an emergency session late Friday calling for calm along the border.',
      'org:united-nations-security-council',
    ],
    [
      'The United Nations Security Council will convene an urgent session on Tuesday to address the siege of the port.',
      'org:united-nations-security-council',
    ],
    [
      'Diplomats said on Sunday that an emergency meeting of the Arab League would be held later this week.',
      'org:arab-league',
    ],
    [
      'The Organization of Islamic Cooperation will hold an extraordinary meeting of its foreign ministers next Monday.',
      'org:organisation-of-islamic-cooperation',
    ],
  ])('is a meeting of the council: %s', (text, council) => {
    expect(participantsOf(text)).toEqual([[council]]);
  });

  it('leaves a grouping’s summit named by nobody to its leaders', () => {
    expect(participantsOf('Leaders will gather for the ASEAN summit next month, officials said.')).toEqual(
      [],
    );
  });

  it('leaves a council that backs the call to convene, not a sitting, with no meeting', () => {
    expect(
      participantsOf('Most Security Council members backed the call to convene, diplomats said.'),
    ).toEqual([]);
  });

  it('leaves a council that holds a vote, not a sitting, with no meeting', () => {
    expect(
      participantsOf('The Security Council will hold a vote on the draft resolution on Friday.'),
    ).toEqual([]);
  });

  it('keeps the people who meet as the participants of a council’s meeting', () => {
    const text =
      'Foreign Minister Amina Yusuf met her Ghanaian counterpart Kwame Mensah before the meeting of the Security Council on Monday.';
    expect(participantsOf(text).flat()).not.toContain('org:security-council');
  });
});
