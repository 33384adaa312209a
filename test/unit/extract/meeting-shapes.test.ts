// Meetings by clause shape: the subject of "meet" behind auxiliaries or a pronoun, and the partner a title chain
// after "with" leads to.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function participantNames(text: string): string[][] {
  const result = extract(text);
  const name = (id: string): string =>
    result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
  return result.meetings.map((m) => m.participants.map(name));
}

describe('who meets', () => {
  it.each([
    [
      'Peruvian Foreign Minister Elmer Schialer is to meet with his Chilean counterpart, Alberto van Klaveren, in Lima.',
      ['Elmer Schialer', 'Alberto van Klaveren'],
    ],
    [
      'Foreign Secretary Jane Holt said she would also meet with Brazilian Ambassador to Canberra Pedro Sousa next week.',
      ['Jane Holt', 'Pedro Sousa'],
    ],
    [
      'Trade Minister Omar Haddad is expected to meet with Kenyan Trade Secretary Lee Kinyanjui on Friday.',
      ['Omar Haddad', 'Lee Kinyanjui'],
    ],
  ])('%s', (text, people) => {
    expect(participantNames(text)).toContainEqual(expect.arrayContaining(people));
  });

  it('keeps a country partner when no person follows "with"', () => {
    expect(participantNames('President Ana Brnabic will meet with Hungary in Belgrade next week.')).toEqual([
      expect.arrayContaining(['Hungary']),
    ]);
  });
});

describe('meetings told by clause shape', () => {
  // 2024-06-26, the publication date of these sentences, is a Wednesday.
  const meetingsOf = (text: string) => {
    const result = extract(text);
    const name = (id: string): string => result.persons.find((p) => p.id === id)?.name ?? id;
    return result.meetings.map((m) => ({ kind: m.kind, date: m.date, who: m.participants.map(name) }));
  };

  it.each([
    [
      'Chinese President Xi Jinping on Tuesday met with visiting Kenyan President William Ruto in Beijing.',
      ['Xi Jinping', 'William Ruto'],
    ],
    [
      'Indian Prime Minister Narendra Modi on Monday held talks with his Japanese counterpart Fumio Kishida.',
      ['Narendra Modi', 'Fumio Kishida'],
    ],
  ])('keeps the subject behind a time phrase: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it.each([
    'Indian Prime Minister Narendra Modi on Monday held talks with his Japanese counterpart Fumio Kishida.',
    'Indian Prime Minister Narendra Modi Monday held talks with his Japanese counterpart Fumio Kishida.',
  ])('keeps the subject behind a weekday no publication date resolves: %s', (text) => {
    const result = extract(text, {});
    const name = (id: string): string => result.persons.find((p) => p.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.map(name))).toContainEqual(
      expect.arrayContaining(['Narendra Modi', 'Fumio Kishida']),
    );
  });

  it('dates a meeting by the one day its sentence names, however far from the meeting word', () => {
    const text =
      'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan on Monday agreed to reopen the ' +
      'border crossings at Namanga and Holili and to cut fees for lorry drivers during their phone conversation.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ kind: 'call', date: '2024-06-24' })]);
  });

  it('does not date a meeting by the date a "since" phrase counts from', () => {
    const text =
      'It would be their first encounter since the border standoff began in May 2020 if a bilateral meeting ' +
      'happens between President Ana Silva and Prime Minister Jonas Berg.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ date: '2024' })]);
  });

  it('does not date a visit by the one day its sentence names when that day is what "since" counts from', () => {
    const visit = 'Park is visiting Kenya on her first trip abroad since taking office on June 3.';
    expect(meetingsOf(`Foreign Minister Lina ${visit}`)).not.toContainEqual(
      expect.objectContaining({ date: '2024-06-03' }),
    );
    // The visit is the meeting told just before, not another one on the day she took office.
    expect(
      meetingsOf(
        `Foreign Minister Lina Park met her Kenyan counterpart Paul Otieno in Nairobi on Tuesday. ${visit}`,
      ),
    ).toEqual([expect.objectContaining({ date: '2024-06-25', who: ['Lina Park', 'Paul Otieno'] })]);
  });

  it('reads a past weekday after publication as the one before it, a future one as ahead', () => {
    expect(meetingsOf('President Ana Silva met Prime Minister Jonas Berg on Friday in Oslo.')).toEqual([
      expect.objectContaining({ date: '2024-06-21' }),
    ]);
    expect(meetingsOf('President Ana Silva will meet Prime Minister Jonas Berg on Friday in Oslo.')).toEqual([
      expect.objectContaining({ date: '2024-06-28' }),
    ]);
  });

  it('reads a working meal as a meeting, not any mention of lunch', () => {
    expect(
      meetingsOf(
        'French President Emmanuel Macron hosted German Chancellor Olaf Scholz for a working dinner.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'meeting', who: ['Emmanuel Macron', 'Olaf Scholz'] })]);
    expect(meetingsOf('Prices of lunch rose in Paris, President Emmanuel Macron said.')).toEqual([]);
  });

  it.each([
    'Defence Minister Omar Haddad and Foreign Minister Lena Vos held the first 2+2 ministerial dialogue in Lima on Monday.',
    "Defence Minister Omar Haddad and Foreign Minister Lena Vos held the 'two-plus-two' dialogue in Lima on Monday.",
  ])('reads a dialogue in a named format as a meeting: %s', (text) => {
    expect(meetingsOf(text)).toEqual([
      expect.objectContaining({ kind: 'meeting', who: ['Omar Haddad', 'Lena Vos'] }),
    ]);
  });

  it('leaves a dialogue with no format a process, not a meeting', () => {
    expect(
      meetingsOf('Foreign Minister Lena Vos said the two sides must settle the dispute through dialogue.'),
    ).toEqual([]);
    expect(meetingsOf('Defence Minister Omar Haddad praised the political dialogue with Peru.')).toEqual([]);
  });

  it.each([
    'Chilean Foreign Minister Lena Vos had phone talks with her Peruvian counterpart, Omar Haddad, on Monday.',
    'Chilean Foreign Minister Lena Vos held telephone talks with her Peruvian counterpart, Omar Haddad, on Monday.',
  ])('reads talks by phone as a call: %s', (text) => {
    expect(meetingsOf(text)).toEqual([
      expect.objectContaining({ kind: 'call', who: ['Lena Vos', 'Omar Haddad'] }),
    ]);
  });

  it("keeps talks of the call's own parties told later, with no day or place, in the call", () => {
    expect(
      meetingsOf(
        'Chilean Foreign Minister Lena Vos had phone talks with her Peruvian counterpart, Omar Haddad, on Monday.\n\n' +
          'It was the first talks between Vos and Haddad since the border dispute flared.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'call' })]);
  });

  it.each([
    'President Ana Silva received a written message from Peruvian Foreign Minister Omar Haddad on Monday.',
    'Foreign Minister Lena Vos received the rotating chairmanship from her Peruvian counterpart Omar Haddad.',
  ])('reads a thing received from a person as no reception of that person: %s', (text) => {
    expect(meetingsOf(text)).toEqual([]);
  });

  it('reads "spoke to <person>" as a call unless the sentence puts them in one room', () => {
    expect(
      meetingsOf(
        'Russian President Vladimir Putin also spoke to his Turkish counterpart Recep Tayyip Erdogan.',
      ),
    ).toEqual([expect.objectContaining({ kind: 'call', who: ['Vladimir Putin', 'Recep Tayyip Erdogan'] })]);
    expect(
      meetingsOf(
        'Antony Blinken spoke with Chinese Foreign Minister Wang Yi on the sidelines of the summit.',
      ),
    ).not.toContainEqual(expect.objectContaining({ kind: 'call' }));
    expect(meetingsOf('Foreign Minister Ana Silva spoke to reporters in Geneva.')).toEqual([]);
  });

  it.each([
    [
      'a call "on the phone" after a talking verb',
      'US President Donald Trump and Russian President Vladimir Putin spoke on the phone on Monday.',
      { kind: 'call', who: ['Donald Trump', 'Vladimir Putin'] },
    ],
    [
      'calling on a person',
      'Pakistani Foreign Minister Shah Mahmood Qureshi called on President Gotabaya Rajapaksa in Colombo.',
      { kind: 'meeting', who: ['Shah Mahmood Qureshi', 'Gotabaya Rajapaksa'] },
    ],
    [
      'a courtesy call on a person',
      'Malaysian Foreign Minister Mohamad Hasan paid a courtesy call on Prime Minister Anwar Ibrahim.',
      { kind: 'meeting', who: ['Mohamad Hasan', 'Anwar Ibrahim'] },
    ],
    [
      'a visit "by" its visitor',
      'The premier spoke after the visit to Samoa by Chinese Foreign Minister Wang Yi.',
      { kind: 'visit', who: ['Wang Yi'] },
    ],
    [
      'a visit "of" its visitor',
      'Recalling the visit of Ghanaian President Kofi Mensah to Rabat in May 2023, the minister praised the ties.',
      { kind: 'visit', who: ['Kofi Mensah'] },
    ],
    [
      'a bare arrival at a named city',
      'UN envoy Hans Lindqvist is expected to arrive in Muscat on Thursday, his office said.',
      { kind: 'visit', who: ['Hans Lindqvist'] },
    ],
    [
      'a fronted "his visit" told of the main clause subject',
      'On the eve of his visit to Belgrade, EU envoy Miroslav Lajcak said the deal meant nothing.',
      { kind: 'visit', who: ['Miroslav Lajcak'] },
    ],
  ])('reads %s', (_shape, text, meeting) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining(meeting));
  });

  it('leaves an arrival whose sentence names the event to that event', () => {
    const text = 'President Ali Hassan arrived in Dhahran on Saturday ahead of the Arab League summit.';
    expect(meetingsOf(text).map((m) => m.kind)).not.toContain('visit');
  });

  it('leaves appeals and interviews alone', () => {
    expect(meetingsOf('The minister called on President Emmanuel Macron to stop the arms sales.')).toEqual(
      [],
    );
    expect(meetingsOf('A senior official told Yonhap on the phone that he was glad.')).toEqual([]);
  });

  it('does not date a meeting still ahead by the past day its sentence names', () => {
    const text =
      'President Ana Silva voiced hope on Monday about the news from her office that she would soon speak with ' +
      'Prime Minister Jonas Berg on the phone.';
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ kind: 'call' })]);
    expect(meetingsOf(text)[0]?.date).not.toBe('2024-06-24');
  });
});

describe('where a visit goes', () => {
  const visitsOf = (text: string) => {
    const result = extract(text);
    const place = (id: string | null): string | null =>
      id === null ? null : (result.places.find((p) => p.id === id)?.name ?? id);
    return result.meetings.filter((m) => m.kind === 'visit').map((m) => place(m.place));
  };

  it('reads the place a visiting verb takes as its object', () => {
    expect(visitsOf('After visiting Prague, envoy Ana Novak said the talks would go on.')).toEqual([
      'Prague',
    ]);
  });

  it('keeps two visits to two places apart', () => {
    const text =
      'After visiting Prague, and on the eve of his visit to Vienna, envoy Tomas Kral said the plan was dead.';
    expect(visitsOf(text).sort()).toEqual(['Prague', 'Vienna']);
  });
});

describe('a gathering told by "convene"', () => {
  // 2024-06-26, the publication date of these sentences, is a Wednesday.
  const gatherings = (text: string) => {
    const result = extract(text);
    const name = (id: string): string => result.persons.find((p) => p.id === id)?.name ?? id;
    const place = (id: string | null): string | null =>
      id === null ? null : (result.places.find((p) => p.id === id)?.name ?? id);
    return result.meetings.map((m) => ({
      status: m.status,
      date: m.date,
      place: place(m.place),
      who: m.participants.map(name),
    }));
  };

  it.each([
    [
      'The foreign ministers of the Gulf states will convene in Riyadh in July to prepare the summit.',
      { status: 'planned', date: '2024-07', place: 'Riyadh', who: [] },
    ],
    [
      'In May, the rival delegations convened in Jeddah under the auspices of the two mediators.',
      { status: 'held', date: '2024-05', place: 'Jeddah', who: [] },
    ],
    [
      'Heads of state of the bloc convened an extraordinary session on Monday under the leadership of President Ana Silva of Chile.',
      { status: 'held', date: '2024-06-24', place: null, who: ['Ana Silva'] },
    ],
  ])('is a meeting: %s', (text, meeting) => {
    expect(gatherings(text)).toEqual([meeting]);
  });

  it('is the meeting its object names, not one more', () => {
    expect(
      gatherings(
        'The bloc said it would convene an extraordinary summit in Lusaka in July, attended by President Ana Silva of Chile.',
      ),
    ).toEqual([{ status: 'planned', date: '2024-07', place: 'Lusaka', who: ['Ana Silva'] }]);
  });
});

describe('talks and a meeting of one pair', () => {
  const sittings = (text: string) => {
    const result = extract(text);
    const name = (id: string): string =>
      result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
    return result.meetings.map((m) => m.participants.map(name).sort());
  };

  it('are one sitting told twice', () => {
    expect(
      sittings(
        'Chilean President Ana Silva held talks on Tuesday in the Peruvian capital, Lima, with President Jonas Berg. The two leaders held a bilateral meeting, during which they discussed trade.',
      ),
    ).toEqual([['Ana Silva', 'Jonas Berg']]);
  });

  it('stay two sittings when the second is told as another', () => {
    expect(
      sittings(
        'Chilean President Ana Silva today held talks with leaders of several countries. President Silva also met with the leaders of Peru and Bolivia.',
      ),
    ).toHaveLength(2);
  });
});

describe('one person meeting two partners in one place on one day', () => {
  it('keeps both meetings', () => {
    const result = extract(
      'Foreign Minister Ana Silva met her Peruvian counterpart Jonas Berg in New York on Tuesday. Earlier on Tuesday, Silva met her Bolivian counterpart Luis Mora in New York.',
    );
    const name = (id: string): string => result.persons.find((p) => p.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.map(name).sort())).toEqual([
      ['Ana Silva', 'Jonas Berg'],
      ['Ana Silva', 'Luis Mora'],
    ]);
  });
});

describe('"met in <place>" after its people', () => {
  const meetingsOf = (text: string) => {
    const result = extract(text);
    const name = (id: string): string => result.persons.find((p) => p.id === id)?.name ?? id;
    const place = (id: string | null): string | null => result.places.find((p) => p.id === id)?.name ?? id;
    return result.meetings.map((m) => ({ who: m.participants.map(name), place: place(m.place) }));
  };

  it('is a meeting when a pair, told as such, met there', () => {
    const text =
      'Jordanian Foreign Minister Ayman Safadi thanked Omani Foreign Minister Badr Albusaidi on Sunday. ' +
      'The two ministers met in Muscat on Monday.';
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ place: 'Muscat' }));
  });

  it('is a meeting of the people named before "met"', () => {
    const text =
      'The foreign ministers of Jordan and Oman, Ayman Safadi and Badr Albusaidi, respectively, met in Muscat ' +
      'on Monday and issued a joint statement.';
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ who: expect.arrayContaining(['Ayman Safadi', 'Badr Albusaidi']) }),
    );
  });

  it('is no meeting when nobody is named or paired before it', () => {
    expect(meetingsOf('Technical experts met in Vienna on Tuesday to review the data.')).toEqual([]);
  });
});

describe('meeting words in names', () => {
  it.each([
    'President Kwame Boateng addressed business leaders at the Regional Conference Centre in Accra on Monday.',
    'The ministers were seated at the State House Conference Center in Abuja when the session was declared open.',
  ])('reads a meeting word a building head follows as part of the name: %s', (text) => {
    expect(extract(text).meetings.map((m) => m.kind)).not.toContain('conference');
  });
});

describe('discussions between named sides', () => {
  function talksOf(text: string): { who: string[]; place: string | null }[] {
    const result = extract(text);
    const name = (id: string): string =>
      result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
    return result.meetings.map((m) => ({
      who: m.participants.map(name),
      place: result.places.find((p) => p.id === m.place)?.name ?? null,
    }));
  }

  it('are talks of the people named after "between"', () => {
    const text =
      'The accord followed discussions between Kenyan President Daniel Otieno and Ugandan President Moses Kato.';
    expect(talksOf(text)).toContainEqual(
      expect.objectContaining({ who: expect.arrayContaining(['Daniel Otieno', 'Moses Kato']) }),
    );
  });

  it('read their sides past "in the <demonym> capital <city>"', () => {
    const text =
      'Water talks stall\n\nThe three-way discussions in the Ghanaian capital Accra between Mali, Niger and ' +
      'Chad over the river basin had been meant to settle the quotas.';
    expect(talksOf(text)).toContainEqual({ who: ['Mali', 'Niger', 'Chad'], place: 'Accra' });
  });

  it('are no meeting without a side named after "between"', () => {
    const text =
      'Officials said the discussions between the two parties on the tariff schedule would take time.';
    expect(talksOf(text)).toEqual([]);
  });
});

describe('a meeting first told with "the"', () => {
  function placesOf(text: string): (string | null)[] {
    const result = extract(text);
    return result.meetings.map((m) => result.places.find((p) => p.id === m.place)?.name ?? null);
  }

  it.each([
    [
      'Rebels agree to join new round of talks\n\nThe talks in Kampala are set for March 3 and 4, a spokesman said.',
      'Kampala',
    ],
    [
      'Envoys prepare for border meeting\n\nOfficials said the meeting in Kigali would settle the demarcation dispute.',
      'Kigali',
    ],
  ])('keeps the place named right after it when no meeting was told before: %s', (text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it('does not take the place of a topic between the word and the place', () => {
    const text =
      'Mediators upbeat\n\nOfficials said the negotiations over the prisoner exchange in Mogadishu had gone well.';
    expect(placesOf(text)).not.toContain('Mogadishu');
  });
});
