// A go-between's participle may be joined to the name before it by a hyphen ("a Turkish-brokered truce", "a Kenyan
// government-mediated accord"): the country it closes on, or stands just before, brokered the deal and is no side.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.flatMap((a) => a.parties ?? []);

describe('a country before a hyphened go-between participle', () => {
  it.each([
    [
      'a demonym joined to "brokered"',
      'Truce holds on the border\nArmenia accepted a Turkish-brokered truce on Monday, officials in Yerevan said.\n\nAzerbaijan and Armenia said the truce was holding.',
      'TUR',
    ],
    [
      'a country before "government-mediated"',
      'Border accord signed\nThe Kenyan government-mediated accord was signed by Uganda in Nairobi on Tuesday.\n\nUganda and Tanzania said the accord would end the dispute.',
      'KEN',
    ],
  ])('is no side of the deal: %s', (_shape, text, broker) => {
    expect(parties(text)).not.toContain(broker);
  });
});
