// A dateline's source in brackets may be a known agency called by the first word of its name ("(Petra)" for the
// Petra News Agency); elsewhere that word stays what it is.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('a dateline source named by the first word of a known agency', () => {
  it.each([
    'Amman, June 3 (Petra) -- The foreign ministry welcomed the truce reached in Doha.',
    'Muscat, Oct. 9 (Petra) – The two ministers signed a memorandum on water.',
  ])('%s', (text) => {
    const agency = extract(text).organizations.find((o) => o.name === 'Petra News Agency');
    expect(agency?.kind).toBe('news agency');
    expect(agency?.aliases).toContain('Petra');
  });

  it('is no agency outside a dateline or for an unknown word', () => {
    expect(orgNames('The delegation visited Petra on Monday after the talks in Amman.')).not.toContain(
      'Petra News Agency',
    );
    expect(orgNames('Amman, June 3 (Osh) -- The talks went well.')).toEqual([]);
  });
});
