// More well-known agreements, one a line: kind | name | signed (or adopted) | parties | aliases. Export-control
// regimes and conventions, peace accords and ceasefires of the last decades, bilateral water, border and
// partnership treaties, financial accords. Data only, written from general knowledge.

import { parseKnownAgreements } from './known-agreement-entry.ts';

export const REGIONAL_AGREEMENTS = parseKnownAgreements(`
treaty | Warsaw Pact | 1955-05-14 | - | Warsaw Treaty; Treaty of Friendship, Cooperation and Mutual Assistance
treaty | Inter-American Treaty of Reciprocal Assistance | 1947-09-02 | - | Rio Treaty; Rio Pact; TIAR
treaty | Kellogg-Briand Pact | 1928-08-27 | - | Kellogg–Briand Pact; Pact of Paris
other | Wassenaar Arrangement | 1996-07-12 | - | Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies
other | Missile Technology Control Regime | 1987-04-16 | - | MTCR
treaty | Convention on the Prevention and Punishment of the Crime of Genocide | 1948-12-09 | - | Genocide Convention
treaty | Convention Relating to the Status of Refugees | 1951-07-28 | - | Refugee Convention; 1951 Refugee Convention
treaty | Convention against Torture | 1984-12-10 | - | UN Convention against Torture; CAT
treaty | Convention on International Civil Aviation | 1944-12-07 | - | Chicago Convention
treaty | Hague Conventions of 1899 and 1907 | 1907-10-18 | - | Hague Conventions
treaty | United Nations Convention against Transnational Organized Crime | 2000-11-15 | - | Palermo Convention; UNTOC
treaty | United Nations Convention against Corruption | 2003-10-31 | - | UNCAC
treaty | Svalbard Treaty | 1920-02-09 | - | Spitsbergen Treaty
declaration | Ilulissat Declaration | 2008-05-28 | USA RUS CAN NOR DNK |
other | Sendai Framework for Disaster Risk Reduction | 2015-03-18 | - | Sendai Framework
agreement | Paris Peace Accords | 1973-01-27 | USA VNM | Paris Peace Agreement
agreement | Geneva Accords of 1954 | 1954-07-21 | FRA VNM LAO KHM | Geneva Accords
agreement | Bonn Agreement | 2001-12-05 | AFG | Bonn Accord
agreement | Wye River Memorandum | 1998-10-23 | ISR PSE | Wye River Accord; Wye Memorandum
agreement | Sharm El Sheikh Memorandum | 1999-09-04 | ISR PSE | Sharm el-Sheikh Memorandum
agreement | Israel-Lebanon ceasefire agreement | 2024-11-26 | ISR LBN | Israel-Hezbollah ceasefire; Lebanon ceasefire deal; Israel-Lebanon ceasefire
agreement | Israel-Lebanon maritime border agreement | 2022-10-27 | ISR LBN | Lebanon-Israel maritime deal; maritime border deal between Israel and Lebanon
agreement | Stockholm Agreement | 2018-12-13 | YEM | Hodeidah agreement
agreement | Riyadh Agreement | 2019-11-05 | YEM |
declaration | Jeddah Declaration of Commitment to Protect the Civilians of Sudan | 2023-05-11 | SDN org:rapid-support-forces | Jeddah Declaration; Jeddah agreement
agreement | Libyan Political Agreement | 2015-12-17 | LBY | Skhirat Agreement; Skhirat accord
agreement | Arusha Accords | 1993-08-04 | RWA | Arusha Peace Agreement
agreement | Arusha Peace and Reconciliation Agreement for Burundi | 2000-08-28 | BDI | Arusha Agreement
agreement | Lusaka Ceasefire Agreement | 1999-07-10 | COD AGO NAM RWA UGA ZWE | Lusaka Accord
agreement | Luanda Process ceasefire between the DRC and Rwanda | 2024-07-30 | COD RWA | Luanda ceasefire
agreement | Addis Ababa Agreement of 1972 | 1972-02-27 | SDN | Addis Ababa Agreement
agreement | Erdut Agreement | 1995-11-12 | HRV | Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium
agreement | Ohrid Framework Agreement | 2001-08-13 | MKD |
agreement | Kosovo-Serbia agreement on license plates | 2022-11-23 | SRB | license plate deal
agreement | Astana process memorandum on de-escalation zones | 2017-05-04 | RUS TUR IRN | Astana memorandum; de-escalation zones memorandum
agreement | Istanbul communiqué on Ukraine | 2022-03-29 | UKR RUS | Istanbul communique; Istanbul Communiqué
agreement | Agreement on Security Cooperation between Ukraine and the United Kingdom | 2024-01-12 | UKR GBR | UK-Ukraine security agreement; Ukraine-UK security agreement
agreement | Agreement on Security Cooperation and Long-Term Support between Ukraine and Germany | 2024-02-16 | UKR DEU | Germany-Ukraine security agreement; Ukraine-Germany security agreement
agreement | Agreement on Security Cooperation between Ukraine and France | 2024-02-16 | UKR FRA | France-Ukraine security agreement; Ukraine-France security agreement
agreement | Bilateral Security Agreement between the United States and Ukraine | 2024-06-13 | UKR USA | US-Ukraine security agreement; Ukraine-US security agreement
agreement | Ukraine Compact | 2024-07-11 | UKR |
treaty | Ganges Water Sharing Treaty | 1996-12-12 | IND BGD | Ganges Water Treaty; Farakka treaty
agreement | India-Bangladesh Land Boundary Agreement | 1974-05-16 | IND BGD | Land Boundary Agreement; LBA
treaty | Treaty of Peace and Friendship between India and Nepal | 1950-07-31 | IND NPL | India-Nepal Friendship Treaty
agreement | India-China border patrolling agreement | 2024-10-21 | IND CHN | border patrolling arrangement; LAC patrolling agreement
agreement | Agreement on the Maintenance of Peace and Tranquillity along the Line of Actual Control | 1993-09-07 | IND CHN | 1993 border peace agreement
agreement | Gwadar Port agreement | 2013-02-18 | PAK CHN |
agreement | China-Pakistan Economic Corridor framework agreement | 2015-04-20 | CHN PAK | CPEC agreement; CPEC agreements
agreement | Indo-Pacific Economic Framework for Prosperity | 2022-05-23 | - | IPEF; Indo-Pacific Economic Framework
agreement | Digital Economy Partnership Agreement | 2020-06-12 | SGP CHL NZL | DEPA
agreement | Chiang Mai Initiative Multilateralisation | 2010-03-24 | - | Chiang Mai Initiative; CMIM
accord | Plaza Accord | 1985-09-22 | USA JPN DEU FRA GBR |
accord | Louvre Accord | 1987-02-22 | - |
agreement | Bretton Woods Agreement | 1944-07-22 | - | Bretton Woods agreements; Bretton Woods Accords
agreement | Agreement on Trade-Related Aspects of Intellectual Property Rights | 1994-04-15 | - | TRIPS Agreement; TRIPS
agreement | EU-Serbia Stabilisation and Association Agreement | 2008-04-29 | SRB | EU-Serbia SAA
agreement | EU-Armenia Comprehensive and Enhanced Partnership Agreement | 2017-11-24 | ARM | EU-Armenia CEPA
agreement | EU-New Zealand Free Trade Agreement | 2023-07-09 | NZL |
agreement | Lobito Corridor memorandum | 2023-09-09 | AGO COD ZMB USA | Lobito Corridor agreement
declaration | AlUla Declaration | 2021-01-05 | SAU ARE BHR EGY QAT | Al-Ula declaration; Al Ula Declaration
agreement | Treaty of Friendship and Cooperation between Vietnam and the Soviet Union | 1978-11-03 | VNM RUS |
agreement | Gaza ceasefire and hostage release agreement | 2025-01-15 | ISR org:hamas | Gaza ceasefire agreement; Gaza ceasefire deal; Israel-Hamas ceasefire agreement; Israel-Hamas ceasefire deal; Gaza hostage deal
agreement | Israel-Hamas truce of November 2023 | 2023-11-22 | ISR org:hamas | Israel-Hamas truce; November 2023 Gaza truce
agreement | Gaza peace plan first-phase agreement | 2025-10-09 | ISR org:hamas | Gaza peace deal; Gaza peace agreement
memorandum | Ethiopia-Somaliland memorandum of understanding | 2024-01-01 | ETH org:somaliland | Ethiopia-Somaliland MoU; Ethiopia-Somaliland deal; Ethiopia-Somaliland port deal; Somaliland port deal
declaration | Ankara Declaration | 2024-12-11 | SOM ETH | Ankara declaration on Somalia and Ethiopia
declaration | Declaration of Principles on the Grand Ethiopian Renaissance Dam | 2015-03-23 | EGY ETH SDN | GERD Declaration of Principles; Declaration of Principles on the GERD
agreement | Yemen truce | 2022-04-02 | YEM SAU | UN-brokered truce in Yemen; Yemen ceasefire
agreement | Cairo agreement between Iran and the IAEA | 2025-09-09 | IRN org:international-atomic-energy-agency | Iran-IAEA agreement; Iran-IAEA Cairo agreement
agreement | Iraq-Iran border security agreement | 2023-03-19 | IRQ IRN | Iran-Iraq security agreement; Iraq-Iran security agreement; Iran-Iraq border security agreement
agreement | Strategic Framework Agreement between the United States and Iraq | 2008-11-17 | USA IRQ | US-Iraq Strategic Framework Agreement; U.S.-Iraq Strategic Framework Agreement
agreement | Status of Forces Agreement between the United States and Iraq | 2008-11-17 | USA IRQ | US-Iraq Status of Forces Agreement; U.S.-Iraq Status of Forces Agreement
agreement | India-Pakistan ceasefire understanding of May 2025 | 2025-05-10 | IND PAK | India-Pakistan ceasefire understanding
agreement | Turkey-Somalia defence and economic cooperation agreement | 2024-02-08 | TUR SOM | Turkey-Somalia defence agreement; Somalia-Turkey defence agreement; Turkey-Somalia defense agreement; Somalia-Turkey defense agreement
agreement | Agreement on the integration of the Syrian Democratic Forces into the Syrian state | 2025-03-10 | SYR | SDF integration agreement; Damascus-SDF agreement
treaty | UK-Mauritius Chagos Islands treaty | 2025-05-22 | GBR MUS | Chagos Islands treaty; Chagos deal; Chagos agreement; Diego Garcia treaty; UK-Mauritius Chagos deal
memorandum | India-Sri Lanka defence cooperation memorandum | 2025-04-05 | IND LKA | India-Sri Lanka defence pact; India-Sri Lanka defense pact; India-Sri Lanka defence MoU
agreement | Doha Document for Peace in Darfur | 2011-07-14 | SDN | DDPD; Darfur peace document
agreement | Nile Basin Cooperative Framework Agreement | 2010-05-14 | ETH RWA TZA UGA KEN BDI | Entebbe Agreement; Nile Basin CFA
agreement | Israel-UAE Comprehensive Economic Partnership Agreement | 2022-05-31 | ISR ARE | UAE-Israel Comprehensive Economic Partnership Agreement; Israel-UAE free trade agreement; UAE-Israel free trade agreement
agreement | Maputo Accord for Peace and National Reconciliation | 2019-08-06 | MOZ | Maputo peace accord; Maputo Accord
agreement | Political Agreement for Peace and Reconciliation in the Central African Republic | 2019-02-06 | CAF | Central African Republic peace agreement of 2019
agreement | Agreement for Peace and Reconciliation in Mali | 2015-05-15 | MLI | Mali peace accord of 2015; Algiers Agreement for Peace and Reconciliation in Mali
`);
