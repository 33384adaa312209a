// Speakers named only by their office: "Qatar's prime minister said", "the NATO chief said", "said the prime
// minister", "according to the vice minister". Each is the person in the article who holds that office.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const LEAD =
  'Talks in Doha\n\nQatari Prime Minister Mohammed Al Thani met Egyptian Foreign Minister Badr Abdelatty in Doha on Tuesday.\n\n';

function speakerOf(text: string, words: string): string | undefined {
  return extract(text).statements.find((s) => (s.quote ?? s.text).includes(words))?.speaker;
}

describe('a speaker named by the office they hold', () => {
  it.each([
    ["a country's office", "Qatar's prime minister said the two sides would keep working for a truce."],
    ['the office after a quote verb', '"We are close to a deal on the hostages," said the prime minister.'],
    [
      '"the" and the office',
      'The prime minister stressed that the two sides would keep working for a truce.',
    ],
    [
      'an adverb before the verb',
      'The prime minister also said the two sides would keep working for a truce.',
    ],
  ])('is its holder: %s', (_shape, sentence) => {
    const text = LEAD + sentence;
    const words = sentence.includes('hostages') ? 'close to a deal' : 'keep working';
    expect(speakerOf(text, words)).toBe('person:mohammed-al-thani');
  });

  it('picks the holder of that country when two people hold the same office', () => {
    const text =
      'Ministers meet\n\nEgyptian Foreign Minister Badr Abdelatty met Jordanian Foreign Minister Ayman Safadi ' +
      "in Cairo on Monday.\n\nEgypt's foreign minister said the border crossing had to open without delay.";
    expect(speakerOf(text, 'crossing had to open')).toBe('person:badr-abdelatty');
  });

  it.each([
    [
      'an agency',
      "CAIRO (Reuters) - Egypt's foreign minister said the border crossing had to open without delay.",
    ],
    [
      'a date',
      "CAIRO, May 3 (AP) — Egypt's foreign minister said the border crossing had to open without delay.",
    ],
  ])("reads a country's office after a wire dateline with %s as its holder", (_shape, sentence) => {
    const text = LEAD + sentence;
    expect(speakerOf(text, 'crossing had to open')).toBe('person:badr-abdelatty');
  });

  it('reads "the NATO chief" as the person who leads the alliance, not the alliance', () => {
    const text =
      'Allies meet\n\nNATO Secretary General Mark Rutte hosted defence ministers in Brussels on Thursday.\n\n' +
      'The NATO chief said Ukraine must take part in any talks about its future.';
    expect(speakerOf(text, 'must take part')).toBe('person:mark-rutte');
  });

  it('reads "according to the vice minister" as that minister', () => {
    const text =
      'Visit planned\n\nChinese Vice Foreign Minister Kong Xuanyou briefed reporters in Beijing on Tuesday.\n\n' +
      'The two countries will sign a joint statement on trade, according to the vice minister.';
    expect(speakerOf(text, 'sign a joint statement')).toBe('person:kong-xuanyou');
  });

  it('finds the person a lead names only by office in the sentences that follow', () => {
    const text =
      "Forum backed\n\nTonga's prime minister says the regional forum must decide on security.\n\n" +
      'Siaosi Sovaleni told reporters in Nuku’alofa that small states must speak together.';
    expect(speakerOf(text, 'regional forum must decide')).toBe('person:siaosi-sovaleni');
  });

  it.each([
    [
      'a ministry official stays the ministry',
      'Call held\n\nSouth Korean Foreign Minister Cho Tae-yul spoke with US Secretary of State Marco Rubio on Monday. ' +
        'A foreign ministry official denied that there had been any delay in the call.',
      'any delay',
      'person:marco-rubio',
    ],
    [
      'an unqualified official is nobody in particular',
      LEAD + 'An official said the talks would go on next week in Cairo.',
      'go on next week',
      'person:badr-abdelatty',
    ],
  ])('does not name a person when %s', (_shape, text, words, notSpeaker) => {
    expect(speakerOf(text, words)).not.toBe(notSpeaker);
  });

  it('reads a weekday between the office and its verb ("Chile\'s foreign minister Tuesday called")', () => {
    const text =
      'Talks held\n\nChilean Foreign Minister Alberto Ruiz met Peruvian Foreign Minister Dora Vega in Lima.\n\n' +
      'Chile\'s foreign minister Tuesday called the talks "a turning point for the region."';
    expect(speakerOf(text, 'turning point')).toBe('person:alberto-ruiz');
  });

  it('reads "the Head of State" as the leader the article names', () => {
    const text =
      'Talks held\n\nKenyan President Daniel Mwangi met Ugandan Prime Minister Joseph Okello in Nairobi.\n\n' +
      '"The documents are ready for signing," the Head of State noted.';
    expect(speakerOf(text, 'ready for signing')).toBe('person:daniel-mwangi');
  });

  it('reads "according to the former head of state" as that leader', () => {
    const text =
      'Visit ends\n\nFormer President Daniel Mwangi met the Ugandan ambassador in Nairobi on Monday.\n\n' +
      'According to the former head of state, they discussed the security of the border.';
    expect(speakerOf(text, 'security of the border')).toBe('person:daniel-mwangi');
  });

  it('does not read "the head of the delegation" as "the Head of State"', () => {
    const text =
      'Talks held\n\nKenyan President Daniel Mwangi met Ugandan Prime Minister Joseph Okello in Nairobi.\n\n' +
      'The head of the delegation said the talks were useful.';
    expect(speakerOf(text, 'talks were useful')).not.toBe('person:daniel-mwangi');
  });

  it('reads adjectives between a country and the office ("Chile\'s leftist new foreign minister said")', () => {
    const text =
      'Talks held\n\nChilean Foreign Minister Alberto Ruiz met Peruvian Foreign Minister Dora Vega in Lima.\n\n' +
      "Chile's leftist new foreign minister said the border would open next month.";
    expect(speakerOf(text, 'border would open')).toBe('person:alberto-ruiz');
  });

  it("gives a country's office to that country's person whose title has its head, when nobody has all of it", () => {
    const text =
      'Pact signed\n\nThe pact was signed by US Defense Secretary Mark Dunn and visiting Chilean Minister Jose Vera.\n\n' +
      'Speaking on the occasion, Chilean Defense Minister said the pact shows the need for more cooperation.';
    expect(speakerOf(text, 'need for more cooperation')).toBe('person:jose-vera');
  });

  it('gives "the foreign minister" to the person titled only "Minister" when nobody holds all of it', () => {
    const text =
      'Envoy received\n\nArmenian Minister Vahe Petrosyan on Monday received OSCE Secretary General Helga Berger ' +
      'in Yerevan.\n\nWelcoming the guest, the foreign minister said Armenia values the OSCE as a partner.';
    expect(speakerOf(text, 'values the OSCE')).toBe('person:vahe-petrosyan');
  });
});

describe('"the minister of <portfolio>" as the minister named before', () => {
  const lead =
    'Ministers meet\n\nCAIRO - Minister of Foreign Affairs Karim Nassar received his Omani counterpart on ' +
    'Sunday.\n\n';

  it.each([
    ['lower case', 'The minister of foreign affairs affirmed that the two sides would widen trade links.'],
    [
      'capitalized',
      'Later, the Minister of Foreign Affairs indicated that the two sides would widen trade links.',
    ],
  ])('speaks as that minister: %s', (_shape, sentence) => {
    expect(speakerOf(lead + sentence, 'widen trade links')).toBe('person:karim-nassar');
  });

  it('leaves a title before a name to the name: "the Minister of Foreign Affairs Karim Nassar said"', () => {
    const text =
      lead + 'The Minister of Foreign Affairs Karim Nassar said the two sides would widen trade links.';
    expect(speakerOf(text, 'widen trade links')).toBe('person:karim-nassar');
  });
});

describe('"the <office> of <country>" as the holder of that office in that country', () => {
  const lead =
    'Leaders meet\n\nBrazilian President Lucas Ferreira hosted Chilean President Marta Rojas in Brasilia on ' +
    'Friday.\n\n';

  it.each([
    ['"of" and the country', 'The president of Chile stated that the two sides would widen trade links.'],
    [
      '"of the" and the country',
      'The president of the Republic of Chile stated that the two sides would widen trade links.',
    ],
  ])('speaks as that holder, not as the country: %s', (_shape, sentence) => {
    expect(speakerOf(lead + sentence, 'widen trade links')).toBe('person:marta-rojas');
  });

  it('reads the title words before the office too: "the foreign minister of Chile"', () => {
    const text =
      'Ministers meet\n\nChilean Foreign Minister Tomas Vidal met Peruvian Foreign Minister Ana Quispe in Lima ' +
      'on Friday.\n\nThe foreign minister of Peru stated that the two sides would widen trade links.';
    expect(speakerOf(text, 'widen trade links')).toBe('person:ana-quispe');
  });

  it('leaves the country no speaker when the article names no one in that office', () => {
    const text =
      'Leaders meet\n\nBrazilian President Lucas Ferreira visited Lima on Friday.\n\n' +
      'The president of Chile stated that the two sides would widen trade links.';
    expect(speakerOf(text, 'widen trade links')).not.toBe('CHL');
  });
});

describe('a role phrase whose portfolio is less common', () => {
  it('reads "infrastructure" as a title word: "Chile\'s infrastructure minister has said"', () => {
    const text =
      'Port deal\n\nChilean Infrastructure Minister Pablo Soto visited Valparaiso on Friday.\n\n' +
      "Chile's infrastructure minister has said the two sides would widen trade links.";
    expect(speakerOf(text, 'widen trade links')).toBe('person:pablo-soto');
  });
});

describe('"the head of the <ministry>"', () => {
  const TALKS =
    "Ministers meet\n\nUzbekistan's Foreign Minister Bakhtiyor Saidov met Belarusian Foreign Minister Sergei " +
    'Aleinik in Minsk on Monday.\n\n';

  it.each([
    [
      'its country',
      'The head of the Belarusian Foreign Ministry noted that trade had doubled since the last visit.',
    ],
    [
      'the ministry alone',
      'The head of the Foreign Ministry stated that trade had doubled since the last visit.',
    ],
  ])('is the minister of that ministry (%s), not the ministry', (_name, sentence) => {
    const text = `${TALKS}${sentence.includes('Belarusian') ? '' : 'Aleinik welcomed his guest. '}${sentence}`;
    expect(speakerOf(text, 'trade had doubled')).toBe('person:sergei-aleinik');
  });
});

describe('the holder whose title names the office the role phrase names', () => {
  it('prefers a President to a rebel leader for "<country>\'s president"', () => {
    const text =
      "Peace in Juba\n\nSouth Sudan's president urged his people on Monday to back the new truce.\n\n" +
      'Rebel leader Riek Machar signed the truce last week, and President Salva Kiir signed it on Sunday.';
    expect(speakerOf(text, 'back the new truce')).toBe('person:salva-kiir');
  });

  it.each([
    ['the body and the office', 'Foreign Ministry spokesman said'],
    ['the body and another form of the office word', 'Foreign Ministry spokesperson said'],
  ])('gives "%s" to the person whose title names both', (_shape, attribution) => {
    const text =
      'Weekly briefing\n\nForeign Ministry Spokesman Bahram Qasemi held his weekly press conference in Tehran on Monday.\n\n' +
      `Iran will not accept any change to the nuclear deal, ${attribution}.`;
    expect(speakerOf(text, 'will not accept')).toBe('person:bahram-qasemi');
  });
});

describe("a body's envoy named by the body and the office", () => {
  it.each([
    [
      'titled without the body',
      'Special Envoy for Libya Anders Holmqvist opened the talks in Geneva on Monday. "Both delegations stayed at the table," the UN envoy told reporters.',
      'Both delegations stayed',
    ],
    [
      'named without a title',
      'Talks on the truce resumed in Muscat. "The parties agreed to meet again," Anders Holmqvist said in a statement. The UN envoy noted that the ceasefire was holding.',
      'the ceasefire was holding',
    ],
    [
      'named in the next sentence',
      'The truce in Libya was extended for two months, according to the UN envoy on Thursday. "Both sides accepted the proposal," Anders Holmqvist said.',
      'The truce in Libya was extended',
    ],
  ])('is the envoy, not the body: %s', (_shape, text, words) => {
    expect(speakerOf(text, words)).toBe('person:anders-holmqvist');
  });
});

describe("a body's spokesperson named by the body and the office", () => {
  it('is the untitled person named right after: "Kenya\'s Foreign Ministry spokesperson said ..."', () => {
    const text =
      "Kenya's Foreign Ministry spokesperson said the border talks would resume in May. Amina Wekesa said both delegations had agreed on the agenda.";
    expect(speakerOf(text, 'the border talks would resume')).toBe('person:amina-wekesa');
  });

  it('is not an untitled person named before, who may speak for the other side', () => {
    const text =
      '"The agenda is settled," Tomas Verhagen, a member of the government\'s negotiating team, told reporters. The rebel group\'s spokesman confirmed the same on Twitter.';
    expect(speakerOf(text, 'confirmed the same')).not.toBe('person:tomas-verhagen');
  });

  it('is the spokesperson named before whose title left the body out: "the FO spokesman said"', () => {
    const text =
      'Talks resume\n\nISLAMABAD: Foreign Office (FO) Spokesman Dr Kamran Baig on Friday said the border crossing would reopen next week.\n\n' +
      'As a delegation from Kabul arrived, the FO spokesman said that trade talks would follow in March.';
    expect(speakerOf(text, 'trade talks would follow')).toBe('person:kamran-baig');
  });

  it('reads an abbreviation the article never defines by the initials of the title: "The FO spokesperson said"', () => {
    const text =
      'Border talks\n\nForeign Office spokesperson Sana Qureshi said on Thursday that the delegation had returned from Kabul.\n\n' +
      'Interior Minister Omar Wazir met the Afghan envoy the same day.\n\n' +
      'The FO spokesperson said the talks had covered trade and the crossing points.';
    expect(speakerOf(text, 'covered trade and the crossing')).toBe('person:sana-qureshi');
  });

  it('leaves the abbreviation unread when no spokesperson named fits its initials', () => {
    const text =
      'Border talks\n\nInterior Ministry spokesman Omar Wazir said on Thursday that the delegation had returned from Kabul.\n\n' +
      'The FO spokesperson said the talks had covered trade and the crossing points.';
    expect(speakerOf(text, 'covered trade and the crossing')).not.toBe('person:omar-wazir');
  });

  it('is the body when the article names no spokesperson: "the Foreign Office spokesperson ... The spokesperson said"', () => {
    const text =
      'Talks denied\n\nThe Foreign Office spokesperson on Friday said Islamabad had no knowledge of the talks.\n\n' +
      'The spokesperson said the border would stay closed until the attacks stopped.';
    expect(speakerOf(text, 'the border would stay closed')).toBe('org:foreign-office');
  });

  it('stays the named spokesperson when the article names one', () => {
    const text =
      'Talks denied\n\nForeign Office Spokesperson Sara Malik on Friday said Islamabad had no knowledge of the talks.\n\n' +
      'The spokesperson said the border would stay closed until the attacks stopped.';
    expect(speakerOf(text, 'the border would stay closed')).toBe('person:sara-malik');
  });

  it("is not another country's spokesperson named before", () => {
    const text =
      'Talks resume\n\nKremlin spokesman Dmitry Peskov said on Monday that Moscow backed the talks.\n\n' +
      'The Chinese Foreign Ministry spokesman said that Beijing would send an envoy to the talks.';
    expect(speakerOf(text, 'would send an envoy')).not.toBe('person:dmitry-peskov');
  });
});

describe('a bare "the minister" between a speaking minister and one only named', () => {
  it('is the minister who spoke, not one named since as the object of "by"', () => {
    const text =
      'Ghana and Japan sign accords\n\nThe Minister of Foreign Affairs, Ama Mensah, disclosed this to reporters in Accra on Monday.\n\n' +
      'The Japanese delegation was received at the airport by the Interior Minister, Kofi Boateng.\n\n' +
      'According to the minister, the accords cover trade, health and maritime security.';
    expect(speakerOf(text, 'the accords cover trade')).toBe('person:ama-mensah');
  });

  it('is the minister who spoke, not the one named as the object of "with" in its own sentence', () => {
    const text =
      'Talks in Ankara\n\nForeign Minister Selim Kaya said the two sides had agreed to reopen the consulates.\n\n' +
      'Referring to his talks with Defence Minister Omar Haddad, the minister said: "We also discussed the border."';
    expect(speakerOf(text, 'We also discussed the border')).toBe('person:selim-kaya');
  });

  it('stays the minister named last when that one is a sentence subject', () => {
    const text =
      'Talks in Ankara\n\nForeign Minister Selim Kaya said the two sides had agreed to reopen the consulates.\n\n' +
      'Defence Minister Omar Haddad and Kaya then visited the border post.\n\n' +
      'The minister said the crossing would reopen next week.';
    expect(speakerOf(text, 'crossing would reopen')).not.toBe('person:selim-kaya');
  });
});

describe('a body\'s role whose holder was introduced as "<body> <title> <name>"', () => {
  it('is the person titled so under that body, not its leader named before', () => {
    const text =
      'Truce talks\n\nThe head of the Fatah central committee, Jibril Nasser, said the group was close to a deal.\n\n' +
      'Senior Fatah official Samir Dahlan told reporters the details would come from Cairo.\n\n' +
      'The mediators had slowed the talks for a week, according to the Fatah official.';
    expect(speakerOf(text, 'slowed the talks')).toBe('person:samir-dahlan');
  });

  it('is the secretary general the article titled under the council, not the council', () => {
    const text =
      'Trade pact\n\nCommerce Minister Ali Raza and GCC Secretary General Hamad Al Khalifa signed the pact in Riyadh on Monday.\n\n' +
      'The GCC secretary general also thanked the negotiating teams for their work.';
    expect(speakerOf(text, 'thanked the negotiating teams')).toBe('person:hamad-al-khalifa');
  });
});

describe('an accredited role and where it serves: "ambassador to Rwanda"', () => {
  it('never makes the country served the speaker', () => {
    const text =
      "Talks\n\nNorway's ambassador to Kenya stated that the talks in Nairobi would resume in June.";
    expect(speakerOf(text, 'would resume in June')).not.toBe('KEN');
  });

  it('is the person whose title names that posting, before another titled only "ambassador"', () => {
    const text =
      'Talks\n\nThe envoy met Qatari Foreign Minister Ali Hamad and the GCC secretary general Jasem Albudaiwi, ' +
      "Egypt's ambassador to Qatar Samir Fawzi, in Doha. The Egyptian ambassador to Qatar said the crossing would " +
      'reopen next week.';
    expect(speakerOf(text, 'the crossing would reopen')).toBe('person:samir-fawzi');
  });

  it('is the ambassador named before when "the ambassador to Qatar" is already read as a reference', () => {
    const text =
      "Talks\n\nSamir Fawzi, Egypt's ambassador to Qatar, met officials in Doha on Monday. The ambassador to Qatar " +
      'said the crossing would reopen next week.';
    expect(speakerOf(text, 'the crossing would reopen')).toBe('person:samir-fawzi');
  });
});

describe('a role subject and its verb with "on" and a weekday between', () => {
  it('reads "Qatar\'s prime minister on Monday said" as the prime minister named before', () => {
    const text = `${LEAD}Qatar's prime minister on Monday said the crossing would reopen within a week.`;
    expect(speakerOf(text, 'the crossing would reopen')).toBe('person:mohammed-al-thani');
  });

  it('reads "A Palestinian envoy on Saturday called ..." as the envoy named right after', () => {
    const text =
      'Council meets\n\nA Palestinian envoy on Saturday called for the Security Council to demand an immediate truce.\n\n' +
      '"We expect a clear message tonight," Samir Haddad, the Palestinian observer at the UN, told reporters.';
    expect(speakerOf(text, 'demand an immediate truce')).toBe('person:samir-haddad');
  });
});

describe('an envoy "for" a country: "the UN special envoy for Sudan"', () => {
  it('never makes the country the speaker, and is the person named right after', () => {
    const text =
      'Talks\n\nThe talks on a truce are moving forward, the UN special envoy for Sudan said on Monday.\n\n' +
      'Omar Haddad spoke to reporters during a break in the talks in Jeddah. "We are close," Haddad said.';
    expect(speakerOf(text, 'are moving forward')).toBe('person:omar-haddad');
  });

  it('leaves the speaker unread rather than the country when nobody holds the post', () => {
    const text =
      "Talks\n\nThe UN's special representative for Sudan said that the two sides would meet again in May.";
    expect(speakerOf(text, 'would meet again')).not.toBe('SDN');
  });

  it('still lets a body after "for" speak through its representative', () => {
    const text =
      'Talks\n\nA representative for the African Union said the summit would open in Addis Ababa on Friday.';
    expect(speakerOf(text, 'would open in Addis Ababa')).toBe('org:african-union');
  });
});

describe('a role qualified by an abbreviation with periods: "a U.N. spokesman", "the U.S. envoy"', () => {
  it('is the spokesman named right after, not the body', () => {
    const text =
      'Talks\n\nThe two delegations will meet again in Geneva in May, a U.N. spokesman said on Tuesday.\n\n' +
      'Pierre Lamont said the secretary general had invited both foreign ministers.';
    expect(speakerOf(text, 'will meet again in Geneva')).toBe('person:pierre-lamont');
  });

  it('is the envoy named right after, and never the country after the envoy\'s "for"', () => {
    const text =
      "Talks\n\nThe truce could hold through the holidays, the U.N.'s special envoy for Sudan said on Friday.\n\n" +
      'Tom Riley told reporters in Jeddah that he had met both delegations.';
    expect(speakerOf(text, 'could hold through the holidays')).toBe('person:tom-riley');
  });
});

describe('an office holder the article styled only by an honorific', () => {
  it('is the holder of the office a later sentence names ("Sheikh X", then "the Kuwaiti foreign minister")', () => {
    const text =
      'Border talks\n\nSheikh Salem Al-Jaber received the Omani envoy in Kuwait City on Monday.\n\n' +
      'The Kuwaiti foreign minister said the two countries would sign a border accord within weeks.';
    expect(speakerOf(text, 'sign a border accord')).toBe('person:salem-al-jaber');
  });

  it('is the person a lead names by office and the next sentence styles "Prince"', () => {
    const text =
      "Truce backed\n\nSaudi Arabia's foreign minister has said the truce in Yemen must hold through the winter.\n\n" +
      'Prince Fahd bin Nasser spoke at a forum in Riyadh on Sunday.';
    expect(speakerOf(text, 'truce in Yemen must hold')).toBe('person:fahd-bin-nasser');
  });
});

describe('an office named by one of the two offices a title joins', () => {
  it('"the foreign minister" is the "Deputy Prime Minister and Foreign Minister"', () => {
    const text =
      'Coalition holds\n\nDeputy Prime Minister and Foreign Minister Yusuf Karam addressed a rally in Lahore on ' +
      'Saturday.\n\nThe foreign minister said the coalition would finish its term.';
    expect(speakerOf(text, 'finish its term')).toBe('person:yusuf-karam');
  });
});

describe('"the premier" as a speaker', () => {
  it('is the prime minister, not a president the words name', () => {
    const text =
      'Truce talks\n\nPrime Minister Rashid Al-Amiri met a Hamas delegation in Doha on Saturday.\n\n' +
      'The new US administration under President Donald Trump had given "strong support to the talks", the premier added.';
    expect(speakerOf(text, 'strong support to the talks')).toBe('person:rashid-al-amiri');
  });
});

describe('a role its country qualifies', () => {
  it('is its holder whatever verb follows, so a "saying" clause is theirs', () => {
    const text =
      'Minister backed\n\nNamibian President Netumbo Nandi-Ndaitwah opened the session in Windhoek.\n\n' +
      "Namibia's president has defended the new water accord, saying it would protect farmers in the north.";
    expect(speakerOf(text, 'protect farmers')).toBe('person:netumbo-nandi-ndaitwah');
  });

  it('leaves the country out when the article names no holder of the office', () => {
    const text =
      'Truce welcomed\n\nThe two sides agreed a truce in Geneva on Sunday.\n\n' +
      'Chilean Prime Minister welcomed the truce, saying it was a step towards stability.';
    expect(extract(text).statements.map((s) => s.speaker)).not.toContain('CHL');
  });
});
