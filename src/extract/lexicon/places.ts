// Seats of power used as metonymy for their country, and major non-capital cities with their country.
// Capitals themselves come from world-countries; this adds what that data set lacks.

/** Names that stand for a country's government ("the Kremlin said"). */
export const COUNTRY_SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'RUS',
  'White House': 'USA',
  'Capitol Hill': 'USA',
  'Blue House': 'KOR',
  'Cheong Wa Dae': 'KOR',
  Yongsan: 'KOR',
  Zhongnanhai: 'CHN',
  // Kazakhstan's presidential residence, as Kazakh copy names the president's office ("the Akorda press service").
  Akorda: 'KAZ',
  'Downing Street': 'GBR',
  Whitehall: 'GBR',
  'Oval Office': 'USA',
  Elysee: 'FRA',
  Élysée: 'FRA',
  'Elysee Palace': 'FRA',
  'Élysée Palace': 'FRA',
  Quai: 'FRA',
  Kasumigaseki: 'JPN',
  Bankova: 'UKR',
  Kiev: 'UKR',
  Britain: 'GBR',
  America: 'USA',
  'U.S': 'USA',
  'U.S.A': 'USA',
  'U.K': 'GBR',
  'the US': 'USA',
  Holland: 'NLD',
  Burma: 'MMR',
  // world-countries calls it Türkiye and no longer lists "Turkey", the name most English copy still uses.
  Turkey: 'TUR',
  Türkiye: 'TUR',
  Turkiye: 'TUR',
  'Cabo Verde': 'CPV',
  'Ivory Coast': 'CIV',
  'Czech Republic': 'CZE',
  'Republic of Korea': 'KOR',
  DPRK: 'PRK',
  'D.P.R.K': 'PRK',
};

export interface KnownCity {
  readonly name: string;
  readonly country: string;
}

export const KNOWN_CITIES: readonly KnownCity[] = [
  { name: 'Vladivostok', country: 'RUS' },
  { name: 'St. Petersburg', country: 'RUS' },
  { name: 'Saint Petersburg', country: 'RUS' },
  { name: 'Sochi', country: 'RUS' },
  { name: 'Khabarovsk', country: 'RUS' },
  { name: 'Kazan', country: 'RUS' },
  { name: 'Shanghai', country: 'CHN' },
  { name: 'Hong Kong', country: 'CHN' },
  { name: 'Guangzhou', country: 'CHN' },
  { name: 'Busan', country: 'KOR' },
  { name: 'Incheon', country: 'KOR' },
  { name: 'Panmunjom', country: 'KOR' },
  { name: 'Kaesong', country: 'PRK' },
  { name: 'Wonsan', country: 'PRK' },
  { name: 'Rason', country: 'PRK' },
  { name: 'Osaka', country: 'JPN' },
  { name: 'Hiroshima', country: 'JPN' },
  { name: 'New York', country: 'USA' },
  { name: 'Camp David', country: 'USA' },
  { name: 'San Francisco', country: 'USA' },
  { name: 'Geneva', country: 'CHE' },
  { name: 'Davos', country: 'CHE' },
  { name: 'Munich', country: 'DEU' },
  { name: 'Istanbul', country: 'TUR' },
  { name: 'Dubai', country: 'ARE' },
  { name: 'Jeddah', country: 'SAU' },
  { name: 'Kharkiv', country: 'UKR' },
  { name: 'Odesa', country: 'UKR' },
  { name: 'Odessa', country: 'UKR' },
  { name: 'Crimea', country: 'UKR' },
  { name: 'Minsk', country: 'BLR' },
  { name: 'Almaty', country: 'KAZ' },
  { name: 'Astana', country: 'KAZ' },
  { name: 'Samarkand', country: 'UZB' },
  { name: 'Bali', country: 'IDN' },
  { name: 'Danang', country: 'VNM' },
  { name: 'Da Nang', country: 'VNM' },
  { name: 'Alaska', country: 'USA' },
  { name: 'Anchorage', country: 'USA' },
  { name: 'Hawaii', country: 'USA' },
  { name: 'Okinawa', country: 'JPN' },
  { name: 'Gaza', country: 'PSE' },
  { name: 'West Bank', country: 'PSE' },
  { name: 'Donbas', country: 'UKR' },
  { name: 'Kursk', country: 'RUS' },
  // Summit and talks venues news names without their country.
  { name: 'Brasilia', country: 'BRA' },
  { name: 'Arusha', country: 'TZA' },
  { name: 'Sharm el-Sheikh', country: 'EGY' },
  { name: 'Sharm El-Sheikh', country: 'EGY' },
  { name: 'Sharm El Sheikh', country: 'EGY' },
  { name: 'Antalya', country: 'TUR' },
  { name: 'Goa', country: 'IND' },
  { name: 'Lausanne', country: 'CHE' },
  { name: 'Hangzhou', country: 'CHN' },
  { name: 'Cartagena', country: 'COL' },
  { name: 'Mombasa', country: 'KEN' },
  { name: 'Entebbe', country: 'UGA' },
  { name: 'Goma', country: 'COD' },
  { name: 'Bukavu', country: 'COD' },
  { name: 'Lubumbashi', country: 'COD' },
  { name: 'Kisangani', country: 'COD' },
  { name: 'Bunia', country: 'COD' },
  { name: 'Pointe-Noire', country: 'COG' },
];

/**
 * Names two countries share: "Congo" and "Congolese" mean the Democratic Republic of the Congo (Kinshasa) in one
 * story and the Republic of the Congo (Brazzaville) in another. The country the article names otherwise (its full
 * name, its capital, a city or a leader of it) decides; the first stands when both or neither are, as most English
 * copy ("eastern Congo", "Congo's M23 rebels") writes a bare "Congo" for the DRC and "Congo Republic" for the other.
 */
export const SHARED_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  Congo: ['COD', 'COG'],
  Congolese: ['COD', 'COG'],
};

/**
 * Words that make a capitalized run a natural feature, opening or ending it: "the Red Sea", "the River Chenab",
 * "the Arabian Sea". Words that are also surnames ("Lake", "Bay") are left out.
 */
export const NATURAL_FEATURE_WORDS = [
  'Sea',
  'Ocean',
  'River',
  'Mount',
  'Gulf',
  'Strait',
  'Straits',
  'Canal',
  'Peninsula',
  'Mountains',
  'Desert',
] as const;
