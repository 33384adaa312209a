// "mediator" as the title a go-between holds before a name ("chief mediator X", "the AU mediator X"): the name is a
// person, and a quote closed by "said head mediator X" is theirs. Sentences are our own.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a mediator named after the title', () => {
  it.each(['chief mediator', 'the UN mediator', 'head mediator'])(
    'reads "%s X" as the person X, with no speech verb beside the name',
    (title) => {
      const result = extract(`Truce agreed\n\nBoth sides thanked ${title} Tomas Varga for his patience.`);
      expect(result.persons.map((p) => p.id)).toContain('person:tomas-varga');
    },
  );

  it('gives a quote closed by ", said head mediator X, from ..." and a later "he added" to the mediator', () => {
    const result = extract(
      'Truce agreed\n\nThe President of Lakeland met the rebel commander in the capital on Friday. ' +
        '"Both sides will stop firing within a day", said head mediator Tomas Varga, from the regional bloc. ' +
        '"The monitors arrive next week," he added.',
    );
    const said = result.statements.map((s) => [s.speaker, s.quote]);
    expect(said).toContainEqual(['person:tomas-varga', 'Both sides will stop firing within a day']);
    expect(said).toContainEqual(['person:tomas-varga', 'The monitors arrive next week']);
  });
});
