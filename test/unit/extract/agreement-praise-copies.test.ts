// "the momentous accord", "this history-making agreement" after a named treaty: praise says how the writer sees the
// agreement, not which one it is, so it is the agreement in view and no second one.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2011-02-07' }).agreements.map((a) => a.name);

describe('an agreement called by praise alone', () => {
  it.each([
    ['momentous', 'Diplomats in Vienna said the momentous accord would outlast both governments.'],
    ['unprecedented', 'Diplomats in Vienna said the unprecedented accord would outlast both governments.'],
    [
      'history-making',
      'Diplomats in Vienna hoped this history-making agreement would outlast both governments.',
    ],
  ])('is the named agreement in view: %s', (_word, praise) => {
    expect(
      names(`Washington and Moscow brought the New START treaty into force on Saturday. ${praise}`),
    ).toEqual(['New START']);
  });
});
