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
    [
      'Only the army and the UN Interim Force in Lebanon may hold weapons south of the river.',
      'United Nations Interim Force in Lebanon',
    ],
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

describe('factions named after a known body', () => {
  const orgs = (text: string) =>
    extract(text).organizations.map((o) => ({ name: o.name, aliases: [...o.aliases] }));

  it.each([
    ['Fighters of the SPLM-IO clashed with government troops near Nasir.', 'SPLM-IO'],
    ['Shelling hit areas held by the SPLM/A-IO on Monday, the monitors said.', 'SPLM/A-IO'],
    [
      "The Sudan People's Liberation Movement-In Opposition (SPLM-IO) said it would return to the talks.",
      "Sudan People's Liberation Movement-In Opposition",
    ],
  ])('%s -> %s, not the parent body', (text, name) => {
    const names = orgs(text).map((o) => o.name);
    expect(names).toContain(name);
    expect(names).not.toContain("Sudan People's Liberation Movement");
  });

  it('reads a later short form of a defined faction acronym as that faction', () => {
    const found = orgs(
      "The Sudan People's Liberation Movement/Army in Opposition (SPLM/A-IO) split, and SPLM-IO officers left Juba.",
    );
    expect(found).toEqual([
      { name: "Sudan People's Liberation Movement/Army in Opposition", aliases: ['SPLM/A-IO'] },
    ]);
  });

  it.each([
    ['The AU-UN mission visited Khartoum on Sunday.', ['African Union', 'United Nations']],
    ['The SPLM/A signed the accord with Khartoum in 2005.', ["Sudan People's Liberation Movement"]],
  ])('%s joins two bodies or a movement and its army, no faction', (text, names) => {
    expect(orgs(text).map((o) => o.name)).toEqual(expect.arrayContaining(names));
  });
});

describe('the Nairobi weekly is The EastAfrican, one word', () => {
  it('finds it by its masthead', () => {
    expect(orgNames('The EastAfrican reported on Friday that the talks in Arusha had stalled.')).toEqual([
      'The EastAfrican',
    ]);
  });

  it.each([
    ['The East African Community (EAC) heads of state met in Arusha on Friday.', ['East African Community']],
    ['The East African countries agreed on Monday to settle the dispute over the port.', []],
  ])('%s names no paper', (text, names) => {
    expect(orgNames(text)).toEqual(names);
  });
});

describe("South Sudan's armies are not China's", () => {
  it.each([
    [
      "The Sudan People's Liberation Army (SPLA) said its convoy was ambushed near Yei.",
      "Sudan People's Liberation Army",
    ],
    ['An SPLA spokesman said on Monday that the roads were open again.', "Sudan People's Liberation Army"],
    [
      'The South Sudan People’s Defence Forces (SSPDF) said the base had been retaken.',
      "South Sudan People's Defence Forces",
    ],
  ])('%s', (text, name) => {
    const names = orgNames(text);
    expect(names).toContain(name);
    expect(names).not.toContain("People's Liberation Army");
  });
});

describe('Hezbollah under its other spellings', () => {
  it.each([
    ['Hizbollah said on Sunday that it would respect any truce agreed in Beirut.'],
    ['The league named Hizbullah a terrorist group at its Cairo meeting.'],
    ['Officials said Hizballah had moved its fighters away from the border.'],
  ])('%s', (text) => {
    expect(orgNames(text)).toContain('Hezbollah');
  });

  it('speaks as Hezbollah under a wire spelling', () => {
    const r = extract('Hizbollah said on Sunday that it would respect any truce agreed in Beirut.');
    const hezbollah = r.organizations.find((o) => o.name === 'Hezbollah');
    expect(r.statements.map((s) => s.speaker)).toContain(hezbollah?.id);
  });
});
