// A denial closing a sentence after the claim it denies ("..., an accusation Romania denies.") is a statement of the
// one who denies, on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Border talks stall\n\nMoldova and Romania met in Vienna on Monday to discuss the border treaty.\n\n';

describe('a closing denial', () => {
  it.each([
    ', an accusation Romania firmly denies.',
    ', something Bucharest denies.',
    ' – a claim Romania has denied.',
    ', which Romania rejects.',
  ])('gives the claim before "%s" to the country that denies it', (closing) => {
    const said = reportedSpeech(`${LEAD}Moldova accuses Romania of delaying the border treaty${closing}`);
    expect(said).toContainEqual(['ROU', 'Moldova accuses Romania of delaying the border treaty']);
  });

  it('ends the claim of the sentence subject at the denial', () => {
    const said = reportedSpeech(
      `${LEAD}Romania has accused Moldova of stalling the treaty talks, a charge Moldova denies.`,
    );
    expect(said).toContainEqual(['ROU', 'accused Moldova of stalling the treaty talks']);
    expect(said).toContainEqual(['MDA', 'Romania has accused Moldova of stalling the treaty talks']);
  });

  it('leaves a denial by no one named alone', () => {
    const said = reportedSpeech(
      `${LEAD}Romania has accused Moldova of stalling the treaty talks, a charge the local rebels deny.`,
    );
    expect(said.map(([speaker]) => speaker)).toEqual(['ROU']);
  });
});
