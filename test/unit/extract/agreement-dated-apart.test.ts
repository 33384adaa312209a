// "Jordan and Syria signed a border deal in 1987" beside the water deal signed this week: a signing its sentence dates
// to an earlier year, another than the deal in view's (or before a deal still to come), is another agreement.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) => extract(text, { publishedAt: '2024-06-26' }).agreements;

describe('a deal signed in another year', () => {
  it('stays apart from the dated deal the headline previews', () => {
    const found = agreements(
      'Amman Signs $2bn Water Deal With Damascus\n\nJordan and Syria have signed an agreement allowing Jordan’s water authority to buy water from the Yarmouk basin, state radio reported Monday.\n\n“With this deal, Syria will supply Jordan with water for the next ten years,” the broadcaster said.\n\nThe minister hailed the “historic” deal on Tuesday.\n\nJordan and Syria signed a border deal in 1987.',
    );
    expect(found).toHaveLength(2);
    expect(found.find((a) => a.aliases.includes('border deal'))?.signedOn ?? null).toBeNull();
    expect(found.find((a) => a.aliases.includes('historic') || a.aliases.includes('Deal'))?.signedOn).toBe(
      '2024-06-24',
    );
  });

  it('is not the title named just before it in its sentence', () => {
    const found = agreements(
      'Ankara says pipeline deal with Baku is commercial\n\nPrivate energy firms struck the deal, the Turkish cabinet said on Thursday.\n\nThe minister called it “the biggest pipeline deal in our history.”\n\nBaku is accused of breaching the friendship treaty, a charge it rejects.\n\nAfter the Kars Treaty of 1921, Turkey and Azerbaijan signed a friendship treaty on June 15, 1992.',
    );
    const kars = found.find((a) => a.name === 'Kars Treaty');
    expect(kars?.aliases).not.toContain('friendship treaty');
    expect(found.some((a) => a.signedOn === '1992-06-15')).toBe(true);
  });

  it('is not the new deal the story says is still to be made', () => {
    const found = agreements(
      'Iraq ready to discuss new water deal with Syria\n\nIraq is ready to discuss with Syria a new water agreement that might raise the flow of the Euphrates, the Iraqi minister of water said on Wednesday.\n\nThe minister stressed that his country is ready to reach a new agreement with Syria.\n\nThe two countries signed the agreement in 2009 during a visit by the Syrian premier to Baghdad.',
    );
    const old = found.filter((a) => a.aliases.includes('agreement') && !a.aliases.includes('new agreement'));
    expect(old).toHaveLength(1);
    expect(old[0]?.aliases).not.toContain('deal');
  });

  it('is not the deal a headline tells made now, however it was struck', () => {
    const found = agreements(
      'Oman strikes \'historic\' port deal with Iran\n\nOman has struck a "historic" contract to lease berths at Duqm to Iranian shippers, the transport minister announced on Monday.\n\n"This will bring jobs to the coast," he said of the deal with Iran.\n\nIn March 2019, Qatar struck a deal to lease berths at Sohar over a 20-year term, in a deal estimated to be worth $2 billion.',
    );
    expect(found).toHaveLength(2);
    expect(found.filter((a) => a.signedOn === '2019-03')).toHaveLength(1);
  });

  it('still joins a retelling dated the deal in view’s own year', () => {
    const found = agreements(
      'Rivals mark peace deal anniversary\n\nThe two factions signed a peace agreement in Juba in September 2018.\n\nThe factions signed the agreement in 2018 after two years of talks, the envoy said on Monday.',
    );
    expect(found).toHaveLength(1);
  });
});
