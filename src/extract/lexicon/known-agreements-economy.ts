// Well-known trade, investment, climate, environment and integration agreements, one a line:
// kind | name | signed (or adopted) | parties | aliases. Data only, written from general knowledge.

import { parseKnownAgreements } from './known-agreement-entry.ts';

export const ECONOMY_AGREEMENTS = parseKnownAgreements(`
agreement | North American Free Trade Agreement | 1992-12-17 | USA CAN MEX | NAFTA
agreement | United States-Mexico-Canada Agreement | 2018-11-30 | USA MEX CAN | USMCA; CUSMA; T-MEC; Canada-United States-Mexico Agreement; US-Mexico-Canada Agreement; U.S.-Mexico-Canada Agreement; USMCA trade deal
agreement | Comprehensive and Progressive Agreement for Trans-Pacific Partnership | 2018-03-08 | AUS BRN CAN CHL JPN MYS MEX NZL PER SGP VNM | CPTPP; TPP-11; CPTPP trade deal
agreement | Trans-Pacific Partnership | 2016-02-04 | AUS BRN CAN CHL JPN MYS MEX NZL PER SGP USA VNM | TPP; Trans-Pacific Partnership agreement; TPP trade deal
agreement | Regional Comprehensive Economic Partnership | 2020-11-15 | BRN KHM IDN LAO MYS MMR PHL SGP THA VNM AUS CHN JPN KOR NZL | RCEP; RCEP agreement
agreement | General Agreement on Tariffs and Trade | 1947-10-30 | - | GATT
agreement | Marrakesh Agreement Establishing the World Trade Organization | 1994-04-15 | - | Marrakesh Agreement; WTO Agreement
agreement | African Continental Free Trade Area Agreement | 2018-03-21 | - | AfCFTA; African Continental Free Trade Agreement
agreement | EU-Japan Economic Partnership Agreement | 2018-07-17 | JPN | Japan-EU Economic Partnership Agreement; EU-Japan EPA; Japan-EU EPA
agreement | Comprehensive Economic and Trade Agreement | 2016-10-30 | CAN | CETA; EU-Canada trade agreement; Canada-EU trade deal
agreement | EU-Mercosur Partnership Agreement | - | ARG BRA PRY URY | EU-Mercosur agreement; EU-Mercosur trade deal; EU-Mercosur trade agreement; Mercosur-EU trade deal; Mercosur-EU agreement
agreement | Korea-United States Free Trade Agreement | 2007-06-30 | USA KOR | KORUS FTA; KORUS; U.S.-Korea Free Trade Agreement; Korea-U.S. Free Trade Agreement; Korea-US FTA; South Korea-US free trade agreement
agreement | U.S.-Japan Trade Agreement | 2019-10-07 | USA JPN | US-Japan Trade Agreement; Japan-U.S. Trade Agreement
deal | Economic and Trade Agreement between the United States and China | 2020-01-15 | USA CHN | Phase One trade deal; phase one deal; Phase One agreement; phase-one trade deal; Phase 1 trade deal; US-China phase one deal
agreement | Economic Cooperation Framework Agreement | 2010-06-29 | CHN TWN | ECFA; Cross-Strait Economic Cooperation Framework Agreement
agreement | ASEAN-China Free Trade Area | 2002-11-04 | BRN KHM IDN LAO MYS MMR PHL SGP THA VNM CHN | ACFTA; China-ASEAN Free Trade Agreement; ASEAN-China Free Trade Agreement; China-ASEAN FTA
agreement | India-UAE Comprehensive Economic Partnership Agreement | 2022-02-18 | IND ARE | India-UAE CEPA; UAE-India CEPA
agreement | India-Australia Economic Cooperation and Trade Agreement | 2022-04-02 | IND AUS | ECTA; Australia-India ECTA; India-Australia ECTA; Australia-India Economic Cooperation and Trade Agreement
agreement | Australia-United Kingdom Free Trade Agreement | 2021-12-17 | AUS GBR | UK-Australia free trade agreement; Australia-UK free trade agreement; UK-Australia FTA; Australia-UK FTA
agreement | India-United Kingdom Comprehensive Economic and Trade Agreement | 2025-07-24 | IND GBR | India-UK free trade agreement; UK-India free trade agreement; India-UK FTA; UK-India FTA; India-UK CETA; UK-India trade deal; India-UK trade deal
agreement | India-EFTA Trade and Economic Partnership Agreement | 2024-03-10 | IND CHE NOR ISL LIE | TEPA; India-EFTA TEPA; EFTA-India free trade agreement
agreement | New Zealand-United Kingdom Free Trade Agreement | 2022-02-28 | NZL GBR | UK-New Zealand free trade agreement; New Zealand-UK FTA; UK-New Zealand FTA
agreement | China-Australia Free Trade Agreement | 2015-06-17 | CHN AUS | ChAFTA; Australia-China free trade agreement
agreement | Korea-Australia Free Trade Agreement | 2014-04-08 | KOR AUS | KAFTA
agreement | Japan-Australia Economic Partnership Agreement | 2014-07-08 | JPN AUS | JAEPA
agreement | Indonesia-Australia Comprehensive Economic Partnership Agreement | 2019-03-04 | IDN AUS | IA-CEPA; Australia-Indonesia Comprehensive Economic Partnership Agreement
agreement | EU-Vietnam Free Trade Agreement | 2019-06-30 | VNM | EVFTA; Vietnam-EU free trade agreement
agreement | EU-Singapore Free Trade Agreement | 2018-10-19 | SGP | EUSFTA
agreement | EU-Korea Free Trade Agreement | 2010-10-06 | KOR | Korea-EU FTA; EU-South Korea free trade agreement
agreement | EU-UK Trade and Cooperation Agreement | 2020-12-30 | GBR | post-Brexit trade deal; Brexit trade deal; UK-EU trade deal; EU-UK trade deal
agreement | Brexit withdrawal agreement | 2020-01-24 | GBR | Brexit agreement; EU-UK Withdrawal Agreement
other | Windsor Framework | 2023-02-27 | GBR | Northern Ireland Protocol; Protocol on Ireland/Northern Ireland
deal | EU-US trade deal | 2025-07-27 | USA | US-EU trade deal; U.S.-EU trade deal; EU-U.S. trade deal; Turnberry deal; EU-US tariff deal
deal | US-UK Economic Prosperity Deal | 2025-05-08 | USA GBR | Economic Prosperity Deal; US-UK trade deal; U.S.-UK trade deal; UK-US trade deal
deal | US-Japan trade deal | 2025-07-22 | USA JPN | U.S.-Japan trade deal; Japan-U.S. trade deal; Japan-US trade deal; US-Japan tariff deal; U.S.-Japan tariff deal; Japan-US tariff agreement
deal | US-South Korea trade deal | 2025-07-30 | USA KOR | U.S.-South Korea trade deal; South Korea-US trade deal; Korea-U.S. trade deal; Korea-US tariff deal; US-Korea trade deal; South Korea-U.S. tariff deal
agreement | US-Ukraine minerals deal | 2025-04-30 | USA UKR | US-Ukraine mineral deal; U.S.-Ukraine minerals deal; Ukraine-US minerals deal; mineral resources agreement; United States-Ukraine Reconstruction Investment Fund; critical minerals deal with Ukraine
treaty | Treaty of Asunción | 1991-03-26 | ARG BRA PRY URY | Treaty of Asuncion; Mercosur founding treaty
treaty | Treaty on the Eurasian Economic Union | 2014-05-29 | RUS BLR KAZ | Eurasian Economic Union Treaty; EAEU Treaty
treaty | Treaty of Rome | 1957-03-25 | BEL FRA DEU ITA LUX NLD | Treaty establishing the European Economic Community
treaty | Maastricht Treaty | 1992-02-07 | - | Treaty on European Union; Treaty of Maastricht
treaty | Treaty of Lisbon | 2007-12-13 | - | Lisbon Treaty
agreement | Schengen Agreement | 1985-06-14 | BEL FRA DEU LUX NLD | Schengen accord; Schengen Convention
agreement | EU-Ukraine Association Agreement | 2014-06-27 | UKR | Ukraine-EU Association Agreement; Ukraine-European Union Association Agreement
agreement | EU-Moldova Association Agreement | 2014-06-27 | MDA | Moldova-EU Association Agreement
agreement | EU-Georgia Association Agreement | 2014-06-27 | GEO | Georgia-EU Association Agreement
agreement | Cotonou Agreement | 2000-06-23 | - | Cotonou Partnership Agreement
agreement | Samoa Agreement | 2023-11-15 | - | OACPS-EU Partnership Agreement; post-Cotonou agreement
agreement | Paris Agreement | 2015-12-12 | - | Paris climate agreement; Paris climate accord; Paris Accord; Paris climate deal; Paris Agreement on climate change; Paris climate pact; Paris climate treaty
treaty | United Nations Framework Convention on Climate Change | 1992-05-09 | - | UNFCCC; UN Framework Convention on Climate Change; UN climate convention
other | Kyoto Protocol | 1997-12-11 | - | Kyoto climate protocol
other | Montreal Protocol | 1987-09-16 | - | Montreal Protocol on Substances that Deplete the Ozone Layer
other | Kigali Amendment | 2016-10-15 | - | Kigali Amendment to the Montreal Protocol
pact | Glasgow Climate Pact | 2021-11-13 | - | Glasgow pact
treaty | Convention on Biological Diversity | 1992-06-05 | - | UN biodiversity convention
agreement | Kunming-Montreal Global Biodiversity Framework | 2022-12-19 | - | Kunming-Montreal framework; Global Biodiversity Framework; 30x30 biodiversity deal
agreement | Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction | 2023-06-19 | - | High Seas Treaty; BBNJ Agreement; BBNJ; UN high seas treaty; Global Ocean Treaty
treaty | United Nations Convention on the Law of the Sea | 1982-12-10 | - | UNCLOS; Law of the Sea Convention; UN Convention on the Law of the Sea; U.N. Convention on the Law of the Sea
treaty | Minamata Convention on Mercury | 2013-10-10 | - | Minamata Convention
treaty | Basel Convention | 1989-03-22 | - | Basel Convention on the Control of Transboundary Movements of Hazardous Wastes
treaty | Stockholm Convention on Persistent Organic Pollutants | 2001-05-22 | - | Stockholm Convention
treaty | Convention on International Trade in Endangered Species | 1973-03-03 | - | CITES
treaty | Ramsar Convention | 1971-02-02 | - | Convention on Wetlands
treaty | Convention on the Legal Status of the Caspian Sea | 2018-08-12 | AZE IRN KAZ RUS TKM | Caspian Convention; Caspian Sea convention
treaty | Indus Waters Treaty | 1960-09-19 | IND PAK | Indus Water Treaty; Indus treaty
agreement | Mekong Agreement | 1995-04-05 | KHM LAO THA VNM | Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin
agreement | Nile Waters Agreement | 1959-11-08 | EGY SDN | 1959 Nile Waters Agreement; Agreement for the Full Utilization of the Nile Waters
agreement | India-US Civil Nuclear Agreement | 2008-10-10 | IND USA | Indo-US nuclear deal; India-US nuclear deal; US-India civil nuclear deal; India-US civil nuclear deal; U.S.-India civil nuclear agreement; 123 Agreement with India
agreement | China-Iran 25-year cooperation agreement | 2021-03-27 | CHN IRN | Iran-China 25-year cooperation agreement; China-Iran comprehensive cooperation agreement; Iran-China strategic partnership agreement; 25-year cooperation agreement
declaration | Joint Statement on International Relations Entering a New Era | 2022-02-04 | CHN RUS | no limits partnership; no-limits partnership; Russia-China no limits partnership; China-Russia joint statement of February 2022
agreement | Power of Siberia gas supply contract | 2014-05-21 | CHN RUS | Power of Siberia deal; Power of Siberia agreement; Russia-China gas deal
agreement | Eastern Mediterranean gas pipeline agreement | 2020-01-02 | GRC CYP ISR | EastMed pipeline agreement; EastMed agreement; EastMed deal
agreement | Kazakhstan-Russia Baikonur lease agreement | 1994-03-28 | KAZ RUS | Baikonur lease agreement; Baikonur agreement
agreement | Russia-Ukraine gas transit agreement | 2019-12-30 | RUS UKR | Ukraine-Russia gas transit deal; Russia-Ukraine gas transit deal; gas transit agreement with Ukraine
`);
