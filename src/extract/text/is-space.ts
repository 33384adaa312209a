// Character tests that stand in for regex classes on hot paths (a scan is cheaper than a regex over a long prefix).

/** White space as `\s` matches it (UTF-16 code units). */
export function isSpace(code: number): boolean {
  // Codes 33-159 first (printable ASCII, DEL and the C1 controls): most characters of a text, none of them white
  // space, answered by one test.
  if (code > 32 && code < 0xa0) return false;
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
