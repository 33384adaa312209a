// Reported speech without "that" after a speech verb other than "said" ("Costa insisted the talks could still
// succeed"), and a second speech verb of the same subject after ", but" ("..., but acknowledged it is ..."), on
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Leaders meet\n\nRomanian Prime Minister Nicolae Ciuca met Portuguese Prime Minister Antonio Costa in Bucharest on Thursday.\n\n';

describe('a bare clause after a speech verb', () => {
  it.each(['claimed', 'insisted', 'predicted', 'acknowledged', 'indicated'])(
    'reads "Costa %s the talks could ..." as Costa saying the clause',
    (verb) => {
      const said = reportedSpeech(`${LEAD}Costa ${verb} the talks could still end with a defence pact.`);
      expect(said).toContainEqual(['person:antonio-costa', 'the talks could still end with a defence pact']);
    },
  );

  it('reads a pronoun subject and its auxiliary: "Costa claimed he would ..."', () => {
    const said = reportedSpeech(
      `${LEAD}On the way home, Costa claimed he would open an embassy in Bucharest next year.`,
    );
    expect(said).toContainEqual(['person:antonio-costa', 'he would open an embassy in Bucharest next year']);
  });

  it('lets a participle modify the subject: "his plan of proposed reforms has ..."', () => {
    const said = reportedSpeech(
      `${LEAD}Ciuca admitted his plan of proposed reforms has met resistance at home.`,
    );
    expect(said.map(([speaker]) => speaker)).toContain('person:nicolae-ciuca');
  });

  it('reads a subject of names before a past verb: "Costa insisted Bucharest and Lisbon wanted ..."', () => {
    const said = reportedSpeech(
      `${LEAD}Costa insisted Bucharest and Lisbon wanted a defence pact before the summer.`,
    );
    expect(said).toContainEqual([
      'person:antonio-costa',
      'Bucharest and Lisbon wanted a defence pact before the summer',
    ]);
  });

  it('does not read an object as a clause: "Costa announced the new defence pact."', () => {
    expect(reportedSpeech(`${LEAD}Costa announced the new defence pact on Friday.`)).toEqual([]);
  });

  it('does not read a participle after the object as a clause: "acknowledged the sacrifices made by ..."', () => {
    expect(reportedSpeech(`${LEAD}Costa acknowledged the sacrifices made by Romania in the war.`)).toEqual(
      [],
    );
  });
});

describe('", but <speech verb>" after reported words', () => {
  it('splits the second verb of the same subject into a statement of its own', () => {
    const said = reportedSpeech(
      `${LEAD}Ciuca said that Romania does not always agree with Lisbon, but acknowledged it is a close partner in NATO.`,
    );
    expect(said).toEqual([
      ['person:nicolae-ciuca', 'Romania does not always agree with Lisbon'],
      ['person:nicolae-ciuca', 'it is a close partner in NATO'],
    ]);
  });

  it.each([
    ['but told reporters that', 'would not name the envoy, but told reporters that'],
    ['and said', 'asked Costa to pass on his greetings to the Portuguese president, and said'],
  ])('gives "%s" after words that report nothing to the subject opening the sentence', (_name, middle) => {
    const said = reportedSpeech(`${LEAD}Ciuca ${middle} a defence pact would be signed in May.`);
    expect(said).toContainEqual(['person:nicolae-ciuca', 'a defence pact would be signed in May']);
  });
});

describe('speech verbs of clarifying and cautioning', () => {
  it.each(['clarified', 'cautioned', 'reminded', 'lamented', 'hinted'])(
    'reads "Costa %s that ..." as Costa saying the clause',
    (verb) => {
      const said = reportedSpeech(
        `${LEAD}Costa ${verb} that the defence pact would need a vote in parliament.`,
      );
      expect(said).toContainEqual([
        'person:antonio-costa',
        'the defence pact would need a vote in parliament',
      ]);
    },
  );

  it('reads "reminded reporters that ..." as the clause after "that"', () => {
    const said = reportedSpeech(`${LEAD}Ciuca reminded reporters that the treaty expires next year.`);
    expect(said).toContainEqual(['person:nicolae-ciuca', 'the treaty expires next year']);
  });
});

describe('"told <audience>" and a clause without "that"', () => {
  it.each(['reporters', 'lawmakers', 'the delegates'])(
    'reads "Costa told %s the talks were ..." as Costa saying the clause',
    (audience) => {
      const said = reportedSpeech(`${LEAD}Costa told ${audience} the talks were useful for both sides.`);
      expect(said).toContainEqual(['person:antonio-costa', 'the talks were useful for both sides']);
    },
  );

  it('reads a subject pronoun and its verb after the audience: "told reporters he considered ..."', () => {
    const said = reportedSpeech(`${LEAD}Ciuca told journalists he considered the visit a success.`);
    expect(said).toContainEqual(['person:nicolae-ciuca', 'he considered the visit a success']);
  });

  it('does not read an audience with no clause after it as a statement', () => {
    expect(reportedSpeech(`${LEAD}Costa told reporters about the new defence pact on Friday.`)).toEqual([]);
  });
});

describe('a relative "that" after the object of a speech verb', () => {
  it.each([
    'Ciuca condemned the border attack that had killed two soldiers.',
    'Ciuca announced on Monday the plan for a truce that will begin next week.',
    'Ciuca said Romania would keep troops in the towns that were retaken last year.',
  ])('reports no clause that opens with the relative\'s verb: "%s"', (sentence) => {
    const said = reportedSpeech(`${LEAD}${sentence}`);
    expect(said.map(([, text]) => text.split(' ')[0])).not.toContainEqual(
      expect.stringMatching(/^(?:had|will|were)$/),
    );
  });

  it('keeps the whole clause of "said" when a relative "that" comes later in it', () => {
    const said = reportedSpeech(
      `${LEAD}Ciuca said Romania would keep troops in the towns that were retaken last year.`,
    );
    expect(said).toContainEqual([
      'person:nicolae-ciuca',
      'Romania would keep troops in the towns that were retaken last year',
    ]);
  });

  it('still reads "that" opening a clause after an object: "told reporters that ..."', () => {
    const said = reportedSpeech(`${LEAD}Ciuca told reporters that the border would stay open.`);
    expect(said).toContainEqual(['person:nicolae-ciuca', 'the border would stay open']);
  });
});

describe('a comma between "said" and the clause it reports', () => {
  it.each([
    ['The prime minister said,', 'the two sides will sign a trade pact in May'],
    ['Costa also said,', 'the embassy in Lisbon would reopen next year'],
    ['He said,', 'there are three candidates for the new defence post'],
  ])('reads "%s <clause>" as the subject saying the clause', (lead, clause) => {
    const said = reportedSpeech(`${LEAD}${lead} ${clause}.`);
    expect(said.map(([, text]) => text)).toContain(clause);
  });

  it('does not read a noun phrase after the comma as words said: "said, the latest step in ..."', () => {
    const said = reportedSpeech(`${LEAD}Costa said, the latest step in a long row over fishing rights.`);
    expect(said.map(([, text]) => text)).not.toContain('the latest step in a long row over fishing rights');
  });
});

describe('"told" and its audience before a bare clause', () => {
  it('reads a clause opened by names and a past verb: "told reporters Ciuca and Costa discussed ..."', () => {
    const said = reportedSpeech(
      `${LEAD}A Romanian spokesman, Ion Barbu, told reporters Ciuca and Costa discussed a defence pact.`,
    );
    expect(said).toContainEqual(['person:ion-barbu', 'Ciuca and Costa discussed a defence pact']);
  });

  it.each(['MPs', 'Parliament'])(
    'reads a capitalized audience no name covers: "told %s the pact ..."',
    (audience) => {
      const said = reportedSpeech(`${LEAD}Ciuca told ${audience} the defence pact is essential for Romania.`);
      expect(said).toContainEqual(['person:nicolae-ciuca', 'the defence pact is essential for Romania']);
    },
  );
});
