// UN resolutions as instruments: one the article tells of a body adopting, or a numbered one it comes back to, is
// an agreement of kind "other" with the body as its party; a settling, a wish or a citation in passing is none.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const resolutions = (text: string) => extract(text).agreements.filter((a) => /resolution/i.test(a.name));

describe('a resolution the article tells of adopting', () => {
  it('is one agreement, and "the resolution" after it is that one', () => {
    const text =
      'The UN Security Council on Monday adopted a resolution calling for a truce in Ruritania. Borduria said the resolution was one-sided.';
    const [only, ...rest] = resolutions(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ name: 'UN Security Council resolution', kind: 'other' });
    expect(only?.parties).toEqual(['org:united-nations-security-council']);
    expect(only?.evidence).toHaveLength(2);
  });

  it('takes the number a sentence of its vote gives it', () => {
    const text =
      'The Security Council passed a draft resolution on Ruritania on Friday. In resolution 2901 (2026), adopted with 13 votes in favour, the Council also renewed the mission.';
    expect(resolutions(text).map((a) => a.name)).toEqual(['UN Security Council Resolution 2901']);
  });

  it('names a numbered one the article comes back to', () => {
    const text =
      'Borduria said it was committed to UN Security Council Resolution 1777. Resolution 1777 ended the 2008 war.';
    expect(resolutions(text).map((a) => a.name)).toEqual(['UN Security Council Resolution 1777']);
  });
});

describe('a resolution adopted by a noun of adopting or a passive verb', () => {
  it.each([
    'The Foreign Minister of Borduria praised the adoption of the resolution on Ruritania by the Security Council.',
    "Officials hailed the Security Council's adoption on Friday of a UK-drafted resolution on the Ruritanian border.",
    'At the Security Council meeting on Ruritania in New York, a draft resolution was adopted on Monday.',
    'The UN Security Council met on Ruritania on Monday. The resolution was adopted with 12 votes in favour and 3 abstentions.',
  ])('%s', (text) => {
    expect(resolutions(text).map((a) => a.name)).toEqual(['UN Security Council resolution']);
  });

  it('is not a passive of something else, nor a vote-less sentence that names no body', () => {
    const text =
      'The Security Council met on Ruritania on Monday. The resolution was adopted after long talks in Geneva.';
    expect(resolutions(text)).toEqual([]);
  });
});

describe('the body named before "resolution"', () => {
  it('is the adopted one, though told of before its vote ("adherence to a UN Security Council resolution")', () => {
    const text =
      'Borduria called for adherence to a UN Security Council resolution backing the Ruritania truce. The UN Security Council on Monday adopted a resolution on the truce with 13 votes in favour.';
    const [only, ...rest] = resolutions(text);
    expect(rest).toEqual([]);
    expect(only?.evidence).toHaveLength(2);
  });

  it('is not a resolution cited with its year ("a 2016 Security Council resolution")', () => {
    const text =
      'Borduria cited a 2016 Security Council resolution on the border. The UN Security Council on Monday adopted a resolution on the truce with 13 votes in favour.';
    expect(resolutions(text)[0]?.evidence).toHaveLength(1);
  });
});

describe('no resolution', () => {
  it.each([
    'The Security Council said it hoped for a peaceful resolution of the dispute between Ruritania and Borduria.',
    'Diplomats pushed the Security Council to adopt a resolution condemning the attack.',
    'The plan was backed by UN Security Council Resolution 2735, officials in Ruritania said.',
    'The parliament of Ruritania adopted a resolution on fisheries on Tuesday.',
    'Borduria called on the Security Council to push for the adoption of a resolution on Ruritania.',
    'The Security Council welcomed the adoption of the resolution of the dispute by both sides.',
  ])('%s', (text) => {
    expect(resolutions(text)).toEqual([]);
  });
});
