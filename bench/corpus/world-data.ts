// Fixed reference data for the synthetic world: news agencies, intergovernmental organizations,
// prominent countries, leaders' offices, publishers and the topics diplomacy is about. Data only.

export interface Agency {
  name: string;
  /** ISO 3166-1 alpha-3 of its home country. */
  country: string;
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', country: 'GBR' },
  { name: 'AFP', country: 'FRA' },
  { name: 'AP', country: 'USA' },
  { name: 'Yonhap', country: 'KOR' },
  { name: 'Xinhua', country: 'CHN' },
  { name: 'TASS', country: 'RUS' },
  { name: 'Sputnik', country: 'RUS' },
  { name: 'KCNA', country: 'PRK' },
  { name: 'Kyodo', country: 'JPN' },
  { name: 'Anadolu', country: 'TUR' },
  { name: 'PTI', country: 'IND' },
  { name: 'dpa', country: 'DEU' },
  { name: 'EFE', country: 'ESP' },
  { name: 'ANSA', country: 'ITA' },
  { name: 'Bernama', country: 'MYS' },
  { name: 'Antara', country: 'IDN' },
  { name: 'IRNA', country: 'IRN' },
  { name: 'MENA', country: 'EGY' },
  { name: 'Prensa Latina', country: 'CUB' },
  { name: 'Agencia Brasil', country: 'BRA' },
];

export interface Org {
  name: string;
  short: string;
}

export const ORGS: readonly Org[] = [
  { name: 'United Nations', short: 'UN' },
  { name: 'UN Security Council', short: 'UNSC' },
  { name: 'North Atlantic Treaty Organization', short: 'NATO' },
  { name: 'European Union', short: 'EU' },
  { name: 'Association of Southeast Asian Nations', short: 'ASEAN' },
  { name: 'African Union', short: 'AU' },
  { name: 'Arab League', short: 'Arab League' },
  { name: 'Group of Seven', short: 'G7' },
  { name: 'Group of 20', short: 'G20' },
  { name: 'BRICS', short: 'BRICS' },
  { name: 'Shanghai Cooperation Organisation', short: 'SCO' },
  { name: 'International Atomic Energy Agency', short: 'IAEA' },
  { name: 'World Trade Organization', short: 'WTO' },
  { name: 'Organization for Security and Co-operation in Europe', short: 'OSCE' },
  { name: 'Gulf Cooperation Council', short: 'GCC' },
  { name: 'Organization of American States', short: 'OAS' },
  { name: 'Asia Cooperation Dialogue', short: 'ACD' },
];

/** Countries that dominate diplomatic news; they head the Zipf ranking, the rest follow in seeded order. */
export const PROMINENT = [
  'RUS',
  'PRK',
  'KOR',
  'USA',
  'CHN',
  'JPN',
  'UKR',
  'IND',
  'GBR',
  'FRA',
  'DEU',
  'IRN',
  'ISR',
  'TUR',
  'SAU',
  'BRA',
  'EGY',
  'QAT',
  'ARE',
  'PAK',
  'IDN',
  'VNM',
  'PHL',
  'AUS',
  'CAN',
  'ZAF',
  'POL',
  'ITA',
  'MEX',
  'NGA',
] as const;

/** How news names a government by its seat: "according to the Kremlin". */
export const SEATS: Readonly<Record<string, string>> = {
  RUS: 'the Kremlin',
  USA: 'the White House',
  KOR: 'the presidential office',
  FRA: 'the Elysee Palace',
  GBR: 'Downing Street',
  JPN: "the prime minister's office",
  DEU: 'the chancellery',
  CHN: 'the Chinese foreign ministry',
  PRK: 'the Korean Central News Agency',
  IND: 'the Ministry of External Affairs',
};

export const PUBLISHERS: readonly string[] = [
  'The Meridian Herald',
  'Global Ledger',
  'The Harbor Times',
  'Capital Dispatch',
  'The Evening Courier',
  'Asia Pacific Review',
  'The Continental',
  'World Desk Daily',
];

export const TOPICS: readonly string[] = [
  'energy security',
  'regional security',
  'trade and investment',
  'nuclear non-proliferation',
  'the war in Ukraine',
  'the situation on the Korean Peninsula',
  'maritime security',
  'critical minerals supply chains',
  'climate finance',
  'food security',
  'counterterrorism cooperation',
  'the humanitarian situation in Gaza',
  'migration',
  'debt relief',
  'semiconductor export controls',
  'visa-free travel',
];

/** Each kind with the noun news uses on second reference ("the pact"). */
export const AGREEMENT_KINDS: ReadonlyArray<{ name: string; noun: string }> = [
  { name: 'comprehensive strategic partnership treaty', noun: 'treaty' },
  { name: 'free trade agreement', noun: 'agreement' },
  { name: 'memorandum of understanding on energy', noun: 'memorandum' },
  { name: 'defense pact', noun: 'pact' },
  { name: 'nuclear cooperation agreement', noun: 'agreement' },
  { name: 'visa waiver agreement', noun: 'agreement' },
  { name: 'maritime boundary treaty', noun: 'treaty' },
  { name: 'memorandum of understanding on critical minerals', noun: 'memorandum' },
  { name: 'military intelligence-sharing pact', noun: 'pact' },
  { name: 'currency swap agreement', noun: 'agreement' },
  { name: 'extradition treaty', noun: 'treaty' },
  { name: 'grain export deal', noun: 'deal' },
];
