// The held-out part of dev-eval (r3-) is read only in aggregate: no script prints its per-article misses, so tuning
// cannot see them by accident (`eval --verbose` over the whole folder once did).

const HELD_OUT_PREFIX = 'r3-';

/** Whether the article `name` (a gold file's base name) is in the held-out part. */
export function heldOut(name: string): boolean {
  return name.startsWith(HELD_OUT_PREFIX);
}
