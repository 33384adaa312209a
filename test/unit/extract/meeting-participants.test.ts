// Who takes part in a meeting told on real news: a subject pronoun a paragraph after the person it means,
// and one guest's meetings with different partners kept apart.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function meetingsOf(text: string): { kind: string; status: string; who: string[] }[] {
  const result = extract(text);
  const name = (id: string): string =>
    result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
  return result.meetings.map((m) => ({ kind: m.kind, status: m.status, who: m.participants.map(name) }));
}

describe('meeting participants', () => {
  it.each([
    [
      'Russian President Vladimir Putin spoke about energy prices on Monday.\n\nHe had negotiations with Chinese President Xi Jinping in the Kremlin on Tuesday.',
      ['Vladimir Putin', 'Xi Jinping'],
    ],
    [
      'Kenyan President William Ruto landed in Tokyo on Monday for a state visit.\n\nHe is scheduled to meet with Japanese Prime Minister Fumio Kishida.',
      ['William Ruto', 'Fumio Kishida'],
    ],
  ])('resolves a subject pronoun a paragraph after its person: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it.each([
    [
      'US Secretary of State Antony Blinken held talks in Ankara on Friday.\n\nBlinken is also due to meet with Turkish President Recep Tayyip Erdogan in Istanbul.',
      ['Antony Blinken', 'Recep Tayyip Erdogan'],
    ],
    [
      'Iranian Foreign Minister Mohammad Javad Zarif arrived in Islamabad on Thursday.\n\nHe is also expected to meet with Pakistani Prime Minister Imran Khan.',
      ['Mohammad Javad Zarif', 'Imran Khan'],
    ],
  ])('steps over an adverb among the auxiliaries before "meet": %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it.each([
    [
      'Ghanaian President John Mahama landed in Lisbon on Monday.\n\nHe will hold a bilateral meeting with Portuguese Prime Minister Antonio Costa.',
      ['John Mahama', 'Antonio Costa'],
    ],
    [
      'Mexican President Claudia Sheinbaum is likely to hold a bilateral meeting with Argentine President Javier Milei.',
      ['Claudia Sheinbaum', 'Javier Milei'],
    ],
    [
      'Kenyan President William Ruto has held a productive meeting with Japanese Prime Minister Fumio Kishida.',
      ['William Ruto', 'Fumio Kishida'],
    ],
  ])('reaches the subject of a holding verb past its auxiliaries: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it.each([
    [
      'Ghanaian President John Mahama on Tuesday held a closed-door meeting with Nigerian President Bola Tinubu in Abuja.',
      ['John Mahama', 'Bola Tinubu'],
    ],
    [
      'Omani Foreign Minister Badr Albusaidi held a one-on-one meeting with Iranian Foreign Minister Abbas Araghchi in Muscat.',
      ['Badr Albusaidi', 'Abbas Araghchi'],
    ],
    [
      'Kenyan President William Ruto held a 45-minute meeting with Ethiopian Prime Minister Abiy Ahmed on Friday.',
      ['William Ruto', 'Abiy Ahmed'],
    ],
  ])('steps over a hyphenated modifier of the meeting noun to its holder: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it('gives no meeting to the name ending the sentence before', () => {
    const visit =
      'Reports said Kenyan President William Ruto would also meet Tanzanian President Samia Suluhu Hassan.\n\n' +
      'The three-day visit comes weeks after a dispute over maize exports.';
    expect(meetingsOf(visit)).not.toContainEqual(expect.objectContaining({ who: ['Samia Suluhu Hassan'] }));
    const talks =
      'Omani Foreign Minister Badr Albusaidi will hold talks on Monday with Iranian Foreign Minister Abbas Araghchi. ' +
      'The meeting, to be held in Muscat, will cover regional security.';
    expect(meetingsOf(talks)).not.toContainEqual(expect.objectContaining({ who: ['Abbas Araghchi'] }));
  });

  it('keeps planned bilateral meetings a holding verb takes apart, one per partner', () => {
    const text =
      'Indonesian President Prabowo Subianto will hold a bilateral meeting with Japanese Prime Minister Fumio Kishida on Friday.\n\n' +
      'Prabowo Subianto will also hold a bilateral meeting with German Chancellor Olaf Scholz.';
    const meetings = meetingsOf(text);
    expect(meetings).toContainEqual(expect.objectContaining({ who: ['Prabowo Subianto', 'Fumio Kishida'] }));
    expect(meetings).toContainEqual(expect.objectContaining({ who: ['Prabowo Subianto', 'Olaf Scholz'] }));
  });

  it.each([
    [
      'Chilean President Gabriel Boric will have a working lunch meeting with Spanish Prime Minister Pedro Sanchez on Monday.',
      ['Gabriel Boric', 'Pedro Sanchez'],
    ],
    [
      'Australian Foreign Minister Penny Wong had a breakfast meeting with her Indian counterpart Subrahmanyam Jaishankar.',
      ['Penny Wong', 'Subrahmanyam Jaishankar'],
    ],
  ])('reads a meal before a meeting noun as one meeting with its holder: %s', (text, people) => {
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.who).toEqual(people);
  });

  it.each([
    [
      'Malaysian Prime Minister Anwar Ibrahim paid a courtesy call on the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on Monday.',
      ['Anwar Ibrahim', 'Tamim bin Hamad Al Thani'],
    ],
    [
      'Japanese Foreign Minister Taro Kono paid a courtesy call to Thai Prime Minister Prayut Chan-o-cha on Tuesday.',
      ['Taro Kono', 'Prayut Chan-o-cha'],
    ],
  ])('reads a courtesy call on or to a titled person as a meeting with them: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ kind: 'meeting', who: people }));
  });

  it('reads the persons after "including" as the partners of several meetings, one each', () => {
    const meetings = meetingsOf(
      'On Monday, Lula held bilateral meetings with several leaders, including German Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida.',
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({ who: ['Luiz Inácio Lula da Silva', 'Olaf Scholz'] }),
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({ who: ['Luiz Inácio Lula da Silva', 'Fumio Kishida'] }),
    );
  });

  it('reads a partner named after "including" in a planned meeting', () => {
    expect(
      meetingsOf(
        'Indian External Affairs Minister Subrahmanyam Jaishankar arrived in Tokyo on Monday. Jaishankar will also hold meetings with senior officials, including Foreign Minister Yoko Kamikawa.',
      ),
    ).toContainEqual(expect.objectContaining({ who: ['Subrahmanyam Jaishankar', 'Yoko Kamikawa'] }));
  });

  it.each([
    [
      'The foreign ministers of Iran and Saudi Arabia met in Beijing on Thursday, the first meeting in seven years. Footage showed Saudi Foreign Minister Faisal bin Farhan and his Iranian counterpart, Hossein Amir-Abdollahian, shaking hands before the meeting.',
      ['Hossein Amir-Abdollahian', 'Faisal bin Farhan'],
    ],
    [
      'The foreign ministers of Armenia and Azerbaijan met in Washington on Monday. Armenian Foreign Minister Ararat Mirzoyan said the meeting was useful.',
      ['Azerbaijan', 'Ararat Mirzoyan'],
    ],
  ])('drops a country its own participating person already stands for: %s', (text, who) => {
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ who })]);
  });

  it('follows "he" back through a sentence that opens with "he" to the subject named before', () => {
    const meetings = meetingsOf(
      'Indian Foreign Minister Subrahmanyam Jaishankar met British Foreign Secretary Dominic Raab on Monday.\n\n' +
        'He also met his Mexican counterpart Marcelo Ebrard.\n\nHe met Japanese Foreign Minister Toshimitsu Motegi.',
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({ who: ['Subrahmanyam Jaishankar', 'Toshimitsu Motegi'] }),
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({ who: ['Subrahmanyam Jaishankar', 'Marcelo Ebrard'] }),
    );
  });

  it.each([
    [
      'Foreign Office spokesman Karim Nadeem announced the upcoming visit of the Turkish foreign minister to Islamabad.',
      [],
    ],
    [
      "Ministry spokesperson Lina Haddad termed President Omar Farah's visit to Nairobi a new chapter.",
      ['Omar Farah'],
    ],
  ])('leaves a spokesperson who tells of a meeting out of it: %s', (text, people) => {
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ kind: 'visit', who: people })]);
  });

  it.each([
    [
      'Water ministers of Kenya, Uganda and Tanzania have met in Arusha to discuss the lake.',
      ['Kenya', 'Uganda', 'Tanzania'],
    ],
    ['Chile and Peru held talks in Lima on Monday over the maritime border.', ['Chile', 'Peru']],
  ])('takes the countries of a listed subject as the parties: %s', (text, parties) => {
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ who: parties })]);
  });

  it('does not take one country before a meeting word as its party', () => {
    expect(meetingsOf('Officials said the Syria talks in Geneva would resume on Monday.')).toEqual([
      expect.objectContaining({ who: [] }),
    ]);
  });

  it('takes every country of a list after "between", past the comma that ends the phrase', () => {
    expect(
      meetingsOf(
        'Tripartite talks in Nairobi between Kenya, Uganda, and Tanzania ended on Friday without a deal.',
      ),
    ).toEqual([expect.objectContaining({ who: ['Kenya', 'Uganda', 'Tanzania'] })]);
  });

  it.each([
    [
      'LIMA: Chile and Peru on Thursday held delegation-level talks at the foreign ministry.',
      ['Chile', 'Peru'],
    ],
    ['After a long pause, Chile and Peru will hold vice-minister-level talks on March 3.', ['Chile', 'Peru']],
  ])('takes countries opening the clause that holds the talks as their parties: %s', (text, parties) => {
    expect(meetingsOf(text)).toEqual([expect.objectContaining({ kind: 'talks', who: parties })]);
  });

  it('leaves talks the countries only call for without parties', () => {
    expect(meetingsOf('Chile and Peru rejected calls for new border talks on Thursday.')).toEqual([]);
  });
  it.each([
    'Kenyan Foreign Minister Musalia Mudavadi held bilateral talks with his Ghanaian, Nigerian and Senegalese counterparts.',
    'During the forum, Kenyan Foreign Minister Musalia Mudavadi held talks with counterparts from Ghana, the Gambia, Nigeria and Senegal.',
  ])('reads talks with the counterparts of several countries as one meeting per country: %s', (text) => {
    const meetings = meetingsOf(text).filter((m) => m.kind === 'talks');
    expect(meetings.length).toBeGreaterThanOrEqual(3);
    for (const m of meetings) {
      expect(m.who).toHaveLength(2);
      expect(m.who).toContain('Musalia Mudavadi');
    }
  });

  it.each([
    'On the sidelines of the summit, Kenyan President William Ruto held bilateral meetings with the leaders of Ghana, Nigeria and Senegal.',
    'Kenyan President William Ruto held meetings with the presidents of Ghana, Nigeria and Senegal on Friday.',
    'Kenyan Foreign Minister Musalia Mudavadi had bilateral talks with the foreign ministers of Ghana and Nigeria.',
  ])('reads several (bilateral) meetings with several countries as one meeting per country: %s', (text) => {
    const meetings = meetingsOf(text).filter((m) => m.kind === 'meeting' || m.kind === 'talks');
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    for (const m of meetings) expect(m.who).toHaveLength(2);
  });

  it.each([
    'On Friday, Kenyan Foreign Minister Musalia Mudavadi met his counterparts from Ghana, Nigeria and Senegal.',
    'Kenyan Foreign Minister Musalia Mudavadi also met her counterparts from Ghana and Nigeria in Accra.',
  ])('reads the countries of "met his counterparts from ..." as one meeting each: %s', (text) => {
    const meetings = meetingsOf(text).filter((m) => m.kind === 'meeting');
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    for (const m of meetings) expect(m.who).toEqual(['Musalia Mudavadi', expect.any(String)]);
  });

  it('keeps talks among several countries with no counterparts one meeting', () => {
    const meetings = meetingsOf(
      'Kenyan President William Ruto held talks with Ghana, Nigeria and Senegal on trade.',
    );
    expect(meetings.filter((m) => m.kind === 'talks')).toHaveLength(1);
  });
  it('reads a country after "and the" in a list of countries holding talks', () => {
    expect(meetingsOf('Kenya and the United States will hold talks on trade next week.')).toContainEqual(
      expect.objectContaining({ kind: 'talks', who: ['Kenya', 'United States'] }),
    );
  });

  it.each([
    [
      'Canadian Prime Minister Mark Carney will host Indian Prime Minister Narendra Modi next month, press secretary ' +
        'Anna Keller said on Monday. "We want deeper trade ties," Keller said. "The visit matters to us." ' +
        'The two PMs also held talks in Rome last month.',
      ['Mark Carney', 'Narendra Modi'],
    ],
    [
      'Chilean President Gabriel Boric will receive Peruvian President Dina Boluarte in Santiago, his chief of staff ' +
        'Tomas Rojas said. "The agenda is broad," Rojas said. "Trade comes first." ' +
        'The two presidents had held talks in Lima in March.',
      ['Gabriel Boric', 'Dina Boluarte'],
    ],
  ])('takes "the two <office>s" as the last two people holding that office: %s', (text, people) => {
    const meetings = meetingsOf(text);
    expect(meetings).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
    expect(meetings.flatMap((m) => m.who)).not.toContain(
      people[0] === 'Mark Carney' ? 'Anna Keller' : 'Tomas Rojas',
    );
  });

  it('reads "the leaders of the two countries" as the pair named just before', () => {
    const meetings = meetingsOf(
      'Chilean President Gabriel Boric and Peruvian President Dina Boluarte attended a signing in Santiago on Monday.\n\n' +
        'The leaders of the two countries held talks on Tuesday.',
    );
    expect(meetings).toContainEqual(
      expect.objectContaining({
        kind: 'talks',
        who: expect.arrayContaining(['Gabriel Boric', 'Dina Boluarte']),
      }),
    );
  });

  it('reads "talks between the two prime ministers" as a prime minister and a premier named before', () => {
    const meetings = meetingsOf(
      'Thai Prime Minister Srettha Thavisin arrived in Beijing on Monday to see Chinese Premier Li Qiang.\n\n' +
        'Ministry spokesperson Nikorn Chai said the accords were signed after talks between the two prime ministers.',
    );
    // The arrival is Srettha's visit, and the talks held on it are that visit ("a multi-day visit with talks is one
    // meeting"): either kind names the one sitting.
    expect(meetings).toContainEqual(
      expect.objectContaining({
        kind: expect.stringMatching(/^(?:talks|visit)$/),
        who: expect.arrayContaining(['Srettha Thavisin', 'Li Qiang']),
      }),
    );
  });

  it.each([
    'After the signing with Irish Prime Minister Simon Harris, Belgian Prime Minister Alexander De Croo said both heads held bilateral discussions.',
    'Irish Prime Minister Simon Harris welcomed Belgian Prime Minister Alexander De Croo on Monday.\n\nThe two prime ministers then held discussions on energy.',
  ])('takes discussions a named pair held as their talks: %s', (text) => {
    expect(meetingsOf(text)).toContainEqual(
      expect.objectContaining({ who: expect.arrayContaining(['Simon Harris', 'Alexander De Croo']) }),
    );
  });

  it('leaves discussions without a pair or a partner out', () => {
    expect(
      meetingsOf('Irish Prime Minister Simon Harris said officials held discussions on energy.'),
    ).toEqual([]);
  });
  it.each([
    [
      'Kenyan Foreign Minister Samuel Odhiambo received his Ugandan counterpart, Peter Okello, in Nairobi on Monday, the ministry said.',
      ['Samuel Odhiambo', 'Peter Okello'],
    ],
    [
      'President Tomas Varga on Friday received his Maltese counterpart, Lucia Borg, to discuss migration.',
      ['Tomas Varga', 'Lucia Borg'],
    ],
  ])('finds the guest of a reception past the comma of a title chain: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });
  it.each([
    [
      'Omani Deputy Foreign Minister Khalid Al-Harthy warmly received Italian State Secretary for Foreign Affairs Marco Bellini in Muscat on Sunday.',
      ['Khalid Al-Harthy', 'Marco Bellini'],
    ],
    [
      'Foreign Minister Amina Diallo received Canadian Undersecretary for Political Affairs Paul Martin at her office in Dakar yesterday.',
      ['Amina Diallo', 'Paul Martin'],
    ],
  ])('finds the guest of a reception past a remit in the title chain: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });
  it.each([
    [
      'Bahraini King Hamad Al-Khalifa received yesterday at Sakhir Palace Jordanian Foreign Minister Omar Haddad, the agency said.',
      ['Hamad Al-Khalifa', 'Omar Haddad'],
    ],
    [
      'Moroccan Prime Minister Karim Bennani received on Tuesday at his office in Rabat the visiting Senegalese Foreign Minister Aminata Sow.',
      ['Karim Bennani', 'Aminata Sow'],
    ],
    [
      'Omani Foreign Minister Salim Al-Harthy received at Al Alam Palace this evening Iraqi President Latif Rashid.',
      ['Salim Al-Harthy', 'Latif Rashid'],
    ],
  ])('finds the guest of a reception past a time or venue before it: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });
  it.each([
    [
      'Foreign Minister Amina Bello received in audience the Ambassador of Peru to Ghana, Ambassador Luis Tapia, on Tuesday.',
      ['Amina Bello', 'Luis Tapia'],
    ],
    [
      'Ghanaian President Kwame Asante, on Friday evening, received in audience the Special Envoy of the President of Kenya, Raila Odinga.',
      ['Kwame Asante', 'Raila Odinga'],
    ],
    [
      'Foreign Minister Amina Bello received on Tuesday the Ambassador of Peru to Ghana, Ambassador Luis Tapia.',
      ['Amina Bello', 'Luis Tapia'],
    ],
  ])(
    'finds the guest "received in audience" or past a time, through a title chain cut by "to": %s',
    (text, people) => {
      expect(meetingsOf(text)).toContainEqual(
        expect.objectContaining({ who: expect.arrayContaining(people) }),
      );
    },
  );
  it.each([
    [
      'Jordanian King Abdullah Al-Hashem welcomed on Sunday Greek Foreign Minister Nikos Pappas at Al-Husseiniya Palace in Amman.',
      ['Abdullah Al-Hashem', 'Nikos Pappas'],
    ],
    [
      'Emirati Foreign Minister Khalid Al-Mansoori welcomed yesterday at Al Watan Palace visiting Kenyan Foreign Minister Grace Wanjiru.',
      ['Khalid Al-Mansoori', 'Grace Wanjiru'],
    ],
  ])('finds the titled guest of "welcomed" past a time or venue before it: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it.each([
    [
      'Kenyan President Daniel Mwangi sent envoys to five countries last week.\n\nGhanaian President Kwame Asante on Monday met behind closed doors with the Kenyan President’s Special Envoy, Mr Peter Otieno, at the Jubilee House in Accra.',
      ['Kwame Asante', 'Peter Otieno'],
      'Daniel Mwangi',
    ],
    [
      'Ghanaian President Kwame Asante spoke to reporters on Monday.\n\nHe said so at a meeting with the President of the West African Development Bank, Dr. Peter Otieno, in Accra.',
      ['Kwame Asante', 'Peter Otieno'],
      null,
    ],
  ])("reads the partner a form of address names past the title's comma: %s", (text, people, notIn) => {
    const who = meetingsOf(text).map((m) => m.who);
    expect(who).toContainEqual(expect.arrayContaining(people));
    if (notIn) for (const w of who) expect(w).not.toContain(notIn);
  });

  it('reads each titled person a meeting verb lists past a comma as one meeting with the subject', () => {
    const text =
      'Ghanaian President Kwame Asante arrived in Geneva on Monday.\n\nOn Tuesday, Asante met Swiss President Anna Keller, WHO Director-General Peter Lindqvist, and Crown Prince of Jordan, Prince Faisal bin Talal.';
    const who = meetingsOf(text).map((m) => m.who);
    for (const partner of ['Anna Keller', 'Peter Lindqvist', 'Faisal bin Talal'])
      expect(who).toContainEqual(expect.arrayContaining(['Kwame Asante', partner]));
  });

  it('reads the rest of a list after "held meetings with" and gives them the pronoun\'s person', () => {
    const text =
      'Sri Lankan Prime Minister Nimal Perera addressed the assembly on Monday.\n\nHe also held meetings with Canadian Prime Minister Paul Tremblay, Danish Prime Minister Lars Holm and Chilean President Ana Rojas.';
    const who = meetingsOf(text).map((m) => m.who);
    for (const partner of ['Paul Tremblay', 'Lars Holm', 'Ana Rojas'])
      expect(who).toContainEqual(['Nimal Perera', partner]);
  });

  it('keeps the persons a planned visit lists to meet in one meeting', () => {
    const text =
      'Turkish Foreign Minister Ali Demir arrived in Nairobi on Sunday for a two-day visit.\n\nHe is scheduled to meet with President Daniel Mwangi, Army Chief General Peter Otieno and his Kenyan counterpart Grace Wanjiru.';
    const who = meetingsOf(text).map((m) => m.who);
    expect(who).toContainEqual(expect.arrayContaining(['Ali Demir', 'Peter Otieno', 'Grace Wanjiru']));
  });

  it.each([
    [
      'Ghanaian President Kwame Boateng and visiting Togolese Prime Minister Yawa Mensah witnessed the signing of three agreements.',
      ['Kwame Boateng', 'Yawa Mensah'],
    ],
    [
      'The accord was signed by Saudi Foreign Minister Faisal Al-Rashid and Tunisia’s visiting Foreign Minister Leila Haddad in Riyadh on Monday.',
      ['Faisal Al-Rashid', 'Leila Haddad'],
    ],
  ])('reads the one titled after an attributive "visiting" as the visitor: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });
});

describe('a meeting phrase told of a clause', () => {
  it.each([
    [
      'In a meeting with Italian Prime Minister Marco Ferrante on Tuesday, Portuguese President Joana Lobo praised the new trade accord.',
      ['Marco Ferrante', 'Joana Lobo'],
    ],
    [
      'During a phone call with Kenyan President William Ruto, Ghanaian President John Mahama welcomed the fisheries pact.',
      ['William Ruto', 'John Mahama'],
    ],
  ])('takes the subject of the main clause as a participant: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });

  it.each([
    [
      'Portuguese President Joana Lobo said in a video meeting with Italian Prime Minister Marco Ferrante that the accord would last.',
      ['Marco Ferrante', 'Joana Lobo'],
    ],
    [
      'Ghanaian Foreign Minister Kofi Mensah stressed during a phone conversation with his Kenyan counterpart Grace Wanjiru that trade mattered.',
      ['Grace Wanjiru', 'Kofi Mensah'],
    ],
  ])('takes the subject of the verb a meeting phrase follows as a participant: %s', (text, people) => {
    expect(meetingsOf(text)).toContainEqual(expect.objectContaining({ who: expect.arrayContaining(people) }));
  });
});
