// Reads article metadata from an HTML page's head: Open Graph, article:*, JSON-LD, <time>, canonical link.
// Pure (reads a loaded cheerio document); knows nothing of the body text, which readability handles.
import type { CheerioAPI } from 'cheerio';
import { parseByline } from './byline.ts';
import { toIsoDate } from './iso-date.ts';

export interface HtmlMetadata {
  title?: string;
  publishedAt?: string;
  authors?: string[];
  url?: string;
  publisher?: string;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /article|posting|report|webpage/i;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the page's JSON-LD blocks, @graph flattened, article-like ones first. */
function jsonLdObjects($: CheerioAPI): Json[] {
  const objects: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      objects.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  $('script[type="application/ld+json"]').each((_i, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources of metadata still apply.
    }
  });
  const articleLike = (o: Json) => ARTICLE_TYPES.test(String(o['@type'] ?? ''));
  return [...objects.filter(articleLike), ...objects.filter((o) => !articleLike(o))];
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || undefined;
  return undefined;
}

function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(nameOf).filter((name): name is string => name !== undefined && !/^https?:/i.test(name));
}

function absoluteUrl(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : undefined;
}

function firstDefined<T>(...values: Array<T | undefined>): T | undefined {
  return values.find((value) => value !== undefined);
}

export function readHtmlMetadata($: CheerioAPI): HtmlMetadata {
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const content = $(`meta[${attr}="${key}" i]`).attr('content')?.trim();
        if (content) return content;
      }
    }
    return undefined;
  };
  const ld = jsonLdObjects($);
  const ldField = (field: string) => ld.find((o) => o[field] !== undefined)?.[field];
  const timeAttr = (selector: string) => $(selector).first().attr('datetime')?.trim() || undefined;

  const title = firstDefined(meta('og:title', 'twitter:title'), nameOf(ldField('headline')));
  const publishedAt = firstDefined(
    toIsoDate(meta('article:published_time', 'og:published_time', 'og:article:published_time')),
    toIsoDate(nameOf(ldField('datePublished'))),
    toIsoDate(meta('datePublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'dc.date')),
    toIsoDate(timeAttr('time[pubdate]')),
    toIsoDate(timeAttr('article time[datetime]')),
    toIsoDate(timeAttr('time[datetime]')),
  );
  const ldAuthors = namesOf(ldField('author'));
  const metaAuthor = meta('author', 'article:author', 'byl');
  const authors =
    ldAuthors.length > 0
      ? ldAuthors
      : metaAuthor
        ? parseByline(`By ${metaAuthor.replace(/^by\s+/i, '')}`)
        : [];
  const url = firstDefined(
    absoluteUrl($('link[rel="canonical" i]').attr('href')),
    absoluteUrl(meta('og:url')),
    absoluteUrl(nameOf(ldField('url'))),
  );
  const publisher = firstDefined(meta('og:site_name', 'application-name'), nameOf(ldField('publisher')));

  const result: HtmlMetadata = {};
  if (title) result.title = title;
  if (publishedAt) result.publishedAt = publishedAt;
  if (authors.length > 0) result.authors = authors;
  if (url) result.url = url;
  if (publisher) result.publisher = publisher;
  return result;
}
