// A truce told with its go-betweens ("brokered by Qatar, Egypt and Turkey") and its setting ("in northern Chad",
// "in Lomé, Togo"): the go-betweens and the country of the setting are no sides of it, the sides before "brokered
// by" are, and an aside that tells of its making ("a truce ..., brokered by Ghana, ...") makes it an agreement.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) =>
  extract(text, { publishedAt: '2024-03-15' }).agreements.map((a) => ({
    name: a.name,
    parties: [...a.parties].sort(),
  }));

describe('a truce brokered by go-betweens after its sides', () => {
  it('keeps the sides before "brokered by" and leaves the brokers out', () => {
    expect(
      agreements(
        'Border truce\nA truce between Mali and Niger brokered by Senegal and Ghana took effect on Tuesday, officials said.',
      ),
    ).toEqual([{ name: 'Mali–Niger truce', parties: ['MLI', 'NER'] }]);
  });

  it('leaves out every broker of a list written with commas', () => {
    const [truce] = agreements(
      'Border truce\nA truce brokered by Senegal, Ghana and Togo began on Tuesday. Mali and Niger said they would respect the truce.',
    );
    expect(truce?.parties).toEqual(['MLI', 'NER']);
  });

  it('is made by an aside that tells of its brokering', () => {
    expect(
      agreements(
        'Border truce\nA truce between Mali and Niger, brokered by Senegal, Ghana and Togo, began on Tuesday, officials said.',
      ),
    ).toEqual([{ name: 'Mali–Niger truce', parties: ['MLI', 'NER'] }]);
  });

  it('is not made by an aside whose subject turned it down', () => {
    expect(
      agreements(
        'Border talks\nMali and Niger discussed a truce, which Niger rejected on Tuesday, officials said.',
      ),
    ).toEqual([]);
  });

  it('keeps a host that the sentence makes a side', () => {
    const [truce] = agreements(
      'Border truce\nGhana hosted the talks and signed a truce with Togo on Tuesday, officials said.',
    );
    expect(truce?.parties).toEqual(['GHA', 'TGO']);
  });
});

describe('the country of a truce’s setting', () => {
  it('is no side of it when a region of it is the setting', () => {
    const [truce] = agreements(
      'Truce signed\nThe truce was signed on Tuesday in northern Chad, after a meeting between the leaders of Mali and Niger.',
    );
    expect(truce?.parties).toEqual(['MLI', 'NER']);
  });

  it('is no side of it when written after its city', () => {
    const [truce] = agreements(
      'Truce signed\nThe truce was signed on Tuesday at a summit in Lomé, Togo, after a meeting between the leaders of Mali and Niger.',
    );
    expect(truce?.parties).toEqual(['MLI', 'NER']);
  });
});
