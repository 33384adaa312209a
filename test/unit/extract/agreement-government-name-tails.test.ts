// A government named after the accord it rests on ("the Government of National Accord") is a body, no agreement:
// its name's tail must not become a deal the story's statements are linked to.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => a.name);

describe("a government's name that ends in an agreement word", () => {
  it.each([
    [
      'the government announces a truce',
      'Yemen truce declared\nYemen’s internationally recognised Government of National Accord declared a truce across the country on Friday. The speaker of parliament said the truce would end the fighting.',
    ],
    [
      'the government named after an acronym',
      'Somalia ceasefire\nDelegates of the Government of National Accord (GNA) and the eastern army signed a ceasefire agreement in Geneva on Monday.',
    ],
  ])('is no agreement: %s', (_shape, text) => {
    expect(names(text)).not.toContain('National Accord');
  });

  it('keeps an accord named after the country that signs it', () => {
    const text = 'Accord signed\nThe parties signed the National Accord of Lebanon in Taif on Monday.';
    expect(names(text).length).toBeGreaterThan(0);
  });
});
