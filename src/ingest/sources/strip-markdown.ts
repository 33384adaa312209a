// Light markdown clean-up: heading marks, emphasis, links, quotes and fences go; the words stay.
// Pure. Also reads simple YAML front matter (key: value) because blogs keep title and date there.

export interface StrippedMarkdown {
  text: string;
  /** The first line was an ATX heading ("# Title"): a sure headline. */
  firstLineWasHeading: boolean;
  frontMatter: Record<string, string>;
}

function readFrontMatter(source: string): { body: string; frontMatter: Record<string, string> } {
  const frontMatter: Record<string, string> = {};
  if (!source.startsWith('---\n')) return { body: source, frontMatter };
  const end = source.indexOf('\n---', 4);
  if (end < 0) return { body: source, frontMatter };
  for (const line of source.slice(4, end).split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match) frontMatter[match[1]!.toLowerCase()] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  const after = source.indexOf('\n', end + 4);
  return { body: after < 0 ? '' : source.slice(after + 1), frontMatter };
}

function stripInline(line: string): string {
  return (
    line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      // Single * or _ only as emphasis around words: snake_case and 2 * 3 stay as they are.
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g, '$1$2')
  );
}

export function stripMarkdown(source: string): StrippedMarkdown {
  const { body, frontMatter } = readFrontMatter(source);
  const lines: string[] = [];
  let firstLineWasHeading: boolean | undefined;
  for (const raw of body.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(raw)) continue;
    if (/^\s*\[[^\]]+\]:\s+\S+/.test(raw)) continue;
    if (/^\s*(?:[-*_]\s*){3,}$/.test(raw)) {
      lines.push('');
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(raw);
    const line = heading ? heading[1]! : raw.replace(/^\s*(?:>\s?)+/, '').replace(/^(\s*)[-*+]\s+/, '$1');
    if (firstLineWasHeading === undefined && line.trim() !== '') firstLineWasHeading = heading !== null;
    lines.push(stripInline(line));
  }
  return { text: lines.join('\n'), firstLineWasHeading: firstLineWasHeading ?? false, frontMatter };
}
