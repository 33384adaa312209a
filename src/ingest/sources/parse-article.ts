// Dispatches one decoded article to the parser for its format. Pure.
// JSON Lines are not here: a .jsonl file holds many articles and is read line by line.
import { assertNever } from '../../domain/errors.ts';
import type { ArticleFormat } from './detect-format.ts';
import { parseHtmlArticle } from './parse-html-article.ts';
import { parseTextArticle } from './parse-text-article.ts';
import type { SourceArticle } from './source-item.ts';

export function parseArticle(format: ArticleFormat, content: string): SourceArticle {
  switch (format) {
    case 'text':
      return parseTextArticle(content);
    case 'markdown':
      return parseTextArticle(content, { markdown: true });
    case 'html':
      return parseHtmlArticle(content);
    default:
      return assertNever(format);
  }
}
