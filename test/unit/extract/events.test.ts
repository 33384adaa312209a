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
    expect(agreement).toMatchObject({ signedOn: year, status: 'signed' });
  });

  it('keeps the year of a bare reference that turns out to mean the named agreement', () => {
    const result = extract(
      'Iranian Foreign Minister Abbas Araqchi said that the 2015 deal was dead. Araqchi said Iran would not return to the Joint Comprehensive Plan of Action.',
    );
    expect(result.agreements).toHaveLength(1);
    expect(result.agreements[0]).toMatchObject({
      name: 'Joint Comprehensive Plan of Action',
      signedOn: '2015',
    });
  });

  it('does not take a year that is merely nearby as the signing date', () => {
    const result = extract(
      'Russian President Vladimir Putin said in 2019 that the New START treaty must survive.',
    );
    expect(result.agreements[0]?.signedOn).toBeNull();
  });
});

describe('meetings', () => {
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
