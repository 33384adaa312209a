// Arab and Gulf names with particles: hyphened pieces ("Al-Sabah") make one name word, so a long chain of
// patronymics is not cut, and the "last two words" of a name after a stacked title keep "Al-" with the surname.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).persons.map((p) => p.name);

describe('names with hyphened particles', () => {
  it('keeps a chain of four hyphened name words whole', () => {
    expect(
      names(
        'The Emir, Sheikh Nasser Al-Hamad Al-Fahad Al-Rashed, received the envoy at the palace on Monday.',
      ),
    ).toContain('Nasser Al-Hamad Al-Fahad Al-Rashed');
  });

  it('keeps the given name before "Al-X" after a title with a remit', () => {
    expect(
      names(
        'Kuwaiti Ambassador to the United Kingdom Tariq Al-Rashed said on Sunday that ties were growing.',
      ),
    ).toContain('Tariq Al-Rashed');
  });

  it.each([
    [
      'Minister of Media Badr bin Nasser Al-Harbi met the delegation in Riyadh on Monday.',
      'Badr bin Nasser Al-Harbi',
    ],
    [
      'Head of the Ports Authority of Qatar Khalid bin Hamad Al Kuwari received the envoy on Tuesday.',
      'Khalid bin Hamad Al Kuwari',
    ],
    ['Minister of Culture Fahd Al Otaibi opened the exhibition on Sunday.', 'Fahd Al Otaibi'],
    [
      'Ambassador to Jordan Sami Ahmed Al Harthy met the minister in Amman on Monday.',
      'Sami Ahmed Al Harthy',
    ],
  ])(
    'keeps a patronymic and an article written apart in the name after a title with a remit: %s',
    (text, name) => {
      expect(names(text)).toEqual([name]);
    },
  );
});

describe('names with two lower-case particles in a row', () => {
  it.each([
    [
      'The chief mediator, Rodrigo de la Fuente, said the talks in Lima would resume next week.',
      'Rodrigo de la Fuente',
    ],
    [
      'Dutch envoy Pieter van der Molen said on Friday that the trade deal was close.',
      'Pieter van der Molen',
    ],
  ])('keeps both particles and the family name after them: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('reads a later "de la Fuente said" as that speaker', () => {
    const result = extract(
      'The chief mediator, Rodrigo de la Fuente, arrived in Lima on Monday.\n\n' +
        'The accord will be signed in March, de la Fuente said.',
    );
    const speakers = result.statements.map((s) => result.persons.find((p) => p.id === s.speaker)?.name);
    expect(speakers).toEqual(['Rodrigo de la Fuente']);
  });
});

describe('a known name that goes on with its family name', () => {
  it('takes "Al Nahyan" after a known shorter name into that person, and a later "Al Nahyan" too', () => {
    const { persons } = extract(
      'Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received Swedish Foreign Minister Jonas Berg on Monday. ' +
        'Al Nahyan said: "Our ties are strong." Bin Zayed thanked the guest.',
    );
    expect(persons.map((p) => p.name).sort()).toEqual(['Jonas Berg', 'Mohammed bin Zayed']);
    expect(persons.find((p) => p.name === 'Mohammed bin Zayed')?.aliases).toContain(
      'Mohamed bin Zayed Al Nahyan',
    );
  });

  it('takes "bin Abdulaziz Al Saud" after a known name, but keeps a cousin with the same father apart', () => {
    expect(
      names(
        'Prince Mohammed bin Salman bin Abdulaziz Al Saud met the envoy on Monday. ' +
          'Attending was Energy Minister Prince Abdulaziz bin Salman bin Abdulaziz.',
      ).sort(),
    ).toEqual(['Abdulaziz bin Salman bin Abdulaziz', 'Mohammed bin Salman']);
  });

  it('reads "bint" inside a name', () => {
    expect(names('Princess Noura bint Faisal, the ambassador, said the visit was a success.')).toContain(
      'Noura bint Faisal',
    );
  });
});

describe('a later reference with the Arabic article hyphened to the surname', () => {
  const LEAD =
    'Iraqi Prime Minister Karim Nouri al-Bakri hosted Jordanian ministers in Baghdad on Monday.\n\n';
  const speakers = (text: string): string[] => {
    const result = extract(text);
    return result.statements.map((s) => result.persons.find((p) => p.id === s.speaker)?.name ?? s.speaker);
  };

  it('reads "Al-Bakri" as the person named "al-Bakri" before, not as a new person', () => {
    const text = `${LEAD}"We will build the pipeline together," Al-Bakri said.`;
    expect(names(text)).toEqual(['Karim Nouri al-Bakri']);
    expect(speakers(text)).toEqual(['Karim Nouri al-Bakri']);
  });

  it('reads a lower-case "al-Bakri" after a quote as its speaker', () => {
    expect(speakers(`${LEAD}"We will build the pipeline together," al-Bakri said.`)).toEqual([
      'Karim Nouri al-Bakri',
    ]);
  });

  it('reads "El-Sisi" after a quote as the known person it names', () => {
    expect(
      speakers(
        'Egyptian President Abdel Fattah el-Sisi visited Khartoum on Monday.\n\n"The river joins our peoples," El-Sisi told the delegates.',
      ),
    ).toEqual(['Abdel Fattah el-Sisi']);
  });
});

describe('a family name that is also the short name of a known group', () => {
  const LEAD =
    'Head of the Supreme Revolutionary Committee, Mohammed Ali al-Houthi, met the UN envoy in Sanaa on Monday.\n\n';
  const speakers = (text: string): string[] => {
    const result = extract(text);
    const names = new Map<string, string>([
      ...result.persons.map((p) => [p.id, p.name] as const),
      ...result.organizations.map((o) => [o.id, o.name] as const),
    ]);
    return result.statements.map((s) => names.get(s.speaker) ?? s.speaker);
  };

  it.each([
    ['lower-case, after a quote', `${LEAD}"The talks in Muscat were useful," al-Houthi said.`],
    [
      'capitalized, opening a sentence',
      `${LEAD}Al-Houthi said on Twitter, "We are waiting for the port to open."`,
    ],
  ])('%s: "al-Houthi" is that person, not the Houthis', (_, text) => {
    expect(speakers(text)).toEqual(['Mohammed Ali al-Houthi']);
  });

  it('still reads the group by its own name', () => {
    expect(speakers('The Houthi movement said on Monday that the truce talks had stalled.')).toEqual([
      'Houthis',
    ]);
  });
});

describe('a name word after an Arabic particle that reads as a verb of saying', () => {
  const names = (text: string): string[] => extract(text).persons.map((p) => p.name);

  it.each([
    [
      'after a capitalized article',
      'Deputy Prime Minister Sayyid Kamil bin Nasser Al Said arrived in Riyadh on Monday for the summit.',
      // "Sayyid" is the honorific, as "Sheikh" is: no part of the name.
      'Kamil bin Nasser Al Said',
    ],
    [
      'after a lower-case article',
      'The ambassador, Hamed bin Turki al Said, affirmed that the visit "opens a new stage" for both peoples.',
      'Hamed bin Turki al Said',
    ],
    [
      'after "bin"',
      'The delegation included Dr Rashed bin Said Al Qamari, Minister of Labour, and two advisers.',
      'Rashed bin Said Al Qamari',
    ],
  ])('%s: "Said" is part of the name', (_, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads no statement from "Al Said arrived"', () => {
    const { statements } = extract(
      'Deputy Prime Minister Sayyid Kamil bin Nasser Al Said arrived in Riyadh on Monday for the summit.',
    );
    expect(statements).toEqual([]);
  });
});

describe('Portuguese names with "do"', () => {
  it.each([
    [
      'Angolan Deputy Minister Paulo Jorge do Amaral said the fisheries accord would be renewed.',
      'Paulo Jorge do Amaral',
    ],
    [
      'The Minister of Health, Ana Rita do Vale, signed the protocol in Lisbon on Monday.',
      'Ana Rita do Vale',
    ],
  ])('keeps "do" and the family name after it: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves the verb "do" out of a name when no name word follows it', () => {
    const found = names('How much can Minister Jorge Tavares do Monday to save the deal, the paper asked.');
    expect(found).toEqual(['Jorge Tavares']);
  });
});
