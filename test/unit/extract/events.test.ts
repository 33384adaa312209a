// Dates relative to publication, agreements (one per real agreement, with parties and status) and meetings.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('dates', () => {
  it.each([
    ['on Wednesday', '2024-06-26'],
    ['on Monday', '2024-06-24'],
    ['on June 19', '2024-06-19'],
    ['last month', '2024-05'],
    ['last September', '2023-09'],
    ['in March', '2024-03'],
    ['in 2019', '2019'],
    ['yesterday', '2024-06-25'],
  ])('"%s" in an article of 2024-06-26 -> %s', (phrase, date) => {
    const result = extract(`Russian President Vladimir Putin said ${phrase} that the talks went well.`);
    expect(result.statements[0]?.date).toBe(date);
  });

  it('gives relative dates no value without a publication date', () => {
    const result = extract('Russian President Vladimir Putin said on Monday that the talks went well.', {});
    expect(result.statements[0]?.date).toBeNull();
  });

  it('ignores durations', () => {
    const result = extract('Kishida made the first state visit to Washington in nine years.');
    expect(result.meetings.every((m) => m.date === null || m.date <= '2025')).toBe(true);
  });
});

describe('agreements', () => {
  it('keeps one agreement for its many names, with aliases', () => {
    const result = extract(
      'Russian President Vladimir Putin and North Korean leader Kim Jong-un signed a new treaty in Pyongyang on June 19. The pact establishes a comprehensive strategic partnership. Seoul said the agreement was a threat.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]).toMatchObject({
      kind: 'treaty',
      signedOn: '2024-06-19',
      place: 'place:pyongyang',
      status: 'signed',
    });
    expect(result.agreements[0]?.parties.sort()).toEqual(['PRK', 'RUS']);
    expect(result.agreements[0]?.signatories.sort()).toEqual(['person:kim-jong-un', 'person:vladimir-putin']);
    expect(result.agreements[0]?.aliases).toContain('comprehensive strategic partnership');
  });

  it('keeps different agreements apart', () => {
    const result = extract(
      'India and Russia signed a long-term crude oil supply agreement and a memorandum of understanding on cooperation along the Northern Sea Route on Tuesday. The Treaty of Rarotonga was not discussed.',
    );
    expect(result.agreements.map((a) => a.kind).sort()).toEqual(['agreement', 'memorandum', 'treaty']);
  });

  it.each([
    ['Russia suspended its participation in the New START treaty.', 'suspended'],
    ['Russia withdrew from the Black Sea Grain Initiative agreement.', 'withdrawn'],
    ['Parliament ratified the Lisbon Treaty on Friday.', 'ratified'],
    ['Negotiators are still negotiating a ceasefire deal.', 'negotiating'],
    ['Armenia proposed a peace treaty to Azerbaijan.', 'proposed'],
  ])('%s -> %s', (text, status) => {
    expect(extract(text).agreements[0]?.status).toBe(status);
  });
  it.each([
    ['Kishida said the 1960 Treaty of Mutual Cooperation and Security remained the cornerstone.', '1960'],
    ['Marcos cited a 1951 Mutual Defense Treaty with the United States.', '1951'],
    ['Officials said the 2023 Jeddah Declaration had failed.', '2023'],
    ['Araqchi said Iran’s 2015 Joint Comprehensive Plan of Action was dead.', '2015'],
    ['The two countries agreed to revive a security cooperation agreement signed in 2001.', '2001'],
  ])('takes the year written with an agreement as when it was signed: "%s"', (text, year) => {
    const [agreement] = extract(text).agreements;
    // A well-known agreement has its full date from the bundled table; the year is the one written.
    expect(agreement?.signedOn?.slice(0, 4)).toBe(year);
    expect(agreement?.status).toBe('signed');
  });

  it('keeps the year of a bare reference that turns out to mean the named agreement', () => {
    const result = extract(
      'Iranian Foreign Minister Abbas Araqchi said that the 2015 deal was dead. Araqchi said Iran would not return to the Joint Comprehensive Plan of Action.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]?.name).toBe('Joint Comprehensive Plan of Action');
    expect(result.agreements[0]?.signedOn?.slice(0, 4)).toBe('2015');
  });

  it.each([
    ['agreed to', 'Ghana and Togo agreed to an immediate and unconditional ceasefire on Monday.'],
    ['a verb after it', 'Talks ended in Lome.\n\nThe ceasefire held overnight, Ghana and Togo said.'],
  ])('reads a ceasefire a verb makes or keeps as an agreement of the two sides (%s)', (_name, text) => {
    expect(extract(text).agreements).toContainEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^Ghana–Togo .*ceasefire$/),
        kind: 'agreement',
        parties: ['GHA', 'TGO'],
      }),
    );
  });

  it('reads no agreement in a ceasefire only called for', () => {
    expect(extract('Ghana urged Togo to accept a ceasefire in the border region.').agreements).toEqual([]);
  });

  it('gives a peace agreement no sentence names parties for the two sides of the story', () => {
    const text =
      'Talks on the border\n\nGhana and Togo discussed the border. Ghana accused Togo of shelling. ' +
      'Togo denied it.\n\nThe minister said Ghana was ready to start negotiations on a peace agreement.';
    expect(extract(text).agreements[0]?.parties.sort()).toEqual(['GHA', 'TGO']);
  });

  it.each([
    ['Kenya in 2019 signed the Coastal Fisheries Accord with Tanzania.', '2019'],
    ['Kenya and Tanzania in 2019, signed a fisheries accord.', '2019'],
  ])('takes the year of a signing told before the agreement: "%s"', (text, year) => {
    expect(extract(text).agreements[0]?.signedOn).toBe(year);
  });

  describe('parties no sentence names with the agreement', () => {
    // A third country talked of as much as the two sides: the main pair is unclear, the lead's is not.
    const brokered =
      'Chile, Peru agree to reopen embassies in deal brokered by Brazil\n\n' +
      'Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed on Friday to reopen embassies after talks hosted by Brazil. ' +
      'Brazil said Brazil would keep mediating, and Brazil welcomed the outcome. ' +
      'The two countries also agreed to revive a fisheries cooperation agreement.';

    it('"the two countries" are the two the headline and lead set against each other', () => {
      const fisheries = extract(brokered).agreements.find((a) => a.name.includes('fisheries'));
      expect(fisheries?.parties.sort()).toEqual(['CHL', 'PER']);
    });

    it('a third country talked of as much does not become a party', () => {
      for (const agreement of extract(brokered).agreements) expect(agreement.parties).not.toContain('BRA');
    });

    it('a treaty signed in a sentence naming two countries is between those two, not the story’s pair', () => {
      const result = extract(
        'Japan and the Philippines signed a defense pact on Monday. Japanese Prime Minister Kishida Fumio hailed it. ' +
          'Philippine President Ferdinand Marcos Jr. said Japan was a friend. ' +
          'The Philippines is also bound to the United States by a Mutual Defense Treaty signed in 1951.',
      );
      const treaty = result.agreements.find((a) => a.name.startsWith('Mutual Defense Treaty'));
      expect(treaty?.parties.sort()).toEqual(['PHL', 'USA']);
    });

    it('a reference naming its parties joins their agreement, not the one named just before it', () => {
      const result = extract(
        'Japan and the Philippines signed the Reciprocal Access Agreement on Monday. ' +
          'The Philippines also signed the Enhanced Defense Cooperation Agreement with the United States in 2014. ' +
          'Washington welcomed the Japan-Philippines pact.',
      );
      const edca = result.agreements.find((a) => a.name === 'Enhanced Defense Cooperation Agreement');
      const raa = result.agreements.find((a) => a.name.endsWith('Reciprocal Access Agreement'));
      expect(edca?.aliases).not.toContain('pact');
      expect(edca?.parties).not.toContain('JPN');
      expect(raa?.aliases).toContain('pact');
    });

    it('takes a "with" party from the agreement’s own sentence only', () => {
      const result = extract(
        'The Philippines signed the Enhanced Defense Cooperation Agreement with the United States. Japan was not involved.',
      );
      expect(result.agreements[0]?.parties.sort()).toEqual(['PHL', 'USA']);
    });

    it('gives a trilateral statement no pair of parties', () => {
      const result = extract(
        'Iran and Saudi Arabia signed a deal on Friday. It was announced in a joint trilateral statement by Iran, Saudi Arabia and China.',
      );
      const trilateral = result.agreements.find((a) =>
        a.aliases.concat(a.name).some((n) => /trilateral/.test(n)),
      );
      expect(trilateral?.parties ?? []).not.toEqual(['IRN', 'SAU']);
    });
  });

  it('ends a name at its sentence and before the day it was signed', () => {
    const result = extract(
      'Japan and the Philippines signed the Reciprocal Access Agreement on Monday. The Philippines hailed it.',
      // Written the day after the signing: a known agreement signed after an article is not its.
      { publishedAt: '2024-07-09' },
    );
    // The well-known agreement of these parties: its canonical name, not the rest of the text.
    expect(result.agreements.map((a) => a.name)).toEqual(['Japan-Philippines Reciprocal Access Agreement']);
  });

  it('ends a topic before a second thing the subject did', () => {
    const result = extract(
      'The leaders adopted a declaration on cooperation in the blue economy and welcomed Fiji as an observer.',
    );
    expect(result.agreements.map((a) => a.name)).toEqual(['declaration on cooperation in the blue economy']);
  });

  it('keeps a topic whose "and" joins two things of the topic', () => {
    const result = extract('The ministers signed a memorandum on trade and related services.');
    expect(result.agreements[0]?.name).toContain('trade and related services');
  });

  it('does not take consent to a draft for a second agreement', () => {
    const result = extract(
      'Armenia and Azerbaijan finalized a peace treaty. Turkey welcomed the agreement on the text.',
    );
    expect(result.agreements).toHaveLength(1);
  });

  it('takes a long description for the name that follows when its own words are in that name', () => {
    const result = extract(
      'Armenia and Azerbaijan have agreed on the text of a peace treaty to end decades of conflict. ' +
        'Azerbaijani Foreign Minister Jeyhun Bayramov said talks on the draft "Agreement on the Establishment of Peace and Interstate Relations" had ended.',
    );
    expect(result.agreements.map((a) => a.name)).toEqual([
      'Agreement on the Establishment of Peace and Interstate Relations between Armenia and Azerbaijan',
    ]);
  });

  it.each([
    'Azerbaijan said on Thursday that it would not sign the peace treaty yet.',
    'Kenya and Tanzania agreed on a fisheries accord, officials said on Monday.',
  ])('gives no signing date from a date that belongs to something else: "%s"', (text) => {
    expect(extract(text).agreements[0]?.signedOn).toBeNull();
  });

  it('does not take a year that is merely nearby as the signing date', () => {
    const result = extract(
      'Kenyan President William Ruto said in 2019 that the Northern Corridor Transit Agreement must survive.',
    );
    expect(result.agreements[0]?.signedOn).toBeNull();
  });
});

describe('meetings', () => {
  it.each([
    ['Leaders will gather at the NATO summit set for June 24-25 in the Netherlands.', 'place:netherlands'],
    ['They discussed the joint statement adopted at their June 12 summit in Singapore.', 'place:singapore'],
  ])('places a summit in the country it is held in: "%s"', (text, place) => {
    expect(extract(text, { publishedAt: '2025-06-06' }).meetings).toContainEqual(
      expect.objectContaining({ kind: 'summit', place }),
    );
  });

  it.each([
    [
      'a host receiving a guest',
      'Egyptian Foreign Minister Karim Saleh received Ghanaian Foreign Minister Ama Owusu on Monday.',
      'meeting',
      'held',
    ],
    [
      'a call that took place between two people',
      'A call took place between Foreign Minister Karim Saleh and Foreign Minister Ama Owusu on Monday.',
      'call',
      'held',
    ],
    [
      'a trip to a capital',
      'Foreign Minister Karim Saleh will travel to Accra next week.',
      'visit',
      'planned',
    ],
  ])('finds a meeting told by its verb: %s', (_name, text, kind, status) => {
    expect(extract(text).meetings).toContainEqual(
      expect.objectContaining({ kind, status, participants: expect.arrayContaining(['person:karim-saleh']) }),
    );
  });

  it.each([
    ['a thing received', 'The ministry said Karim Saleh received 18 requests for talks.'],
    ['a passive host', 'The talks, hosted by Prime Minister Karim Saleh, ended late.'],
    ['an appeal', 'Foreign Minister Karim Saleh repeated his call for a ceasefire.'],
  ])('finds no meeting in %s', (_name, text) => {
    expect(extract(text).meetings.filter((m) => m.kind !== 'talks')).toEqual([]);
  });

  it('does not take a demonym for the host country ("a summit in the Laotian capital")', () => {
    const result = extract('Leaders wrapped up a three-day summit in the Laotian capital on Friday.');
    expect(result.meetings.map((m) => m.place)).not.toContain('place:laos');
  });

  it('finds a held summit with participants, place and date', () => {
    const result = extract(
      'Russian President Vladimir Putin and North Korean leader Kim Jong-un held a summit in Pyongyang on June 19.',
    );
    expect(result.meetings).toContainEqual(
      expect.objectContaining({
        kind: 'summit',
        place: 'place:pyongyang',
        date: '2024-06-19',
        status: 'held',
        participants: ['person:vladimir-putin', 'person:kim-jong-un'],
      }),
    );
  });

  it.each([
    ['Kim will visit Moscow as soon as possible.', 'planned'],
    ['Putin looks forward to a visit by Kim to Moscow next year.', 'planned'],
    ['Kim visited Moscow last September.', 'held'],
  ])('%s -> %s', (sentence, status) => {
    const result = extract(
      `North Korean leader Kim Jong-un and Russian President Vladimir Putin spoke. ${sentence}`,
    );
    expect(result.meetings.find((m) => m.kind === 'visit')?.status).toBe(status);
  });

  it('takes the people of the sentence, and the date that opens it, for a summit "between the three countries"', () => {
    const result = extract(
      'On Friday, U.S. President Joe Biden will host Japanese Prime Minister Kishida Fumio and Philippine President Ferdinand Marcos Jr. for the first trilateral summit between the three countries, amid rising tensions.',
    );
    expect(result.meetings).toContainEqual(
      expect.objectContaining({
        kind: 'summit',
        date: '2024-06-28',
        status: 'planned',
        participants: ['person:joe-biden', 'person:fumio-kishida', 'person:ferdinand-marcos-jr'],
      }),
    );
  });

  it('takes a sitting of a legislature for no meeting', () => {
    const result = extract('Japanese Prime Minister Kishida Fumio will address a joint meeting of Congress.');
    expect(result.meetings).toEqual([]);
  });

  it('resolves a past meeting by its date', () => {
    const result = extract(
      'It follows his meeting with Russian President Vladimir Putin at the Vostochny Cosmodrome last September, North Korean leader Kim Jong-un said.',
    );
    expect(result.meetings.find((m) => m.place === 'place:vostochny-cosmodrome')).toMatchObject({
      date: '2023-09',
      status: 'held',
    });
  });

  it('finds a phone call', () => {
    const result = extract(
      'Chinese Foreign Minister Wang Yi held a phone call with U.S. Secretary of State Antony Blinken on Tuesday.',
    );
    expect(result.meetings).toContainEqual(
      expect.objectContaining({
        kind: 'call',
        date: '2024-06-25',
        participants: ['person:wang-yi', 'person:antony-blinken'],
      }),
    );
  });

  it('does not count a press conference', () => {
    expect(extract('Russian President Vladimir Putin spoke at a press conference.').meetings).toEqual([]);
  });
});
