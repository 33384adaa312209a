// The sides of a truce named after a country's armed movements. A story that names one country's warring sides
// ("Sudan's rival factions") gives the truce of that war the armed bodies it names; a truce or peace deal of a country
// in a story that names one armed movement of it takes the movement as its other side ("the Free Syrian Army said it
// would honour the truce"), while the deal keeps its name.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const deals = (text: string): { name: string; parties: string[] }[] =>
  extract(text, { publishedAt: '2024-05-20' }).agreements.map((a) => ({
    name: a.name,
    parties: [...(a.parties ?? [])].sort(),
  }));

const parties = (text: string): string[][] => deals(text).map((d) => d.parties);

describe('the truce of a country whose warring sides the story names', () => {
  it.each([
    [
      'two armed bodies named',
      'Sudan’s rival factions agree to ten-day truce\nOman and Kenya said on Monday that Sudan’s two rival factions had agreed on a ten-day truce in Darfur. The Sudanese Armed Forces and the Rapid Support Forces will allow aid convoys during the truce.',
      ['org:rapid-support-forces', 'org:sudanese-armed-forces'],
    ],
    [
      'one movement against the government',
      'Congo truce agreed\nThe warring parties in Congo have agreed to a five-day truce, Angola announced on Tuesday. The M23 said it would observe the truce around Goma.',
      ['COD', 'org:march-23-movement'],
    ],
    [
      'one side named with the deal',
      'Sudan truce agreed\nThe warring parties in Sudan have agreed to a 48-hour truce from Friday, the Kenyan envoy said. He said the agreement with the Sudanese Armed Forces would allow aid into Darfur. The Rapid Support Forces said it would respect the truce.',
      ['org:rapid-support-forces', 'org:sudanese-armed-forces'],
    ],
  ])('gives the truce of the warring sides their armed bodies: %s', (_shape, text, sides) => {
    expect(parties(text)).toContainEqual(sides);
  });
});

describe('the named armed movement beside its country in a truce', () => {
  it.each([
    [
      'a rebel army named after the truce',
      'Holiday truce announced in Syria\nThe Syrian government agreed to a four-day ceasefire for the holiday on Thursday. A commander of the Free Syrian Army said his fighters would respect the truce if shelling stopped.',
      ['SYR', 'org:free-syrian-army'],
    ],
    [
      'a guerrilla movement known by its acronym',
      'Peace accord signed in Bogota\nColombia signed a peace accord on Monday to end decades of fighting. FARC commanders attended the ceremony and said the accord would be honoured.',
      ['COL', 'org:revolutionary-armed-forces-of-colombia'],
    ],
    [
      'a "forces for" movement of no known country that signs',
      'Truce signed in Malawi\nMalawi signed a truce on Monday. Envoys of the government and of the Northern Forces for Popular Renewal (NFPR) rebels, signed the truce in Lilongwe.',
      ['MWI', 'org:northern-forces-for-popular-renewal'],
    ],
    [
      'a liberation front read as a party that agrees',
      'Zambia signs peace deal with rebels\nZambia said on Tuesday it had signed a peace deal with a rebel group in the west. The government says the Western Zambezi Liberation Front agreed to lay down its arms.',
      ['ZMB', 'org:western-zambezi-liberation-front'],
    ],
  ])('adds the movement as a side: %s', (_shape, text, sides) => {
    expect(deals(text).map((d) => d.parties)).toContainEqual(sides);
  });

  it('keeps the name the deal is given by its country', () => {
    const text =
      'Holiday truce announced in Syria\nThe Syrian government agreed to a four-day ceasefire for the holiday on Thursday. A commander of the Free Syrian Army said his fighters would respect the truce if shelling stopped.';
    expect(deals(text).map((d) => d.name)).not.toContainEqual(expect.stringContaining('Free Syrian Army'));
  });

  it('adds no side where the story names two movements of the country', () => {
    const text =
      'Holiday truce announced in Syria\nThe Syrian government agreed to a four-day ceasefire for the holiday on Thursday. The Free Syrian Army and the Syrian Democratic Forces said they would watch the truce closely.';
    expect(deals(text).map((d) => d.parties)).toContainEqual(['SYR']);
  });

  it('adds no movement of unknown country that the story does not have sign or agree', () => {
    const text =
      'Truce announced in Malawi\nMalawi agreed to a four-day truce for the holiday on Thursday. The truce excludes the Northern Forces for Popular Renewal, the army said.';
    expect(deals(text).map((d) => d.parties)).toContainEqual(['MWI']);
  });

  it('takes no state army for a movement', () => {
    const text =
      'Holiday truce announced in Sudan\nThe Sudanese government agreed to a four-day ceasefire for the holiday on Thursday. The Sudanese Armed Forces said their units would respect the truce.';
    expect(deals(text).map((d) => d.parties)).toContainEqual(['SDN']);
  });

  it('adds no movement to a deal that is no truce or peace', () => {
    const text =
      'Colombia signs trade pact\nThe Colombian government signed a free trade agreement on Monday. FARC veterans said the agreement would bring jobs to rural areas.';
    expect(deals(text).map((d) => d.parties)).toContainEqual(['COL']);
  });
});

describe('the movement a sentence of the truce sets beside the government', () => {
  it.each([
    [
      'the rebels of a front',
      'Truce signed in Geneva\nThe Chadian government and the rebels of the Union of Resistance Forces signed a ceasefire agreement in Geneva on Friday.',
      ['TCD', 'org:union-of-resistance-forces'],
    ],
    [
      'a movement named bare after "and"',
      'Chadian truce signed\nDelegates from the Chadian government and Unity and Renewal Movement signed the ceasefire deal on Friday.',
      ['TCD', 'org:unity-and-renewal-movement'],
    ],
  ])('adds the movement the gazetteer does not know: %s', (_shape, text, sides) => {
    expect(deals(text).map((d) => d.parties)).toContainEqual(sides);
  });

  it('leaves another deal of the story to its own sentences', () => {
    const text =
      'Truce signed in Geneva\nThe Chadian government and the rebels of the Union of Resistance Forces signed a ceasefire agreement in Geneva on Friday. Chad signed a broader peace deal with other groups in 2019.';
    const peace = deals(text).find((d) => d.name.includes('peace'));
    expect(peace?.parties).toEqual(['TCD']);
  });
});

describe('the movement a party verb of the deal was signed with or by', () => {
  it.each([
    [
      'a delegate "of the" movement after "with"',
      'Chad signs truce with rebels\nThe Chadian government signed a ceasefire deal on Friday with Omar Said of the Unity and Renewal Movement in Geneva.',
      ['TCD', 'org:unity-and-renewal-movement'],
    ],
    [
      'a movement that signed it, after "by"',
      'Truce signed in Geneva\nA ceasefire accord with Chad was signed in Geneva on Friday by the main rebel force, the Northern Forces for Popular Renewal.',
      ['TCD', 'org:northern-forces-for-popular-renewal'],
    ],
  ])('adds the movement: %s', (_shape, text, sides) => {
    expect(parties(text)).toContainEqual(sides);
  });

  it('takes, of several movements, the one the deal was signed with', () => {
    const text =
      'Chad signs truce with rebels\nThe Chadian government signed a ceasefire deal on Friday with Omar Said of the Unity and Renewal Movement in Geneva. The Northern Forces for Popular Renewal refused to join the talks last year.';
    expect(parties(text)).toContainEqual(['TCD', 'org:unity-and-renewal-movement']);
  });

  it("adds no movement an earlier clause's verb signed something else with", () => {
    const text =
      'Truce signed in Chad\nThe Chadian government signed a trade deal with Niger last year and signed a ceasefire on Friday that the Unity and Renewal Movement rejected.';
    expect(parties(text)).toContainEqual(['TCD']);
  });
});
