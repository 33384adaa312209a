// Turns a byline ("By Kim Mi-na, staff reporter", "By Jane Doe and John Roe | June 26, 2024") into names.
// Pure and conservative: parts that look like roles, dates or addresses are dropped, not guessed at.

const LEAD = /^\s*(?:(?:written|reported|reporting|story|text)\s+)?by\s*:?\s+/i;
const ROLE_WORDS =
  /\b(?:reporter|correspondent|staff|writer|editor|contributor|columnist|bureau|desk|journalist|photographer|intern)s?\b/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}$/u;

/** The author names in a byline, in order, without duplicates. */
export function parseByline(byline: string): string[] {
  const names: string[] = [];
  // After "|" or a dash come dates and sections; after ";" come editors ("; editing by ..."), not authors.
  const firstPart = byline.split(/\s+[|·•]\s+|\s+[–—-]{1,2}\s+|\s*;\s*/)[0] ?? '';
  const body = firstPart.replace(LEAD, '').trim();
  for (const part of body.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
    // "Tomasz Nowak in Warsaw": wire bylines add where the reporter filed from.
    const name = part
      .trim()
      .replace(/\s+in\s+\p{Lu}[\p{L} .'’-]*$/u, '')
      .replace(/\.$/, '');
    if (name === '' || ROLE_WORDS.test(name) || /[\d@]/.test(name) || !NAME.test(name)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** True for a short line that reads as a byline ("By ..."), the only form we trust in plain text. */
export function isBylineLine(line: string): boolean {
  return LEAD.test(line) && line.length <= 120 && line.trim().split(/\s+/).length <= 16;
}
