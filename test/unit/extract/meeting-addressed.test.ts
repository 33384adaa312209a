// Whoever speaks to a sitting takes part in it: "X told the summit", "X addressed an emergency meeting", "Addressing
// the summit, X said". Talks someone "addressed" are a topic dealt with, not a sitting.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const participants = (text: string): string[][] => {
  const result = extract(text, { publishedAt: '2024-01-10' });
  const name = (id: string) => result.persons.find((p) => p.id === id)?.name ?? id;
  return result.meetings.map((m) => m.participants.map(name).sort());
};

describe('a sitting someone speaks to', () => {
  it.each([
    [
      'Secretary-General Kofi Asare told an emergency summit in Accra on Monday that the truce must hold.',
      'Kofi Asare',
    ],
    [
      'Ministers met in Lagos on Tuesday for an emergency meeting on the crisis. Foreign Minister Amina Yusuf told the meeting that the truce must hold.',
      'Amina Yusuf',
    ],
    [
      'Leaders of the bloc opened their annual summit in Accra on Monday. Addressing the summit, Commission chairperson Lars Holm reflected on his tenure.',
      'Lars Holm',
    ],
  ])('has the speaker as a participant: %s', (text, speaker) => {
    expect(participants(text)).toEqual([[speaker]]);
  });

  it('leaves talks one addressed to their topic', () => {
    const text = 'Envoy Lars Holm addressed talks on a truce with reporters in Accra on Monday.';
    expect(participants(text).flat()).not.toContain('Lars Holm');
  });

  it('leaves a fronted clause with a clause of its own after the comma', () => {
    const text =
      'Addressing the regional summit in Accra on Monday, which the ministers prepared, Lars Holm spoke.';
    expect(participants(text).flat()).not.toContain('Lars Holm');
  });
});

describe('a council someone speaks to', () => {
  const meetings = (text: string): string[][] => {
    const result = extract(text, { publishedAt: '2024-01-10' });
    const name = (id: string) =>
      result.persons.find((p) => p.id === id)?.name ??
      result.organizations.find((o) => o.id === id)?.name ??
      id;
    return result.meetings.map((m) => m.participants.map(name).sort());
  };

  it('sits with the speaker when no meeting word is written', () => {
    const text = 'UN envoy Hans Berg told the Security Council on Tuesday that the truce was holding.';
    expect(meetings(text)).toEqual([['Hans Berg', 'Security Council']]);
  });

  it('joins the council sitting told before', () => {
    const text =
      'The Security Council met on Tuesday. UN envoy Hans Berg told the Security Council that the truce was holding.';
    expect(meetings(text)).toEqual([['Hans Berg', 'Security Council']]);
  });

  it('needs a speaker', () => {
    expect(meetings('The ministry told the Security Council that the truce was holding.')).toEqual([]);
  });
});

describe('a speech given to a sitting, opening the sentence', () => {
  it.each([
    [
      'Leaders of the bloc opened their annual summit in Accra on Monday. In his address to the summit, President Kofi Asare urged unity.',
      'Kofi Asare',
    ],
    [
      'Leaders of the bloc opened their annual summit in Accra on Monday. In a speech to the summit in Accra, Commission chairperson Lars Holm urged unity.',
      'Lars Holm',
    ],
    [
      'The preparatory meeting started in Jeddah on Tuesday. In his speech at the opening session of the meeting, the bloc secretary-general, Yousef Hamdan, stressed unity.',
      'Yousef Hamdan',
    ],
  ])('has the speaker as a participant: %s', (text, speaker) => {
    expect(participants(text)).toEqual([[speaker]]);
  });

  it('joins the speaker to the sitting told before', () => {
    const text =
      'Foreign Minister Amina Yusuf attended a ministerial meeting in Lagos on Tuesday. Delivering his opening speech at the meeting, Foreign Minister Kofi Asare welcomed the delegations.';
    expect(participants(text)).toEqual([['Amina Yusuf', 'Kofi Asare']]);
  });

  it('leaves a speaker past a clause of its own', () => {
    const text =
      'Ministers met in Lagos on Tuesday. In remarks at the meeting, which the envoy chaired, Amina Yusuf spoke.';
    expect(participants(text).flat()).not.toContain('Amina Yusuf');
  });
});
