// Checks `Authorization: Bearer <key>` against the configured API keys in constant time, so response timing
// reveals nothing about how much of a key was right. Pure; the context builder calls it once per request.
import { createHash, timingSafeEqual } from 'node:crypto';

export type ApiKeyCheck = 'valid' | 'missing' | 'invalid' | 'not-configured';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export function checkApiKey(authorization: string | undefined, keys: readonly string[]): ApiKeyCheck {
  if (keys.length === 0) return 'not-configured';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return authorization ? 'invalid' : 'missing';
  // Hashing first gives equal-length buffers; every key is compared so timing does not depend on which matched.
  const given = digest(match[1]!);
  let valid = false;
  for (const key of keys) valid = timingSafeEqual(given, digest(key)) || valid;
  return valid ? 'valid' : 'invalid';
}
