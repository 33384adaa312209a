// Builds fictional personal names in the order and shape English-language news uses for each culture.
// Pure over an Rng; a `used` set keeps every generated person distinct.
import { NAME_POOLS, type Culture } from './name-pools.ts';
import type { Rng } from './prng.ts';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function feminineSurname(family: string): string {
  return /(?:ov|ev|yov|yev|in)$/.test(family) ? `${family}a` : family;
}

function candidate(rng: Rng, culture: Culture): string {
  const pool = NAME_POOLS[culture];
  const family = rng.pick(pool.family);
  switch (culture) {
    case 'korean':
      return `${family} ${capitalize(rng.pick(pool.syllables!))}-${rng.pick(pool.syllables!)}`;
    case 'chinese': {
      const given = rng.chance(0.3)
        ? rng.pick(pool.given)
        : capitalize(rng.pick(pool.syllables!)) + rng.pick(pool.syllables!);
      return `${family} ${given}`;
    }
    case 'russian':
      return rng.chance(0.25)
        ? `${rng.pick(pool.feminine!)} ${feminineSurname(family)}`
        : `${rng.pick(pool.given)} ${family}`;
    case 'latin':
      return rng.chance(0.3)
        ? `${rng.pick(pool.given)} ${family} ${rng.pick(pool.family)}`
        : `${rng.pick(pool.given)} ${family}`;
    default:
      return `${rng.pick(pool.given)} ${family}`;
  }
}

/** A name not yet in `used` (which it joins). Deterministic for a given Rng state. */
export function personName(rng: Rng, culture: Culture, used: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = candidate(rng, culture);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Pools are large enough that this is a corner case; a middle initial keeps the name plausible.
  for (let letter = 0; ; letter++) {
    const base = candidate(rng, culture);
    const [first, ...rest] = base.split(' ');
    const name = `${first} ${String.fromCharCode(65 + (letter % 26))}. ${rest.join(' ')}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** The family name news uses on second reference: "Putin", "Kim", "Rudenko". */
export function surnameOf(name: string, culture: Culture): string {
  const parts = name.split(' ');
  return NAME_POOLS[culture].familyFirst
    ? parts[0]!
    : parts[parts.length - (culture === 'latin' && parts.length === 3 ? 2 : 1)]!;
}
