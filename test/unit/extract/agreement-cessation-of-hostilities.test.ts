// "the cessation of hostilities took effect": the formal name of a ceasefire is an agreement of its own, and only with
// "of hostilities" and told with "the", as one in force; before another kind word it describes that one.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-12' }).agreements.map((a) => a.name);

describe('a cessation of hostilities', () => {
  it.each([
    [
      'it takes effect',
      'The cessation of hostilities in Kidal took effect at midnight, Foreign Minister Ana Pereira said on Monday.',
    ],
    [
      'told with "the" before its description',
      'Foreign Minister Ana Pereira said on Monday that the recently declared cessation of hostilities in Kidal must hold.',
    ],
    [
      'it is only kept',
      'Foreign Minister Ana Pereira said on Monday that both armies must consolidate the cessation of hostilities in Kidal.',
    ],
  ])('is an agreement when %s', (_, text) => {
    expect(names(text).join()).toMatch(/cessation of hostilities/);
  });

  it('is no agreement when it is only urged', () => {
    const text =
      'Foreign Minister Ana Pereira on Monday urged a cessation of hostilities in Kidal, saying convoys could not pass.';
    expect(names(text)).toHaveLength(0);
  });

  it('is no agreement when it is a goal', () => {
    const text =
      'Foreign Minister Ana Pereira said on Monday that a panel would oversee the implementation of a lasting cessation of hostilities.';
    expect(names(text).join()).not.toMatch(/cessation/);
  });

  it('is no agreement without "of hostilities"', () => {
    const text =
      'Foreign Minister Ana Pereira said on Monday that the cessation of aid to Kidal had taken effect.';
    expect(names(text).join()).not.toMatch(/cessation/);
  });

  it('refers back to a deal the article names otherwise instead of naming a second one', () => {
    const text =
      'The army and the Northern Front signed a truce accord in Algiers on Monday.\n\nEnvoy Lamine Diop said on Tuesday that the cessation of hostilities was holding in Kidal.';
    expect(names(text).join()).not.toMatch(/cessation/);
  });

  it('describes the agreement it stands before instead of naming a second one', () => {
    const text =
      'The army and the Northern Front signed a cessation of hostilities agreement in Algiers on Monday, envoy Lamine Diop said.';
    expect(names(text).filter((name) => /cessation/.test(name))).toHaveLength(1);
    expect(names(text)).toHaveLength(1);
  });
});
