// Hand-made ExtractionResults for the scorer tests: a perfect prediction of a small gold file, built from
// the gold itself with ids as the extractor would write them, so tests change one thing at a time.
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { organizationId, personId } from '../../../src/domain/ids.ts';
import type { GoldFile } from '../../eval/gold-schema.ts';

export const GOLD: GoldFile = {
  publishedAt: '2024-06-26',
  authors: ['Kim Mi-na'],
  persons: [
    { name: 'Vladimir Putin', title: 'President', country: 'RUS' },
    { name: 'Andrey Rudenko', title: 'Deputy Foreign Minister', country: 'RUS' },
  ],
  countries: ['RUS', 'PRK', 'KOR'],
  organizations: [
    { name: 'Sputnik', kind: 'news agency' },
    { name: 'North Atlantic Treaty Organization', kind: 'intergovernmental' },
  ],
  agreements: [
    {
      name: 'Russia-North Korea comprehensive strategic partnership treaty',
      aliases: ['the treaty'],
      kind: 'treaty',
      parties: ['RUS', 'PRK'],
      signatories: ['Vladimir Putin'],
      signedOn: '2024-06-19',
      status: 'signed',
    },
  ],
  meetings: [
    {
      kind: 'summit',
      participants: ['Vladimir Putin'],
      place: 'Pyongyang',
      date: '2024-06-19',
      status: 'held',
    },
  ],
  statements: [
    {
      speaker: 'Andrey Rudenko',
      quote:
        'We hope Seoul will accept the new agreement with an understanding, and a sound approach will prevail there',
      about: ['Russia-North Korea comprehensive strategic partnership treaty', 'KOR'],
      channel: 'Sputnik',
    },
    { speaker: 'RUS', quote: null, about: ['KOR'], channel: null },
  ],
};

const evidence = { sentence: '', start: 0, end: 0 };
const TREATY_ID = 'agreement:rus-prk-comprehensive-strategic-partnership';

export function perfectResult(): ExtractionResult {
  return {
    article: {
      id: 'article:test',
      title: null,
      url: null,
      publishedAt: '2024-06-26',
      publisher: null,
      authors: ['Kim Mi-na'],
      language: 'en',
    },
    text: '',
    persons: [
      {
        id: personId('Vladimir Putin'),
        name: 'Vladimir Putin',
        aliases: ['Putin'],
        title: 'Russian President',
        country: 'RUS',
        organization: null,
        mentions: [],
        evidence,
      },
      {
        id: personId('Andrey Rudenko'),
        name: 'Andrey Rudenko',
        aliases: ['Rudenko'],
        title: 'deputy foreign minister',
        country: 'RUS',
        organization: null,
        mentions: [],
        evidence,
      },
    ],
    countries: [
      { id: 'RUS', name: 'Russia', aliases: [], mentions: [], evidence },
      { id: 'PRK', name: 'North Korea', aliases: [], mentions: [], evidence },
      { id: 'KOR', name: 'South Korea', aliases: [], mentions: [], evidence },
    ],
    organizations: [
      {
        id: organizationId('Sputnik'),
        name: 'Sputnik',
        aliases: [],
        kind: 'news agency',
        country: 'RUS',
        mentions: [],
        evidence,
      },
      {
        id: organizationId('NATO'),
        name: 'NATO',
        aliases: [],
        kind: 'intergovernmental',
        country: null,
        mentions: [],
        evidence,
      },
    ],
    places: [{ id: 'place:pyongyang', name: 'Pyongyang', country: 'PRK', evidence }],
    agreements: [
      {
        id: TREATY_ID,
        name: 'Treaty on Comprehensive Strategic Partnership',
        aliases: [],
        kind: 'treaty',
        parties: ['RUS', 'PRK'],
        signatories: [personId('Vladimir Putin')],
        signedOn: '2024-06-19',
        place: 'place:pyongyang',
        status: 'signed',
        evidence: [evidence],
        concludedAt: null,
      },
    ],
    meetings: [
      {
        id: 'meeting:pyongyang-2024-06-19',
        name: 'Pyongyang summit',
        kind: 'summit',
        participants: [personId('Vladimir Putin'), 'PRK'],
        place: 'place:pyongyang',
        date: '2024-06-19',
        status: 'held',
        evidence: [evidence],
      },
    ],
    statements: [
      {
        id: 'statement:1',
        speaker: personId('Andrey Rudenko'),
        quote:
          'We hope Seoul will accept the new agreement with an understanding, and a sound approach will prevail there',
        text: '',
        direct: true,
        date: '2024-06-26',
        about: [TREATY_ID, 'KOR'],
        channel: organizationId('Sputnik'),
        evidence,
      },
      {
        id: 'statement:2',
        speaker: 'RUS',
        quote: null,
        text: 'The Russian government claimed that South Korea is not the target',
        direct: false,
        date: null,
        about: ['KOR'],
        channel: null,
        evidence,
      },
    ],
    events: [],
  };
}
