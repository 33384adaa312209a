// A "Mission" names a body with the place it serves ("the SADC Mission in Mozambique") or its acronym after it; a
// bare "Mission" before another noun ("the African Union Mission Mandate") names none.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('missions with their place', () => {
  it.each([
    [
      'Troops of the SADC Mission in Mozambique (SAMIM) returned home on Friday.',
      'SADC Mission in Mozambique',
    ],
    [
      'The ministers thanked the SADC Mission in the Democratic Republic of the Congo for its work.',
      'SADC Mission in the Democratic Republic of the Congo',
    ],
    [
      'The head of the African Union Support and Stabilization Mission in Somalia (AUSSOM) welcomed the talks.',
      'African Union Support and Stabilization Mission in Somalia',
    ],
    ['Officers of the Regional Observer Mission (ROM) visited the border.', 'Regional Observer Mission'],
  ])('%s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('finds no body in a mission followed by another noun', () => {
    expect(orgNames('The ministers discussed the African Union Mission Mandate in Somalia.')).toEqual([
      'African Union',
    ]);
  });
});
