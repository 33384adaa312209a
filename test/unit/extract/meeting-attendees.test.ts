// The agents of a passive of attending whose subject is a meeting word are that meeting's participants: "the summit
// was attended by A, B and C". A meeting already told ("The meeting was attended by ...") gains them; no new one.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const meetings = (text: string) => {
  const result = extract(text, { publishedAt: '2024-01-10' });
  const name = (id: string) => result.persons.find((p) => p.id === id)?.name ?? id;
  return result.meetings.map((m) => ({ kind: m.kind, participants: m.participants.map(name).sort() }));
};

describe('a meeting attended by people named after "by"', () => {
  it('takes them as its participants', () => {
    const text =
      'The Nordic summit in Oslo on Friday was attended by Norwegian Prime Minister Jonas Berg, Portuguese President Ana Silva and Danish Prime Minister Lars Holm.';
    expect(meetings(text)).toEqual([
      { kind: 'summit', participants: ['Ana Silva', 'Jonas Berg', 'Lars Holm'] },
    ]);
  });

  it('adds them to the meeting already told, not to a new one', () => {
    const text =
      'Prime Minister Jonas Berg received Portuguese President Ana Silva in Oslo on Monday. The meeting was attended by Foreign Minister Lars Holm.';
    expect(meetings(text)).toEqual([
      { kind: 'meeting', participants: ['Ana Silva', 'Jonas Berg', 'Lars Holm'] },
    ]);
  });

  it('is no attendance when another clause stands between', () => {
    const text = 'The summit, which President Ana Silva attended, was praised by Prime Minister Jonas Berg.';
    expect(meetings(text).flatMap((m) => m.participants)).not.toContain('Jonas Berg');
  });

  it('runs on past ";" while each item goes on with a name', () => {
    const text =
      'Leaders meet\n\nNordic leaders convened in Oslo on Friday for a summit on Arctic security.\n\nThe meeting ' +
      'was attended by His Excellency Jonas Berg, Prime Minister of Norway; His Excellency Ana Silva, President of ' +
      'Portugal; and His Excellency Lars Holm, Prime Minister of Denmark.';
    expect(meetings(text)).toContainEqual(
      expect.objectContaining({ participants: ['Ana Silva', 'Jonas Berg', 'Lars Holm'] }),
    );
  });
});
