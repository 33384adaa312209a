// A sitting named with its body ("the 12th Ordinary Session of the Assembly of Heads of State and Government of
// the African Union"): a summit, whose place is read past the body's name when a predicate tells where it sits.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function summitsOf(text: string): { kind: string; place: string | null }[] {
  const result = extract(text);
  return result.meetings.map((m) => ({
    kind: m.kind,
    place: m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
  }));
}

describe('sessions of a body', () => {
  it.each([
    [
      'The 12th Extraordinary Session of the Assembly of Heads of State and Government of the African Union (AU) opened on Monday at the AU headquarters in Addis Ababa.',
      'Addis Ababa',
    ],
    [
      'The 47th Ordinary Session of the Authority of Heads of State and Government has kicked off today in Abuja under the theme of regional integration.',
      'Abuja',
    ],
    [
      'The 41st IGAD Extraordinary Summit of Heads of State and Government has opened in Djibouti today.',
      'Djibouti',
    ],
    [
      'Leaders called for a truce at the 45th extraordinary summit of EAC heads of state and government, held in the Kenyan city of Mombasa on Sunday.',
      'Mombasa',
    ],
    [
      'The ministers prepared the agenda of the coming summit of the leaders of the Gulf States, due to be held in Muscat on 9 May.',
      'Muscat',
    ],
    [
      'Delegates arrived for the 51st session of the Council of Foreign Ministers of the OIC, which is being held in Dakar this week.',
      'Dakar',
    ],
  ])('is a summit where its predicate sets it: %s', (text, place) => {
    expect(summitsOf(text)).toContainEqual({ kind: 'summit', place });
  });

  it.each([
    [
      'Leaders of the regional bloc held their 29th session in Kampala on Thursday to review the crisis in the east.',
      'Kampala',
    ],
    ['Officials said the joint council’s second session would take place in Muscat in March.', 'Muscat'],
  ])('is a summit when a number orders it: %s', (text, place) => {
    expect(summitsOf(text)).toContainEqual({ kind: 'summit', place });
  });

  it('leaves a numbered session told as a bilateral meeting’s sidelines to that meeting', () => {
    const text =
      'Foreign Minister Amina Yusuf met her Ghanaian counterpart Kwame Mensah on the sidelines of the 81st session of the General Assembly in New York.';
    expect(summitsOf(text).map((m) => m.kind)).toEqual(['meeting']);
  });

  it.each([
    [
      'President Amina Yusuf will travel on Thursday to attend the Extraordinary Session of the Assembly of Heads of State and Government in Lusaka, Zambia.',
      'Lusaka',
    ],
    [
      'The minister briefed reporters in Nairobi on the 30th Summit of Heads of State and Government in Kigali.',
      'Kigali',
    ],
  ])('is a summit in the place right after its body’s name: %s', (text, place) => {
    expect(summitsOf(text)).toContainEqual({ kind: 'summit', place });
  });

  it.each([
    [
      'The 19th Ordinary Session of the Assembly of Heads of State and Government of the Southern African Development Community (SADC), officially opened today at the SADC secretariat in Gaborone.',
      'Gaborone',
    ],
    [
      'The 61st Ordinary Session of the Authority of Heads of State and Government of the Economic Community of Central African States opens today, 14th March 2021 in Libreville, Gabon.',
      'Libreville',
    ],
    [
      'The 17th extraordinary session of the EAC heads of states and government was held Feb. 3-4 in Arusha.',
      'Arusha',
    ],
  ])('reads the place past a comma and the day its body’s sitting opened on: %s', (text, place) => {
    expect(summitsOf(text)).toContainEqual({ kind: 'summit', place });
  });

  it('is no meeting as a plain session', () => {
    expect(summitsOf('Parliament held a session in Nairobi on Monday to debate the budget.')).toEqual([]);
  });

  it('reads no place past a body name that no sitting predicate follows', () => {
    expect(
      summitsOf(
        'The first meeting of the Joint Committee on Trade and Investment welcomed progress in Kenyan-Ugandan trade.',
      ),
    ).toEqual([]);
  });
});
