// "the historical agreement", like "the historic agreement": praise says nothing about which agreement it is, so it
// points back at the one in view.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('"the historical agreement"', () => {
  it('is the agreement the article already named', () => {
    const found = names(
      'Lawmakers back pact\nKenya and Ghana signed a maritime cooperation agreement on Monday. The speaker said the historical agreement would be sent to the cabinet for approval.',
    );
    expect(found).toEqual(['Kenya–Ghana maritime cooperation agreement']);
  });
});
