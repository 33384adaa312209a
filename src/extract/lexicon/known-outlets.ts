// News agencies, broadcasters and papers that diplomatic news cites or is published by, one a line:
// name | home country (ISO alpha-3) | aliases separated by ";". Data only, written from general knowledge.

import type { KnownOrganization } from './known-organizations.ts';

const TABLE = `
Montsame | MNG | MONTSAME; Montsame News Agency
Deutsche Presse-Agentur | DEU | DPA; dpa
Agencia EFE | ESP | EFE
ANSA | ITA | Agenzia Nazionale Stampa Associata
Polish Press Agency | POL | PAP
Jiji Press | JPN | Jiji
Nikkei | JPN | Nikkei Asia
The Asahi Shimbun | JPN | Asahi Shimbun; Asahi
The Yomiuri Shimbun | JPN | Yomiuri Shimbun; Yomiuri
The Mainichi | JPN | Mainichi Shimbun; Mainichi
The Korea Times | KOR | Korea Times
The Chosun Ilbo | KOR | Chosun Ilbo; Chosun Biz
The Dong-A Ilbo | KOR | Dong-A Ilbo
KBS | KOR | Korean Broadcasting System
Korea.net | KOR | -
People's Daily | CHN | People’s Daily
China Daily | CHN | -
South China Morning Post | CHN | SCMP
CGTN | CHN | China Global Television Network
Vietnam News Agency | VNM | VNA
Philippine News Agency | PHL | PNA
Manila Bulletin | PHL | -
The Philippine Star | PHL | Philippine Star
Philippine Daily Inquirer | PHL | Inquirer
Rappler | PHL | -
BusinessWorld | PHL | -
Antara | IDN | Antara News Agency; Antara News
The Jakarta Post | IDN | Jakarta Post
Mi'raj News Agency | IDN | MINA; Mi’raj News Agency
Medcom.id | IDN | Medcom
Bernama | MYS | Malaysian National News Agency
The Straits Times | SGP | Straits Times
Bangkok Post | THA | -
Khmer Times | KHM | -
Agence Kampuchea Presse | KHM | AKP
Asian News International | IND | ANI
Indo-Asian News Service | IND | IANS
The Hindu | IND | -
The Times of India | IND | Times of India
Hindustan Times | IND | -
Associated Press of Pakistan | PAK | APP
Islamic Republic News Agency | IRN | -
Tasnim News Agency | IRN | Tasnim
Fars News Agency | IRN | Fars
Mehr News Agency | IRN | Mehr
Emirates News Agency | ARE | WAM
Qatar News Agency | QAT | QNA
Kuwait News Agency | KWT | KUNA
Middle East News Agency | EGY | MENA
Syrian Arab News Agency | SYR | SANA
Petra News Agency | JOR | -
Al Arabiya | SAU | -
Arab News | SAU | -
Al-Ahram | EGY | Ahram Online; Al Ahram
Ma'an News Agency | PSE | Ma'an; Ma’an; Ma’an News Agency
Ynet | ISR | Ynetnews
i24NEWS | ISR | i24 News
Al-Manar | LBN | Al Manar
Shafaqna | IRN | SHAFAQNA
Hespress | MAR | -
Sahara Reporters | NGA | -
Ukrainska Pravda | UKR | -
Vedomosti | RUS | -
Novaya Gazeta | RUS | -
PanARMENIAN.Net | ARM | PanARMENIAN
News.am | ARM | -
Interpressnews | GEO | -
Agenda.ge | GEO | -
Tengrinews | KAZ | -
Kun.uz | UZB | -
Gazeta.uz | UZB | -
UrduPoint | PAK | -
MENAFN | - | -
Arirang | KOR | -
NK News | - | -
Focus Taiwan | TWN | -
Taipei Times | TWN | -
Channel NewsAsia | SGP | -
Europa Press | ESP | -
Granma | CUB | -
NPR | USA | National Public Radio
Newsweek | USA | -
Al Mayadeen | LBN | Al Mayadeen English
The Times of Israel | ISR | Times of Israel
Haaretz | ISR | -
The Jerusalem Post | ISR | Jerusalem Post
Daily Sabah | TUR | -
Hürriyet | TUR | Hurriyet; Hürriyet Daily News
Cumhuriyet | TUR | Cumhuriyet Daily
Azertac | AZE | AZERTAC; Azerbaijan State News Agency
Azerbaijan Press Agency | AZE | APA
Trend News Agency | AZE | Trend
AzerNews | AZE | Azernews; Azer News
Today.az | AZE | -
Turan | AZE | Turan News Agency; Turan Information Agency
Report.az | AZE | Report News Agency
Armenpress | ARM | -
Kazinform | KAZ | Kazinform News Agency
Kabar | KGZ | Kabar News Agency
AKIpress | KGZ | -
Khovar | TJK | -
UzA | UZB | National News Agency of Uzbekistan; UzA News Agency
Dunyo | UZB | -
BelTA | BLR | Belarusian Telegraph Agency
Ukrainian National News | UKR | UNN
The Kyiv Independent | UKR | Kyiv Independent
Kyiv Post | UKR | -
Interfax-Ukraine | UKR | -
The Moscow Times | RUS | Moscow Times
RBC | RUS | RBK
Meduza | RUS | -
Tanjug | SRB | -
B92 | SRB | -
N1 | SRB | -
RTS | SRB | Radio Television of Serbia
Radio Free Europe/Radio Liberty | USA | RFE/RL; Radio Free Europe
Voice of America | USA | VOA
Deutsche Welle | DEU | DW
France 24 | FRA | -
Radio France Internationale | FRA | RFI
Euronews | FRA | -
Le Monde | FRA | -
Der Spiegel | DEU | Spiegel
Politico | USA | -
Axios | USA | -
The Wall Street Journal | USA | Wall Street Journal; WSJ
NBC News | USA | NBC
CBS News | USA | CBS
ABC News | USA | -
The Telegraph | GBR | -
The Times | GBR | -
The Economist | GBR | -
Sky News | GBR | -
Radio Havana Cuba | CUB | RHC
Prensa Latina | CUB | -
MercoPress | URY | Mercopress
Télam | ARG | Telam
Agência Brasil | BRA | Agencia Brasil
Notimex | MEX | -
TeleSUR | VEN | Telesur
Samoa Observer | WSM | -
Loop Samoa | WSM | -
Radio New Zealand | NZL | RNZ
ABC | AUS | Australian Broadcasting Corporation
The Sydney Morning Herald | AUS | Sydney Morning Herald
Fiji Times | FJI | The Fiji Times
Green Bangla Online | BGD | -
TwoCircles.net | IND | -
Sarkar Daily | IND | -
FX Tribune | - | -
News Agency of Nigeria | NGA | NAN
Ethiopian News Agency | ETH | ENA
Kenya News Agency | KEN | KNA
Sudan News Agency | SDN | SUNA
South African Broadcasting Corporation | ZAF | SABC
Press TV | IRN | PressTV
Tehran Times | IRN | The Tehran Times
Islamic Republic of Iran Broadcasting | IRN | IRIB
TRT World | TUR | Turkish Radio and Television Corporation
Gulf News | ARE | -
Khaleej Times | ARE | -
Asharq Al-Awsat | SAU | Asharq al-Awsat
Sky News Arabia | ARE | -
Al-Monitor | USA | Al Monitor
Middle East Eye | GBR | -
Oman News Agency | OMN | -
Bahrain News Agency | BHR | -
Iraqi News Agency | IRQ | -
Rudaw | IRQ | Rudaw Media Network
Kurdistan24 | IRQ | -
L'Orient-Le Jour | LBN | L’Orient-Le Jour
WAFA | PSE | Palestinian News and Information Agency
Al-Quds | PSE | -
Al Masirah | YEM | Al-Masirah
Libya Observer | LBY | The Libya Observer
Maghreb Arabe Presse | MAR | Maghreb Arab Press
Algerie Presse Service | DZA | Algérie Presse Service
Tunis Afrique Presse | TUN | -
TOLOnews | AFG | Tolo News
Pajhwok Afghan News | AFG | Pajhwok
Ariana News | AFG | -
The Express Tribune | PAK | Express Tribune
Geo News | PAK | Geo TV
The News International | PAK | -
Radio Pakistan | PAK | -
Pakistan Television | PAK | PTV
Business Standard | IND | -
The Indian Express | IND | Indian Express
The Economic Times | IND | Economic Times
Deccan Herald | IND | -
Doordarshan | IND | DD News
All India Radio | IND | AIR News
WION | IND | -
ThePrint | IND | -
Prothom Alo | BGD | -
Bangladesh Sangbad Sangstha | BGD | BSS
United News of Bangladesh | BGD | UNB
The Kathmandu Post | NPL | Kathmandu Post
Addis Standard | ETH | -
Fana Broadcasting Corporate | ETH | Fana BC
Sudan Tribune | SDN | -
Garowe Online | SOM | -
Daily Nation | KEN | Nation Africa
The EastAfrican | KEN | EastAfrican
Daily Monitor | UGA | -
New Vision | UGA | -
Premium Times | NGA | -
Mail & Guardian | ZAF | Mail and Guardian
News24 | ZAF | -
`;

export const KNOWN_OUTLETS: readonly KnownOrganization[] = TABLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .map((line) => {
    const [name = '', country = '-', aliases = '-'] = line.split('|').map((cell) => cell.trim());
    return {
      name,
      kind: 'news agency',
      country: country === '-' ? null : country,
      aliases: aliases === '-' ? [] : aliases.split(';').map((a) => a.trim()),
    };
  });
