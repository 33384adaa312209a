// Capitalized runs that are no people (meeting words of a title-case headline, buildings after a title word), and
// names cut short by the title before them.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('runs that are not persons', () => {
  it.each([
    [
      'Kenya, Ghana Presidents Hold Official Talks Session\n\nKenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday.',
    ],
    [
      'Foreign Minister Holds Bilateral Talks In Nairobi\n\nKenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday.',
    ],
  ])('keeps headline meeting words out of names: %s', (text) => {
    expect(personNames(text).sort()).toEqual(['John Mahama', 'William Ruto']);
  });

  it('reads "General Headquarters" as a place, not a person titled General', () => {
    expect(
      personNames(
        'The minister called on Army Chief General Tariq Hameed Niazi at the General Headquarters on Monday.',
      ),
    ).toEqual(['Tariq Hameed Niazi']);
  });

  it.each([
    'Kenyan President William Ruto was welcomed at the King Jomo Airport in Nairobi by President John Mahama.',
    'President John Mahama welcomed Kenyan President William Ruto at the Jubilee Cultural Complex in Accra.',
  ])('reads a building after a title as no person: %s', (text) => {
    expect(personNames(text).sort()).toEqual(['John Mahama', 'William Ruto']);
  });

  it.each([
    "Sahel Bloc: Awaiting Junta's Official Reply\n\nThe bloc said on Monday that it was still waiting for an answer from the junta.",
    'Movement Chief Informs Envoys of Acceptance of Truce Plan\n\nThe movement said on Monday that it had accepted the plan put forward by the envoys.',
  ])('reads title-case headline words after a title as no person: %s', (text) => {
    expect(personNames(text)).toEqual([]);
  });

  it('keeps a headline name the body writes again', () => {
    expect(
      personNames(
        'Foreign Minister Tom Reed Arrives In Accra\n\nThe minister was received at the airport, Reed told reporters.',
      ),
    ).toEqual(['Tom Reed']);
  });

  it.each([
    'The group has held talks about its strikes in the Red Sea and Arabian Sea, a Hamas spokesman said on Sunday.',
    'Asked about the dam on the River Kunar, the Spokesperson said that the issue had been raised.',
  ])('reads a sea or a river as no person: %s', (text) => {
    expect(personNames(text).filter((name) => /Sea|River/.test(name))).toEqual([]);
  });

  it('places a meeting in the city rather than the building when both are named', () => {
    const result = extract(
      'Kenyan President William Ruto was welcomed at the King Jomo Airport in Nairobi by President John Mahama.',
    );
    const place = result.meetings[0]?.place;
    expect(result.places.find((p) => p.id === place)?.name).toBe('Nairobi');
  });

  it.each([
    [
      'Secretary General of the Arab League Hossam Zaki Hassan discussed the crisis on Thursday.',
      'Hossam Zaki Hassan',
    ],
    [
      'Kenyan President William Ruto met Chairperson of the African Union Commission Mahmoud Ali Youssouf on Friday.',
      'Mahmoud Ali Youssouf',
    ],
  ])('keeps a three-word name whole after a remit ending in an organization: %s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });

  it.each([
    'Today, President Abdel Fattah El-Sisi received a phone call from French President Emmanuel Macron.',
    "Egypt's President Abdel Fattah Al-Sisi met French President Emmanuel Macron.",
  ])('reads a capitalized particle hyphened into a known name as that person: %s', (text) => {
    expect(personNames(text).sort()).toEqual(['Abdel Fattah el-Sisi', 'Emmanuel Macron']);
  });
});
