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

describe('UN and AU missions known by their acronyms', () => {
  it.each([
    [
      'The envoy, head of the UN Integrated Transition Assistance Mission, Sudan [UNITAMS], left Khartoum on Friday.',
      'United Nations Integrated Transition Assistance Mission in Sudan',
    ],
    [
      'UNITAMS said on Monday that the talks in Jeddah had resumed.',
      'United Nations Integrated Transition Assistance Mission in Sudan',
    ],
    ['AMISOM troops withdrew from two towns near Mogadishu.', 'African Union Mission in Somalia'],
    [
      'MINUSMA said its convoy had come under fire near Gao.',
      'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    ],
  ])('%s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });

  it('speaks as the mission it names', () => {
    const r = extract('UNITAMS welcomed the resumption of the talks in Jeddah on Sunday.');
    const mission = r.organizations.find((o) => o.aliases.includes('UNITAMS'));
    expect(r.statements.map((s) => s.speaker)).toEqual([mission?.id]);
  });
});
