// A meeting word in the purpose phrase of an arrival ("arrived in Ankara for talks with ..."): the one who arrived
// takes part, the talks are the visit, and a visit announced before it was made is that same visit.

import { describe, expect, it } from 'vitest';
import { extract, meetingPlaces } from './helpers.ts';

describe('arrivals for talks', () => {
  it.each([
    'Kenyan President William Ruto has arrived in Beijing for talks with Chinese President Xi Jinping.',
    'Kenyan President William Ruto arrived in Beijing on Tuesday to hold talks with Chinese President Xi Jinping.',
  ])('reads the arrival and its talks as one visit held: %s', (text) => {
    const meetings = meetingPlaces(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      kind: 'visit',
      status: 'held',
      place: 'place:beijing',
      who: expect.arrayContaining(['William Ruto', 'Xi Jinping']),
    });
  });

  it('keeps an arrival still ahead planned', () => {
    expect(
      meetingPlaces(
        'Kenyan President William Ruto will arrive in Beijing on Friday for talks with Chinese President Xi Jinping.',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'visit', status: 'planned' }));
  });

  it('keeps a named event the visitor came to join as that event', () => {
    const meetings = meetingPlaces(
      'UN Secretary-General Antonio Guterres arrived in Addis Ababa on Tuesday to take part in the annual meeting of African Union leaders.',
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({ kind: 'meeting', who: expect.arrayContaining(['António Guterres']) }),
    );
    expect(meetings.some((m) => m.kind === 'visit')).toBe(false);
  });

  it('joins the visit announced the day before to the visit made', () => {
    const meetings = meetingPlaces(
      'Kenyan President William Ruto arrived in Beijing on Wednesday for talks with Chinese President Xi Jinping. ' +
        'A day before, the Kenyan presidency announced that Ruto would pay a two-day working visit to Beijing.',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'visit', status: 'held', place: 'place:beijing' });
  });

  it('leaves a meeting agreed during a visit still ahead as a meeting of its own', () => {
    const meetings = meetingPlaces(
      'Chinese President Xi Jinping invited William Ruto to visit China, and the two leaders agreed to hold a meeting at the earliest opportunity.',
    );
    expect(meetings.map((m) => m.kind).sort()).toEqual(['meeting', 'visit']);
  });

  it('reads a visit told ahead while under way as the visit under way', () => {
    const meetings = meetingPlaces(
      'Kenyan President William Ruto arrived in Beijing on Wednesday for talks with Chinese President Xi Jinping. ' +
        "The two sides are expected to sign several trade deals during Ruto's three-day visit.",
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'visit', status: 'held', place: 'place:beijing' });
  });

  it('keeps a return visit of the host to the visitor apart', () => {
    const meetings = meetingPlaces(
      'Kenyan President William Ruto arrived in Beijing on Wednesday for talks with Chinese President Xi Jinping. ' +
        'Xi Jinping will pay a visit to Kenya next year.',
    );
    expect(meetings).toHaveLength(2);
  });
});

describe('talks in the purpose phrase of a visit', () => {
  it.each([
    'Kenyan President William Ruto reached Beijing on his first state visit on Tuesday to hold talks with Chinese President Xi Jinping.',
    'Kenyan President William Ruto plans to visit China on March 7 to hold talks with Chinese President Xi Jinping.',
    'On Tuesday Kenyan President William Ruto travelled to Beijing to meet with Chinese President Xi Jinping.',
  ])('reads the visit and its talks as one visit of both: %s', (text) => {
    const meetings = meetingPlaces(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      kind: 'visit',
      who: expect.arrayContaining(['William Ruto', 'Xi Jinping']),
    });
  });

  it('keeps talks told in another clause after the visit apart', () => {
    const meetings = meetingPlaces(
      'Kenyan President William Ruto visited Beijing on Tuesday, and Xi Jinping will hold talks with Egyptian President Abdel Fattah al-Sisi on Friday.',
    );
    expect(meetings.filter((m) => m.who.includes('Abdel Fattah el-Sisi'))).toHaveLength(1);
    expect(meetings.filter((m) => m.who.includes('William Ruto'))).toHaveLength(1);
    expect(meetings.find((m) => m.who.includes('William Ruto'))?.who).not.toContain('Abdel Fattah el-Sisi');
  });
});

describe('meetings held on a visit told in another sentence', () => {
  it('joins talks of the visitor with the host side to the visit, on the day of the talks', () => {
    const meetings = meetingPlaces(
      'Saudi Foreign Minister Faisal bin Farhan arrived in Cairo on Monday for an official visit. ' +
        'Egyptian President Abdel Fattah el-Sisi held talks with Faisal bin Farhan in Cairo on Tuesday.',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      kind: 'visit',
      status: 'held',
      place: 'place:cairo',
      who: expect.arrayContaining(['Faisal bin Farhan', 'Abdel Fattah el-Sisi']),
    });
    expect(
      extract(
        'Saudi Foreign Minister Faisal bin Farhan arrived in Cairo on Monday for an official visit. ' +
          'Egyptian President Abdel Fattah el-Sisi held talks with Faisal bin Farhan in Cairo on Tuesday.',
      ).meetings[0]?.date,
    ).toBe('2024-06-25');
  });

  it('keeps a meeting of the visitor with a third country apart', () => {
    const meetings = meetingPlaces(
      'Kenyan President William Ruto arrived in Beijing on Monday for a state visit. ' +
        'On Tuesday Ruto held talks with Egyptian President Abdel Fattah el-Sisi.',
    );
    expect(meetings).toHaveLength(2);
  });

  it('joins a meeting with a host whose country the article never gives to the visit', () => {
    const meetings = meetingPlaces(
      'Kenyan President William Ruto arrived in Ghana on Monday for a two-day state visit. ' +
        'He was received by his host President Kofi Mensah at the Jubilee House on Tuesday.',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'visit', who: ['William Ruto', 'Kofi Mensah'] });
  });
});
