// HTML page -> article: main text via @mozilla/readability over linkedom, metadata from the head.
// Pure (no IO). Falls back to the whole body, minus scripts and chrome, when readability finds no article.
import { createRequire } from 'node:module';
import { parseByline } from './byline.ts';
import { parseDateline } from './dateline.ts';
import { domToText, type TextNode } from './dom-to-text.ts';
import { readHtmlMetadata } from './html-metadata.ts';
import { toIsoDate } from './iso-date.ts';
import type { SourceArticle } from './source-item.ts';

// The three parsers cost about half a second of CPU to load, more than the rest of `diplograph extract FILE.txt`:
// they are loaded at the first HTML page (require() loads ES modules synchronously since Node 20.19).
let parsers:
  | {
      Readability: typeof import('@mozilla/readability').Readability;
      cheerio: typeof import('cheerio');
      parseHTML: typeof import('linkedom').parseHTML;
    }
  | undefined;
function htmlParsers(): NonNullable<typeof parsers> {
  const require = createRequire(import.meta.url);
  parsers ??= {
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
    cheerio: require('cheerio') as typeof import('cheerio'),
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
  };
  return parsers;
}

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form';

export function parseHtmlArticle(html: string): SourceArticle {
  const { Readability, cheerio, parseHTML } = htmlParsers();
  // parse5 (inside cheerio) builds the document the way browsers do, adding the <html>/<body> that
  // fragments omit; linkedom does not, so it reads cheerio's normalized serialization.
  const $ = cheerio.load(html);
  const meta = readHtmlMetadata($);
  const { document } = parseHTML($.html());
  // Readability mutates the document it reads, so the fallback copy is taken first.
  const fallbackBody = document.body?.cloneNode(true);
  // The identity serializer hands back the article node itself, so we serialize blocks our own way.
  const parsed = new Readability<TextNode>(document, {
    serializer: (node) => node as unknown as TextNode,
  }).parse();
  let text = parsed?.content ? domToText(parsed.content) : '';
  if (text === '' && fallbackBody) {
    fallbackBody.querySelectorAll(CHROME).forEach((el: { remove(): void }) => el.remove());
    text = domToText(fallbackBody as unknown as TextNode);
  }

  const article: SourceArticle = { text };
  // Readability's title is <title> with the " | Site name" tail cut off; the raw <title> is the last resort.
  const title =
    meta.title ??
    (parsed?.title?.trim() || $('title').first().text().trim() || $('h1').first().text().trim() || undefined);
  const publishedAt = meta.publishedAt ?? toIsoDate(parsed?.publishedTime) ?? parseDateline(text);
  const authors = meta.authors ?? (parsed?.byline ? parseByline(parsed.byline) : []);
  const publisher = meta.publisher ?? (parsed?.siteName?.trim() || undefined);
  if (title) article.title = title;
  if (publishedAt) article.publishedAt = publishedAt;
  if (authors.length > 0) article.authors = authors;
  if (meta.url) article.url = meta.url;
  if (publisher) article.publisher = publisher;
  return article;
}
