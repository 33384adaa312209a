// A quote right after its speech verb with no comma or colon (`said "..."`, `, saying "..."`, `told reporters
// "..."`), and a quote that runs on past the sentence its lead-in ends: one direct statement of the quote's words,
// on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Talks in Paris\n\nForeign Minister Sergey Lavrov met his French counterpart in Paris on Monday. ';

function said(text: string): Array<[string, boolean, string | null]> {
  return extract(`${LEAD}${text}`).statements.map((s) => [s.speaker, s.direct, s.quote]);
}

describe('a quote right after its verb', () => {
  it('reads ", saying "..."" after a reported clause as a second, direct statement', () => {
    expect(
      said(
        'Lavrov denied that Moscow had delayed the accord, saying "Our side has always been ready to sign it."',
      ),
    ).toEqual([
      ['person:sergey-lavrov', false, null],
      ['person:sergey-lavrov', true, 'Our side has always been ready to sign it'],
    ]);
  });

  it('reads "told <object> "..."" as the subject\'s direct words', () => {
    expect(
      said('Lavrov told Macron "Russia was always a reliable partner in European policy."'),
    ).toContainEqual([
      'person:sergey-lavrov',
      true,
      'Russia was always a reliable partner in European policy',
    ]);
  });

  it('joins the quoted fragments of one clause: said "A" and that ... "B"', () => {
    expect(
      said(
        'In a statement, Lavrov said "the talks were useful and frank" and that both would "meet again soon."',
      ),
    ).toEqual([['person:sergey-lavrov', true, 'the talks were useful and frank ... meet again soon']]);
  });
});

describe('a quote that runs on past its lead-in sentence', () => {
  it('gives one direct statement, not a reported one cut inside the quote', () => {
    const statements = said(
      'On arrival, Lavrov said in a video posted on social media, "We have reached Paris for the talks. I will first meet the minister."',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.[1]).toBe(true);
    expect(statements[0]?.[2]).toMatch(
      /^We have reached Paris for the talks\. I will first meet the minister/,
    );
  });
});

describe('a quote already attributed to the same speaker', () => {
  it.each([
    'Lavrov expressed his satisfaction by saying, "We have agreed on every point of the text with our partners."',
    'Noting that the two sides had worked for months, Lavrov said: "We have agreed on every point of the text with our partners."',
  ])('is one statement, not two: %s', (sentence) => {
    const quoted = said(sentence).filter(([, direct]) => direct);
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.[2]).toMatch(/^We have agreed on every point of the text with our partners/);
  });
});

describe('"told <outlet>" closing a quote after a name and its aside', () => {
  it('does not give the quote to the outlet told', () => {
    const text =
      'Talks begin\n\nThe talks resumed in Doha.\n\n"The agenda is settled and the negotiation will begin on Monday," ' +
      'Foreign Minister Sadyr Japarov, a member of the negotiating team, told Reuters.';
    const speakers = extract(text).statements.map((s) => s.speaker);
    expect(speakers).not.toContain('org:reuters');
    expect(speakers).toContain('person:sadyr-japarov');
  });
});

describe('a quote verb joined by "and" to a verb before it', () => {
  it('is the first verb\'s subject, not the object before "and"', () => {
    const text =
      'Council vote\n\nGAZA - Hamas welcomed the resolution of the UN Security Council and said, ' +
      '"We are ready to work with the mediators on its terms."';
    const speakers = extract(text)
      .statements.filter((s) => (s.quote ?? '').includes('ready to work'))
      .map((s) => s.speaker);
    expect(speakers).toEqual(['org:hamas']);
  });

  it('is the person a "he" opening the sentence stands for', () => {
    const text =
      'Ministers meet\n\nIndian External Affairs Minister Subrahmanyam Jaishankar held talks in New York on ' +
      'Tuesday. He later met the foreign minister of Egypt and said, "Our partnership keeps growing."';
    const speakers = extract(text)
      .statements.filter((s) => (s.quote ?? '').includes('partnership keeps growing'))
      .map((s) => s.speaker);
    expect(speakers).toEqual(['person:subrahmanyam-jaishankar']);
  });
});

describe('a verdict in quotes after "declared" and its object', () => {
  it('reads `declared the accord "null and void"` as the subject\'s words', () => {
    expect(said('A day later, Moldova declared the accord "null and void."')).toContainEqual([
      'MDA',
      true,
      'null and void',
    ]);
  });

  it('reads no statement into "declared" without a quote', () => {
    expect(said('Moldova declared a state of emergency in the north.')).toEqual([]);
  });
});
