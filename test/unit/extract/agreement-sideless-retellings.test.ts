// With no deal given a side, a telling that names no subject of its own ("the crucial deal") or only a truce ("the
// ceasefire agreement") is the one sideless deal that says what it is about; two such deals leave it apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-06' }).agreements.map((a) => a.name);

describe('a sideless retelling in an article that gives no deal a side', () => {
  it('joins the peace deal when it says only how much the deal matters', () => {
    const text =
      'Rival commanders trade blame over truce\nThe peace deal was signed on Thursday night at the lakeside lodge, a spokesman said.\n"Our positions were shelled at dawn," the spokesman said after the talks that hammered out the crucial deal.';
    expect(names(text)).toEqual(['peace deal']);
  });

  it('joins the cessation of hostilities agreement when it names only the truce', () => {
    const text =
      'Envoy presses rivals to keep truce\nThe envoy urged the two camps to honor the Cessation of Hostilities Agreement signed on March 3 in the lakeside town.\n"We urge the warring camps to implement the ceasefire agreement in full," the envoy told reporters.';
    expect(names(text)).toEqual(['Cessation of Hostilities Agreement']);
  });

  it('stays apart when two deals with subjects could each be the one meant', () => {
    const text =
      'Talks open on two accords\nThe water-sharing deal and the grazing deal were both drafted by the elders of the two valleys.\nThe mediator said the crucial deal would be finished by the end of the month.';
    expect(names(text)).toHaveLength(3);
  });

  it('leaves the original accord apart from the revised peace deal', () => {
    const text =
      'Rivals sign revised peace deal\nThe rival commanders signed a revised peace deal on Saturday at the lakeside lodge.\nThe original accord was rejected by voters in the spring, and the elders said the new text kept its core.';
    expect(names(text)).toHaveLength(2);
  });
});
