// "SRSG", the Special Representative of the Secretary-General who heads a UN mission, as Somali and UN copy writes
// it before the holder's name ("SRSG Kay said") and for the holder alone ("said the SRSG"). Sentences are our own.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('the SRSG', () => {
  it('reads "SRSG" before a name as the title of the speaker ("..., SRSG Varga said")', () => {
    const text =
      'Truce welcomed\n\nThe UN envoy for Lakeland, Teodor Varga, welcomed the truce on Friday.\n\n' +
      '"The United Nations stands ready to help both sides," SRSG Varga said.';
    expect(extract(text).statements.map((s) => [s.speaker, s.direct])).toContainEqual([
      'person:teodor-varga',
      true,
    ]);
  });
});
