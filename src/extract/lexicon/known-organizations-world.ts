// More well-known organizations, one a line: name | kind | home country (ISO alpha-3, or -) | aliases separated
// by ";". International bodies, legislatures, security services, parties, armed groups, companies and research
// institutes that diplomatic news names. Data only, written from general knowledge.

import type { OrganizationItem } from '../../domain/extraction-result.ts';
import type { KnownOrganization } from './known-organizations.ts';

const TABLE = `
United Nations Human Rights Council | intergovernmental | - | UN Human Rights Council; UNHRC
Office of the United Nations High Commissioner for Refugees | intergovernmental | - | UNHCR
United Nations Children's Fund | intergovernmental | - | UNICEF; United Nations Children’s Fund
World Food Programme | intergovernmental | - | WFP; World Food Program
United Nations Development Programme | intergovernmental | - | UNDP
United Nations Relief and Works Agency | intergovernmental | - | UNRWA
Food and Agriculture Organization | intergovernmental | - | FAO
International Labour Organization | intergovernmental | - | ILO; International Labor Organization
International Organization for Migration | intergovernmental | - | IOM
United Nations Educational, Scientific and Cultural Organization | intergovernmental | - | UNESCO
United Nations Interim Force in Lebanon | intergovernmental | - | UNIFIL; UN Interim Force in Lebanon
International Civil Aviation Organization | intergovernmental | - | ICAO
International Maritime Organization | intergovernmental | - | IMO
Organization for the Prohibition of Chemical Weapons | intergovernmental | - | OPCW
Comprehensive Nuclear-Test-Ban Treaty Organization | intergovernmental | - | CTBTO
International Energy Agency | intergovernmental | - | IEA
Interpol | intergovernmental | - | International Criminal Police Organization
Permanent Court of Arbitration | intergovernmental | - | -
International Tribunal for the Law of the Sea | intergovernmental | - | ITLOS
Organisation for Economic Co-operation and Development | intergovernmental | - | OECD; Organization for Economic Cooperation and Development
Organisation of Islamic Cooperation | intergovernmental | - | OIC; Organization of Islamic Cooperation
Pacific Islands Forum | intergovernmental | - | PIF
South Asian Association for Regional Cooperation | intergovernmental | - | SAARC
Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation | intergovernmental | - | BIMSTEC
Conference on Interaction and Confidence-Building Measures in Asia | intergovernmental | - | CICA
Economic Community of West African States | intergovernmental | - | ECOWAS
Southern African Development Community | intergovernmental | - | SADC
East African Community | intergovernmental | - | EAC
Intergovernmental Authority on Development | intergovernmental | - | IGAD; Inter-Governmental Authority on Development
Troika | intergovernmental | - | -
Mercosur | intergovernmental | - | Mercosul; Southern Common Market
Community of Latin American and Caribbean States | intergovernmental | - | CELAC
Caribbean Community | intergovernmental | - | CARICOM
Andean Community | intergovernmental | - | -
Organization of Turkic States | intergovernmental | - | OTS; Turkic Council; Organisation of Turkic States; Cooperation Council of Turkic Speaking States; Cooperation Council of Turkic-Speaking States; CCTS
European Parliament | intergovernmental | - | -
European Council | intergovernmental | - | -
Council of the European Union | intergovernmental | - | -
European Central Bank | intergovernmental | - | ECB
European External Action Service | intergovernmental | - | EEAS
Nordic Council | intergovernmental | - | -
Visegrad Group | intergovernmental | - | Visegrád Group; V4
Group of Eight | intergovernmental | - | G8; G-8
Group of 77 | intergovernmental | - | G77; G-77
Non-Aligned Movement | intergovernmental | - | NAM
Asian Development Bank | intergovernmental | - | ADB
Asian Infrastructure Investment Bank | intergovernmental | - | AIIB
New Development Bank | intergovernmental | - | -
African Development Bank | intergovernmental | - | AfDB
Islamic Development Bank | intergovernmental | - | -
Arctic Council | intergovernmental | - | -
Mekong River Commission | intergovernmental | - | -
Black Sea Economic Cooperation | intergovernmental | - | BSEC
Organization of African, Caribbean and Pacific States | intergovernmental | - | OACPS; Organisation of African, Caribbean and Pacific States; Organisation of African, Caribbean, and Pacific States; Organization of African, Caribbean, and Pacific States
International Committee of the Red Cross | other | - | ICRC
Human Rights Watch | other | - | HRW
Amnesty International | other | - | -
Médecins Sans Frontières | other | - | Doctors Without Borders; Medecins Sans Frontieres; MSF
Reporters Without Borders | other | - | Reporters sans frontières
International Crisis Group | other | - | Crisis Group
Carnegie Endowment for International Peace | other | USA | -
Council on Foreign Relations | other | USA | -
Chatham House | other | GBR | -
Stockholm International Peace Research Institute | other | SWE | SIPRI
Center for Strategic and International Studies | other | USA | CSIS
RAND Corporation | other | USA | -
Valdai Discussion Club | other | RUS | Valdai Club
World Economic Forum | other | - | -
Houthis | other | YEM | Houthi; Ansar Allah; Ansarullah
Islamic State | other | - | ISIS; ISIL; Daesh
Al-Qaeda | other | - | al-Qaeda; Al Qaeda; al Qaeda
Al-Shabaab | other | SOM | al-Shabaab; Al Shabaab
Boko Haram | other | NGA | -
Palestinian Islamic Jihad | other | PSE | -
Palestinian Authority | other | PSE | -
Palestine Liberation Organization | other | PSE | PLO
Fatah | party | PSE | -
Kurdistan Workers' Party | other | TUR | PKK; Kurdistan Workers’ Party
Syrian Democratic Forces | other | SYR | SDF
Hayat Tahrir al-Sham | other | SYR | HTS
Rapid Support Forces | other | SDN | RSF
Transitional Sovereignty Council | other | SDN | Sovereignty Council; Sovereign Council
Presidential Leadership Council | other | YEM | -
Amiri Diwan | other | QAT | Emiri Diwan; Amiri Court
Kurdistan Regional Government | other | IRQ | KRG
Polisario Front | other | - | Polisario; POLISARIO; Frente POLISARIO; Frente Polisario
Donetsk People's Republic | other | - | DPR; Donetsk People’s Republic; People's Republic of Donetsk; People’s Republic of Donetsk
Luhansk People's Republic | other | - | LPR; Luhansk People’s Republic; Lugansk People's Republic; Lugansk People’s Republic
Nusra Front | other | SYR | Jabhat al-Nusra; al-Nusra Front; Al-Nusra Front; Al Nusra Front; al-Nusra; Al Nusra; Jabhat Fateh al-Sham
Democratic Forces for the Liberation of Rwanda | other | - | FDLR
P5+1 | other | - | E3+3; EU3+3; P-5 Plus One; Group 5+1
Renamo | party | MOZ | RENAMO; Mozambican National Resistance
Democratic Unionist Party | party | GBR | DUP
Somaliland | other | - | Republic of Somaliland
Abkhazia | other | - | Republic of Abkhazia
South Ossetia | other | - | -
Transnistria | other | - | Pridnestrovie
Tigray People's Liberation Front | party | ETH | TPLF; Tigray People’s Liberation Front; Tigrayan authorities; Tigrayan forces; Tigray rebels; Tigrayan rebels; Tigrayan leadership
Pakistan Peoples Party | party | PAK | -
Muslim Brotherhood | other | - | -
Palestine Red Crescent Society | other | PSE | Palestinian Red Crescent
United Nations Office for the Coordination of Humanitarian Affairs | intergovernmental | - | OCHA
United Nations Assistance Mission in Afghanistan | intergovernmental | - | UNAMA
United Nations Mission in South Sudan | intergovernmental | - | UNMISS
United Nations Support Mission in Libya | intergovernmental | - | UNSMIL; UN Support Mission in Libya
United Nations Assistance Mission for Iraq | intergovernmental | - | UNAMI
United Nations Interim Security Force for Abyei | intergovernmental | - | UNISFA
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo | intergovernmental | - | MONUSCO
African Union Transition Mission in Somalia | intergovernmental | - | ATMIS
United Nations Integrated Transition Assistance Mission in Sudan | intergovernmental | - | UNITAMS; UN Integrated Transition Assistance Mission in Sudan
African Union Mission in Somalia | intergovernmental | - | AMISOM
United Nations Assistance Mission in Somalia | intergovernmental | - | UNSOM
United Nations Multidimensional Integrated Stabilization Mission in Mali | intergovernmental | - | MINUSMA
United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic | intergovernmental | - | MINUSCA
United Nations Mission to Support the Hudaydah Agreement | intergovernmental | - | UNMHA
United Nations Disengagement Observer Force | intergovernmental | - | UNDOF
United Nations Mission for the Referendum in Western Sahara | intergovernmental | - | MINURSO
United Nations Office for West Africa and the Sahel | intergovernmental | - | UNOWAS
Economic Community of Central African States | intergovernmental | - | ECCAS
Alliance of Sahel States | intergovernmental | - | AES; Sahel States Alliance; Confederation of Sahel States; Confederation of the Sahel States
African Union Commission | intergovernmental | - | AU Commission; AUC
African Union Peace and Security Council | intergovernmental | - | AU Peace and Security Council; Peace and Security Council
Supreme Political Council | other | YEM | -
Sudan People's Liberation Movement | party | SSD | SPLM; Sudan People’s Liberation Movement
Sudan People's Liberation Movement-North | other | SDN | SPLM-N; Sudan People’s Liberation Movement-North
Sudan People's Liberation Army | other | SSD | SPLA; Sudan People’s Liberation Army
Justice and Equality Movement | other | SDN | JEM
Sudan Liberation Movement | other | SDN | SLM; Sudan Liberation Army
South Sudan People's Defence Forces | other | SSD | SSPDF; South Sudan People’s Defence Forces; South Sudan People's Defense Forces; South Sudan People’s Defense Forces
Atlantic Council | other | USA | -
Stimson Center | other | USA | -
Observer Research Foundation | other | IND | ORF
Sudanese Armed Forces | other | SDN | SAF; Sudan Armed Forces
Revolutionary Armed Forces of Colombia | other | COL | FARC; Farc
Free Syrian Army | other | SYR | FSA
March 23 Movement | other | COD | M23; AFC/M23; Alliance Fleuve Congo
Tehrik-i-Taliban Pakistan | other | PAK | TTP
Islamic Revolutionary Guard Corps | other | IRN | IRGC; Revolutionary Guards
Quds Force | other | IRN | -
Popular Mobilization Forces | other | IRQ | -
Wagner Group | other | RUS | -
Federal Security Service | other | RUS | FSB
Central Intelligence Agency | other | USA | CIA
Federal Bureau of Investigation | other | USA | FBI
Mossad | other | ISR | -
Shin Bet | other | ISR | -
Security Service of Ukraine | other | UKR | SBU
Inter-Services Intelligence | other | PAK | ISI
Inter-Services Public Relations | other | PAK | ISPR
Israel Defense Forces | other | ISR | IDF
People's Liberation Army | other | CHN | PLA; People’s Liberation Army
Central Military Commission | other | CHN | -
Bundeswehr | other | DEU | -
Bundestag | other | DEU | -
Knesset | other | ISR | -
Congress | other | USA | U.S. Congress; US Congress; United States Congress
State Duma | other | RUS | -
Federation Council | other | RUS | -
Verkhovna Rada | other | UKR | -
Milli Majlis | other | AZE | Milli Mejlis
Mazhilis | other | KAZ | Majilis
Oliy Majlis | other | UZB | -
Jogorku Kenesh | other | KGZ | -
State Great Khural | other | MNG | Great State Khural
Sejm | other | POL | -
Riksdag | other | SWE | -
Storting | other | NOR | -
Folketing | other | DNK | -
Saeima | other | LVA | -
Seimas | other | LTU | -
Riigikogu | other | EST | -
National People's Congress | other | CHN | NPC; National People’s Congress
Chinese People's Political Consultative Conference | other | CHN | CPPCC; Chinese People’s Political Consultative Conference
Lok Sabha | other | IND | -
Rajya Sabha | other | IND | -
Bharatiya Janata Party | party | IND | BJP
Indian National Congress | party | IND | Congress party; Congress Party
Pakistan Tehreek-e-Insaf | party | PAK | -
Pakistan Muslim League-Nawaz | party | PAK | PML-N
Christian Democratic Union | party | DEU | CDU
Social Democratic Party of Germany | party | DEU | SPD
Alternative for Germany | party | DEU | AfD
African National Congress | party | ZAF | ANC
Likud | party | ISR | -
Justice and Development Party | party | TUR | AK Party
Republican People's Party | party | TUR | CHP; Republican People’s Party
Fidesz | party | HUN | -
Kuomintang | party | TWN | KMT
Democratic Progressive Party | party | TWN | DPP
Awami League | party | BGD | -
Bangladesh Nationalist Party | party | BGD | BNP
Rosatom | company | RUS | -
Rostec | company | RUS | -
Rosoboronexport | company | RUS | -
Lukoil | company | RUS | -
Novatek | company | RUS | -
Naftogaz | company | UKR | -
China National Petroleum Corporation | company | CHN | CNPC
Sinopec | company | CHN | -
Saudi Aramco | company | SAU | Aramco
QatarEnergy | company | QAT | -
Huawei | company | CHN | -
Taiwan Semiconductor Manufacturing Company | company | TWN | TSMC
Boeing | company | USA | -
Airbus | company | - | -
Lockheed Martin | company | USA | -
ExxonMobil | company | USA | Exxon Mobil
Chevron | company | USA | -
TotalEnergies | company | FRA | -
Equinor | company | NOR | -
Bank of Japan | other | JPN | BOJ
People's Bank of China | other | CHN | PBOC; People’s Bank of China
Central Bank of Russia | other | RUS | Bank of Russia
Federal Reserve | other | USA | -
`;

const KINDS = new Set<string>(['news agency', 'intergovernmental', 'ministry', 'party', 'company', 'other']);

export const KNOWN_WORLD_ORGANIZATIONS: readonly KnownOrganization[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name = '', kind = '', country = '', aliases = ''] = line.split('|').map((part) => part.trim());
    if (!KINDS.has(kind)) throw new Error(`known organization ${name}: unknown kind ${kind}`);
    return {
      name,
      kind: kind as OrganizationItem['kind'],
      country: country === '-' ? null : country,
      aliases: aliases === '-' ? [] : aliases.split(';').map((alias) => alias.trim()),
    };
  });
