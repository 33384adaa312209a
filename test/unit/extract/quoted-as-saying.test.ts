// "quoted as saying" attributions and the person a closing "he" means, on sentences written for the test in the
// shapes seen in real news (Frontline, PTI, Welcome Qatar).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function quotes(text: string): Array<[string, string | null]> {
  return extract(text).statements.map((s) => [s.speaker, s.quote]);
}

const LUNCH =
  'Chinese President Xi Jinping described his talks with US counterpart Barack Obama as useful.\n\nAddressing a dinner hosted by US Vice President Joe Biden and Secretary of State John Kerry in Washington, Xi said he and Obama are determined to build a new model of relations.\n\n"We will open up new phases for our ties as long as both sides join hands," he ';

describe('quoted as saying', () => {
  it('gives `," Interfax quoted Ushakov as saying.` to the person the outlet quotes', () => {
    expect(
      quotes(
        'Kremlin aide Yuri Ushakov met the US envoy in Moscow on Friday.\n\n"Yes, we discussed our approaches to a settlement and agreed to keep in touch," Interfax quoted Ushakov as saying.',
      ),
    ).toContainEqual([
      'person:yuri-ushakov',
      'Yes, we discussed our approaches to a settlement and agreed to keep in touch',
    ]);
  });

  it('reads `," he was quoted as saying by Xinhua.` like `," he said.`', () => {
    const said = quotes(`${LUNCH}was quoted as saying by the Xinhua news agency.`);
    expect(said).toContainEqual([
      'person:xi-jinping',
      'We will open up new phases for our ties as long as both sides join hands',
    ]);
  });
});

describe('the person a closing "he" means', () => {
  it('is the subject after an opening phrase, not a person named inside it', () => {
    const said = quotes(`${LUNCH}said.`);
    expect(said).toContainEqual([
      'person:xi-jinping',
      'We will open up new phases for our ties as long as both sides join hands',
    ]);
    expect(said.map(([speaker]) => speaker)).not.toContain('person:joe-biden');
  });
});
