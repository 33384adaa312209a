// An agreement a story first tells of by a description ("a new security deal with Japan") and later by its title
// ("the Communication and Security Memorandum of Agreement between Kenya and Japan") is one agreement; a description
// with a side of its own stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('a described agreement later given its title', () => {
  it.each([
    [
      'a deal, then the memorandum it is',
      "Kenya backs deal\nNairobi — Kenya's cabinet has approved a new security deal with Japan, a newspaper reported on Tuesday. The cabinet gave its approval to the Communication and Security Memorandum of Agreement between Kenya and Japan, the daily said.",
    ],
    [
      'an agreement with one side, then its title for both',
      'Ghana to sign an agreement with Togo\nAccra — Ghana\'s president has ordered the signing of an agreement with Togo on funding border posts, a decree said on Monday. "I order to accept the proposal on signing an Agreement between the Republic of Ghana and the Togolese Republic on funding border posts," the decree said.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it.each([
    [
      'a deal with a side the title lacks',
      'Visit ends\nAccra — Kenya signed a fisheries deal with Mozambique on Monday. On Tuesday Kenya and Japan signed the Defence Equipment and Technology Transfer Agreement between Kenya and Japan in Tokyo.',
    ],
  ])('stays two agreements: %s', (_shape, text) => {
    expect(names(text).length).toBeGreaterThanOrEqual(2);
  });
});
