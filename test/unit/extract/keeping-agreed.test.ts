// A call to keep what the agreement in view holds ("implement its provisions", "respect what they have signed")
// is about that agreement, though it names none; a call to implement something else is not.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const DEAL =
  'Sudan, South Sudan sign border deal\n\nSudan and South Sudan signed a border security agreement in Addis Ababa on Monday.\n\nThe talks had lasted three weeks.\n\n';

describe('a call to keep what was agreed', () => {
  it.each([
    ['"implement its provisions"', 'urged the parties to implement its provisions without delay.'],
    ['"respect what they have signed"', 'urged the two leaders to respect what they have signed.'],
    [
      '"swiftly implement the agreed-upon measures"',
      'urged both sides to swiftly implement the agreed-upon measures.',
    ],
    [
      '"implementing in good faith the commitments they have made"',
      'urged both sides to keep implementing in good faith the commitments they have made.',
    ],
    ['"honour their commitments"', 'urged both leaders to honour their commitments.'],
    [
      '"abide by their obligations"',
      'urged the two governments to abide by their obligations and responsibilities.',
    ],
    ['"adhere to the commitments made"', 'urged both sides to adhere to the commitments made.'],
    [
      '"implement, without delay, the relevant measures adopted"',
      'urged them to implement, without delay, the relevant measures adopted.',
    ],
  ])('%s is about the agreement in view', (_shape, clause) => {
    expect(linkedAgreements(`${DEAL}Kenyan President William Ruto ${clause}`, 'urged')).toBe(1);
  });

  it.each([
    ['"the terms of trade"', 'urged the parties to respect the terms of trade with their neighbours.'],
    [
      '"their obligations under international law"',
      'urged the parties to comply with their obligations under international law.',
    ],
  ])('but not %s, tied to something else', (_shape, clause) => {
    expect(linkedAgreements(`${DEAL}Kenyan President William Ruto ${clause}`, 'urged')).toBe(0);
  });

  it('but not a call to implement something else', () => {
    expect(
      linkedAgreements(
        `${DEAL}Kenyan President William Ruto urged the parties to implement reforms.`,
        'urged',
      ),
    ).toBe(0);
  });
});
