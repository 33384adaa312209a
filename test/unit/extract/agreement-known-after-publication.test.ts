// A known agreement signed after the article was written is not the one its words name: in August 2024 "a
// ceasefire agreement" for Gaza is one still sought, not the deal signed in January 2025; in 2013 "the Doha
// agreement" on Darfur is not the one signed in Doha in 2020. The Gaza deal's sides are Israel and Hamas, which the
// story names.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string, publishedAt: string): string[] =>
  extract(text, { publishedAt }).agreements.map((a) => a.name);

const SOUGHT =
  "Mediators urge return to Gaza talks\nThe mediators urged both parties to return to talks next week. Their statement stressed the need for a ceasefire agreement and the release of hostages held by Hamas.\nThe appeal follows months of failed attempts to broker a ceasefire in Gaza, where Israel's strikes have killed thousands of Palestinian civilians.";

describe('a known agreement signed after the article', () => {
  it('is not the sought deal of its words', () => {
    expect(names(SOUGHT, '2024-08-09')).not.toContain('Gaza ceasefire and hostage release agreement');
  });

  it('is still the deal of an article written after its signing', () => {
    expect(names(SOUGHT, '2025-03-01')).toContain('Gaza ceasefire and hostage release agreement');
  });

  it('is not an older deal named after the same city', () => {
    const text =
      'Darfur talks stall\nThe government signed a peace deal with a rebel umbrella group in 2011. Implementation of that deal, known as the Doha agreement, has faltered, a US envoy said.';
    expect(
      extract(text, { publishedAt: '2013-02-10' }).agreements.flatMap((a) => a.parties ?? []),
    ).not.toContain('USA');
  });
});
