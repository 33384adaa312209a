// Meetings told as narrative on real news: an adjective before "talks", a title before the second of two
// coordinated subjects, a place and day between "talks" and its "with", a phone call on a day.

import { describe, expect, it } from 'vitest';
import { extract, meetingPlaces } from './helpers.ts';

// 2024-06-26, the publication date of these sentences, is a Wednesday.
function meetingsOf(text: string): { kind: string; date: string | null; who: string[] }[] {
  const result = extract(text);
  const name = (id: string): string =>
    result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
  return result.meetings.map((m) => ({ kind: m.kind, date: m.date, who: m.participants.map(name) }));
}

describe('narrative meetings', () => {
  it.each([
    [
      'Indian Prime Minister Narendra Modi and Kenyan President William Ruto on Tuesday held wide-ranging talks on trade.',
      ['Narendra Modi', 'William Ruto'],
    ],
    [
      'Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva held extensive talks in Beijing.',
      ['Xi Jinping', 'Luiz Inácio Lula da Silva'],
    ],
  ])('steps over an adjective before "talks": %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ kind: 'talks', who: expect.arrayContaining(people) }),
    );
  });

  it('keeps a coordinated subject whose title ends in a comma before the name', () => {
    expect(
      meetingsOf(
        'President Cyril Ramaphosa and the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, held lengthy talks on Monday.',
      ),
    ).toContainEqual(
      expect.objectContaining({
        who: expect.arrayContaining(['Cyril Ramaphosa', 'Tamim bin Hamad Al Thani']),
      }),
    );
  });

  it.each([
    [
      'Kenyan President William Ruto held talks in Nairobi on Tuesday with Chinese Foreign Minister Wang Yi.',
      ['William Ruto', 'Wang Yi'],
    ],
    [
      'Indian Prime Minister Narendra Modi held talks in New Delhi on Monday with Chinese President Xi Jinping.',
      ['Narendra Modi', 'Xi Jinping'],
    ],
  ])('reads the partner after a place and a day: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ kind: 'talks', who: expect.arrayContaining(people) }),
    );
  });

  it('reads "a phone call on Tuesday" as a call on that day, not a call on someone', () => {
    expect(
      meetingsOf(
        'Chinese President Xi Jinping and Kenyan President William Ruto held a phone call on Tuesday.',
      ),
    ).toEqual([{ kind: 'call', date: '2024-06-25', who: ['Xi Jinping', 'William Ruto'] }]);
  });

  it('still reads "called on" a person as a visit', () => {
    expect(
      meetingsOf('Kenyan President William Ruto called on Chinese President Xi Jinping in Beijing.'),
    ).toContainEqual(
      expect.objectContaining({
        kind: 'meeting',
        who: expect.arrayContaining(['William Ruto', 'Xi Jinping']),
      }),
    );
  });

  it.each([
    [
      'Kenyan President William Ruto was warmly received by Chinese President Xi Jinping in Beijing on Tuesday.',
      ['William Ruto', 'Xi Jinping'],
    ],
    [
      'Chinese President Xi Jinping landed in Nairobi on Tuesday. The Chinese leader was welcomed at the airport by President William Ruto.',
      ['Xi Jinping', 'William Ruto'],
    ],
    [
      'Chinese President Xi Jinping officially welcomed visiting Kenyan President William Ruto in Beijing on Tuesday.',
      ['Xi Jinping', 'William Ruto'],
    ],
  ])('reads a reception, active or passive: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ kind: 'meeting', who: expect.arrayContaining(people) }),
    );
  });

  it('receives nobody when "welcomed" takes a possessive', () => {
    expect(
      meetingsOf("Kenyan President William Ruto welcomed Xi Jinping's decision to cut tariffs."),
    ).toEqual([]);
  });

  it('reads "held discussions with" a person as talks, and discussions with a country alone as none', () => {
    expect(
      meetingsOf(
        'Indian Prime Minister Narendra Modi held discussions with Kenyan President William Ruto in New Delhi.',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'talks', who: ['Narendra Modi', 'William Ruto'] }));
    expect(
      meetingsOf('Indian Prime Minister Narendra Modi said the discussions with Kenya were useful.'),
    ).toEqual([]);
  });

  it.each([
    'Kenyan Foreign Minister Musalia Mudavadi held bilateral meetings with Ghanaian Foreign Minister Samuel Ablakwa in Accra.',
    'Kenyan Foreign Minister Musalia Mudavadi also had two meetings with Samuel Ablakwa, the Ghanaian foreign minister.',
    'Kenyan Foreign Minister Musalia Mudavadi on Monday held productive meetings in Accra.',
  ])('reads plural "meetings" held or with a named partner as a meeting: %s', (text) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ kind: 'meeting', who: expect.arrayContaining(['Musalia Mudavadi']) }),
    );
  });

  it.each([
    'Kenyan Foreign Minister Musalia Mudavadi said Kenya received many requests for bilateral meetings.',
    'Kenyan Foreign Minister Musalia Mudavadi will hold meetings with leaders of several African countries.',
    'Kenyan Foreign Minister Musalia Mudavadi said the meetings of the committee are open to the press.',
  ])('reads no meeting from generic plural "meetings": %s', (text) => {
    expect(meetingsOf(text)).toEqual([]);
  });

  it('reads no meeting from summits told only as a kind of sitting', () => {
    expect(
      meetingsOf('Eritrean President Isaias Afwerki has been barred from IGAD summits since 2021.'),
    ).toEqual([]);
    expect(
      meetingsOf(
        'EAC Secretary-General Veronica Nduva, who will attend the meeting, said it will discuss resolutions ' +
          'adopted by previous EAC summits.',
      ),
    ).not.toContainEqual(expect.objectContaining({ kind: 'summit' }));
  });

  it('reads plural summits placed where they sit as a meeting', () => {
    expect(
      meetingsOf(
        'Kenyan President William Ruto was scheduled to attend a series of EAC summits in Arusha, Tanzania.',
      ),
    ).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(['William Ruto']) }));
  });

  it.each([
    'Kenyan President William Ruto on Friday had a telephonic conversation with Chinese President Xi Jinping.',
    'Kenyan President William Ruto has spoken on the phone with Chinese President Xi Jinping about trade.',
  ])('reads a call told by its medium: %s', (text) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ kind: 'call', who: ['William Ruto', 'Xi Jinping'] }),
    );
  });

  it('reads no call from "had spoken with" a government', () => {
    expect(
      meetingsOf('Kenyan President William Ruto said he had spoken with the Xi Jinping government.'),
    ).toEqual([]);
  });

  it.each([
    'Chinese President Xi Jinping has arrived in Kenya for a state visit.\nHe was received by his host President William Ruto at the airport.',
    'Chinese President Xi Jinping arrives in Nairobi today. President William Ruto and other officials received him at the airport.',
    'Chinese President Xi Jinping will be received by President William Ruto on Monday.',
  ])('finds the guest of a reception told by a pronoun or ahead: %s', (text) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({
        // A reception by the host on a visit told before is held on that visit, and joins it.
        kind: expect.stringMatching(/^(?:meeting|visit)$/),
        who: expect.arrayContaining(['Xi Jinping', 'William Ruto']),
      }),
    );
  });

  it('reads "discussed with" a titled person as talks, and a discussion of the sentence\'s call as that call', () => {
    expect(
      meetingsOf(
        'Secretary General of the Arab League Hossam Zaki Hassan discussed Thursday with Kenyan Foreign Minister Musalia Mudavadi the crisis in Sudan.',
      ),
    ).toEqual([{ kind: 'talks', date: '2024-06-20', who: ['Hossam Zaki Hassan', 'Musalia Mudavadi'] }]);
    expect(
      meetingsOf(
        'Kenyan President William Ruto discussed with Chinese President Xi Jinping in a phone call the trade deficit.',
      ).map((m) => m.kind),
    ).toEqual(['call']);
    expect(meetingsOf('Kenyan President William Ruto discussed the matter with reporters.')).toEqual([]);
  });

  it.each([
    'State Minister Amina Yusuf has also conferred with Daniel Koros, the Principal Secretary of Foreign Affairs of Kenya.',
    'Kenyan President William Ruto conferred with visiting Ethiopian Foreign Minister Amina Yusuf on Monday.',
  ])('reads "conferred with" a person as talks: %s', (text) => {
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ kind: 'talks', who: expect.any(Array) })]);
    expect(meetingsOf(text)[0]?.who).toHaveLength(2);
  });

  it('reads no talks in an honour conferred with an order', () => {
    expect(
      meetingsOf(
        'Ethiopian Foreign Minister Amina Yusuf was conferred with the Order of Merit by President William Ruto.',
      ),
    ).toEqual([]);
  });

  it.each([
    'Kenyan President William Ruto received a phone call from Chinese President Xi Jinping.',
    'Kenyan President William Ruto received a phone call on Saturday from Chinese President Xi Jinping.',
    'Today, Kenyan President William Ruto spoke over the phone with President of China, Xi Jinping.',
  ])('reads the caller of a received call, and a partner after the medium: %s', (text) => {
    expect(meetingsOf(text)).toEqual([
      expect.objectContaining({ kind: 'call', who: ['William Ruto', 'Xi Jinping'] }),
    ]);
  });
});

describe('an earlier meeting told with its own date', () => {
  const dated = (text: string) =>
    extract(text, { publishedAt: '2024-06-26' }).meetings.map((m) => ({ kind: m.kind, date: m.date }));

  it('stays apart from an undated visit the story reports', () => {
    expect(
      dated(
        'Chilean President Ana Silva arrived in New Delhi on a four-day state visit, her first to India. The last visit by a Chilean president to India was in 2009.',
      ),
    ).toEqual([
      { kind: 'visit', date: '2024-06' },
      { kind: 'visit', date: '2009' },
    ]);
  });

  it('leaves its date off an undated meeting the story reports', () => {
    expect(
      dated(
        'Foreign Secretary Jonas Berg met his Chilean counterpart Ana Silva in Santiago. The last formal meeting between the two foreign secretaries was held in May 2019.',
      ),
    ).toEqual([{ kind: 'meeting', date: '2024-06' }]);
  });

  it('still takes in a summit its own sentence names', () => {
    expect(
      dated(
        'Silva and Berg last held talks in September in Santiago, on the sidelines of a regional summit.',
      ),
    ).toEqual([{ kind: 'talks', date: '2023-09' }]);
  });
});

describe('a negated meeting verb', () => {
  it.each([
    'Since then, Foreign Minister Ana Silva has not traveled to Santiago.',
    'An aide said this does not mean that President Ana Silva visited the prime minister at home.',
  ])('tells no meeting: %s', (text) => {
    expect(extract(text, { publishedAt: '2024-06-26' }).meetings).toEqual([]);
  });
});

describe('visits to two different host countries', () => {
  const where = (text: string) =>
    extract(text, { publishedAt: '2024-06-26' }).meetings.map((m) => ({
      kind: m.kind,
      place: m.place,
      date: m.date,
    }));

  it.each([
    "Peruvian President Ana Silva and Chilean President Jonas Berg met during Silva's state visit to Chile. The visit follows Berg's state visit to Peru in November 2023.",
    'Peruvian President Ana Silva met Chilean President Jonas Berg on her state visit to Chile. It follows a visit by Berg to Peru in November 2023.',
    'Chilean President Jonas Berg welcomed Peruvian President Ana Silva on her state visit to Chile. It follows a state visit by Berg to Peru in November 2023.',
    'Peruvian President Ana Silva is paying a state visit to Chile at the invitation of Chilean President Jonas Berg. It follows a state visit by Berg to Peru in November 2023.',
  ])('are two meetings: %s', (text) => {
    const meetings = where(text);
    expect(meetings).toHaveLength(2);
    expect(meetings).toContainEqual(expect.objectContaining({ place: 'place:chile', date: '2024-06' }));
    expect(meetings).toContainEqual({ kind: 'visit', place: 'place:peru', date: '2023-11' });
  });
});

describe('a meeting place named after its settlement noun', () => {
  const places = (text: string) => extract(text, { publishedAt: '2024-06-26' }).meetings.map((m) => m.place);

  it.each([
    [
      'Foreign Minister Ana Silva and Foreign Minister Jonas Berg met on Monday in the Angolan capital Luanda.',
      'place:luanda',
    ],
    [
      'Foreign Minister Ana Silva and Foreign Minister Jonas Berg met on Monday in the Angolan capital, Luanda, with aides.',
      'place:luanda',
    ],
    ['The mediator engaged the two parties in talks in the Swedish capital of Stockholm.', 'place:stockholm'],
    ['The leaders of the regional bloc will meet on July 11 in the Fijian capital Suva.', 'place:suva'],
    [
      "Foreign Minister Ana Silva travelled to Angola's capital Luanda on Monday to attend the summit.",
      'place:luanda',
    ],
    ["The leaders of the regional bloc will meet on July 11 in Fiji's capital, Suva.", 'place:suva'],
  ])('is the city: %s', (text, place) => {
    expect(places(text)).toEqual([place]);
  });

  it.each([
    ['The heads of state of the bloc held their annual summit in Arusha on Friday.', 'place:arusha'],
    ['Defence ministers of the region will meet on Wednesday in Brasilia.', 'place:brasilia'],
    ['World leaders gathered for a peace summit in Sharm el-Sheikh on Monday.', 'place:sharm-el-sheikh'],
    ['Envoys of the two mediators held talks with rebel officials in Sanaa on Sunday.', 'place:sanaa'],
    [
      'General Ana Silva held talks with the visiting envoy Jonas Berg in Port Sudan on Monday.',
      'place:port-sudan',
    ],
    ['A delegation of the mediators is in Tel Aviv for talks with Israeli officials.', 'place:tel-aviv'],
    ['The heads of state of the bloc will hold a summit in Dar es Salaam next month.', 'place:dar-es-salaam'],
  ])('is a venue the news names without its country: %s', (text, place) => {
    expect(places(text)).toEqual([place]);
  });

  it.each([
    [
      'President Ana Silva and Prime Minister Jonas Berg met in Lima on Monday to discuss the crisis in Gaza.',
      ['place:lima'],
    ],
    [
      'President Ana Silva and Prime Minister Jonas Berg met on Monday to review the fighting in Gaza.',
      [null],
    ],
  ])('is not a place its purpose names as the topic: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('is read past a clause telling the meeting opened there', () => {
    expect(
      places(
        'Leaders from across the continent met at the annual summit which opened in the Ethiopian capital Addis Ababa on Sunday.',
      ),
    ).toEqual(['place:addis-ababa']);
  });
});

describe('a meeting of a visitor and a host the visit already counts', () => {
  it('is held on that visit', () => {
    const meetings = extract(
      'Chilean President Ana Silva and Peruvian President Jonas Berg began a two-day state visit of Silva to Peru on Monday. Silva and Berg held a meeting in Lima on Tuesday.',
      { publishedAt: '2024-06-26' },
    ).meetings.map((m) => ({ kind: m.kind, place: m.place, date: m.date }));
    expect(meetings).toEqual([{ kind: 'visit', place: 'place:lima', date: '2024-06-25' }]);
  });

  it('stays apart when both sides are the host country', () => {
    const meetings = extract(
      'Chilean President Ana Silva began a two-day state visit to Peru on Monday. Peruvian President Jonas Berg and Peruvian Prime Minister Luis Mora held a meeting in Lima on Tuesday.',
      { publishedAt: '2024-06-26' },
    ).meetings;
    expect(meetings.length).toBeGreaterThanOrEqual(1);
    expect(
      meetings.filter((m) => m.kind === 'visit').every((m) => !m.participants.includes('person:luis-mora')),
    ).toBe(true);
  });
});

describe('a meeting still ahead told after a visit', () => {
  it.each([
    [
      'held visit, scheduled meeting',
      'Chilean Foreign Minister Ana Silva arrived in Lima on Monday on a two-day official visit. She is scheduled to meet Peruvian President Jonas Berg and Peruvian Foreign Minister Luis Mora.',
      { kind: 'visit', status: 'held', place: 'place:lima', who: ['Ana Silva', 'Jonas Berg', 'Luis Mora'] },
    ],
    [
      'planned visit, planned talks',
      'Chilean President Ana Silva will arrive in Lima on Friday on a three-day state visit. Silva will hold talks with Peruvian President Jonas Berg.',
      { kind: 'visit', status: 'planned', place: 'place:lima', who: ['Ana Silva', 'Jonas Berg'] },
    ],
  ])('is the programme of that visit (%s)', (_shape, text, visit) => {
    expect(meetingPlaces(text)).toEqual([visit]);
  });

  it("stays apart when told in the visit's own sentence", () => {
    const meetings = meetingPlaces(
      'Peruvian President Jonas Berg invited Chilean President Ana Silva to visit Peru, and the two leaders agreed to hold a meeting soon.',
    );
    expect(meetings.length).toBe(2);
  });

  it('stays apart when it has a day of its own the visit lacks', () => {
    const meetings = meetingPlaces(
      'Chilean President Ana Silva will pay a state visit to Peru. Silva will meet Peruvian President Jonas Berg in Lima in October 2025.',
    );
    expect(meetings.length).toBe(2);
  });
});

describe('a meeting whose place is the subject hosting it', () => {
  it.each([
    ['Mombasa will host the 21st East African Community summit next month.', 'place:mombasa'],
    ['Ghana is set to host the annual ECOWAS summit next week.', 'place:ghana'],
  ])('is held there: %s', (text, place) => {
    expect(meetingPlaces(text)).toEqual([{ kind: 'summit', status: 'planned', place, who: [] }]);
  });

  it('takes no place from a demonym hosting it', () => {
    expect(meetingPlaces('Nigerian officials will host the ECOWAS summit next week.')).toEqual([]);
  });
});
