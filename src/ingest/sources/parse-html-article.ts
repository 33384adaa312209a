// HTML page -> article: main text via @mozilla/readability over linkedom, metadata from the head.
// Pure (no IO). Falls back to the whole body, minus scripts and chrome, when readability finds no article.
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { parseHTML } from 'linkedom';
import { parseByline } from './byline.ts';
import { parseDateline } from './dateline.ts';
import { domToText, type TextNode } from './dom-to-text.ts';
import { readHtmlMetadata } from './html-metadata.ts';
import { toIsoDate } from './iso-date.ts';
import type { SourceArticle } from './source-item.ts';

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form';

export function parseHtmlArticle(html: string): SourceArticle {
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
