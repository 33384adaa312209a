// Validates one JSON Lines record ({id?, url?, title?, publishedAt?, publisher?, authors?, text | html}).
// Pure. A full ISO datetime in publishedAt keeps its date part; html records go through the HTML parser.
import { z } from 'zod';
import { isoFromParts } from './iso-date.ts';
import { parseHtmlArticle } from './parse-html-article.ts';
import { parseTextArticle } from './parse-text-article.ts';
import type { SourceArticle } from './source-item.ts';

const DATE_OR_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

const PublishedAt = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
    error: 'expected YYYY-MM-DD or an ISO 8601 datetime',
  })
  .transform((value) => value.slice(0, 10))
  .refine((value) => {
    const [, y, m, d] = DATE_OR_DATETIME.exec(value) ?? [];
    return isoFromParts(Number(y), Number(m), Number(d)) !== undefined;
  }, 'not a calendar date');

// null is how many exporters write "absent"; it means the same as a missing key.
const optionalString = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || undefined);

export const JsonlArticle = z
  .object({
    id: z
      .union([z.string().trim().min(1), z.number()])
      .nullish()
      .transform((value) => (value == null ? undefined : String(value))),
    url: optionalString,
    title: optionalString,
    publishedAt: PublishedAt.nullish(),
    publisher: optionalString,
    authors: z.array(z.string()).nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
  })
  .refine((record) => Boolean(record.text?.trim() || record.html?.trim()), {
    message: 'needs a non-empty "text" or "html" field',
  });
export type JsonlArticle = z.infer<typeof JsonlArticle>;

export type ParsedLine = { ok: true; article: SourceArticle } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function parseJsonlLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${(error as Error).message})` };
  }
  const parsed = JsonlArticle.safeParse(value);
  if (!parsed.success) return { ok: false, reason: describe(parsed.error) };
  const record = parsed.data;
  // Explicit fields win over what the text's headline and dateline or the HTML's head say.
  const article: SourceArticle = record.text?.trim()
    ? parseTextArticle(record.text)
    : parseHtmlArticle(record.html ?? '');
  if (record.id !== undefined) article.id = record.id;
  if (record.url !== undefined) article.url = record.url;
  if (record.title !== undefined) article.title = record.title;
  if (record.publishedAt != null) article.publishedAt = record.publishedAt;
  if (record.publisher !== undefined) article.publisher = record.publisher;
  const authors = record.authors?.map((name) => name.trim()).filter(Boolean);
  if (authors !== undefined && authors.length > 0) article.authors = authors;
  if (article.text.trim() === '') return { ok: false, reason: 'the html holds no article text' };
  return { ok: true, article };
}
