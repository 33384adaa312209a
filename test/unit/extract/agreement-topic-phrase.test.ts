// An agreement's topic is one noun phrase, or after "to" one verb and its object: the name never keeps the adjunct
// or clause that follows it (issue #11, item 5).

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).agreements.map((a) => a.name);

describe('the end of an agreement topic', () => {
  it.each([
    [
      'Peru and Chile signed an agreement on visa-free travel for holders of official passports.',
      'agreement on visa-free travel',
    ],
    [
      'Peru and Chile signed an agreement on energy cooperation between Peru and Chile.',
      'agreement on energy cooperation',
    ],
    [
      'Peru and Chile signed an agreement on the demarcation of the border in the Andes.',
      'agreement on the demarcation of the border',
    ],
    [
      "Peru and Chile signed an agreement to end hostilities in Peru's long and costly border war.",
      'agreement to end hostilities',
    ],
    [
      'Peru and Chile signed a free trade agreement to cut red tape and slash tariffs.',
      'agreement to cut red tape',
    ],
    [
      'Peru and Chile signed an agreement on naval cooperation in the field of coastal patrols including air support.',
      'agreement on naval cooperation in the field of coastal patrols',
    ],
  ])('ends the topic with its phrase: %s', (text, described) => {
    const found = names(text);
    expect(found.some((n) => n.endsWith(described))).toBe(true);
  });

  it('keeps who is bound when they are no countries', () => {
    const found = names(
      'Peru and Chile signed a memorandum on cooperation between their state news agencies.',
    );
    expect(found.some((n) => n.endsWith('memorandum on cooperation between their state news agencies'))).toBe(
      true,
    );
  });

  it('makes no topic of a purpose with no object', () => {
    const found = names("Officials in Lima will study the deal to see if it fits the president's plans.");
    expect(found.join(' ')).not.toMatch(/to see/);
  });

  it.each([
    'Peru and Chile signed a joint declaration to settle their border dispute on Monday.',
    'Peru and Chile have agreed on a declaration to end their long rift over fishing rights.',
  ])("makes no topic of a purpose about the sides' own relations: %s", (text) => {
    const found = names(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Peru–Chile (joint )?declaration$/);
  });

  it('keeps a purpose that names what the instrument does ("to restore direct flights")', () => {
    const found = names(
      'Peru and Chile signed a joint declaration to restore direct flights between their capitals.',
    );
    expect(found.some((n) => n.includes('declaration to restore direct flights'))).toBe(true);
  });
});

describe('a later description of an unnamed agreement in view', () => {
  it('is that agreement when its topic holds every word of the description', () => {
    const result = extract(
      'The foreign ministers of Peru, Chile and Ecuador signed an agreement on the creation of a customs union. ' +
        'The agreement was signed in Lima. Ecuador was the first to announce the signing of a customs union agreement between the three countries.',
    );
    expect(result.agreements).toHaveLength(1);
  });

  it('keeps an agreement of other parties apart', () => {
    const result = extract(
      'Peru and Chile signed an agreement on the creation of a customs union. ' +
        'Separately, Brazil and Argentina signed a customs union agreement.',
    );
    expect(result.agreements).toHaveLength(2);
  });
});

describe('a possessive inside an agreement topic', () => {
  it.each([
    [
      "Mali and Niger signed a peace deal to end the region's long border war.",
      "to end the region's long border war",
    ],
    [
      "Officials welcomed the agreement on the first phase of President Diallo's reform plan on Monday.",
      "on the first phase of President Diallo's reform plan",
    ],
  ])('keeps the owner with the noun it owns: %s', (text, topic) => {
    expect(names(text).some((n) => n.endsWith(topic))).toBe(true);
  });
});

describe('a topic in quote marks', () => {
  it('is the whole quoted phrase: "signed an agreement on a "permanent cessation of hostilities""', () => {
    expect(
      names(
        'A week after talks began in Geneva, delegates from both sides signed an agreement on a "lasting cessation of hostilities".',
      ),
    ).toEqual(['agreement on a lasting cessation of hostilities']);
  });

  it('leaves a quoted kind word its own mention ("an agreement on a “complete ceasefire”")', () => {
    expect(
      names('Peru and Chile reached an agreement on a “complete ceasefire” on Monday.').join(' '),
    ).not.toMatch(/agreement on a complete ceasefire/);
  });
});

describe('an "of" that belongs to the title', () => {
  it.each([
    [
      'Peru and Chile agreed in July to a declaration of principles, officials said.',
      'declaration of principles',
    ],
    ['Peru and Chile are working on a memorandum of intent, the minister said.', 'memorandum of intent'],
  ])('names the instrument with it: %s', (text, described) => {
    expect(names(text).some((n) => n.endsWith(described))).toBe(true);
  });

  it('keeps other "of" phrases out ("the text of the agreement")', () => {
    expect(
      names('Peru and Chile signed a fisheries agreement. Officials published the text of the agreement.'),
    ).toEqual([expect.stringMatching(/fisheries agreement$/)]);
  });
});
