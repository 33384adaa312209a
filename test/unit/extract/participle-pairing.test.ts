// A participle next to a quote ("saying", "adding") goes on with the subject of its sentence: `," saying Tehran
// will ...` is no inverted attribution ("," said Putin"), and `..., adding, "..."` is not said by the name nearest
// the participle. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Talks in Ankara\n\nForeign Minister Hakan Fidan met his Greek counterpart in Ankara on Monday. ';

function said(text: string): Array<[string, string | null]> {
  return extract(`${LEAD}${text}`).statements.map((s) => [s.speaker, s.quote]);
}

describe('a participle after a closing quote', () => {
  it('does not make the name after "saying" the speaker of the quote', () => {
    const statements = said(
      'Fidan called the embargo "unfair, unlawful and without any basis," saying Ankara will "respond in kind" to the move.',
    );
    expect(statements.map(([speaker]) => speaker)).not.toContain('TUR');
    expect(statements).toContainEqual(['person:hakan-fidan', expect.stringMatching(/^unfair, unlawful/)]);
  });
});

describe('a participle before an opening quote', () => {
  it('gives the quote to the subject opening the sentence, not the name nearest the participle', () => {
    const statements = said(
      'Fidan also pointed to the "nervous" reaction of the European Commission spokesperson, adding, "Our relations with Athens will not be harmed by those who oppose this dialogue."',
    );
    expect(statements).toContainEqual([
      'person:hakan-fidan',
      expect.stringContaining('Our relations with Athens will not be harmed'),
    ]);
    expect(statements.map(([speaker]) => speaker)).not.toContain('org:european-commission');
  });

  it('takes a subject joined by "and" (its next word is no noun of its phrase)', () => {
    const statements = said(
      'Fidan and his aides also pointed to the "nervous" reaction of the European Commission spokesperson, adding, "Our relations with Athens will not be harmed by those who oppose this dialogue."',
    );
    expect(statements).toContainEqual([
      'person:hakan-fidan',
      expect.stringContaining('Our relations with Athens will not be harmed'),
    ]);
  });

  it('does not take a demonym that only qualifies the title opening the sentence', () => {
    const statements = said(
      'Greek government spokesman Pavlos Marinakis also pointed to the reaction of the Turkish foreign ministry, adding, "Our relations with Ankara will not be harmed by those who oppose this dialogue."',
    );
    expect(statements.map(([speaker]) => speaker)).not.toContain('GRC');
  });
});

describe('a participle running into its quote without a comma', () => {
  it('gives the quote to the subject of the sentence whose verb is not one of saying', () => {
    const statements = said(
      'Fidan set out on Tuesday the terms under which Ankara would leave the accord, declaring "We will consider these steps ended if the embargo returns."',
    );
    expect(statements).toContainEqual([
      'person:hakan-fidan',
      expect.stringContaining('We will consider these steps ended'),
    ]);
  });

  it('gives the quote to the person a statement quotes right before the participle', () => {
    const statements = said(
      'The ministry statement quoted Fidan stressing "the importance of relations between his country and Greece."',
    );
    expect(statements).toContainEqual([
      'person:hakan-fidan',
      expect.stringContaining('the importance of relations between his country'),
    ]);
  });
});

describe('a closing attribution after reported words that hold the quote', () => {
  it('leaves the quote to the reported speaker; the body named after it only reports it', () => {
    const statements = said(
      'Fidan said he attaches "great importance" to the ties and wants to work with Athens for "a fair and lasting settlement of all open questions," the Turkish Foreign Ministry said in a statement.',
    );
    const holders = statements
      .filter(([, quote]) => quote?.includes('a fair and lasting settlement'))
      .map(([speaker]) => speaker);
    expect(holders).toEqual(['person:hakan-fidan']);
  });
});

describe('a person right before the participle', () => {
  it('speaks the quote of "with <name> declaring," rather than a country the sentence opened with', () => {
    const statements = said(
      'Long hours of talks in Athens raised hopes, with Fidan declaring, "This is a moment for patience."',
    );
    expect(statements).toContainEqual(['person:hakan-fidan', 'This is a moment for patience.']);
    expect(statements.map(([speaker]) => speaker)).not.toContain('GRC');
  });
});

describe('a quote after "clarifying that"', () => {
  it('is a second statement of the speaker of the quote before it', () => {
    const statements = said(
      '"We have come closer than ever to a settlement," Fidan wrote on X before clarifying that "nothing is settled until all is settled."',
    );
    expect(statements).toContainEqual(['person:hakan-fidan', 'nothing is settled until all is settled']);
  });
});

describe('a speech participle after a clause with nothing said yet', () => {
  function reported(text: string): Array<[string, string]> {
    return extract(`${LEAD}${text}`)
      .statements.filter((s) => s.quote === null)
      .map((s) => [s.speaker, s.text]);
  }

  it.each([
    'Separately, Fidan commented on the planned meeting of the two leaders, saying that it should be prepared with care.',
    'At a news conference in Athens, Fidan talked about the press reports, claiming that it should be prepared with care.',
    'Turkish Foreign Minister Hakan Fidan spoke to the Greek Parliament, saying that it should be prepared with care.',
  ])(
    'gives the participle to the subject of the clause, not the mention before its comma: %s',
    (sentence) => {
      expect(reported(sentence)).toEqual([['person:hakan-fidan', 'it should be prepared with care']]);
    },
  );

  it('gives it to the person "he" opening the sentence means, past a list with commas', () => {
    expect(
      reported(
        'He backed the work of the United Nations, the Council of Europe and other bodies, adding that every country was free to choose its partners.',
      ),
    ).toContainEqual(['person:hakan-fidan', 'every country was free to choose its partners']);
  });
});

describe('a reported clause before ", saying: ..."', () => {
  it.each(['saying:', 'adding,'])(
    'is a statement of its own beside the quote the participle opens (%s)',
    (participle) => {
      const statements = said(
        `Fidan stressed that no new initiative could replace the 1923 treaty, ${participle} "Our work to keep it in force goes on."`,
      );
      expect(statements).toContainEqual(['person:hakan-fidan', null]);
      expect(statements).toContainEqual(['person:hakan-fidan', expect.stringMatching(/^Our work/)]);
    },
  );

  it('leaves a stance and the quote after it one statement: "congratulated X on ..., saying, ..."', () => {
    const statements = said(
      'Fidan congratulated his counterpart on the new treaty, saying, "Our work to keep it in force goes on."',
    );
    expect(statements.filter(([, quote]) => quote === null)).toEqual([]);
  });
});

describe('a participle clause that says words of its own after a quote', () => {
  it('is a second statement when the comma stands inside the closing quote mark', () => {
    const statements = said(
      'Fidan said the talks "opened a new page between our peoples," warning that "the harder work of implementation" had only begun.',
    );
    expect(statements).toContainEqual(['person:hakan-fidan', 'opened a new page between our peoples']);
    expect(statements).toContainEqual(['person:hakan-fidan', 'the harder work of implementation']);
  });

  it('is a second statement after "insisting", "explaining" or "emphasizing"', () => {
    for (const participle of ['insisting', 'explaining', 'emphasizing']) {
      const statements = said(
        `Fidan thanked the mediators for their "patience and wisdom" in the talks, ${participle} that "our friendship is stronger than any quarrel."`,
      );
      expect(statements).toContainEqual(['person:hakan-fidan', 'patience and wisdom']);
      expect(statements).toContainEqual([
        'person:hakan-fidan',
        'our friendship is stronger than any quarrel',
      ]);
    }
  });

  it('gives a participle after a quoted name to no one the sentence has not made speak', () => {
    const statements = said(
      'Earlier, Greece, Cyprus and Egypt formed the "Eastern Mediterranean Forum," claiming to work towards a maritime deal.',
    );
    expect(statements.map(([speaker]) => speaker)).not.toContain('EGY');
  });
});
