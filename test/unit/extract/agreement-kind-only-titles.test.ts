// "a Memorandum of Understanding", "the Framework Agreement": a title of kind words alone names no one instrument, so
// the topic after it or the sides in front of it say which; the bare title stays an alias.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text, { publishedAt: '2024-05-14' }).agreements;

describe('a title of kind words alone', () => {
  it.each([
    [
      'a topic after it',
      'Health pact signed\nThe minister and the commissioner signed a Memorandum of Understanding on a joint vaccine programme during the meeting in Lusaka.',
      'Memorandum of Understanding on a joint vaccine programme',
    ],
    [
      'a topic after its acronym in brackets, the ministries that signed it left out',
      'Health pact signed\nThe minister and the commissioner signed a Memorandum of Understanding (MoU) on a joint vaccine programme between the Ministry of Health and the regional commission, officials said.',
      'Memorandum of Understanding on a joint vaccine programme',
    ],
    [
      'its two sides in front, with no topic',
      'Ministers meet in Accra\nGhana and Togo signed a Memorandum of Understanding on Tuesday. The two ministers said the document would deepen ties.',
      'Ghana–Togo Memorandum of Understanding',
    ],
    [
      'its two sides in front, with a purpose that says not which',
      'Ministers meet in Accra\nGhana and Togo signed a Framework Agreement to deepen their ties.',
      'Ghana–Togo Framework Agreement',
    ],
  ])('is named by %s', (_shape, text, name) => {
    const found = agreements(text);
    expect(found.map((a) => a.name)).toEqual([name]);
  });

  it('keeps the bare title as an alias', () => {
    const [found] = agreements(
      'Ministers meet in Accra\nGhana and Togo signed a Memorandum of Understanding on Tuesday.',
    );
    expect(found?.aliases).toContain('Memorandum of Understanding');
  });

  it('leaves a title with a word of its own as it is', () => {
    const found = agreements(
      'Ministers meet in Accra\nGhana and Togo signed the Accra Declaration on Tuesday.',
    );
    expect(found.map((a) => a.name)).toEqual(['Accra Declaration']);
  });

  it('reads no topic cut off before its noun', () => {
    const found = agreements(
      'Ministers meet in Paris\nFrance and Nigeria signed a Memorandum of Understanding (MoU) for the cultural, scientific and technical cooperation of the two countries.',
    );
    expect(found.map((a) => a.name)).toEqual(['France–Nigeria Memorandum of Understanding']);
  });
});

describe('a title of kind words alone beside the one agreement the article tells of', () => {
  it.each([
    [
      'in a statement about the deal',
      'Kenya defends fishing deal with Uganda\nKenya is defending a fishing deal signed with Uganda on Monday.\n\n"No neighbour will be harmed by this MOU [Memorandum of Understanding]," the statement read.',
    ],
    [
      'after "the illegal" in a later paragraph',
      'Tanzania rejects Kenya deal\nTanzania has rejected a deal between Kenya and Uganda on lake fishing.\n\n"I signed the law voiding the illegal Memorandum of Understanding," the president said.',
    ],
  ])('is that agreement: %s', (_shape, text) => {
    expect(agreements(text)).toHaveLength(1);
  });

  it('stays apart from an agreement with other sides', () => {
    expect(
      agreements(
        'Kenya defends fishing deal with Uganda\nKenya is defending a fishing deal signed with Uganda on Monday.\n\nSeparately, Ghana and Togo signed a Memorandum of Understanding, officials said.',
      ),
    ).toHaveLength(2);
  });
});
