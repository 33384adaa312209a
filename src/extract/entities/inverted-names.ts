// Finds the body that an "organ of the body" name spells the other way round ("Ministerial Council of the Gulf
// Cooperation Council" = "GCC Ministerial Council"); names only, read from the organizations found so far.
import type { OrgEntity } from '../types.ts';

const ORGAN_OF_BODY = /^(.+?) of (?:the )?(.+)$/;

/**
 * The one other organization in `organizations` named, or aliased, as `org`'s organ put the other way round: its
 * owner's name or alias before it ("African Union Peace and Security Council" for "Peace and Security Council of the
 * African Union"), or after "of" ("Supreme Council of the GCC" for "Supreme Council of the Gulf Cooperation Council").
 * The owner must be an organization found here, so "Council of Ministers of Lebanon" stays as it is.
 */
export function invertedName(
  org: OrgEntity,
  organizations: ReadonlyMap<string, OrgEntity>,
): string | undefined {
  const parts = ORGAN_OF_BODY.exec(org.name);
  if (!parts) return undefined;
  const [, organ = '', ownerName = ''] = parts;
  const names = (o: OrgEntity): string[] => [o.name, ...o.aliases];
  const owner = [...organizations.values()].find((o) => o.id !== org.id && names(o).includes(ownerName));
  if (!owner) return undefined;
  const spellings = new Set(
    names(owner).flatMap((n) => [`${n} ${organ}`, `${organ} of the ${n}`, `${organ} of ${n}`]),
  );
  const matches = [...organizations.values()].filter(
    (o) => o.id !== org.id && o.id !== owner.id && names(o).some((n) => spellings.has(n)),
  );
  return matches.length === 1 ? matches[0]?.id : undefined;
}
