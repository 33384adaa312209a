// A signer's quote on the day itself ("“We are opening the river to our fishermen today,” the president said") is about
// the deal the story reports, though it names none; not the words of someone who is no side of it, not words on a deal
// still negotiated, nor a quote on other countries or about a meeting it names.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const SIGNED =
  'Chad, Niger sign border accord\n\nChad and Niger signed a border demarcation agreement in Abuja on Monday.\n\n';
const NEGOTIATED =
  'Chad, Niger hold border talks\n\nChad and Niger are negotiating a border demarcation agreement in Abuja this week.\n\n';
const BACKGROUND = 'The two neighbours fought a brief war over the river islands in the 1980s.\n\n';

describe("a signer's words on the signing day", () => {
  it.each([
    ['at the end', 'We are opening the river to our fishermen today'],
    ['at the start', 'Today our fishermen can cross the river without fear'],
  ])('"today" %s, from a side of the signed deal', (_where, quote) => {
    const text = `${SIGNED}${BACKGROUND}“${quote},” Chadian President Mahamat Deby said.`;
    expect(linkedAgreements(text, quote.slice(0, 12))).toBe(1);
  });

  it('but not from a speaker who is no side of it', () => {
    const quote = 'We are opening the river to our fishermen today';
    const text = `${SIGNED}${BACKGROUND}“${quote},” Nigerian President Bola Tinubu said.`;
    expect(linkedAgreements(text, quote.slice(0, 12))).toBe(0);
  });

  it('nor on a deal still negotiated', () => {
    const quote = 'We are opening the river to our fishermen today';
    const text = `${NEGOTIATED}${BACKGROUND}“${quote},” Chadian President Mahamat Deby said.`;
    expect(linkedAgreements(text, quote.slice(0, 12))).toBe(0);
  });

  it('nor a quote on countries outside the deal, where "today" means "still"', () => {
    const quote = 'Our support for Sudan remains what it was, and that is our position today';
    const text = `${SIGNED}${BACKGROUND}“${quote},” Chadian President Mahamat Deby said.`;
    expect(linkedAgreements(text, quote.slice(0, 12))).toBe(0);
  });

  it('nor a quote about a meeting it names', () => {
    const quote = 'I am very pleased today to have this meeting with President Tinubu';
    const text = `${SIGNED}${BACKGROUND}“${quote},” Chadian President Mahamat Deby said.`;
    expect(linkedAgreements(text, quote.slice(0, 12))).toBe(0);
  });
});
