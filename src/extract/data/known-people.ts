// Well-known leaders and officials: full names, default titles and countries, and short forms that are unique enough.
// Data only; the extractor also finds people it has never seen from titles and context.

export interface KnownPerson {
  readonly name: string;
  readonly title: string;
  /** null for officials of international organizations, who represent no country. */
  readonly country: string | null;
  /** Other spellings of the full name. */
  readonly variants?: readonly string[];
  /** Single words that name this person on their own in the news ("Putin"); omitted when ambiguous ("Kim"). */
  readonly short?: readonly string[];
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = [
  { name: 'Vladimir Putin', title: 'President', country: 'RUS', short: ['Putin'] },
  { name: 'Kim Jong-un', title: 'leader', country: 'PRK', variants: ['Kim Jong Un', 'Kim Jong-Un'] },
  { name: 'Kim Yo-jong', title: 'vice department director', country: 'PRK', variants: ['Kim Yo Jong'] },
  { name: 'Choe Son-hui', title: 'Foreign Minister', country: 'PRK', variants: ['Choe Son Hui'] },
  { name: 'Xi Jinping', title: 'President', country: 'CHN', short: ['Xi'] },
  { name: 'Li Qiang', title: 'Premier', country: 'CHN' },
  { name: 'Wang Yi', title: 'Foreign Minister', country: 'CHN' },
  { name: 'Joe Biden', title: 'President', country: 'USA', short: ['Biden'] },
  { name: 'Donald Trump', title: 'President', country: 'USA', short: ['Trump'] },
  { name: 'Kamala Harris', title: 'Vice President', country: 'USA' },
  { name: 'Antony Blinken', title: 'Secretary of State', country: 'USA', short: ['Blinken'] },
  { name: 'Marco Rubio', title: 'Secretary of State', country: 'USA', short: ['Rubio'] },
  { name: 'Yoon Suk Yeol', title: 'President', country: 'KOR', variants: ['Yoon Suk-yeol'], short: ['Yoon'] },
  { name: 'Lee Jae-myung', title: 'President', country: 'KOR', variants: ['Lee Jae Myung'] },
  { name: 'Fumio Kishida', title: 'Prime Minister', country: 'JPN', short: ['Kishida'] },
  { name: 'Shigeru Ishiba', title: 'Prime Minister', country: 'JPN', short: ['Ishiba'] },
  {
    name: 'Volodymyr Zelensky',
    title: 'President',
    country: 'UKR',
    variants: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
    short: ['Zelensky', 'Zelenskyy', 'Zelenskiy'],
  },
  {
    name: 'Sergey Lavrov',
    title: 'Foreign Minister',
    country: 'RUS',
    variants: ['Sergei Lavrov'],
    short: ['Lavrov'],
  },
  {
    name: 'Dmitry Peskov',
    title: 'Kremlin spokesman',
    country: 'RUS',
    variants: ['Dmitri Peskov'],
    short: ['Peskov'],
  },
  { name: 'Maria Zakharova', title: 'Foreign Ministry spokeswoman', country: 'RUS', short: ['Zakharova'] },
  {
    name: 'Dmitry Medvedev',
    title: 'Deputy Chairman of the Security Council',
    country: 'RUS',
    variants: ['Dmitri Medvedev'],
    short: ['Medvedev'],
  },
  { name: 'Emmanuel Macron', title: 'President', country: 'FRA', short: ['Macron'] },
  { name: 'Olaf Scholz', title: 'Chancellor', country: 'DEU', short: ['Scholz'] },
  { name: 'Friedrich Merz', title: 'Chancellor', country: 'DEU', short: ['Merz'] },
  { name: 'Rishi Sunak', title: 'Prime Minister', country: 'GBR', short: ['Sunak'] },
  { name: 'Keir Starmer', title: 'Prime Minister', country: 'GBR', short: ['Starmer'] },
  { name: 'Narendra Modi', title: 'Prime Minister', country: 'IND', short: ['Modi'] },
  {
    name: 'Recep Tayyip Erdogan',
    title: 'President',
    country: 'TUR',
    variants: ['Recep Tayyip Erdoğan'],
    short: ['Erdogan', 'Erdoğan'],
  },
  { name: 'Ebrahim Raisi', title: 'President', country: 'IRN', short: ['Raisi'] },
  { name: 'Masoud Pezeshkian', title: 'President', country: 'IRN', short: ['Pezeshkian'] },
  { name: 'Ali Khamenei', title: 'Supreme Leader', country: 'IRN', short: ['Khamenei'] },
  { name: 'Abbas Araghchi', title: 'Foreign Minister', country: 'IRN', short: ['Araghchi'] },
  { name: 'Benjamin Netanyahu', title: 'Prime Minister', country: 'ISR', short: ['Netanyahu'] },
  { name: 'Alexander Lukashenko', title: 'President', country: 'BLR', short: ['Lukashenko'] },
  {
    name: 'Luiz Inácio Lula da Silva',
    title: 'President',
    country: 'BRA',
    variants: ['Lula da Silva'],
    short: ['Lula'],
  },
  { name: 'Mohammed bin Salman', title: 'Crown Prince', country: 'SAU' },
  {
    name: 'António Guterres',
    title: 'Secretary-General',
    country: null,
    variants: ['Antonio Guterres'],
    short: ['Guterres'],
  },
  { name: 'Jens Stoltenberg', title: 'Secretary General', country: null, short: ['Stoltenberg'] },
  { name: 'Mark Rutte', title: 'Secretary General', country: null, short: ['Rutte'] },
  {
    name: 'Ursula von der Leyen',
    title: 'President of the European Commission',
    country: null,
    short: ['von der Leyen'],
  },
  { name: 'Kim Jong-il', title: 'leader', country: 'PRK', variants: ['Kim Jong Il'] },
  { name: 'Kim Il-sung', title: 'leader', country: 'PRK', variants: ['Kim Il Sung'] },
  { name: 'Anthony Albanese', title: 'Prime Minister', country: 'AUS', short: ['Albanese'] },
  { name: 'Justin Trudeau', title: 'Prime Minister', country: 'CAN', short: ['Trudeau'] },
  { name: 'Giorgia Meloni', title: 'Prime Minister', country: 'ITA', short: ['Meloni'] },
  {
    name: 'Viktor Orban',
    title: 'Prime Minister',
    country: 'HUN',
    variants: ['Viktor Orbán'],
    short: ['Orban', 'Orbán'],
  },
  { name: 'Bashar al-Assad', title: 'President', country: 'SYR', short: ['Assad'] },
  { name: 'Shavkat Mirziyoyev', title: 'President', country: 'UZB', short: ['Mirziyoyev'] },
  { name: 'Kassym-Jomart Tokayev', title: 'President', country: 'KAZ', short: ['Tokayev'] },
  { name: 'Kaja Kallas', title: 'foreign policy chief', country: null, short: ['Kallas'] },
  { name: 'Josep Borrell', title: 'foreign policy chief', country: null, short: ['Borrell'] },
  { name: 'Rafael Grossi', title: 'Director General', country: null, short: ['Grossi'] },
  { name: 'Wang Wenbin', title: 'Foreign Ministry spokesperson', country: 'CHN' },
  { name: 'Mao Ning', title: 'Foreign Ministry spokesperson', country: 'CHN' },
  { name: 'Lin Jian', title: 'Foreign Ministry spokesperson', country: 'CHN' },
  { name: 'To Lam', title: 'General Secretary', country: 'VNM' },
  { name: 'Prabowo Subianto', title: 'President', country: 'IDN', short: ['Prabowo'] },
  {
    name: 'Ferdinand Marcos Jr.',
    title: 'President',
    country: 'PHL',
    variants: ['Ferdinand Marcos Jr', 'Ferdinand Marcos'],
    short: ['Marcos'],
  },
];
