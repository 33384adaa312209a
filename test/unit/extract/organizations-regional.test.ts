// Well-known outlets and bodies of the Middle East, Africa and South Asia come from the bundled data, by name or alias.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('regional organizations from the bundled data', () => {
  it.each([
    ['The talks were held at the Amiri Diwan in Doha, according to a statement.', 'Amiri Diwan'],
    ['Kenyan President William Ruto told Press TV that the corridor would open.', 'Press TV'],
    ['The envoy briefed OCHA on the convoy, Sudan Tribune reported.', 'Sudan Tribune'],
    [
      'The envoy briefed OCHA on the convoy, Sudan Tribune reported.',
      'United Nations Office for the Coordination of Humanitarian Affairs',
    ],
    [
      'Negotiators from the TPLF met federal officials in Pretoria, Addis Standard reported.',
      "Tigray People's Liberation Front",
    ],
    ['Foreign Minister Ishaq Dar spoke to Geo News after the meeting.', 'Geo News'],
    ['The Islamic Resistance Movement welcomed the vote on Tuesday.', 'Hamas'],
    ['Envoys urged the RSF and the SAF to return to the talks.', 'Rapid Support Forces'],
    ['Envoys urged the RSF and the SAF to return to the talks.', 'Sudanese Armed Forces'],
    ['Leaders of the Confederation of Sahel States met in Bamako.', 'Alliance of Sahel States'],
    ['The AU Commission chief called for calm in Mogadishu.', 'African Union Commission'],
    [
      'The Peace and Security Council met on the crisis in Addis Ababa.',
      'African Union Peace and Security Council',
    ],
    ['An Ansarullah spokesman said the talks in Muscat went well.', 'Houthis'],
    ['Delegates of the SPLM-N arrived in Juba on Sunday.', "Sudan People's Liberation Movement-North"],
  ])('%s -> %s', (text, name) => {
    expect(orgNames(text)).toContain(name);
  });
});

const personNames = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('regional leaders from the bundled data', () => {
  it.each([
    ['Presidents Assimi Goita of Mali and Ibrahim Traore of Burkina Faso met in Niamey.', 'Assimi Goïta'],
    ['Presidents Assimi Goita of Mali and Ibrahim Traore of Burkina Faso met in Niamey.', 'Ibrahim Traoré'],
    ['The leaders thanked Abdourahmane Tchiani of Niger for hosting them.', 'Abdourahamane Tiani'],
    ['The summit was attended by Cyril Ramaphosa of South Africa.', 'Cyril Ramaphosa'],
    ['Mediators spoke with Ismail Haniyeh in Doha on Monday.', 'Ismail Haniyeh'],
    [
      "The envoy thanked Oman's ruler Sultan Haitham bin Tariq Al Said for his help.",
      'Haitham bin Tariq Al Said',
    ],
    ['Sultan Haitham Bin Tarik arrived in Cairo on Sunday.', 'Haitham bin Tariq Al Said'],
  ])('%s -> %s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });
});
