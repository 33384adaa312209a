// "the Peace Agreement", a title that says only "peace", is the article's one peace agreement, not a second one.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-14' }).agreements.map((a) => a.name);

describe('"the Peace Agreement"', () => {
  it.each([
    [
      'after a known peace agreement',
      'Monitors worry over defections\nThe monitoring commission urged the parties to respect the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan. It said the defections threaten the gains made under the Peace Agreement.',
    ],
    [
      'after a peace agreement described by its sides',
      'Neighbours sign peace agreement\nThe foreign ministers of Rwanda and the DR Congo signed a peace agreement in Washington on Friday, with US officials looking on. Washington said the signing of the Peace Agreement opens a new chapter for the region.',
    ],
  ])('is that agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it('stays apart when two peace agreements could be meant', () => {
    const found = names(
      'Envoy recalls accords\nThe envoy said the Juba Peace Agreement and the Comprehensive Peace Agreement both failed to end the violence. He called for the full implementation of the Peace Agreement.',
    );
    expect(found).toContain('Peace Agreement');
  });
});
