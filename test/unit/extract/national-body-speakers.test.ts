// A country's army or cabinet that speaks is that body, not the country: "The Malian army said ...", "Chad's
// cabinet said ...", and "the army said" after it. A head that only modifies a noun ("the army chief") names none.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const speakers = (text: string): string[] => extract(text).statements.map((s) => s.speaker);
const organizations = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe("a country's army or cabinet speaks as itself", () => {
  it.each([
    [
      'The Malian army said on Monday that it had agreed to a three-day truce with the rebels.',
      'org:malian-army',
    ],
    ["Chad's cabinet said in a statement that the border accord was null and void.", 'org:chadian-cabinet'],
    ['The Malian military on Friday said it would respect the truce in the north.', 'org:malian-military'],
  ])('"%s"', (sentence, id) => {
    const said = speakers(`Truce news\n\n${sentence}`);
    expect(said).toContain(id);
    expect(said).not.toContain('MLI');
    expect(said).not.toContain('TCD');
  });

  it('gives "the army said" to the army named before', () => {
    const text =
      'Truce news\n\nThe Malian army said on Monday that it had agreed to a truce. The army said the rebels had attacked two towns.';
    expect(speakers(text)).toEqual(['org:malian-army', 'org:malian-army']);
  });

  it('gives "the Malian army said" to the Malian Armed Forces the article named', () => {
    const text =
      'Truce news\n\nThe Malian Armed Forces clashed with rebels near Gao on Sunday. The Malian army said on Monday that it had agreed to a truce.';
    expect(speakers(text)).toContain('org:malian-armed-forces');
    expect(organizations(text)).not.toContain('Malian army');
  });

  it('names no body for a head that modifies a noun, nor for an army that only acts', () => {
    const text =
      "Truce news\n\nThe Malian army chief visited Gao on Monday. The Malian army entered Kidal last week. Mali's government said it would respect the truce.";
    expect(organizations(text)).not.toContain('Malian army');
  });

  it.each([
    [
      'According to the statement from the Malian Ministry of Foreign Affairs, the two sides agreed on measures against the rebels.',
      'org:malian-ministry-of-foreign-affairs',
    ],
    [
      'The two sides agreed to reopen the border, according to Chad’s foreign ministry.',
      'org:chadian-foreign-ministry',
    ],
  ])('gives a ministry cited with its country to the ministry: "%s"', (sentence, id) => {
    const said = speakers(`Border news\n\nMali and Chad signed a trade deal on Monday.\n\n${sentence}`);
    expect(said).toContain(id);
    expect(said).not.toContain('MLI');
    expect(said).not.toContain('TCD');
  });
});
