// The attribution sieve's later stages: bodies that speak in lower case, "it added", and quotes that take the
// running speaker. Each row is a small invented article and the speaker its statement should get.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

function speakerNames(result: ExtractionResult): string[] {
  const names = new Map<string, string>([
    ...result.persons.map((p) => [p.id, p.name] as const),
    ...result.organizations.map((o) => [o.id, o.name] as const),
  ]);
  return result.statements.map((s) => names.get(s.speaker) ?? s.speaker);
}

describe('attribution sieve', () => {
  it.each([
    [
      "a leader's press service",
      "Talks held\n\nThe presidents spoke by phone on Monday, the Kazakh leader's press service reported.",
      'Kazakh presidential press service',
    ],
    [
      'the press service of a president',
      'Law signed\n\nThe press service of the Belarusian president said that the law takes effect at once.',
      'Belarusian presidential press service',
    ],
    [
      "a country's embassy in a capital",
      "Embassy protests\n\nChina's embassy in Manila said that the remarks were groundless.",
      'Chinese Embassy in Manila',
    ],
    [
      'a department named by its portfolio',
      'Visit planned\n\nThe president will travel to Jakarta next week, according to the Foreign Affairs department.',
      'Department of Foreign Affairs',
    ],
  ])('names %s as the speaking organization', (_name, text, speaker) => {
    expect(speakerNames(extract(text))).toContain(speaker);
  });

  it('gives "it added" to the body that spoke last', () => {
    const text =
      'Embassy protests\n\n"The claims are false," the Chinese embassy in Manila said.\n\n' +
      '"We urge restraint from all sides," it added.';
    const result = extract(text);
    expect(speakerNames(result)).toEqual(['Chinese Embassy in Manila', 'Chinese Embassy in Manila']);
  });

  it('gives a quote without a verb of its own to the speaker of its paragraph', () => {
    const text =
      'Visit planned\n\nThe leaders will meet in Jakarta, the Foreign Affairs department said. ' +
      '"They will also exchange views on the region."';
    const result = extract(text);
    const quoted = result.statements.find((s) => s.quote?.startsWith('They will also'));
    expect(quoted && speakerNames({ ...result, statements: [quoted] })).toEqual([
      'Department of Foreign Affairs',
    ]);
  });

  it.each([
    [
      'a verb that closes the sentence after other words',
      'Talks held\n\nPresident Ana Lopes met Premier Jon Berg in Oslo.\n\n' +
        '"These talks build trust between us" especially after the summit, said the premier\'s spokesman, Tor Lund.\n\n' +
        '"It matters that we met in person," he added.',
      ['Tor Lund', 'Tor Lund'],
    ],
    [
      'a pronoun right before the verb, after a phrase naming a capital',
      'Call held\n\nPresident Ana Lopes spoke with Premier Jon Berg on Monday.\n\n' +
        'On trade with Tokyo and Seoul, she added, "Our exports have never been stronger than this year."',
      ['Ana Lopes'],
    ],
    [
      'a participle going on after a quote that names someone else',
      'Call held\n\nAdviser Tomas Hrubec told a news briefing that day at the Office of the President in Prague, ' +
        '"President Ana Lopes held a phone conversation with Premier Jon Berg," adding, ' +
        '"They agreed to meet in the near future."',
      ['Tomas Hrubec', 'Tomas Hrubec'],
    ],
  ])('gives a quote to the subject of its own verb: %s', (_name, text, speakers) => {
    expect(speakerNames(extract(text))).toEqual(speakers);
  });

  it('leaves a quote to nobody when its sentence names someone else', () => {
    const text =
      'Visit planned\n\nThe leaders will meet in Jakarta, the Foreign Affairs department said.\n\n' +
      'Opposition leader John Smith called the trip "a waste of public money for nothing".';
    const result = extract(text);
    expect(result.statements.some((s) => s.quote?.includes('waste') && s.speaker.includes('foreign'))).toBe(
      false,
    );
  });

  it.each([
    [
      'a title with its remit before the name',
      'Call held\n\nThe call was with Deputy Minister of Trade for Pacific and Asian Affairs Tomas Hrubec.\n\n' +
        '"We agreed on the next steps," Hrubec said.',
      'Tomas Hrubec',
    ],
    [
      'a title set off by commas',
      'Talks resume\n\nEU Special Envoy for the Sahel region, Ilona Varkonyi, says the talks resume in May.',
      'Ilona Varkonyi',
    ],
    [
      'a full name first, a short name beside the verb later',
      'Forum ends\n\nThe paper reports Tavita Sione Leaupepe was speaking after the forum.\n\n' +
        '"We have our own voice in the region," said Tavita.',
      'Tavita Sione Leaupepe',
    ],
    [
      'a name spelled with and without diacritics',
      'Talks resume\n\nEU envoy Miroslav Lajčák arrived on Monday.\n\n"Nothing is agreed yet," Lajcak said.',
      'Miroslav Lajčák',
    ],
  ])('finds a speaker the gazetteer does not know: %s', (_name, text, speaker) => {
    expect(speakerNames(extract(text))).toContain(speaker);
  });

  it.each([
    ['stressed', 'Hana Kowalczyk stressed the importance of a ceasefire on the border.'],
    ['expressed', 'Deputy Minister Hana Kowalczyk expressed concern over the shelling of the town.'],
    ['briefed', 'Deputy Minister Hana Kowalczyk briefed on the situation along the border.'],
  ])('reports a stance without "that" when its subject stands before "%s"', (_verb, sentence) => {
    const result = extract(`Call held\n\n${sentence}`);
    expect(result.statements.map((s) => [speakerNames({ ...result, statements: [s] })[0], s.direct])).toEqual(
      [['Hana Kowalczyk', false]],
    );
  });

  it('gives "They declared" to each of the people just named together', () => {
    const text =
      'Ties restored\n\nForeign Minister Ana Ruiz met her colleague Tomas Vidal in the border town.\n\n' +
      'They declared in a joint statement that consulates will reopen in August.';
    expect(speakerNames(extract(text)).sort()).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });

  it.each([
    [
      'a country, a body and a title',
      '"We will not accept this," Ruritania\'s Foreign Office spokesperson Ilse Marten told reporters.',
    ],
    [
      'an organization and a hyphenated title',
      '"The war must end," UN Under-Secretary-General Ilse Marten said.',
    ],
  ])('gives a quote to the person named after %s between the quote and the verb', (_lead, sentence) => {
    expect(speakerNames(extract(`Talks\n\n${sentence}`))).toEqual(['Ilse Marten']);
  });

  it('reads "called for" as a stance, and "called" someone as no statement', () => {
    const stance = extract('Talks\n\nCommission chairperson Ilse Marten called for an immediate ceasefire.');
    expect(speakerNames(stance)).toEqual(['Ilse Marten']);
    const call = extract('Talks\n\nCommission chairperson Ilse Marten called the prime minister on Monday.');
    expect(call.statements).toEqual([]);
  });

  it('reads "pointed out" as speech, with or without "that", and "pointed to" something as none', () => {
    const that = extract(
      'Talks\n\nCommission chairperson Ilse Marten pointed out that the border had stayed calm.',
    );
    expect(speakerNames(that)).toEqual(['Ilse Marten']);
    expect(that.statements[0]?.text).toBe('the border had stayed calm');
    const object = extract(
      'Talks\n\nCommission chairperson Ilse Marten pointed out the progress made since May.',
    );
    expect(speakerNames(object)).toEqual(['Ilse Marten']);
    const gesture = extract('Talks\n\nCommission chairperson Ilse Marten pointed to the map on the wall.');
    expect(gesture.statements).toEqual([]);
  });
  it.each([
    [
      'a name',
      'Talks\n\nCommission chairperson Ilse Marten met the envoys. The border, Marten said, had stayed calm.',
    ],
    [
      'a pronoun',
      'Talks\n\nCommission chairperson Ilse Marten met the envoys. The border, she said, had stayed calm.',
    ],
  ])('gives the words around an attribution set off by commas to %s there', (_kind, article) => {
    const result = extract(article);
    expect(speakerNames(result)).toEqual(['Ilse Marten']);
    expect(result.statements[0]?.text).toBe('The border had stayed calm');
  });

  it('leaves a quote split by its attribution to the quote rules', () => {
    const result = extract(
      'Talks\n\nCommission chairperson Ilse Marten met the envoys. "The border," Marten said, "is calm."',
    );
    expect(speakerNames(result)).toEqual(['Ilse Marten']);
    expect(result.statements[0]?.quoteSpans).toHaveLength(2);
  });
});
