// Well-known arms control treaties, alliances, peace accords and security agreements, one a line:
// kind | name | signed (or adopted) | parties | aliases. Data only, written from general knowledge.

import { parseKnownAgreements } from './known-agreement-entry.ts';

export const SECURITY_AGREEMENTS = parseKnownAgreements(`
treaty | Treaty on the Non-Proliferation of Nuclear Weapons | 1968-07-01 | - | NPT; Non-Proliferation Treaty; Nuclear Non-Proliferation Treaty; Nonproliferation Treaty; Nuclear Nonproliferation Treaty
treaty | Comprehensive Nuclear-Test-Ban Treaty | 1996-09-24 | - | CTBT; Comprehensive Test Ban Treaty; nuclear test ban treaty
treaty | Partial Test Ban Treaty | 1963-08-05 | USA GBR RUS | Limited Test Ban Treaty; PTBT; LTBT
treaty | Treaty on the Prohibition of Nuclear Weapons | 2017-07-07 | - | TPNW; nuclear weapons ban treaty; nuclear ban treaty
treaty | New START | 2010-04-08 | USA RUS | New START treaty; New Strategic Arms Reduction Treaty; strategic arms treaty; New START accord; Strategic Offensive Arms Treaty; Treaty on Strategic Offensive Arms; Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms
treaty | START I | 1991-07-31 | USA RUS | START 1; Strategic Arms Reduction Treaty
treaty | START II | 1993-01-03 | USA RUS | START 2
treaty | Strategic Offensive Reductions Treaty | 2002-05-24 | USA RUS | SORT; Moscow Treaty
treaty | Intermediate-Range Nuclear Forces Treaty | 1987-12-08 | USA RUS | INF Treaty; INF; Intermediate Nuclear Forces Treaty; INF accord
treaty | Anti-Ballistic Missile Treaty | 1972-05-26 | USA RUS | ABM Treaty; ABM
treaty | SALT I | 1972-05-26 | USA RUS | SALT 1; Strategic Arms Limitation Talks agreement
treaty | SALT II | 1979-06-18 | USA RUS | SALT 2
treaty | Treaty on Conventional Armed Forces in Europe | 1990-11-19 | - | CFE Treaty; CFE; Conventional Forces in Europe Treaty
treaty | Treaty on Open Skies | 1992-03-24 | - | Open Skies Treaty; Open Skies agreement
treaty | Chemical Weapons Convention | 1993-01-13 | - | CWC; chemical weapons treaty
treaty | Biological Weapons Convention | 1972-04-10 | - | BWC; Biological and Toxin Weapons Convention
treaty | Ottawa Treaty | 1997-12-03 | - | Mine Ban Treaty; Ottawa Convention; Anti-Personnel Mine Ban Convention; landmine treaty
treaty | Convention on Cluster Munitions | 2008-05-30 | - | CCM; cluster munitions treaty; cluster bomb treaty
treaty | Arms Trade Treaty | 2013-04-02 | - |
treaty | Outer Space Treaty | 1967-01-27 | - |
treaty | Treaty of Tlatelolco | 1967-02-14 | - |
treaty | Treaty of Rarotonga | 1985-08-06 | - | South Pacific Nuclear Free Zone Treaty
treaty | Treaty of Pelindaba | 1996-04-11 | - | African Nuclear Weapon Free Zone Treaty
treaty | Treaty of Bangkok | 1995-12-15 | - | Southeast Asian Nuclear-Weapon-Free Zone Treaty; SEANWFZ
treaty | Treaty of Semipalatinsk | 2006-09-08 | KAZ KGZ TJK TKM UZB | Central Asian Nuclear-Weapon-Free Zone Treaty; CANWFZ
deal | Joint Comprehensive Plan of Action | 2015-07-14 | IRN USA GBR FRA DEU RUS CHN | JCPOA; Iran nuclear deal; Iran nuclear agreement; Iran deal; Iran nuclear accord; nuclear deal with Iran; nuclear agreement with Iran; Iranian nuclear deal
agreement | Joint Plan of Action | 2013-11-24 | IRN USA GBR FRA DEU RUS CHN | JPOA; interim nuclear deal with Iran
agreement | Agreed Framework | 1994-10-21 | USA PRK | US-North Korea Agreed Framework
declaration | Singapore Joint Statement | 2018-06-12 | USA PRK | Singapore declaration; Singapore summit statement
declaration | Panmunjom Declaration | 2018-04-27 | KOR PRK | Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula
declaration | Pyongyang Joint Declaration | 2018-09-19 | KOR PRK | September Pyongyang Joint Declaration
agreement | Comprehensive Military Agreement | 2018-09-19 | KOR PRK | inter-Korean military agreement; September 19 military agreement; Sept. 19 military agreement
agreement | Korean Armistice Agreement | 1953-07-27 | - | Korean War armistice; Korean armistice
treaty | North Atlantic Treaty | 1949-04-04 | - | Washington Treaty; NATO treaty; NATO founding treaty
treaty | ANZUS Treaty | 1951-09-01 | AUS NZL USA | ANZUS; Australia, New Zealand, United States Security Treaty
treaty | Treaty of Mutual Cooperation and Security between the United States and Japan | 1960-01-19 | USA JPN | Treaty of Mutual Cooperation and Security; U.S.-Japan Security Treaty; US-Japan Security Treaty; Japan-U.S. Security Treaty; Japan-US Security Treaty; U.S.-Japan security alliance treaty
treaty | Mutual Defense Treaty between the United States and the Philippines | 1951-08-30 | USA PHL | U.S.-Philippines Mutual Defense Treaty; US-Philippines Mutual Defense Treaty; Philippines-U.S. Mutual Defense Treaty; 1951 Mutual Defense Treaty
treaty | Mutual Defense Treaty between the United States and the Republic of Korea | 1953-10-01 | USA KOR | U.S.-South Korea Mutual Defense Treaty; ROK-U.S. Mutual Defense Treaty; Korea-U.S. Mutual Defense Treaty
treaty | Sino-North Korean Mutual Aid and Cooperation Friendship Treaty | 1961-07-11 | CHN PRK | China-North Korea friendship treaty
agreement | Enhanced Defense Cooperation Agreement | 2014-04-28 | USA PHL | EDCA
agreement | Visiting Forces Agreement (United States–Philippines) | 1998-02-10 | USA PHL | U.S.-Philippines Visiting Forces Agreement; Philippines-U.S. Visiting Forces Agreement
agreement | Japan-Philippines Reciprocal Access Agreement | 2024-07-08 | JPN PHL | Philippines-Japan Reciprocal Access Agreement
agreement | Japan-Australia Reciprocal Access Agreement | 2022-01-06 | JPN AUS | Australia-Japan Reciprocal Access Agreement
agreement | Japan-UK Reciprocal Access Agreement | 2023-01-11 | JPN GBR | UK-Japan Reciprocal Access Agreement
pact | AUKUS | - | AUS GBR USA | AUKUS pact; AUKUS partnership; AUKUS deal; AUKUS agreement
treaty | Collective Security Treaty | 1992-05-15 | ARM KAZ KGZ RUS TJK UZB | Tashkent Treaty; CSTO treaty
treaty | Treaty on Comprehensive Strategic Partnership between Russia and North Korea | 2024-06-19 | RUS PRK | Russia-North Korea Comprehensive Strategic Partnership Treaty; Russia-North Korea treaty; North Korea-Russia treaty; Russia-DPRK treaty; Russia-North Korea mutual defense treaty; Russia-North Korea defense pact
treaty | Treaty on Comprehensive Strategic Partnership between Russia and Iran | 2025-01-17 | RUS IRN | Russia-Iran Comprehensive Strategic Partnership Treaty; Russia-Iran treaty; Iran-Russia treaty; Iran-Russia strategic partnership treaty
treaty | Treaty on Security Guarantees within the Union State | 2024-12-06 | BLR RUS | Belarus-Russia security guarantees treaty; security guarantees treaty; treaty on security guarantees; Union State security guarantees treaty
treaty | Treaty on the Creation of a Union State | 1999-12-08 | BLR RUS | Union State Treaty; Treaty on the Establishment of the Union State
treaty | Treaty of Good-Neighbourliness and Friendly Cooperation between China and Russia | 2001-07-16 | CHN RUS | Sino-Russian Treaty of Friendship; China-Russia friendship treaty; Russia-China friendship treaty; Treaty of Good-Neighborliness and Friendly Cooperation
treaty | Treaty on Allied Relations between Russia and Uzbekistan | 2005-11-14 | RUS UZB | Russia-Uzbekistan Treaty on Allied Relations
treaty | Treaty on Good-Neighbourliness and Alliance in the 21st Century | 2013-11-11 | RUS KAZ | Russia-Kazakhstan Treaty on Good-Neighbourliness and Alliance
treaty | Russia-Ukraine Treaty on Friendship, Cooperation and Partnership | 1997-05-31 | RUS UKR | Russian-Ukrainian Friendship Treaty
agreement | Kharkiv Pact | 2010-04-21 | RUS UKR | Kharkiv agreements
memorandum | Budapest Memorandum | 1994-12-05 | UKR USA GBR RUS | Budapest Memorandum on Security Assurances
treaty | Southeast Asia Collective Defense Treaty | 1954-09-08 | USA GBR FRA AUS NZL PHL THA PAK | Manila Pact; SEATO treaty
agreement | Indonesia-Australia Defence Cooperation Agreement | 2024-08-29 | AUS IDN | Australia-Indonesia Defence Cooperation Agreement; Australia-Indonesia defence agreement; Australia-Indonesia Defense Cooperation Agreement
treaty | Lombok Treaty | 2006-11-13 | AUS IDN | Agreement between Australia and Indonesia on the Framework for Security Cooperation
treaty | Falepili Union Treaty | 2023-11-10 | AUS TUV | Falepili Union; Australia-Tuvalu Falepili Union
treaty | Pukpuk Treaty | 2025-10-06 | AUS PNG | Australia-Papua New Guinea Mutual Defence Treaty; Australia-PNG mutual defence treaty; Papua New Guinea-Australia Mutual Defence Treaty
agreement | China-Solomon Islands security agreement | 2022-04 | CHN SLB | Solomon Islands-China security agreement; China-Solomons security pact; Solomon Islands-China security pact; China-Solomon Islands security pact
agreement | Indonesia-Singapore Defence Cooperation Agreement | 2022-01-25 | IDN SGP | Singapore-Indonesia Defence Cooperation Agreement
agreement | Mutual Logistics Support Arrangement | 2020-06-04 | IND AUS | MLSA; India-Australia Mutual Logistics Support Arrangement; Australia-India Mutual Logistics Support Agreement
memorandum | Logistics Exchange Memorandum of Agreement | 2016-08-29 | IND USA | LEMOA
agreement | Communications Compatibility and Security Agreement | 2018-09-06 | IND USA | COMCASA
agreement | Basic Exchange and Cooperation Agreement | 2020-10-27 | IND USA | BECA
agreement | Japan-South Korea General Security of Military Information Agreement | 2016-11-23 | JPN KOR | GSOMIA; South Korea-Japan GSOMIA; Korea-Japan GSOMIA
declaration | Camp David Principles | 2023-08-18 | USA JPN KOR | Spirit of Camp David; Camp David commitment to consult
agreement | Strategic Mutual Defense Agreement between Saudi Arabia and Pakistan | 2025-09-17 | SAU PAK | Saudi-Pakistan defense pact; Pakistan-Saudi defence pact; Saudi Arabia-Pakistan mutual defense agreement; Strategic Mutual Defence Agreement
treaty | Elysée Treaty | 1963-01-22 | FRA DEU | Élysée Treaty; Treaty of Friendship between France and Germany
treaty | Treaty of Aachen | 2019-01-22 | FRA DEU | Aachen Treaty; Franco-German Treaty of Aachen
treaty | Quirinal Treaty | 2021-11-26 | FRA ITA |
treaty | Lancaster House Treaties | 2010-11-02 | GBR FRA | Lancaster House treaty
treaty | Montreux Convention | 1936-07-20 | - | Montreux Convention Regarding the Regime of the Straits
treaty | Treaty of Lausanne | 1923-07-24 | - |
agreement | Adana Agreement | 1998-10-20 | TUR SYR | Adana accord
memorandum | Sochi memorandum on Idlib | 2018-09-17 | RUS TUR | Sochi agreement on Idlib; Idlib memorandum
accord | Camp David Accords | 1978-09-17 | EGY ISR |
treaty | Egypt-Israel Peace Treaty | 1979-03-26 | EGY ISR | Israel-Egypt peace treaty; Egyptian-Israeli peace treaty
treaty | Israel-Jordan Peace Treaty | 1994-10-26 | ISR JOR | Wadi Araba Treaty; Jordan-Israel peace treaty
accord | Oslo Accords | 1993-09-13 | ISR PSE | Oslo Accord; Oslo agreements; Oslo I Accord; Declaration of Principles on Interim Self-Government Arrangements
accord | Abraham Accords | 2020-09-15 | ISR ARE BHR USA | Abraham Accord
agreement | Dayton Agreement | 1995-12-14 | BIH HRV SRB | Dayton Accords; Dayton Peace Agreement; Dayton peace accords; General Framework Agreement for Peace in Bosnia and Herzegovina
agreement | Good Friday Agreement | 1998-04-10 | GBR IRL | Belfast Agreement
agreement | Minsk Protocol | 2014-09-05 | UKR RUS | Minsk I; first Minsk agreement
agreement | Minsk II | 2015-02-12 | UKR RUS | Minsk agreements; Minsk accords; Minsk peace agreements; Minsk agreement; Minsk peace agreement; Minsk peace deal; Minsk deals; Package of Measures for the Implementation of the Minsk Agreements; Minsk deal
other | Black Sea Grain Initiative | 2022-07-22 | RUS UKR TUR | Black Sea Initiative; Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports; Black Sea grain deal; Black Sea grain agreement; Black Sea Grain Initiative deal; Istanbul grain deal; Ukraine grain deal; grain corridor deal
agreement | Doha Agreement | 2020-02-29 | USA org:taliban | US-Taliban deal; U.S.-Taliban deal; US-Taliban agreement; U.S.-Taliban agreement; Agreement for Bringing Peace to Afghanistan
agreement | Colombian peace agreement | 2016-11-24 | COL | FARC peace deal; FARC peace agreement; peace deal with the FARC; Havana peace accords; Final Agreement to End the Armed Conflict
agreement | Comprehensive Peace Agreement | 2005-01-09 | SDN | Naivasha Agreement
agreement | Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan | 2018-09-12 | SSD | R-ARCSS; revitalised peace agreement; Revitalised Agreement on the Resolution of the Conflict in South Sudan; revitalized peace agreement
agreement | Juba Peace Agreement | 2020-10-03 | SDN | Juba peace deal
agreement | Pretoria Agreement | 2022-11-02 | ETH org:tigray-peoples-liberation-front | Pretoria peace agreement; Agreement for Lasting Peace through a Permanent Cessation of Hostilities; Pretoria peace deal
agreement | Algiers Agreement | 2000-12-12 | ERI ETH | Algiers peace agreement
declaration | Joint Declaration of Peace and Friendship between Eritrea and Ethiopia | 2018-07-09 | ERI ETH | Eritrea-Ethiopia peace declaration; Asmara declaration
agreement | Peace Agreement between the Democratic Republic of the Congo and Rwanda | 2025-06-27 | COD RWA | DRC-Rwanda peace agreement; Rwanda-DRC peace agreement; Congo-Rwanda peace deal; DRC-Rwanda peace deal
accord | Washington Accords for Peace and Prosperity | 2025-12-04 | COD RWA | Washington Accords; Washington Accord; Washington Accords for Peace; Washington peace accords; Washington peace accord
accord | Kuala Lumpur Peace Accord | 2025-10-26 | THA KHM | KL Peace Accord; Kuala Lumpur peace declaration; Thailand-Cambodia peace accord; Cambodia-Thailand peace accord
treaty | Treaty of Peace and Friendship between Argentina and Chile | 1984-11-29 | ARG CHL | Peace and Friendship Treaty; Treaty of Peace and Friendship of 1984; Argentina-Chile Treaty of Peace and Friendship
treaty | Treaty of Maipú | 2009-10-30 | ARG CHL | Treaty of Maipu; Maipú Treaty; Maipu Treaty; Treaty of Maipú for Integration and Cooperation
treaty | Treaty on the State Border between Kyrgyzstan and Tajikistan | 2025-03-13 | KGZ TJK | Kyrgyz-Tajik border treaty; Kyrgyzstan-Tajikistan border treaty; Tajik-Kyrgyz border treaty; Tajikistan-Kyrgyzstan border treaty; Kyrgyz-Tajik border agreement
declaration | Khujand Declaration | 2025-03-31 | KGZ TJK UZB | Khujand Declaration on Eternal Friendship
declaration | Washington Joint Declaration on Armenia and Azerbaijan | 2025-08-08 | ARM AZE USA | Washington declaration on Armenia and Azerbaijan; Armenia-Azerbaijan Washington declaration
agreement | Agreement on the Establishment of Peace and Interstate Relations between Armenia and Azerbaijan | - | ARM AZE | Armenia-Azerbaijan peace agreement; Azerbaijan-Armenia peace agreement; Armenia-Azerbaijan peace treaty; Azerbaijan-Armenia peace treaty; Armenian-Azerbaijani peace treaty; Armenian-Azerbaijani peace agreement
declaration | Trilateral statement of 10 November 2020 | 2020-11-10 | ARM AZE RUS | November 10 trilateral statement; trilateral statement of November 10, 2020; Nagorno-Karabakh ceasefire agreement; 2020 Nagorno-Karabakh ceasefire agreement
declaration | Alma-Ata Protocol | 1991-12-21 | - | Alma-Ata Declaration; Almaty Declaration
agreement | Brussels Agreement | 2013-04-19 | SRB XKX | First Agreement of Principles Governing the Normalisation of Relations
agreement | Agreement on the Path to Normalisation between Kosovo and Serbia | 2023-02-27 | SRB XKX | Ohrid agreement; Ohrid Agreement; Brussels-Ohrid agreement; Agreement on the path to normalization between Kosovo and Serbia
agreement | Kosovo-Serbia economic normalization agreements | 2020-09-04 | SRB XKX | Washington agreement; Washington Agreement; Washington accords on Kosovo and Serbia; Serbia-Kosovo Washington agreement
agreement | Prespa Agreement | 2018-06-17 | GRC MKD | Prespa accord
agreement | Taif Agreement | 1989-10-22 | LBN | Taif Accord
agreement | Algiers Accord | 1975-03-06 | IRN IRQ | 1975 Algiers Agreement
agreement | Saudi-Iran agreement | 2023-03-10 | SAU IRN | Beijing agreement between Saudi Arabia and Iran; China-brokered Saudi-Iran deal; Iran-Saudi deal; Saudi-Iran deal
agreement | Shimla Agreement | 1972-07-02 | IND PAK | Simla Agreement
declaration | Lahore Declaration | 1999-02-21 | IND PAK |
declaration | Tashkent Declaration | 1966-01-10 | IND PAK |
treaty | Treaty of Peace with Japan | 1951-09-08 | JPN | San Francisco Peace Treaty; Treaty of San Francisco; San Francisco Treaty
treaty | Treaty of Peace and Friendship between Japan and China | 1978-08-12 | JPN CHN | Japan-China Peace and Friendship Treaty; China-Japan Treaty of Peace and Friendship
treaty | Treaty on Basic Relations between Japan and the Republic of Korea | 1965-06-22 | JPN KOR | 1965 Korea-Japan treaty; Japan-South Korea Basic Relations Treaty; Korea-Japan Basic Treaty
declaration | Soviet-Japanese Joint Declaration | 1956-10-19 | JPN RUS | 1956 Japan-Soviet Joint Declaration; Japan-Soviet Joint Declaration
declaration | Sino-British Joint Declaration | 1984-12-19 | CHN GBR |
other | Shanghai Communiqué | 1972-02-28 | USA CHN | Shanghai Communique
treaty | Torrijos-Carter Treaties | 1977-09-07 | USA PAN | Panama Canal Treaties; Panama Canal treaty
treaty | Treaty of Versailles | 1919-06-28 | - |
other | Helsinki Final Act | 1975-08-01 | - | Helsinki Accords; Helsinki Final Act of 1975
treaty | Charter of the United Nations | 1945-06-26 | - | UN Charter; U.N. Charter; United Nations Charter
treaty | Geneva Conventions | 1949-08-12 | - | Geneva Convention
treaty | Vienna Convention on Diplomatic Relations | 1961-04-18 | - |
treaty | Vienna Convention on Consular Relations | 1963-04-24 | - |
treaty | Rome Statute of the International Criminal Court | 1998-07-17 | - | Rome Statute
treaty | Antarctic Treaty | 1959-12-01 | - |
treaty | Treaty of Amity and Cooperation in Southeast Asia | 1976-02-24 | - | Treaty of Amity and Cooperation
declaration | Declaration on the Conduct of Parties in the South China Sea | 2002-11-04 | - | Declaration on the Conduct of Parties; 2002 Declaration on the Conduct
other | Code of Conduct in the South China Sea | - | - | South China Sea code of conduct; Code of Conduct in the South China Sea
treaty | ASEAN Charter | 2007-11-20 | - |
declaration | Athens Declaration on Friendly Relations and Good-Neighbourliness | 2023-12-07 | GRC TUR | Athens Declaration
memorandum | Turkey-Libya maritime memorandum | 2019-11-27 | TUR LBY | Turkish-Libyan maritime deal; Turkey-Libya maritime deal; Libya-Turkey maritime deal
other | EU-Turkey Statement | 2016-03-18 | TUR | EU-Turkey migration deal; EU-Turkey deal; EU-Turkey refugee deal
treaty | Istanbul Convention | 2011-05-11 | - | Council of Europe Convention on preventing and combating violence against women
treaty | European Convention on Human Rights | 1950-11-04 | - | ECHR
agreement | WHO Pandemic Agreement | 2025-05-20 | - | pandemic treaty; pandemic agreement; WHO pandemic treaty
`);
