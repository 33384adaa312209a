// A participle clause that opens a sentence ("Speaking on Fox News, ...", "Addressing the Security Council, ...")
// is no part of the organization named inside it; an "-ing" word that opens a name keeps it ("Monitoring and ...").

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('a sentence-opening participle clause', () => {
  it.each([
    [
      'Addressing the UN Security Council on Monday, the envoy called the accord a first step.',
      'United Nations Security Council',
    ],
    ['Speaking on Fox News on Sunday, the senator said the deal would hold.', 'Fox News'],
    ['Speaking at the African Union Commission, she welcomed the truce.', 'African Union Commission'],
  ])('%s', (text, name) => {
    const names = orgNames(text);
    expect(names).toContain(name);
    expect(names.some((n) => /^(Addressing|Speaking)\b/.test(n))).toBe(false);
  });

  it('keeps an "-ing" word that opens a name with "and" or "of"', () => {
    expect(orgNames('The Ceasefire Monitoring and Verification Committee met in Juba.')).toContain(
      'Ceasefire Monitoring and Verification Committee',
    );
    expect(orgNames('Monitoring and Evaluation Commission members met in Juba.')).toContain(
      'Monitoring and Evaluation Commission',
    );
  });
});
