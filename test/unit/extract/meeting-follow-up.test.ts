// A further sitting of sides already met ("agreed to meet again next Saturday", "will hold follow-up meetings"):
// told with nobody of its own, it is a meeting of its own, held by the sides of the talks before it.

import { describe, expect, it } from 'vitest';
import { meetingPlaces } from './helpers.ts';

describe('follow-up meetings', () => {
  it.each([
    'Kenyan Foreign Minister Musalia Mudavadi held talks with Somali Foreign Minister Ahmed Moallim Fiqi in Nairobi on Monday. The two sides agreed to meet again next Saturday.',
    'Kenyan Foreign Minister Musalia Mudavadi held talks with Somali Foreign Minister Ahmed Moallim Fiqi in Nairobi on Monday. Both sides will hold follow-up meetings in the coming days.',
    'Kenyan Foreign Minister Musalia Mudavadi held talks with Somali Foreign Minister Ahmed Moallim Fiqi in Nairobi on Monday. The next round of talks is expected in July.',
  ])('is a planned meeting of the sides of the talks before it: %s', (text) => {
    const meetings = meetingPlaces(text);
    expect(meetings).toHaveLength(2);
    expect(meetings).toContainEqual(
      expect.objectContaining({ status: 'held', who: ['Musalia Mudavadi', 'Ahmed Moallim Fiqi'] }),
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({
        status: 'planned',
        place: null,
        who: ['Musalia Mudavadi', 'Ahmed Moallim Fiqi'],
      }),
    );
  });

  it('takes nobody when nothing was met before it', () => {
    expect(meetingPlaces('The two sides are expected to meet again next week.')).toEqual([]);
  });

  it('leaves "a new round of talks" naming its sides to the sitting the story tells', () => {
    const meetings = meetingPlaces(
      'Delegations from Egypt, Ethiopia and Sudan met in Cairo on Monday. Egypt, Ethiopia and Sudan took part in a new round of talks, the ministry said.',
    );
    expect(meetings).toHaveLength(1);
  });
});
