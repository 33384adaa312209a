// Plain text and markdown parsing: headline detection, markdown clean-up, front matter, bylines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../../src/ingest/sources/byline.ts';
import { looksLikeHeadline, parseTextArticle } from '../../../../src/ingest/sources/parse-text-article.ts';
import { stripMarkdown } from '../../../../src/ingest/sources/strip-markdown.ts';

describe('looksLikeHeadline', () => {
  it.each([
    ['Russia says new treaty with North Korea isn’t directed at South', true],
    ['Will Seoul and Tokyo mend ties?', true],
    ['"Very big mistake," Putin warns Seoul', true],
    ['2024 G20 summit opens in Rio', true],
    ['The two leaders met on Wednesday and signed the treaty.', false],
    ['Posted on : 2024-06-26 17:10 KST', false],
    ['June 26, 2024', false],
    ['By Kim Mi-na, staff reporter', false],
    ['lowercase start is prose', false],
    ['Contents:', false],
    [`${'Very long headline '.repeat(12)}`, false],
  ])('%s -> %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});

describe('parseByline', () => {
  it.each([
    ['By Kim Mi-na, staff reporter', ['Kim Mi-na']],
    ['By Jane Roe and Sato Kenji', ['Jane Roe', 'Sato Kenji']],
    ['By Jane Doe | June 26, 2024', ['Jane Doe']],
    ['Reporting by Ana Lima, Tom Ford & Lee Ji-eun', ['Ana Lima', 'Tom Ford', 'Lee Ji-eun']],
    ['BY: José Álvarez', ['José Álvarez']],
    [
      'Reporting by Tomasz Nowak in Warsaw and Anna Weber in Brussels; editing by Mark Heinrich',
      ['Tomasz Nowak', 'Anna Weber'],
    ],
    ['By staff reporters', []],
    ['By jane@example.com', []],
  ])('%s', (byline, expected) => {
    expect(parseByline(byline)).toEqual(expected);
  });
});

describe('stripMarkdown', () => {
  it('removes marks lightly and keeps words, snake_case and arithmetic', () => {
    const { text, firstLineWasHeading } = stripMarkdown(
      '## Title ##\n\n**Bold** and *em* and _under_ and snake_case and 2 * 3 * 4\n\n[link](https://x.example) ![alt](img.png) `code`\n\n---\n\n```\nfenced\n```',
    );
    expect(firstLineWasHeading).toBe(true);
    expect(text).toBe(
      'Title\n\nBold and em and under and snake_case and 2 * 3 * 4\n\nlink alt code\n\n\n\nfenced',
    );
  });

  it('reads simple front matter', () => {
    expect(stripMarkdown('---\ntitle: "Hello"\ndate: 2024-01-02\n---\nBody').frontMatter).toEqual({
      title: 'Hello',
      date: '2024-01-02',
    });
  });
});

describe('parseTextArticle', () => {
  it('takes the first line as title only when it reads like a headline', () => {
    expect(parseTextArticle('Leaders meet in Geneva\n\nThey met.').title).toBe('Leaders meet in Geneva');
    expect(parseTextArticle('The leaders met in Geneva on Monday.\n\nThey talked.').title).toBeUndefined();
    expect(parseTextArticle('Only one line').title).toBeUndefined();
  });

  it('normalizes blank lines but keeps the headline in the text', () => {
    const article = parseTextArticle('  Headline here  \n\n\n\nBody line.   \n');
    expect(article.text).toBe('Headline here\n\nBody line.');
  });

  it('uses a markdown heading as title even with punctuation', () => {
    expect(parseTextArticle('# Talks end. What next?\n\nBody.', { markdown: true }).title).toBe(
      'Talks end. What next?',
    );
  });

  it('never uses the time of reading as a date', () => {
    expect(parseTextArticle('Headline\n\nNo date anywhere.').publishedAt).toBeUndefined();
  });

  it('never throws and always returns a string text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (source, markdown) => {
        const article = parseTextArticle(source, { markdown });
        expect(typeof article.text).toBe('string');
        if (article.publishedAt !== undefined) expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});
