// Which agreement a statement is about when its words only point back at one ("the deal", "a long-awaited
// document", "according to the statement"), and when such a noun is another agreement or none at all.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Names of the agreements the statement of `speaker` (or the one quoting `speaker`) is about. */
function aboutAgreements(text: string, speaker: string): string[] {
  const result = extract(text);
  const statement = result.statements.find((s) => s.speaker === speaker || s.quote === speaker);
  expect(statement, `a statement by ${speaker}`).toBeDefined();
  return result.agreements.filter((a) => statement?.about.includes(a.id)).map((a) => a.name);
}

const MOU =
  'Mongolia, Australia sign visa memorandum\n\nMongolia and Australia signed a memorandum of understanding on working holiday visas in Canberra on Thursday.\n\nThe two ministers spoke after the ceremony.\n\n';
const CEASEFIRE =
  'Thailand, Cambodia agree to ceasefire\n\nThailand and Cambodia agreed to a ceasefire on Monday after talks in Putrajaya.\n\nThe fighting had displaced thousands.\n\n';

describe('a statement that points back at an agreement the article named', () => {
  it.each([
    [
      'a kind noun in the quote ("a long-awaited document")',
      `${MOU}“We are glad that a long-awaited document is now real,” Mongolian Foreign Minister Battsetseg Batmunkh said.`,
      'person:battsetseg-batmunkh',
    ],
    [
      'a kind noun in reported speech ("an immediate ceasefire")',
      `${CEASEFIRE}Cambodian Prime Minister Hun Manet said the main goal of the talks was to achieve an immediate ceasefire.`,
      'person:hun-manet',
    ],
    [
      'a document the attribution cites ("according to the statement")',
      'Colombia, Venezuela to restore ties\n\nColombia and Venezuela issued a joint statement on Thursday after their foreign ministers met.\n\nThe governments will “boost security and peace” on their shared border, according to the statement.',
      'COL',
    ],
    [
      'the hyphened spelling, in the sentence that tells of it ("agreed to a 48-hour cease-fire")',
      'Sudan rivals agree to truce\n\nThe army and the rebels in Sudan have agreed to a 48-hour cease-fire that takes effect on Friday, Kenyan President William Ruto said.',
      'person:william-ruto',
    ],
    [
      'a day or a particle between the verb and the truce ("agreed Sunday on a 72-hour truce")',
      'Sudan rivals agree to pause fighting\n\nKenyan President William Ruto said the army and the rebels in Sudan agreed Sunday on a 72-hour truce in Juba.',
      'person:william-ruto',
    ],
    [
      "a lasting ceasefire sought, when the article names only a plan for one: the plan's goal",
      'Egypt offers Gaza truce plan\n\nEgypt proposed a ceasefire plan for Gaza to Israel and Hamas on Monday.\n\nThe plan was handed to both sides in Cairo.\n\nHamas official Basem Naim said the group was ready to work with mediators to achieve a lasting ceasefire.',
      'person:basem-naim',
    ],
    [
      'the hyphened spelling, pointing back ("to respect the cease-fire")',
      'Sudan rivals agree to truce\n\nThe army and the rebels in Sudan agreed to a 48-hour cease-fire on Thursday.\n\nKenyan President William Ruto urged both sides to respect the cease-fire, “and to talk.”',
      'person:william-ruto',
    ],
  ])('%s', (_shape, text, speaker) => {
    expect(aboutAgreements(text, speaker)).toHaveLength(1);
  });

  it('means the agreement whose name has the noun, not a ceasefire named since', () => {
    const text =
      'Armenia, Azerbaijan finalize peace agreement\n\nArmenia and Azerbaijan agreed on the text of a peace agreement on Thursday.\n\nRussia brokered the 2020 ceasefire between them.\n\nIran said it welcomed the agreement on the text.';
    const about = aboutAgreements(text, 'IRN');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/peace/i);
  });
});

describe('a statement about every agreement signed', () => {
  it('is about all of them for "the agreements"', () => {
    const text =
      'Kenya, Tanzania sign pacts\n\nKenya and Tanzania signed an agreement on border trade and a memorandum of understanding on energy cooperation in Nairobi on Monday.\n\nKenyan President William Ruto said the agreements would boost trade between the two countries.';
    expect(aboutAgreements(text, 'person:william-ruto')).toHaveLength(2);
  });
});

describe('a kind noun that is not a reference to a named agreement', () => {
  it.each([
    [
      'another agreement ("another document")',
      `${MOU}“We hope to sign another document next year,” Mongolian Foreign Minister Battsetseg Batmunkh said.`,
      'person:battsetseg-batmunkh',
    ],
    [
      'a call for a ceasefire when the article names none',
      'Jordan, Saudi Arabia sign water memorandum\n\nJordan and Saudi Arabia signed a memorandum of understanding on water cooperation in Riyadh on Wednesday.\n\nJordanian Foreign Minister Ayman Safadi said every day without a ceasefire in Gaza costs lives.',
      'person:ayman-safadi',
    ],
    [
      'a call the speaker has long made ("has been calling for an early truce"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan said Malaysia had been calling for an early truce since the clashes began.`,
      'person:mohamad-hasan',
    ],
    [
      'a press statement before any joint statement is named',
      'Tokayev, Putin hold phone call\n\nKazakh President Kassym-Jomart Tokayev held a phone call with Russian President Vladimir Putin, the Kremlin said.\n\n“The leaders discussed trade and energy,” the Kremlin said in the statement.\n\nThe two leaders later signed a joint statement.',
      'The leaders discussed trade and energy',
    ],
    [
      'a ceasefire said not to exist ("without a lasting truce"), after a truce the article named',
      'Rivals agree to truce in Sahel town\n\nThe army and the rebel alliance agreed to a ceasefire in Kidal on Monday, mediators said.\n\nForeign Minister Abdoulaye Diop said the government would not free prisoners without a lasting truce and a rebel pullback.',
      'person:abdoulaye-diop',
    ],
    [
      'a proposal denied ("no such proposal"), after a memorandum the article named',
      `${MOU}Asked about a regional visa scheme, Mongolian Foreign Minister Battsetseg Batmunkh said no such proposal had been tabled.`,
      'person:battsetseg-batmunkh',
    ],
    [
      'a condition ("any agreement that ..."), after a memorandum the article named',
      `${MOU}Mongolian Foreign Minister Battsetseg Batmunkh said any agreement on mining would need the approval of parliament.`,
      'person:battsetseg-batmunkh',
    ],
    [
      'a larger ceasefire sought ("would negotiate a permanent ceasefire"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan said a joint committee would negotiate a permanent ceasefire.`,
      'person:mohamad-hasan',
    ],
    [
      'a larger ceasefire sought ("to achieve a lasting ceasefire"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan urged both sides to keep talking to achieve a lasting ceasefire.`,
      'person:mohamad-hasan',
    ],
    [
      'a ceasefire only sought ("will seek a truce ... elsewhere"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan said Kuala Lumpur will seek a truce next week, this time in Myanmar.`,
      'person:mohamad-hasan',
    ],
    [
      'a ceasefire only sought ("refused to negotiate a ceasefire"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan said the junta had refused for months to negotiate a ceasefire with its rivals.`,
      'person:mohamad-hasan',
    ],
    [
      'a goal ("the importance of a longer ceasefire"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan stressed the importance of a longer ceasefire along the border.`,
      'person:mohamad-hasan',
    ],
    [
      'a goal ("measures for a complete ceasefire"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan called on the region to take measures for a complete ceasefire.`,
      'person:mohamad-hasan',
    ],
    [
      'a goal ("the implementation of a permanent cessation of hostilities"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan said a regional panel would oversee the drafting and implementation of a permanent cessation of hostilities.`,
      'person:mohamad-hasan',
    ],
    [
      'a call the speaker keeps making ("his advocacy for a humanitarian ceasefire"), after a ceasefire the article named',
      `${CEASEFIRE}Malaysian Foreign Minister Mohamad Hasan, through his spokesman, stressed his long advocacy for a humanitarian ceasefire in the region.`,
      'person:mohamad-hasan',
    ],
    [
      'a quantity ("a great deal of")',
      'Japan, Vietnam sign trade deal\n\nJapan and Vietnam signed a trade deal in Hanoi on Monday.\n\nThe ministers then met reporters.\n\nJapanese Foreign Minister Yoko Kamikawa said there was a great deal of work ahead on climate.',
      'person:yoko-kamikawa',
    ],
  ])('%s', (_shape, text, speaker) => {
    expect(aboutAgreements(text, speaker)).toEqual([]);
  });
});

describe('a ceasefire-family noun ("the truce", "the ceasefire")', () => {
  it('points back at a ceasefire named with another word of its family', () => {
    const about = aboutAgreements(
      'Government, rebels agree ceasefire\n\nThe government of Mali and the northern rebel alliance agreed to a ceasefire on Thursday, mediators said.\n\nThe truce will take effect at midnight, Foreign Minister Abdoulaye Diop told reporters.',
      'person:abdoulaye-diop',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/ceasefire/);
  });
});

describe('a plural reference ("these agreements", "the documents signed today")', () => {
  it('reads "these MoUs" as the memoranda signed in view', () => {
    const about = aboutAgreements(
      'Chile, Peru sign memoranda\n\nChile and Peru signed a memorandum of understanding on mining and a memorandum of understanding on fisheries in Lima on Monday.\n\n' +
        'Peruvian Foreign Minister Elmer Schialer said these MoUs would bring the two economies closer.',
      'person:elmer-schialer',
    );
    expect(about).toHaveLength(2);
  });

  const PACTS =
    'Ghana, Togo sign pacts\n\nGhana and Togo signed an agreement on border trade and a memorandum of understanding on power supply in Accra on Monday.\n\n' +
    'The two presidents then toured the port.\n\nThey also visited a cocoa farm outside the city.\n\n';
  it.each([
    [
      'a count ("signed 12 agreements")',
      'Togolese President Faure Gnassingbe said the two countries signed 12 agreements in all.',
    ],
    [
      'the act ("the signing of bilateral agreements")',
      '“The signing of bilateral agreements shows our trust,” Togolese President Faure Gnassingbe said.',
    ],
    [
      'the verb ("held talks and signed agreements")',
      '“We held good talks and signed agreements,” Togolese President Faure Gnassingbe said.',
    ],
  ])('reads %s as every agreement signed, however far back it was named', (_shape, statement) => {
    expect(aboutAgreements(`${PACTS}${statement}`, 'person:faure-gnassingbe')).toHaveLength(2);
  });

  it('but not documents still to be signed, far from the ones named', () => {
    expect(
      aboutAgreements(
        `${PACTS}Togolese President Faure Gnassingbe said the documents that need to be signed next year are ready.`,
        'person:faure-gnassingbe',
      ),
    ).toEqual([]);
  });

  it('means the signed agreements in view, not one the article names later', () => {
    const about = aboutAgreements(
      'Norway, Iceland sign fisheries deal\n\nNorway and Iceland signed a fisheries agreement in Oslo on Monday.\n\n' +
        'Icelandic Foreign Minister Thordis Gylfadottir said these agreements would help both fleets.\n\n' +
        'Separately, Norway and Sweden signed a border treaty in Stockholm on Tuesday.',
      'person:thordis-gylfadottir',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/fisheries/);
  });
});

describe('a statement that opens with "This" after the paragraph reporting an agreement', () => {
  const SIGNED =
    'Peru, Ecuador sign river pact\n\nPeru and Ecuador signed a river navigation agreement in Lima on Tuesday.\n\n';
  it('is about the agreement of the sentence before it, across the paragraph break', () => {
    const about = aboutAgreements(
      `${SIGNED}“This is a proud day for both our peoples,” Ecuadorian Foreign Minister Gabriela Sommerfeld said.`,
      'person:gabriela-sommerfeld',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/river navigation/);
  });
  it('is about it too when a reported clause opens with "it" ("said it was “...”")', () => {
    const about = aboutAgreements(
      `${SIGNED}Ecuadorian Foreign Minister Gabriela Sommerfeld said it was “a proud day for both our peoples”.`,
      'person:gabriela-sommerfeld',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/river navigation/);
  });
  it.each([
    ['an extraposed "it" ("said it was vital to ...")', 'said it was vital to “keep the river open”.'],
    ['an "it" inside the quoted words', 'said: “It rained all week in the highlands.”'],
  ])('but not for %s', (_shape, words) => {
    const about = aboutAgreements(
      `${SIGNED}Ecuadorian Foreign Minister Gabriela Sommerfeld ${words}`,
      'person:gabriela-sommerfeld',
    );
    expect(about).toEqual([]);
  });
  it('but not when it opens with an expletive "It" ("It is not just that ...")', () => {
    const about = aboutAgreements(
      `${SIGNED}“It is not just that the border is calm,” Ecuadorian Foreign Minister Gabriela Sommerfeld said.`,
      'person:gabriela-sommerfeld',
    );
    expect(about).toEqual([]);
  });
});

describe('a body\'s reported "it" with a modal: the body itself, announcing its own next step', () => {
  const SUSPENDED =
    'Chile suspends fisheries pact with Peru\n\nThe government of Chile on Monday suspended the fisheries agreement it signed with Peru in 2019.\n\n';
  it.each([
    [
      'after the sentence that names the agreement',
      'Peru also announced that it will reduce the number of Chilean consular staff in Lima.',
    ],
    [
      'in the paragraph after it',
      'In a tit-for-tat move, Peru said it would not renew the visas of Chilean diplomats.',
    ],
  ])('is not about the agreement another party acted on (%s)', (_shape, words) => {
    expect(aboutAgreements(`${SUSPENDED}${words}`, 'PER')).toEqual([]);
  });
  it('but is about it when the "it" is acted on ("it would be reviewed")', () => {
    expect(aboutAgreements(`${SUSPENDED}Peru said it would be reviewed by its lawyers.`, 'PER')).toHaveLength(
      1,
    );
  });
  it('and about the agreement the body itself made in the sentence before', () => {
    const about = aboutAgreements(
      'Colombia declares truce with ELN\n\nThe Colombian Defense Ministry announced a ten-day ceasefire with the ELN on Friday.\n\nIn a statement, the ministry said it would stop “all offensive operations” in the north.',
      'org:colombian-defense-ministry',
    );
    expect(about).toHaveLength(1);
  });
});

describe('words that describe an object of their own ("described the relations as “...”")', () => {
  const PACT =
    'Kenya, Uganda sign border pact\n\nKenya and Uganda signed a border demarcation agreement in Nairobi on Tuesday.';
  it.each([
    [
      'a quote in the paragraph that names the agreement',
      `${PACT} Kenyan Foreign Minister Musalia Mudavadi described the relations between the two neighbours as “excellent”.`,
    ],
    [
      'after a sentence whose subject is the agreement',
      `${PACT}\n\nThe agreement takes effect next month.\n\nKenyan Foreign Minister Musalia Mudavadi called the scars of the old dispute “a memory we must keep”.`,
    ],
  ])('are about that object, not the agreement (%s)', (_shape, text) => {
    expect(aboutAgreements(text, 'person:musalia-mudavadi')).toEqual([]);
  });
  it.each([
    ['the announcement', 'described the announcement as “a historic step”.'],
    ['the move', 'called the move “long overdue”.'],
  ])('but are about the agreement when the object is the news (%s)', (_shape, words) => {
    expect(
      aboutAgreements(`${PACT} Kenyan Foreign Minister Musalia Mudavadi ${words}`, 'person:musalia-mudavadi'),
    ).toHaveLength(1);
  });
});

describe('a reaction to the news the lead reports ("the announcement", "Malawi\'s decision")', () => {
  const BORDER =
    'Malawi, Zambia sign border deal\n\nMalawi and Zambia signed a border agreement in Lusaka on Monday.\n\nThe two presidents spoke after the ceremony.\n\n';
  it.each([
    [
      'welcomed the announcement and said',
      'welcomed the announcement and said Botswana stood ready to help.',
    ],
    ['said this announcement', 'said this announcement comes at an important time for the region.'],
    ['a name\'s possessive ("Malawi\'s decision")', "said Malawi's decision was a courageous one."],
    ['a name\'s possessive ("Zambia’s move")', 'said Zambia’s move would bring calm to the lake.'],
  ])('is about the agreement the lead reports (%s)', (_shape, words) => {
    expect(
      aboutAgreements(`${BORDER}Botswana Foreign Minister Phenyo Butale ${words}`, 'person:phenyo-butale'),
    ).toHaveLength(1);
  });
  it.each([
    ['a judging modifier ("this bold step")', 'said this bold step would bring calm to the lake.'],
    [
      'two modifiers ("the most courageous decision")',
      'said both leaders had taken the most courageous decision of their lives.',
    ],
    ['in a quote ("this welcome move")', 'said: “We hope this welcome move will bring calm to the lake.”'],
  ])('is about the agreement the lead reports when the reaction judges it (%s)', (_shape, words) => {
    expect(
      aboutAgreements(`${BORDER}Botswana Foreign Minister Phenyo Butale ${words}`, 'person:phenyo-butale'),
    ).toHaveLength(1);
  });
  it.each([
    ['what comes after it ("the next step")', 'said the next step would be talks on fishing rights.'],
    [
      'a capitalized modifier ("the Zambian news agency")',
      'told the Zambian news agency that Botswana stood ready to help.',
    ],
    [
      'the noun as a modifier itself ("the state news agency")',
      'told the state news agency that Botswana stood ready to help.',
    ],
  ])('is not when the noun is something else (%s)', (_shape, words) => {
    expect(
      aboutAgreements(`${BORDER}Botswana Foreign Minister Phenyo Butale ${words}`, 'person:phenyo-butale'),
    ).toEqual([]);
  });
  it('is not when the announcement names its own news ("the announcement of new talks on fishing")', () => {
    expect(
      aboutAgreements(
        `${BORDER}Botswana Foreign Minister Phenyo Butale welcomed the announcement of new talks on fishing and said Botswana stood ready to help.`,
        'person:phenyo-butale',
      ),
    ).toEqual([]);
  });
});

describe('a reaction that calls the news "the development"', () => {
  const BORDER =
    'Malawi, Zambia sign border deal\n\nMalawi and Zambia signed a border agreement in Lusaka on Monday.\n\nThe two presidents spoke after the ceremony.\n\n';
  it.each([
    ['judged after it ("called the development ...")', 'called the development “a good day for the lake”.'],
    ['welcomed ("welcomed this positive development")', 'said Botswana welcomed this positive development.'],
  ])('is about the agreement the lead reports (%s)', (_shape, words) => {
    expect(
      aboutAgreements(`${BORDER}Botswana Foreign Minister Phenyo Butale ${words}`, 'person:phenyo-butale'),
    ).toHaveLength(1);
  });
  it.each([
    [
      'growth of something ("the development of")',
      'said the development of fishing would bring jobs to the lake.',
    ],
    [
      'growth of two things ("the development and ...")',
      'said the development and upkeep of roads would bring jobs.',
    ],
    ['a country\'s growth ("its development")', 'said Botswana would help the region in its development.'],
    [
      'a second noun joined on ("the lake and development")',
      'said peace on the lake and development go together.',
    ],
  ])('is not when the development is growth (%s)', (_shape, words) => {
    expect(
      aboutAgreements(`${BORDER}Botswana Foreign Minister Phenyo Butale ${words}`, 'person:phenyo-butale'),
    ).toEqual([]);
  });
});

describe('words after a sentence whose subject is the agreement', () => {
  const TRADE =
    'Kenya, Uganda sign trade pact\n\nKenya and Uganda signed a trade agreement in Nairobi on Tuesday.\n\nThe agreement takes effect next month.\n\n';
  it('are about it when they name a party ("Uganda said trade with Kenya would double")', () => {
    expect(aboutAgreements(`${TRADE}Uganda said trade with Kenya would double by 2030.`, 'UGA')).toHaveLength(
      1,
    );
  });
  it.each([
    ['a third country', 'Uganda expressed deep concern over the fighting in Somalia.'],
    [
      'a place of another country',
      'Uganda expressed deep concern over the humanitarian situation in the Gaza Strip.',
    ],
  ])('but not when they name only %s', (_shape, words) => {
    expect(aboutAgreements(`${TRADE}${words}`, 'UGA')).toEqual([]);
  });
});

describe('"the signing" (or "the ratification") as a reference to the agreement signed', () => {
  const ACCORD =
    'Guatemala peace accord signed\n\nThe government of Guatemala and the rebels signed a final peace accord in Guatemala City on Sunday.\n\n';
  it('points back at the agreement named before it', () => {
    const about = aboutAgreements(
      `${ACCORD}“The war is over,” rebel commander Rolando Moran said at the signing ceremony in the capital.`,
      'person:rolando-moran',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/peace accord/);
  });
  it('but not when "of" names what was signed ("the signing of several contracts")', () => {
    const about = aboutAgreements(
      `${ACCORD}The two leaders also witnessed the signing of several trade contracts, Guatemalan Foreign Minister Carlos Martinez said.`,
      'person:carlos-martinez',
    );
    expect(about).toEqual([]);
  });
});

describe('a quote after a sentence that points back at the agreement ("for the historic signing")', () => {
  const SIGNED =
    'Kenya, Somalia sign border accord\n\nKenya and Somalia signed a maritime border accord in Nairobi on Friday.\n\nThe fishing towns had waited for years.\n\n';
  it('is about the agreement that reference means, in the same paragraph', () => {
    const about = aboutAgreements(
      `${SIGNED}President William Ruto greeted the delegations for the historic signing. “From today our fishermen can sail without fear,” Ruto said.`,
      'person:william-ruto',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/border accord/);
  });
  it('but not after an indefinite one ("to achieve an immediate ceasefire")', () => {
    const about = aboutAgreements(
      `${CEASEFIRE}Hun Manet said the goal of the talks was to achieve an immediate ceasefire. “We do not trust the other side yet,” Thai Foreign Minister Maris Sangiampongsa told reporters.`,
      'person:maris-sangiampongsa',
    );
    expect(about).toEqual([]);
  });
});

describe('words after a sentence whose subject is the agreement ("The truce is expected to begin ...")', () => {
  const TRUCE =
    'Sudan rivals agree to truce\n\nThe army and the rebels in Sudan agreed to a 72-hour truce in Jeddah on Monday.\n\nThe fighting had displaced thousands.\n\n';
  it('are about that agreement, across the paragraph break', () => {
    const about = aboutAgreements(
      `${TRUCE}The truce is expected to begin on Thursday morning.\n\nArmy spokesman Nabil Abdallah said 40 prisoners would be freed over three days.`,
      'person:nabil-abdallah',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/truce/i);
  });
  it.each([
    [
      'set against another occasion ("comes weeks after")',
      'The truce comes weeks after a raid on a market in Omdurman.\n\nArmy spokesman Nabil Abdallah said the raiders had acted alone.',
    ],
    [
      'opening the words of a speaker',
      '“The truce is the work of many hands,” the mediators said.\n\nArmy spokesman Nabil Abdallah said the roads to Omdurman had reopened.',
    ],
  ])('but not after a sentence %s', (_shape, words) => {
    expect(aboutAgreements(`${TRUCE}${words}`, 'person:nabil-abdallah')).toEqual([]);
  });
});

describe('words on the relations between the countries, after a sentence whose subject is the agreement', () => {
  const MOUS =
    'Ghana, Togo sign fisheries memorandum\n\nGhana and Togo signed a memorandum of understanding on fisheries in Accra on Monday.\n\nThe fishermen of both coasts had waited for years.\n\n';
  it.each([
    [
      '"the excellent relationship"',
      'expressed satisfaction with the excellent relationship between the two peoples',
    ],
    ['"the invaluable relations"', 'reaffirmed the invaluable relations that exist between Ghana and Togo'],
    [
      '"bilateral cooperation in other sectors"',
      'reaffirmed his commitment to bilateral cooperation in other sectors',
    ],
  ])('are about the relations (%s)', (_shape, words) => {
    const about = aboutAgreements(
      `${MOUS}The memorandum was signed by the two fisheries ministers.\n\nForeign Minister Kwame Asante ${words}.`,
      'person:kwame-asante',
    );
    expect(about).toEqual([]);
  });
  it('but not when they call the agreement by its initials ("hailed the FPM as a milestone in relations")', () => {
    const about = aboutAgreements(
      'Ghana, Togo sign fisheries memorandum\n\nGhana and Togo signed a Fisheries Partnership Memorandum in Accra on Monday.\n\nThe fishermen of both coasts had waited for years.\n\nThe memorandum was signed by the two fisheries ministers.\n\nForeign Minister Kwame Asante hailed the FPM as a milestone in the relations of the two coasts.',
      'person:kwame-asante',
    );
    expect(about).toEqual(['Fisheries Partnership Memorandum']);
  });
  it('while words on the agreement itself still are about it', () => {
    const about = aboutAgreements(
      `${MOUS}The memorandum was signed by the two fisheries ministers.\n\nForeign Minister Kwame Asante said the patrols would start in March.`,
      'person:kwame-asante',
    );
    expect(about).toHaveLength(1);
  });
});

describe('words that open with "This is" or "it was" after a sentence naming no agreement', () => {
  const ACCORD =
    'Sudan, rebels sign peace accord\n\nThe government and the rebels signed a peace accord in Juba on Saturday.\n\nThousands danced in the streets of the capital.\n\n';
  it.each([
    [
      'a quote ("This was unthinkable")',
      '“This was unthinkable a year ago,” Prime Minister Kamil Idris said.',
    ],
    [
      'a reported clause ("said it was a great day")',
      'Prime Minister Kamil Idris said it was a great day for the country.',
    ],
  ])('judge the agreement the lead reports: %s', (_shape, words) => {
    const about = aboutAgreements(`${ACCORD}${words}`, 'person:kamil-idris');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/peace accord/);
  });
  it.each([
    [
      'a determiner ("This year marks")',
      '“This year marks a century of our schools,” Prime Minister Kamil Idris said.',
    ],
    [
      'the speaker as subject ("it will")',
      'Prime Minister Kamil Idris said it will rebuild the schools of the capital.',
    ],
    [
      'an issue the pronoun is ("This is a serious issue")',
      'Asked about the closed schools in the north, Prime Minister Kamil Idris said the ministry was working on it. “This is a serious issue,” he said.',
    ],
    [
      'an issue in a reported clause ("it is a matter of concern")',
      'Prime Minister Kamil Idris said the army would reopen the schools soon. He said it is a matter of concern for every family.',
    ],
    [
      'the idiom ("it is time for")',
      'Prime Minister Kamil Idris noted that it is time for the schools of the north to reopen.',
    ],
  ])('but not for %s', (_shape, words) => {
    const result = extract(`${ACCORD}${words}`);
    const statement = result.statements.find((s) => /rebuild|century|issue|concern|time for/.test(s.text));
    expect(statement).toBeDefined();
    expect(result.agreements.filter((a) => statement?.about.includes(a.id))).toEqual([]);
  });
});

describe('a reference with a capitalized word before its noun ("the Gaza truce", "the Egypt-mediated truce")', () => {
  const TRUCE =
    'Sudan rivals sign truce\n\nThe army and the rebels in Sudan signed the Jeddah Ceasefire Agreement on Monday.\n\n';
  it.each([
    [
      'a place in its name ("the Jeddah truce")',
      'Kenyan President William Ruto urged both sides to respect the Jeddah truce.',
    ],
    [
      'the part before a hyphen ("the Jeddah-brokered truce")',
      'Kenyan President William Ruto urged both sides to respect the Jeddah-brokered truce.',
    ],
  ])('is the agreement whose name has that word: %s', (_shape, words) => {
    const about = aboutAgreements(`${TRUCE}${words}`, 'person:william-ruto');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/Jeddah/);
  });
  it('whoever the article says brokered it ("the Qatar-mediated truce")', () => {
    const about = aboutAgreements(
      `${TRUCE}Kenyan President William Ruto urged both sides to respect the Qatar-mediated truce.`,
      'person:william-ruto',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/Jeddah/);
  });
  it('but not one whose name lacks it ("the Paris truce")', () => {
    expect(
      aboutAgreements(
        `${TRUCE}Kenyan President William Ruto urged both sides to respect the Paris truce.`,
        'person:william-ruto',
      ),
    ).toEqual([]);
  });
});

describe('a ceasefire-family noun in the lead, before the story names its agreement', () => {
  const KALLAS =
    'EU foreign policy chief Kaja Kallas urged the Sudanese army to support a proposed truce in Darfur.\n\n';
  const SIGNING =
    'The army and the rebels are expected to sign the Darfur truce agreement in Jeddah next week.\n';
  it('is the one agreement named by a word of that family later', () => {
    const about = aboutAgreements(
      `EU urges Sudan army to back truce\n\n${KALLAS}${SIGNING}`,
      'person:kaja-kallas',
    );
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/truce/);
  });
  it('but not after the lead', () => {
    const text = `Sudan talks resume in Jeddah\n\nThe army and the rebels met in Jeddah on Monday.\n\nThe talks lasted six hours.\n\nThe mediators spoke of progress.\n\n${KALLAS}${SIGNING}`;
    expect(aboutAgreements(text, 'person:kaja-kallas')).toEqual([]);
  });
  const OPENING =
    'EU envoy visits Darfur\n\nEU foreign policy chief Kaja Kallas arrived in El Fasher on Monday.\n\nThe visit lasted two days.\n\nShe met aid workers.\n\n';
  const SIGNED = 'The army and the rebels signed the Darfur truce agreement in Jeddah last week.\n';
  it('and after the lead, when "the" points back at it', () => {
    const text = `${OPENING}Kallas urged both sides to honour their commitments under the truce.\n\n${SIGNED}`;
    const about = aboutAgreements(text, 'person:kaja-kallas');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/truce/);
  });
  it('but not one side\'s own act after the lead ("the unilateral truce")', () => {
    const text = `${OPENING}Kallas said the unilateral truce of the army had calmed the city.\n\n${SIGNED}`;
    expect(aboutAgreements(text, 'person:kaja-kallas')).toEqual([]);
  });
});

describe('two speakers in one sentence', () => {
  it("leaves the agreement inside the other speaker's words to that speaker", () => {
    const text =
      'Kenya, Uganda talk trade\n\nKenya and Uganda signed a trade deal in Nairobi on Monday.\n\n“We talked about roads and schools, nothing else,” Ugandan President Yoweri Museveni told reporters after a post in which Kenyan President William Ruto said the trade deal would lower fuel prices.';
    expect(aboutAgreements(text, 'person:yoweri-museveni')).toEqual([]);
    expect(aboutAgreements(text, 'person:william-ruto')).toHaveLength(1);
  });
});

describe("one speaker's two clauses in one sentence", () => {
  const ACCORD =
    'Norway and Iceland sign fishing accord\n\nNorway and Iceland signed a fishing accord in Oslo on Tuesday.\n\nNorwegian Foreign Minister Espen Barth Eide called the accord "a victory for both coasts" and said ';
  /** Names of the agreements the reported (unquoted) statement of `speaker` is about. */
  function reportedAbout(text: string, speaker: string): string[] {
    const result = extract(text);
    const statement = result.statements.find((s) => s.speaker === speaker && !s.direct);
    expect(statement, `a reported statement by ${speaker}`).toBeDefined();
    return result.agreements.filter((a) => statement?.about.includes(a.id)).map((a) => a.name);
  }

  it('leaves the agreement the first clause names out of a second clause on its own topic', () => {
    const text = `${ACCORD}Norway would raise fuel taxes next year.`;
    expect(aboutAgreements(text, 'a victory for both coasts')).toHaveLength(1);
    expect(reportedAbout(text, 'person:espen-barth-eide')).toEqual([]);
  });

  it('but gives it to a second clause that points back at it ("said it would be reviewed")', () => {
    expect(
      reportedAbout(`${ACCORD}it would be reviewed every five years.`, 'person:espen-barth-eide'),
    ).toHaveLength(1);
  });

  it('does not read a pronoun after a name of its own clause as pointing back ("Norway and its neighbours")', () => {
    const text = `${ACCORD}Norway would discuss fuel taxes with its neighbours next year.`;
    expect(reportedAbout(text, 'person:espen-barth-eide')).toEqual([]);
  });

  it('leaves a reaction to the news in the first clause ("called the withdrawal ...") out of the second', () => {
    const text =
      'Ruritania quits fisheries treaty\n\nRuritania withdrew from the Northern Fisheries Treaty on Monday.\n\nIn Oslo, Foreign Minister Espen Barth Eide called the withdrawal "a grave mistake" and said Norway would raise fuel taxes next year.';
    expect(aboutAgreements(text, 'a grave mistake')).toHaveLength(1);
    expect(reportedAbout(text, 'person:espen-barth-eide')).toEqual([]);
  });
});

describe("a speaker's next sentence after their words on an agreement", () => {
  const FIRST =
    'Chile and Peru sign fishing accord\n\nChile and Peru signed a fishing accord in Lima on Monday.\n\nChilean Foreign Minister Alberto van Klaveren said the fishing accord "changes everything" for the coast. ';
  const quoteAbout = (text: string, quote: string): number => {
    const result = extract(text);
    const statement = result.statements.find((s) => s.quote?.startsWith(quote));
    expect(statement, `a statement quoting ${quote}`).toBeDefined();
    return result.agreements.filter((a) => statement?.about.includes(a.id)).length;
  };

  it('does not carry the agreement to quoted words naming a topic of their own', () => {
    const text = `${FIRST}He stressed that trade with Bolivia is "the only way for Argentina to grow".`;
    expect(quoteAbout(text, 'changes everything')).toBe(1);
    expect(quoteAbout(text, 'the only way')).toBe(0);
  });

  it('but carries it when the words point back ("to make this work")', () => {
    const text = `${FIRST}He promised that Chile would "do all it takes to make this work".`;
    expect(quoteAbout(text, 'do all it takes')).toBe(1);
  });

  it('and when the words name nothing of their own ("a new chapter")', () => {
    const text = `${FIRST}He added that the day was "a new chapter".`;
    expect(quoteAbout(text, 'a new chapter')).toBe(1);
  });

  it.each([
    ['opening with "It"', '"It will feed the fishing towns for years," he added.', 'It will feed'],
    [
      'pointing back a few words in',
      '"We trust this will feed the fishing towns," he added.',
      'We trust this',
    ],
  ])('carries it across a paragraph break to quoted words %s', (_shape, words, quote) => {
    expect(quoteAbout(`${FIRST}\n\n${words}`, quote)).toBe(1);
  });

  it('carries it to quoted words opening with "It" after a sentence naming the speaker beside the agreement', () => {
    const text =
      'Sudan, rebels sign peace accord\n\nThe government and the rebels signed a peace accord in Nairobi on Sunday.\n\nKenyan President William Ruto witnessed the signing of the accord at the stadium.\n\n“It marks the end of a long war,” Ruto said.';
    expect(quoteAbout(text, 'It marks the end')).toBe(1);
  });

  // Quoted words opening the next paragraph go on from the same speaker's words on the agreement, pointer or not.
  it('carries it across the break to quoted words with no pointer that open their sentence', () => {
    expect(quoteAbout(`${FIRST}\n\n"Fishing towns need work," he said.`, 'Fishing towns')).toBe(1);
  });

  it('but not after words that only name the agreement ("referred to the accord")', () => {
    const text =
      'Chile and Peru sign fishing accord\n\nChile and Peru signed a fishing accord in Lima on Monday.\n\nChilean Foreign Minister Alberto van Klaveren referred to the fishing accord and to the coastal patrols.\n\n"There are days they listen to us and days they do not," he said.';
    expect(quoteAbout(text, 'There are days')).toBe(0);
  });

  it('nor to quoted words inside their sentence, across the break', () => {
    const text = `${FIRST}\n\nHe said that for the towns "work is what matters".`;
    expect(quoteAbout(text, 'work is what matters')).toBe(0);
  });
});

describe('a bare "agreement" or "deal" after a joint statement that carries the words', () => {
  it('is not the joint statement: the statement is about the deal, and the joint statement no agreement', () => {
    const text =
      'In a joint statement, mediators Norway and Switzerland called on Ruritania and Borduria to finalise an agreement embodying the principles set out by the Swiss president.\n\n"These principles bring the demands of both sides together in a deal that serves everyone," the statement said.\n\nOn Friday, Swiss President Karin Keller-Sutter said Ruritania had offered Borduria a two-stage deal that would end the fighting.';
    const result = extract(text);
    expect(result.agreements.map((a) => a.kind)).not.toContain('declaration');
    const quoted = result.statements.find((s) => s.quote?.startsWith('These principles'));
    const about = result.agreements.filter((a) => quoted?.about.includes(a.id));
    expect(about.map((a) => a.kind)).toEqual(['deal']);
  });
});

describe('a reaction urging the sides to seize the opportunity, after a lead that reports a deal', () => {
  const DEAL =
    'Government, rebels sign peace deal in Addis Ababa\n\nThe government and the northern rebels signed a peace deal in Addis Ababa on Monday.\n\nThe fighting had displaced thousands.\n\n';
  it('is about the deal ("urged both sides to seize the historic opportunity")', () => {
    const text = `${DEAL}African Union Commission chairperson Moussa Faki urged both sides to seize the historic opportunity to end the war.`;
    expect(aboutAgreements(text, 'person:moussa-faki')).toHaveLength(1);
  });
  it('but not without a lead agreement to take up', () => {
    const text =
      'Rivals meet in Addis Ababa\n\nThe government and the northern rebels met in Addis Ababa on Monday.\n\nAfrican Union Commission chairperson Moussa Faki urged both sides to seize the historic opportunity to end the war.';
    expect(aboutAgreements(text, 'person:moussa-faki')).toEqual([]);
  });
});

describe('"the plan" as a reference to the agreement named before it', () => {
  it('points back at it ("enforcing the plan")', () => {
    const about = aboutAgreements(
      `${CEASEFIRE}Malaysian Prime Minister Anwar Ibrahim said enforcing the plan along the border would be hard.`,
      'person:anwar-ibrahim',
    );
    expect(about).toHaveLength(1);
  });
  it('but "a plan" is a new one', () => {
    const about = aboutAgreements(
      `${CEASEFIRE}Malaysian Prime Minister Anwar Ibrahim said Malaysia had a plan for new border markets.`,
      'person:anwar-ibrahim',
    );
    expect(about).toEqual([]);
  });
});

describe('"the cessation of hostilities" and "the pause" as words for a ceasefire named before', () => {
  it.each([
    ['the cessation', 'said the cessation of hostilities would let families go home.'],
    ['the pause', 'said the starting time of the pause would be announced on Tuesday.'],
  ])('point back at it (%s)', (_shape, words) => {
    const about = aboutAgreements(
      `${CEASEFIRE}Malaysian Prime Minister Anwar Ibrahim ${words}`,
      'person:anwar-ibrahim',
    );
    expect(about).toHaveLength(1);
  });
  it('but not at an agreement of another family ("a pause in the talks")', () => {
    const about = aboutAgreements(
      `${MOU}Mongolian Foreign Minister Battsetseg Batmunkh said the pause in the talks on mining was over.`,
      'person:battsetseg-batmunkh',
    );
    expect(about).toEqual([]);
  });
});

describe('"the pause" after a lead that calls its deal a truce, though the deal is not named so', () => {
  const LEAD =
    'Sudan rivals deal draws praise abroad\n\nThe three-day truce between the army and the rebels in Sudan drew praise from neighbours on Friday.\nThe army and the rebels reached a deal in Jeddah on Thursday, both sides said.\n\nFighting had killed hundreds.\n\n';
  it.each([
    ['the pause', 'Ethiopia said it hoped the pause would let aid reach Khartoum.'],
    ['the three-day pause', 'Ethiopia said the three-day pause in fighting would let aid reach Khartoum.'],
  ])('points back at the deal (%s)', (_shape, words) => {
    expect(aboutAgreements(`${LEAD}${words}`, 'ETH')).toHaveLength(1);
  });
  it('but "a truce" is one more, asked for or new', () => {
    expect(
      aboutAgreements(`${LEAD}Ethiopia said a truce in Darfur would let aid reach El Fasher.`, 'ETH'),
    ).toEqual([]);
  });
  it('and not after a lead that never calls it so', () => {
    const text =
      'Sudan rivals deal draws praise abroad\n\nThe army and the rebels in Sudan reached a deal in Jeddah on Thursday, both sides said.\n\nFighting had killed hundreds.\n\nEthiopia said the three-day pause in fighting would let aid reach Khartoum.';
    expect(aboutAgreements(text, 'ETH')).toEqual([]);
  });
});

describe('words said at an occasion the agreement follows ("The agreement follows his visit, when he said")', () => {
  const HEAD =
    'Kenya, Ghana sign trade pact\n\nKenya and Ghana signed a preferential trade agreement in Nairobi on Friday.\n\n';
  it.each([
    [
      'in the "when" clause',
      'The agreement follows Kenyan President William Ruto’s visit to Accra in March, when he stressed the need to open markets.',
    ],
    [
      'in the "where" clause, after "came after"',
      'The agreement came after a meeting held in Accra in March, where Kenyan President William Ruto underscored the need to open markets.',
    ],
  ])('are not about it (%s)', (_shape, sentence) => {
    expect(aboutAgreements(`${HEAD}${sentence}`, 'person:william-ruto')).toEqual([]);
  });
  it('nor are the quoted words that go on from them', () => {
    const text = `${HEAD}The agreement follows Kenyan President William Ruto’s visit to Accra in March, when he stressed the need to open markets. “Our trade does not reflect our friendship,” he had said at a business forum.`;
    const result = extract(text);
    const quoted = result.statements.find((s) => s.quote?.startsWith('Our trade'));
    expect(quoted?.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });
  it('but the words of a speaker of the main clause still are ("welcomed the agreement when ...")', () => {
    const text = `${HEAD}Kenyan President William Ruto welcomed the agreement when he spoke in Nairobi, saying it would open markets.`;
    expect(aboutAgreements(text, 'person:william-ruto')).toHaveLength(1);
  });
});

describe('a bare kind noun right after an instrument the article never called by it', () => {
  /** Names of the agreements the statement whose text has `words` is about. */
  const aboutStatement = (text: string, words: string): string[] => {
    const result = extract(text);
    const statement = result.statements.find((s) => s.text.includes(words));
    expect(statement, `a statement with "${words}"`).toBeDefined();
    return result.agreements.filter((a) => statement?.about.includes(a.id)).map((a) => a.name);
  };

  it.each([
    [
      '"the deal" after a ceasefire named in passing: the peace deal the article calls a deal',
      "Mali urged to unite\n\nMali's president urged citizens on Monday to back a peace deal signed with northern rebels last month.\n\nBoth sides have since accused each other of violating the permanent ceasefire.\n\nPresident Assimi Goita repeated his concerns about the deal in Bamako on Monday, saying some clauses needed to be revisited.",
      'revisited',
      ['Mali peace deal'],
    ],
    [
      '"the agreement" after a charter named as a basis: the agreement named before it',
      "Qatar and Bahrain reaffirm the Riyadh Agreement\n\nQatar and Bahrain reaffirmed their commitment to the Riyadh Agreement on good relations based on the Charter of the Gulf Cooperation Council.\n\nQatari Foreign Minister Mohammed Al-Khulaifi said Kuwait's mediation was vital to advancing the agreement's implementation.",
      'mediation',
      ['Riyadh Agreement'],
    ],
  ])('%s', (_shape, text, words, expected) => {
    expect(aboutStatement(text, words)).toEqual(expected);
  });

  it('keeps "the agreement" on a ceasefire just named, when no agreement was called so before it', () => {
    expect(
      aboutStatement(
        'Rivals agree to truce\n\nThe army and the rebels agreed a ceasefire in Tripoli on Monday.\n\nSpokesman Ahmed Mismari said the agreement would hold.',
        'would hold',
      ),
    ).toHaveLength(1);
  });
});

describe('a founding charter a statement cites only as the ground of what it reports', () => {
  const aboutStatement = (text: string, words: string): string[] => {
    const result = extract(text);
    const statement = result.statements.find((s) => s.text.includes(words));
    expect(statement, `a statement with "${words}"`).toBeDefined();
    return result.agreements.filter((a) => statement?.about.includes(a.id)).map((a) => a.name);
  };

  it('leaves out charters listed after "by adhering to", beside the agreement its words are about', () => {
    expect(
      aboutStatement(
        'Gulf committee meets in Kuwait\n\nQatar and Bahrain affirmed their commitment to implementing the Riyadh Agreement in full and to strengthening good relations by adhering to the United Nations Charter, the Charter of the Gulf Cooperation Council and international law.',
        'Riyadh Agreement',
      ),
    ).toEqual(['Riyadh Agreement']);
  });

  it('keeps a charter its words name as their own topic', () => {
    expect(
      aboutStatement(
        'Gulf ministers meet in Kuwait\n\nQatar said the Riyadh Agreement had been signed in violation of the Charter of the Gulf Cooperation Council.',
        'in violation of',
      ),
    ).toHaveLength(2);
  });
});

describe('"the resolution": only the resolution the article reports adopted', () => {
  const RESOLUTION =
    'Security Council demands Ruritania truce\n\nThe UN Security Council on Monday adopted a resolution demanding a truce in Ruritania, with 13 votes in favour.\n\n';

  it('is the adopted resolution, named with its body ("despite the UN Security Council resolution")', () => {
    const text = `${RESOLUTION}Bordurian Foreign Minister Anton Vogel said Borduria would keep its troops in Ruritania despite the UN Security Council resolution.`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual(['UN Security Council resolution']);
  });

  it('is not a peace plan of the same kind when no resolution was adopted', () => {
    const text =
      'Borduria unveils Ruritania peace plan\n\nBorduria presented a peace plan for Ruritania on Monday.\n\nRuritanian Foreign Minister Anton Vogel said the resolution his country drafted at the United Nations would come first.';
    const result = extract(text);
    const statement = result.statements.find((s) => s.speaker === 'person:anton-vogel');
    expect(statement?.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });
});

describe('"the statement" after a press statement: a joint statement or communique named so, not a declaration', () => {
  const REJECTS =
    'Borduria rejects talks\n\nBorduria will not join new talks before the rebels honour the Lakeside Declaration signed in May, the Bordurian Foreign Ministry said on Tuesday.\n\n';

  it.each([
    [
      'a quote the statement reads, after the ministry tells of its statement',
      'Borduria says no talks before truce pledge kept\n\nBorduria will not join new talks before the rebels honour the Lakeside Declaration signed in May.\n\nIn a statement issued on Tuesday, the Bordurian Foreign Ministry said it was ready to take part in talks on the border.\n\n"The government remains ready to meet any envoy who comes in good faith," the statement read.',
      'The government remains ready',
    ],
    [
      'reported speech the statement adds',
      `${REJECTS}The rebels have broken the truce twice since then, the statement added.`,
      'The rebels have broken',
    ],
  ])('%s', (_label, text, head) => {
    const statement = extract(text).statements.find((s) => (s.quote ?? s.text).startsWith(head));
    expect(statement, head).toBeDefined();
    expect(statement?.about.filter((id) => id.startsWith('agreement:'))).toEqual([]);
  });
});

describe('a bare reference after an older agreement the story recalls by its year', () => {
  const SIGNED = "Chad's government and rebel groups signed a humanitarian access deal on Friday.\n";

  it("is the story's own agreement, not the dated one named in the sentence before", () => {
    const text = `${SIGNED}The deal was signed after both sides agreed to revive the 2019 peace agreement.\n"The cabinet has now decided that the agreement is approved," Cabinet Minister Ahmat Mahamat said.`;
    const about = aboutAgreements(text, 'person:ahmat-mahamat');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/access deal/);
  });

  it('is the dated one when the same sentence names it', () => {
    const text = `${SIGNED}"The 2019 peace agreement is still alive; nobody can tear up this agreement," Cabinet Minister Ahmat Mahamat said.`;
    // The government's deal with its rebel groups is Chad's ("Chad peace agreement"): the dated one, not the access deal.
    const about = aboutAgreements(text, 'person:ahmat-mahamat');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/peace agreement$/);
  });
});

describe('a statement that names one agreement and then another beside it', () => {
  const TRUCE =
    'Rival forces in Sahelia sign truce\n\nThe army and the rebel movement signed a ceasefire agreement in Lomé on Sunday.\n\n';

  it('is about both: the second, a definite description after "and to the", is no re-description of the first', () => {
    const text = `${TRUCE}"We ask both sides to honour the Lomé 'Declaration of Principles' and to the short-term ceasefire agreement as well as the aid arrangements," opposition leader Amadou Diallo said.`;
    expect(aboutAgreements(text, 'person:amadou-diallo')).toHaveLength(2);
  });
});

describe('"the proposal": only a proposal the article names so', () => {
  const PROPOSAL =
    'Mediators send Ruritania truce proposal\n\nMediators from Borduria sent a ceasefire proposal to the army and the rebels of Ruritania on Monday.\n\n';

  it('is the proposal the article named ("awaiting a reply to the proposal")', () => {
    const text = `${PROPOSAL}Bordurian Foreign Minister Anton Vogel said Borduria was still awaiting a formal reply to the proposal.`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual(['ceasefire proposal']);
  });

  it('is the proposal the article named, in a quote ("rejected the proposal")', () => {
    const text = `${PROPOSAL}"The army has rejected the proposal outright," rebel spokesman Jean Kabila said.`;
    expect(aboutAgreements(text, 'person:jean-kabila')).toEqual(['ceasefire proposal']);
  });

  it('is no agreement when the article names an agreement but no proposal', () => {
    const text =
      'Ruritania and rebels sign framework accord\n\nRuritania and the Northern Front signed a framework peace agreement in Lomé on Saturday.\n\nRebel spokesman Jean Kabila said the Front would study the proposal on prisoners next week.';
    expect(aboutAgreements(text, 'person:jean-kabila')).toEqual([]);
  });

  it('is the one agreement of the article whatever it is called ("the proposal" after "a truce plan")', () => {
    const text =
      'Ruritania rebels weigh truce plan\n\nMediators from Borduria sent a truce plan to the army and the rebels of Ruritania on Monday.\n\n"The proposal has met both sides halfway," Bordurian Foreign Minister Anton Vogel said.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual(['truce plan']);
  });

  it('and so are "the initiative" and "the offer" ("there was nothing new in the offer")', () => {
    const text =
      'Ruritania rebels weigh truce plan\n\nMediators from Borduria sent a truce plan to the army and the rebels of Ruritania on Monday.\n\n"The initiative will take effect as soon as the rebels accept it," Bordurian Foreign Minister Anton Vogel said.\n\nRebel spokesman Jean Kabila said there was nothing new in the offer.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual(['truce plan']);
    expect(aboutAgreements(text, 'person:jean-kabila')).toEqual(['truce plan']);
  });

  it('but "the initiative" beside a signed agreement is some other step', () => {
    const text =
      'Ruritania, Borduria sign peace accord\n\nRuritania and Borduria signed a peace agreement in Strelsau on Monday.\n\nRuritanian President Anton Vogel voiced his full support for the initiative of the two foreign ministers to hold a joint concert.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual([]);
  });
});

describe('a relationship word ("development partnership") the agreement stage folded into a signed document', () => {
  it('is about the relations, not the memoranda ("discussed ... and development partnership")', () => {
    const text =
      'Ruritania, Borduria sign seven MoUs\n\nRuritania and Borduria signed seven Memorandum of understanding (MoUs) on Monday in the presence of President Anton Vogel.\n\nEarlier, foreign ministry spokesman Karel Novak said that the two presidents discussed issues related to trade, energy, border security and development partnership.';
    expect(aboutAgreements(text, 'person:karel-novak')).toEqual([]);
  });

  it('nor when the words call it equal ("on the basis of mutual benefit and equal partnership")', () => {
    const text =
      'Ruritania, Borduria sign defence pact\n\nRuritania and Borduria signed a defence and economic cooperation agreement on Monday during President Anton Vogel’s visit to Strelsau.\n\nRuritanian President Anton Vogel said his country wanted closer ties with its partners in the region on the basis of mutual benefit and equal partnership between the two sides.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual([]);
  });

  it('but is about an agreement whose own name has the word ("the strategic partnership agreement")', () => {
    const text =
      'Ruritania, Borduria sign partnership pact\n\nRuritania and Borduria signed a strategic partnership agreement on Monday.\n\nRuritanian President Anton Vogel said the strategic partnership would open a new chapter between the two countries.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toHaveLength(1);
  });

  it.each([
    ['"the strategic partnership will ..."', 'the strategic partnership will bring the two economies closer'],
    ['a bare "the partnership would ..."', 'the partnership would help farmers on both sides of the border'],
  ])('but is the memorandum that sets the partnership up, pointed back at with "the": %s', (_, words) => {
    const text = `Ruritania, Borduria sign partnership memorandum\n\nRuritania and Borduria signed a memorandum of understanding on Monday to establish a strategic partnership.\n\nThe ministers met in Strelsau.\n\nRuritanian Foreign Minister Anton Vogel said ${words}.`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toHaveLength(1);
  });

  it('not the relations a clause after it tells of ("the partnership that the leaders agreed to pursue")', () => {
    const text =
      'Ruritania, Borduria sign loan memorandum\n\nRuritania and Borduria signed a memorandum of understanding on Monday on a loan for a strategic partnership in ports.\n\nThe ministers met in Strelsau.\n\nRuritanian Foreign Minister Anton Vogel said the talks reflected the strategic partnership that the two presidents agreed to pursue last year.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual([]);
  });

  it('not their own long partnership ("their enduring partnership")', () => {
    const text =
      'Ruritania, Borduria sign partnership memorandum\n\nRuritania and Borduria signed a memorandum of understanding on Monday to establish a strategic partnership.\n\nThe ministers met in Strelsau.\n\nRuritanian Foreign Minister Anton Vogel said their enduring partnership rests on trust.';
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual([]);
  });
});

describe('"an understanding", "this understanding": the agreement in view, right after its determiner', () => {
  const TRUCE =
    'Ruritania, rebels agree truce\n\nRuritania and the Northern Front agreed to a ceasefire agreement on Tuesday after talks mediated by Borduria.\n\n';

  it('points back in a quote ("in reaching this understanding")', () => {
    const text = `${TRUCE}Prime Minister Karel Novak said: “While I thank Borduria for its part in reaching this understanding, we will watch the border closely.”`;
    expect(aboutAgreements(text, 'person:karel-novak')).toHaveLength(1);
  });

  it('and after an indefinite article ("we have reached an understanding on the border")', () => {
    const text = `${TRUCE}“We have reached an understanding on the border, and the guns have gone silent,” Defence Minister Anton Vogel said.`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toHaveLength(1);
  });

  it('not with a modifier or a complement ("a common understanding of", "to reach an understanding")', () => {
    const common = `${TRUCE}Government spokesman Jan Dvorak said the two peoples shared a common understanding.`;
    expect(aboutAgreements(common, 'person:jan-dvorak')).toEqual([]);
    const grasp = `${TRUCE}Government spokesman Jan Dvorak said the talks showed an understanding of the risks.`;
    expect(aboutAgreements(grasp, 'person:jan-dvorak')).toEqual([]);
    const goal = `${TRUCE}Government spokesman Jan Dvorak said the two sides would keep talking to reach an understanding.`;
    expect(aboutAgreements(goal, 'person:jan-dvorak')).toEqual([]);
  });
});

describe('a day’s possessive before a kind noun ("Today’s agreement", "Saturday’s ceasefire") opens it as "the" does', () => {
  const TRUCE =
    'Ruritania, rebels agree truce\n\nRuritania and the Northern Front agreed to a ceasefire on Saturday after talks in Strelsau.\n\nPrime Minister Karel Novak welcomed the news from Strelsau.\n\n';

  it('points back in a quote of its own paragraph ("Today’s long overdue ceasefire will ...")', () => {
    const text = `${TRUCE}Opposition leader Anton Vogel said in a statement: “Today’s long overdue ceasefire will bring some relief to the border villages.”`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toHaveLength(1);
  });

  it('and in reported words ("Saturday’s truce")', () => {
    const text = `${TRUCE}Opposition leader Anton Vogel said Saturday’s truce would bring some relief to the border villages.`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toHaveLength(1);
  });
});

describe('the narrator’s agreement across a "but" is not what the speaker’s words are about', () => {
  const PACT =
    'Ruritania, Borduria restore ties\n\nRuritania and Borduria agreed on Friday to restore diplomatic ties in a deal brokered by Sweden.\n\n';

  it('words after "but said" on another topic ("welcomed the deal, but said it remains to be seen whether ...")', () => {
    const text = `${PACT}Foreign Minister Karel Novak welcomed the deal, but said it remains to be seen whether Borduria will "keep its promises".`;
    expect(aboutAgreements(text, 'person:karel-novak')).toEqual([]);
  });

  it('but words that point back at it still are ("welcomed the deal, but said it was not enough")', () => {
    const text = `${PACT}Foreign Minister Karel Novak welcomed the deal, but said it was "only a first step".`;
    expect(aboutAgreements(text, 'person:karel-novak')).toHaveLength(1);
  });
});

describe('quoted words that name a meeting of their own', () => {
  const SIGNING =
    'Latvia, Chile sign consular memorandum\n\nLatvian Foreign Minister Baiba Braze and her Chilean counterpart Alberto van Klaveren signed a memorandum of understanding on consular cooperation in Riga on Monday.\n\n';

  it('are about the visit, not the memorandum their speaker signed in the sentence before', () => {
    const text = `${SIGNING}“It is a historic day. This is the first visit of a Chilean foreign minister to Latvia in ten years,” Braze said.`;
    expect(aboutAgreements(text, 'person:baiba-braze')).toEqual([]);
  });

  it('are about the meeting, not the signing the narrator names beside them', () => {
    const text = `${SIGNING}Speaking after the signing ceremony, Alberto van Klaveren said he was “delighted to have this meeting with Minister Braze.”`;
    expect(aboutAgreements(text, 'person:alberto-van-klaveren')).toEqual([]);
  });

  it('keep an agreement they name themselves', () => {
    const text = `${SIGNING}“This visit gave us the memorandum we waited for,” Braze said.`;
    expect(aboutAgreements(text, 'person:baiba-braze')).toHaveLength(1);
  });
});

describe('words that call the agreement in view "it", paragraphs after it was named', () => {
  const TREATY =
    'Ruritania, Borduria sign water treaty\n\nRuritania and Borduria signed a treaty on sharing the Vltava river in Vienna on Tuesday.\n\nThe river feeds farms on both banks.\n\nFloods last spring displaced thousands of families.\n\n';

  it.each([
    [
      'asked to ratify it',
      '“Our parliament has no reason to delay. Why would it not ratify it?” Bordurian Foreign Minister Anton Vogel said.',
    ],
    [
      'accused of breaking it',
      '“The militias violated it within hours,” Bordurian Foreign Minister Anton Vogel said.',
    ],
    [
      'judged by the quote after a describing verb',
      'Bordurian Foreign Minister Anton Vogel described it as “a new chapter for the river”.',
    ],
  ])('is about the agreement when %s', (_shape, statement) => {
    expect(aboutAgreements(`${TREATY}${statement}`, 'person:anton-vogel')).toHaveLength(1);
  });

  it.each([
    [
      'a bill signed into law',
      '“The president will sign it into law next week,” Bordurian Foreign Minister Anton Vogel said.',
    ],
    [
      'a describing verb with no quote after it',
      'Bordurian Foreign Minister Anton Vogel said farmers had lost their crops and called it a sad day.',
    ],
  ])('is not for %s', (_shape, statement) => {
    expect(aboutAgreements(`${TREATY}${statement}`, 'person:anton-vogel')).toEqual([]);
  });

  it('needs an agreement named before it', () => {
    const text = `Floods hit Borduria\n\nFloods last spring displaced thousands of families.\n\n“The militias violated it within hours,” Bordurian Foreign Minister Anton Vogel said.`;
    expect(aboutAgreements(text, 'person:anton-vogel')).toEqual([]);
  });
});
