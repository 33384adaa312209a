// "called on President A, Prime Minister B and Foreign Minister C": calling on several people in turn is as many
// visits in person, one with each, even during a visit told before; a call-on programme still ahead stays one.

import { describe, expect, it } from 'vitest';
import { meetingPlaces } from './helpers.ts';

describe('lists of people called on', () => {
  it.each([
    'Kenyan Foreign Minister Grace Wanjiru arrived in Accra on Sunday on a two-day visit.\n\nOn Monday, she called on President Kofi Mensah, Vice President Ama Boateng, and Foreign Minister Yaw Darko.',
    'Kenyan Foreign Minister Grace Wanjiru paid a courtesy call on President Kofi Mensah, Vice President Ama Boateng and Foreign Minister Yaw Darko in Accra on Monday.',
  ])('reads one meeting with each person called on: %s', (text) => {
    const who = meetingPlaces(text).map((m) => m.who);
    for (const host of ['Kofi Mensah', 'Ama Boateng', 'Yaw Darko'])
      expect(who).toContainEqual(['Grace Wanjiru', host]);
  });

  it('reads a listed party leader whose title holds the party name in brackets', () => {
    const text =
      'Kenyan Foreign Minister Grace Wanjiru paid a courtesy call on President Kofi Mensah, Speaker Ama Boateng and NDP (Reform Wing) chair and former Prime Minister Yaw Darko on Monday.';
    const who = meetingPlaces(text).map((m) => m.who);
    for (const host of ['Kofi Mensah', 'Ama Boateng', 'Yaw Darko'])
      expect(who).toContainEqual(['Grace Wanjiru', host]);
  });

  it('keeps the people a visitor is still to call on in one meeting', () => {
    const text =
      'Kenyan Foreign Minister Grace Wanjiru is scheduled to call on President Kofi Mensah, Vice President Ama Boateng and Foreign Minister Yaw Darko on Monday.';
    const who = meetingPlaces(text).map((m) => m.who);
    expect(who).toContainEqual(expect.arrayContaining(['Kofi Mensah', 'Ama Boateng', 'Yaw Darko']));
  });
});
