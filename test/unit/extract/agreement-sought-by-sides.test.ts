// A deal still sought and told only by its sides and "peace" or "ceasefire" is the story's own deal, not a
// well-known agreement those sides (or the capital its sentence names) signed long before.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string, publishedAt?: string): string[] =>
  extract(text, publishedAt ? { publishedAt } : {}).agreements.map((a) => a.name);

describe('a sought deal told by its sides alone', () => {
  it.each([
    [
      'a peace deal Ukraine and Russia are asked to reach',
      "Leaders meet in Kyiv\nThe leaders backed the president's calls for a peace deal between Ukraine and Russia. Troops could later police any future peace agreement with Russia.",
      'Minsk II',
    ],
    [
      'a ceasefire Moscow is pressed to accept',
      'Allies in Kyiv\nWith the U.S., the allies held talks on a ceasefire with Russia. An aide wrote that the allies must force Moscow to agree to a ceasefire.',
      'Strategic Offensive Reductions Treaty',
    ],
  ])('is no old agreement of those sides: %s', (_shape, text, old) => {
    expect(names(text)).not.toContain(old);
  });

  it('is no old treaty signed in the capital it names, in a dated story', () => {
    const text =
      'Allies in Kyiv\nWith the U.S., the allies held talks on a ceasefire with Russia. An aide wrote that the allies must force Moscow to agree to a ceasefire.';
    expect(names(text, '2025-05-10')).not.toContain('Strategic Offensive Reductions Treaty');
  });

  it('still finds the old agreement its sides signed when the story tells of it', () => {
    const text =
      'Kremlin recalls accords\nPeskov said Kyiv failed to implement the peace agreement signed by Ukraine and Russia in Minsk in 2015.';
    expect(names(text)).toContain('Minsk II');
  });
});
