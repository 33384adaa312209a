// When a meeting is told inside another ("a forum during the visit") or inside a report dated on its own ("On
// Monday, the ministry confirmed that ..."): the frame dates it, the report does not.

import { describe, expect, it } from 'vitest';
import { meetingFacts } from './helpers.ts';

// 2024-06-26, the publication date of these sentences, is a Wednesday.

describe('meetings set in a frame', () => {
  it('dates a forum held during a visit by the visit, and keeps the visit one', () => {
    const meetings = meetingFacts(
      'Kenyan President William Ruto will pay a state visit to China in September. ' +
        'In June, his office told reporters that Ruto plans to attend a business forum in Shanghai during the visit.',
    );
    expect(meetings.filter((m) => m.kind === 'visit')).toHaveLength(1);
    expect(meetings).toContainEqual(
      expect.objectContaining({ kind: 'conference', date: '2024-09', status: 'planned' }),
    );
  });

  it('does not date a meeting still ahead by the day of the report that tells of it', () => {
    const meetings = meetingFacts(
      'On Monday, the presidency confirmed that Kenyan President William Ruto will meet Chinese President Xi Jinping in Beijing.',
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({
        status: 'planned',
        who: expect.arrayContaining(['William Ruto', 'Xi Jinping']),
      }),
    );
    expect(meetings.some((m) => m.date === '2024-06-24')).toBe(false);
  });

  it('still dates a meeting told as held by the day before the verb', () => {
    expect(
      meetingFacts('On Monday, Kenyan President William Ruto met Chinese President Xi Jinping in Beijing.'),
    ).toContainEqual(expect.objectContaining({ date: '2024-06-24', status: 'held' }));
  });

  it('gives a visit discussed during a meeting no date from that meeting', () => {
    const meetings = meetingFacts(
      'Kenyan President William Ruto met Chinese President Xi Jinping on Monday. ' +
        'Ruto discussed his recent visit to Japan during the meeting, his spokesman said.',
    );
    expect(meetings.find((m) => m.kind === 'visit')?.date).not.toBe('2024-06-24');
  });

  it.each([
    'Chile and Peru on Monday agreed on the date and venue for a meeting between President Ana Rojas and President Luis Vega.',
    'Envoy Tomas Kral says a date is set for the summit between Serbian President Marko Ilic and Kosovo leader Arben Gashi.',
    'A specific date of a meeting between Ukrainian President Ivan Koval and U.S. President John Hale has yet to be determined.',
  ])('tells a meeting whose date is being set as ahead, undated by the saying: %s', (text) => {
    const meeting = meetingFacts(text).find((m) => m.kind === 'meeting' || m.kind === 'summit');
    expect(meeting).toEqual(expect.objectContaining({ status: 'planned' }));
    expect(meeting?.date).not.toBe('2024-06-24');
  });

  it('keeps the day told after a meeting whose date is set', () => {
    expect(
      meetingFacts(
        'Chile and Peru on Monday agreed on the date for a meeting on July 3 between President Ana Rojas and President Luis Vega.',
      ),
    ).toContainEqual(expect.objectContaining({ date: '2024-07-03', status: 'planned' }));
  });
  it.each([
    [
      'talks still ahead',
      'Chilean Foreign Minister Ana Silva arrived in Lima on Monday for a three-day visit. ' +
        'Silva is expected to hold talks with Peruvian President Jonas Berg during the visit.',
    ],
    [
      'talks with a list of hosts',
      'Chilean Foreign Minister Ana Silva arrived in Lima on Monday for a three-day visit. ' +
        'Silva will hold talks with Jonas Berg, Luis Mora and Eva Cruz during the visit.',
    ],
    [
      'meetings naming only the hosts',
      'Chilean Foreign Minister Ana Silva made the remarks on her first official visit to Peru. ' +
        'Silva, after the meetings with senior Peruvian officials during her two-day visit to Lima, said ties were strong.',
    ],
    [
      'hosts who met the visitor',
      'Chilean Foreign Minister Ana Silva wound up her three-day visit to Peru on Monday. ' +
        'The topic was raised by all Peruvian leaders who met Silva during her visit.',
    ],
  ])('counts a sitting set inside a visit as part of that visit (%s)', (_shape, text) => {
    const meetings = meetingFacts(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toEqual(expect.objectContaining({ kind: 'visit' }));
  });
});
