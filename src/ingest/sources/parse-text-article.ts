// Plain text and markdown -> article: text with light clean-up, a headline title, dateline date, byline.
// Pure. The text keeps every line (headline included) so nothing the extractor could use is dropped.
import { isBylineLine, parseByline } from './byline.ts';
import { parseDateline } from './dateline.ts';
import { toIsoDate } from './iso-date.ts';
import type { SourceArticle } from './source-item.ts';
import { stripMarkdown } from './strip-markdown.ts';

export interface TextArticleOptions {
  markdown?: boolean;
}

const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;
/** Bylines sit just under the headline or at the very end. */
const BYLINE_WINDOW = 10;

/** A headline is short, starts with a capital or digit and does not end like a sentence or a label. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_HEADLINE_CHARS) return false;
  if (trimmed.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(trimmed) || /[.,;:]$/.test(trimmed)) return false;
  return !isBylineLine(trimmed) && parseDateline(trimmed) === undefined;
}

function findAuthors(lines: string[]): string[] | undefined {
  const candidates = [...lines.slice(0, BYLINE_WINDOW), ...lines.slice(-BYLINE_WINDOW).reverse()];
  const byline = candidates.find(isBylineLine);
  const authors = byline === undefined ? [] : parseByline(byline);
  return authors.length > 0 ? authors : undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:\/\/\S+$/i.test(value) ? value : undefined;
}

export function parseTextArticle(source: string, options: TextArticleOptions = {}): SourceArticle {
  let body = source;
  let frontMatter: Record<string, string> = {};
  let headingFirst = false;
  if (options.markdown) {
    const stripped = stripMarkdown(source);
    body = stripped.text;
    frontMatter = stripped.frontMatter;
    headingFirst = stripped.firstLineWasHeading;
  }
  const text = body
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const first = lines[0]?.trim();
  const titleFromText =
    first !== undefined && lines.length > 1 && (headingFirst || looksLikeHeadline(first)) ? first : undefined;

  const article: SourceArticle = { text };
  const title = frontMatter.title || titleFromText;
  const publishedAt =
    toIsoDate(frontMatter.publishedat ?? frontMatter.date ?? frontMatter.published) ?? parseDateline(text);
  const authors = frontMatter.author ? parseByline(`By ${frontMatter.author}`) : findAuthors(lines);
  const url = httpUrl(frontMatter.url ?? frontMatter.canonical);
  const publisher = frontMatter.publisher ?? frontMatter.source;
  if (title) article.title = title;
  if (publishedAt) article.publishedAt = publishedAt;
  if (authors !== undefined && authors.length > 0) article.authors = authors;
  if (url) article.url = url;
  if (publisher) article.publisher = publisher;
  return article;
}
