// The ExtractionResult is the whole graph delta: every entity carries the evidence its node stores, and each
// agreement says at which of the article's meetings it was concluded. The writer only maps these to rows.

import { describe, expect, it } from 'vitest';
import type { AgreementItem, MeetingItem } from '../../../src/domain/extraction-result.ts';
import { concludedAt } from '../../../src/extract/agreements/concluded-at.ts';
import { entityEvidence, spanEvidence } from '../../../src/extract/span-evidence.ts';
import { extract } from './helpers.ts';

const evidence = [{ sentence: 's', start: 0, end: 1 }];
const agreement = (signedOn: string | null, place: string | null): AgreementItem => ({
  id: 'agreement:t',
  name: 't',
  aliases: [],
  kind: 'treaty',
  parties: [],
  signatories: [],
  signedOn,
  place,
  status: 'signed',
  evidence,
  concludedAt: null,
});
const meeting = (
  id: string,
  date: string | null,
  place: string | null,
  status: 'held' | 'planned',
): MeetingItem => ({
  id,
  name: id,
  kind: 'summit',
  participants: [],
  place,
  date,
  status,
  evidence,
});

describe('concludedAt', () => {
  it.each([
    ['a held meeting on the signing date, same place', agreement('2024-06-19', 'place:p'), 'meeting:a'],
    ['either place unknown', agreement('2024-06-19', null), 'meeting:a'],
    ['no signing date', agreement(null, null), null],
    ['another day', agreement('2024-06-20', null), null],
  ])('%s', (_name, item, expected) => {
    const meetings = [
      meeting('meeting:planned', '2024-06-19', 'place:p', 'planned'),
      meeting('meeting:elsewhere', '2024-06-19', 'place:q', 'held'),
      meeting('meeting:a', '2024-06-19', 'place:p', 'held'),
    ];
    expect(concludedAt(item, item.place === null ? meetings.slice(2) : meetings)).toBe(expected);
  });

  it('links the Putin-Kim treaty to the summit where it was signed', () => {
    const result = extract(
      'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership at their summit in Pyongyang on June 19, 2024.',
    );
    const treaty = result.agreements.find((a) => a.signedOn === '2024-06-19');
    const summit = result.meetings.find((m) => m.date === '2024-06-19' && m.status === 'held');
    expect(treaty?.concludedAt).toBe(summit?.id);
    expect(summit).toBeDefined();
  });
});

describe('entity evidence', () => {
  const text = 'First line.\nPutin met Kim. Then he left! Seoul watched.';

  it('is the sentence around the first mention, cut at punctuation and line breaks', () => {
    const at = text.indexOf('Kim');
    expect(spanEvidence(text, at, at + 3)).toEqual({ sentence: 'Putin met Kim.', start: at, end: at + 3 });
    expect(entityEvidence(text, [], 'Seoul').sentence).toBe('Seoul watched.');
    expect(entityEvidence(text, [], 'Tokyo')).toEqual({ sentence: '', start: 0, end: 0 });
  });

  it('comes with every person, country, organization and place the extractor returns', () => {
    const result = extract(
      'Russian President Vladimir Putin arrived in Pyongyang, the capital of North Korea, the Kremlin said.',
    );
    const items = [...result.persons, ...result.countries, ...result.organizations, ...result.places];
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      expect(result.text.slice(item.evidence.start, item.evidence.end)).not.toBe('');
      expect(item.evidence.sentence).toContain(result.text.slice(item.evidence.start, item.evidence.end));
    }
  });
});
