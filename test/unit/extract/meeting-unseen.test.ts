// Meeting shapes from news the extractor was not tuned on: a bare month told in the past or ahead of publication.

import { describe, expect, it } from 'vitest';
import { extract, meetingFacts } from './helpers.ts';

describe('a bare month', () => {
  it.each([
    [
      'Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva first met in Brasilia in April.',
      '2023-11-20',
      '2023-04',
    ],
    [
      'Indian Prime Minister Narendra Modi held talks with Kenyan President William Ruto in Nairobi in October.',
      '2024-02-05',
      '2023-10',
    ],
  ])('told in the past is the latest one before publication: %s', (text, publishedAt, date) => {
    expect(meetingFacts(text, publishedAt)).toContainEqual(expect.objectContaining({ date, status: 'held' }));
  });

  it.each([
    [
      'Chinese President Xi Jinping will meet Brazilian President Luiz Inácio Lula da Silva in Brasilia in February.',
      '2023-11-20',
      '2024-02',
    ],
    [
      'Indian Prime Minister Narendra Modi is expected to visit Nairobi in December.',
      '2024-02-05',
      '2024-12',
    ],
  ])('told ahead is the first one after publication: %s', (text, publishedAt, date) => {
    expect(meetingFacts(text, publishedAt)).toContainEqual(
      expect.objectContaining({ date, status: 'planned' }),
    );
  });

  it.each([
    [
      'Kenyan President William Ruto recalled the historic visit of Indian Prime Minister Narendra Modi to Nairobi in March last year.',
      '2024-06-26',
      '2023-03',
    ],
    [
      'Brazilian President Luiz Inácio Lula da Silva will visit Beijing in August next year.',
      '2024-06-26',
      '2025-08',
    ],
  ])('followed by "last/this/next year" takes that year: %s', (text, publishedAt, date) => {
    expect(meetingFacts(text, publishedAt)).toContainEqual(expect.objectContaining({ date }));
  });
});

describe('a month name that is a surname', () => {
  it('keeps "May" in the name of the person it ends, and as no date when a name stands before it', () => {
    const meetings = meetingFacts(
      'Russian President Vladimir Putin met with British Prime Minister Theresa May on Sunday. At this first meeting between Putin and May, the two discussed trade.',
      '2016-09-05',
    );
    expect(meetings).toEqual([
      expect.objectContaining({ date: '2016-09-04', who: ['Vladimir Putin', 'Theresa May'] }),
    ]);
  });

  it('still dates "in May" and "May 5" in an article about Theresa May', () => {
    const result = extract(
      'British Prime Minister Theresa May visited Beijing on May 5. Theresa May first met Russian President Vladimir Putin in May.',
      { publishedAt: '2016-09-05' },
    );
    expect(result.persons.map((p) => p.name)).toContain('Theresa May');
    expect(result.meetings.map((m) => m.date)).toEqual(expect.arrayContaining(['2016-05-05', '2016-05']));
  });
});

describe('the one met as the object of "met"', () => {
  it.each([
    [
      'Russian President Vladimir Putin met British Prime Minister Boris Johnson on Sunday.',
      ['Vladimir Putin', 'Boris Johnson'],
    ],
    [
      'Indian Prime Minister Narendra Modi met his Kenyan counterpart William Ruto in Nairobi on Monday.',
      ['Narendra Modi', 'William Ruto'],
    ],
    [
      'Kenyan President William Ruto, who arrived in Beijing on Monday, met Chinese President Xi Jinping at the Great Hall of the People.',
      ['William Ruto', 'Xi Jinping'],
    ],
  ])('%s', (text, people) => {
    expect(meetingFacts(text, '2024-06-26')).toContainEqual(
      expect.objectContaining({ kind: 'meeting', who: expect.arrayContaining(people) }),
    );
  });
});

describe('parties told as "the presidents of X and Y"', () => {
  it("takes each country's person of the article in a fronted call", () => {
    expect(
      meetingFacts(
        'In a Monday phone call, the presidents of Kenya and Brazil discussed trade. Kenyan President William Ruto and his Brazilian counterpart Luiz Inácio Lula da Silva also spoke of climate finance.',
        '2024-06-26',
      ),
    ).toContainEqual(
      expect.objectContaining({
        kind: 'call',
        who: expect.arrayContaining(['William Ruto', 'Luiz Inácio Lula da Silva']),
      }),
    );
  });

  it('takes the countries when the article names nobody of them', () => {
    expect(
      meetingFacts(
        'Indian Prime Minister Narendra Modi and the leaders of Ghana and Peru opened a one-day regional summit on Tuesday.',
        '2024-06-26',
      ),
    ).toContainEqual(
      expect.objectContaining({
        kind: 'summit',
        who: expect.arrayContaining(['Narendra Modi', 'Ghana', 'Peru']),
      }),
    );
  });

  it('does not give a call the parties of another meeting in its sentence', () => {
    const meetings = meetingFacts(
      'Ahead of the meeting of the foreign ministers of Ghana and Peru, US Secretary of State Antony Blinken had a phone call with Indian Prime Minister Narendra Modi.',
      '2024-06-26',
    );
    const call = meetings.find((m) => m.kind === 'call');
    expect(call?.who).toEqual(['Antony Blinken', 'Narendra Modi']);
  });
});

describe('"visiting" before a demonym', () => {
  it.each([
    'Ethiopian Prime Minister Abiy Ahmed received visiting Kenyan President William Ruto at his office on Monday.',
    'The accord was signed by Ethiopian Prime Minister Abiy Ahmed and visiting Kenyan President William Ruto.',
    'Ethiopian Prime Minister Abiy Ahmed on Monday received the visiting Kenya President William Ruto.',
  ])("names the visitor's country, not the place of the visit: %s", (text) => {
    const result = extract(text, { publishedAt: '2024-06-26' });
    const places = result.meetings.map((m) =>
      m.place ? result.places.find((p) => p.id === m.place)?.name : null,
    );
    expect(places).not.toContain('Kenya');
  });
});

describe('a signing reported as news', () => {
  it('is a meeting of the parties that signed', () => {
    expect(
      meetingFacts(
        'The foreign ministers of Ghana and Peru on Tuesday signed a memorandum of understanding on trade.',
        '2024-06-26',
      ),
    ).toContainEqual(
      expect.objectContaining({
        kind: 'meeting',
        date: '2024-06-25',
        who: expect.arrayContaining(['Ghana', 'Peru']),
      }),
    );
  });

  it('is no meeting when it lies years back', () => {
    expect(
      meetingFacts('Ghana and Peru signed a trade agreement in 2009, officials said.', '2024-06-26'),
    ).toEqual([]);
  });

  it('joins the visit it took place in', () => {
    const meetings = meetingFacts(
      'Kenyan President William Ruto paid a state visit to Ghana on Tuesday. Ruto and Ghanaian President Nana Akufo-Addo signed a trade agreement on Tuesday.',
      '2024-06-26',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.kind).toBe('visit');
  });
});

describe('a subject set off by an apposition', () => {
  it.each([
    [
      'Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, held talks with Turkish President Recep Tayyip Erdogan on Monday.',
      ['Tamim bin Hamad Al Thani', 'Recep Tayyip Erdogan'],
    ],
    [
      'Abiy Ahmed, the Prime Minister of Ethiopia, today, Monday, received Kenyan President William Ruto.',
      ['Abiy Ahmed', 'William Ruto'],
    ],
    [
      'Indian Prime Minister Narendra Modi, who arrived in Nairobi on Sunday, held talks with Kenyan President William Ruto on Monday.',
      ['Narendra Modi', 'William Ruto'],
    ],
  ])('takes part in the meeting: %s', (text, people) => {
    expect(meetingFacts(text, '2024-06-26')).toContainEqual(
      expect.objectContaining({ who: expect.arrayContaining(people) }),
    );
  });

  it('is not a person before a comma-set clause of its own', () => {
    const meetings = meetingFacts(
      'After Abiy Ahmed spoke, officials said, the delegation held talks with Kenyan President William Ruto.',
      '2024-06-26',
    );
    for (const m of meetings) expect(m.who).not.toContain('Abiy Ahmed');
  });
});

describe('a date in a "since" clause after the meeting word', () => {
  it.each([
    'It is the first visit to India by Kenyan President William Ruto since he took office in 2022.',
    'Kenyan President William Ruto made his first visit to India since 2019, officials said.',
  ])('does not date the meeting: %s', (text) => {
    const meetings = meetingFacts(text, '2024-06-26');
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.date).toBe('2024-06');
  });
});

describe('an undated meeting told ahead', () => {
  it.each([
    'Kenyan President William Ruto is likely to meet Chinese President Xi Jinping at the forum.',
    'Kenyan President William Ruto is slated to visit Brazil for talks with Lula.',
    'Kenyan President William Ruto is going to meet Chinese President Xi Jinping in Beijing.',
  ])('is planned when its clause says it is likely, slated or going to be: %s', (text) => {
    const meetings = meetingFacts(text);
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.status).toBe('planned');
  });
});

describe('a visit told with its invitation', () => {
  it.each([
    'Kenyan President William Ruto arrived in Beijing on a state visit at the invitation of Chinese President Xi Jinping.',
    'Kenyan President William Ruto is on a three-day visit to China upon the invitation of Chinese President Xi Jinping.',
  ])('is held: the invitation names who asked, not a plan: %s', (text) => {
    expect(meetingFacts(text)).toContainEqual(expect.objectContaining({ kind: 'visit', status: 'held' }));
  });

  it('is planned when a cue other than the invitation says so', () => {
    expect(
      meetingFacts(
        'Kenyan President William Ruto will pay a state visit to China at the invitation of Chinese President Xi Jinping.',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'visit', status: 'planned' }));
  });

  it('reads a summit set "ahead of" the act told as planned', () => {
    expect(
      meetingFacts(
        'Kenyan President William Ruto phoned Chinese President Xi Jinping ahead of a trilateral summit among Kenya, China and Brazil.',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'summit', status: 'planned' }));
  });
});

describe('a meeting named as its sentence subject', () => {
  it.each([
    'Talks between the foreign ministers of Kenya and Uganda have ended, and both sides said they would hold more talks soon.',
    'Tripartite talks between Kenya, Uganda and Tanzania over the lake concluded without a deal, and they will hold more talks soon.',
  ])('is held when its predicate ends or begins it: %s', (text) => {
    expect(meetingFacts(text)[0]).toEqual(expect.objectContaining({ kind: 'talks', status: 'held' }));
  });
});

describe('cues of a plan that are not', () => {
  it('reads "a preparatory meeting ... was held" as held: the meeting prepares another, it is no plan', () => {
    expect(
      meetingFacts(
        'Today, a preparatory meeting of African foreign ministers was held in Nairobi, during which they agreed on the agenda.',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'meeting', status: 'held' }));
  });

  it.each([
    'Kenyan President William Ruto looked forward to his visit to Brazil.',
    'Kenyan President William Ruto said he is looking forward to visiting Brazil.',
  ])('reads a visit looked forward to as planned: %s', (text) => {
    expect(meetingFacts(text)).toContainEqual(expect.objectContaining({ kind: 'visit', status: 'planned' }));
  });
});
