// Decides how to read a source: by file extension, or by content for stdin and unknown extensions.
// Pure. Content rules: JSON Lines if every non-empty line is a JSON object, HTML if it looks like markup.

export type ArticleFormat = 'text' | 'markdown' | 'html';
export type SourceFormat = ArticleFormat | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a file's extension promises, or undefined when only its content can tell. */
export function formatForPath(path: string): SourceFormat | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION[path.slice(dot).toLowerCase()];
}

export function isJsonObjectLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** HTML when the content opens with a tag or holds an <html> element; a plain "<" in prose does not count. */
export function looksLikeHtml(text: string): boolean {
  return text.trimStart().startsWith('<') || text.slice(0, 4096).toLowerCase().includes('<html');
}

export function detectContentFormat(text: string): SourceFormat {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines.every(isJsonObjectLine)) return 'jsonl';
  return looksLikeHtml(text) ? 'html' : 'text';
}
