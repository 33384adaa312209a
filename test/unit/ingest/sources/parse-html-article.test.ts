// HTML parsing: metadata sources in priority order, fragments, fallbacks, and what must never leak into text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectContentFormat, formatForPath } from '../../../../src/ingest/sources/detect-format.ts';
import { parseHtmlArticle } from '../../../../src/ingest/sources/parse-html-article.ts';
import { parseJsonlLine } from '../../../../src/ingest/sources/parse-jsonl-line.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('parseHtmlArticle', () => {
  it('reads JSON-LD in a @graph and ignores a broken JSON-LD block', () => {
    const html = page(
      `<script type="application/ld+json">{ broken</script>
       <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"},
         {"@type": "NewsArticle", "headline": "From JSON-LD", "datePublished": "2024-02-03T01:00:00+09:00",
          "author": {"name": "Ana Lima"}, "publisher": {"name": "LD Times"}}]}</script>`,
      '<p>Body text of the article.</p>',
    );
    expect(parseHtmlArticle(html)).toMatchObject({
      title: 'From JSON-LD',
      publishedAt: '2024-02-03',
      authors: ['Ana Lima'],
      publisher: 'LD Times',
    });
  });

  it.each([
    ['og:published_time', '<meta property="og:published_time" content="2024-04-05T10:00:00Z">', ''],
    ['meta pubdate', '<meta name="pubdate" content="2024-04-05">', ''],
    ['time pubdate', '', '<time pubdate datetime="2024-04-05T08:00">April 5</time>'],
    ['time datetime', '', '<time datetime="2024-04-05">April 5</time>'],
    ['dateline in text', '', '<p>Posted on : 2024-04-05 17:10 KST</p>'],
  ])('finds the publication date via %s', (_name, head, body) => {
    expect(parseHtmlArticle(page(head, `${body}<p>Some body text here.</p>`)).publishedAt).toBe('2024-04-05');
  });

  it('prefers the canonical link, falls back to og:url, and drops relative URLs', () => {
    expect(
      parseHtmlArticle(
        page(
          '<link rel="canonical" href="/relative"><meta property="og:url" content="https://x.example/a">',
          '<p>t</p>',
        ),
      ).url,
    ).toBe('https://x.example/a');
  });

  it('reads a bare fragment and decodes entities', () => {
    expect(
      parseHtmlArticle('<p>Talks &amp; treaties in Seoul&nbsp;today.</p><script>leak()</script>').text,
    ).toBe('Talks & treaties in Seoul today.');
  });

  it('keeps noscript, styles and scripts out of the text even without an <article>', () => {
    const text = parseHtmlArticle(
      page('<style>p{}</style>', '<noscript>enable js</noscript><div>Short note.</div><script>x()</script>'),
    ).text;
    expect(text).toBe('Short note.');
  });

  it('cuts the site name off a <title> when no og:title or JSON-LD headline exists', () => {
    const html = page(
      '<title>Seoul and Tokyo agree to resume shuttle diplomacy | The Example Times</title>',
      '<p>Body.</p>',
    );
    expect(parseHtmlArticle(html).title).toBe('Seoul and Tokyo agree to resume shuttle diplomacy');
  });

  it('leaves publishedAt undefined when nothing dates the page', () => {
    expect(parseHtmlArticle(page('<title>T</title>', '<p>Undated text.</p>')).publishedAt).toBeUndefined();
  });

  it('never throws on arbitrary markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(typeof parseHtmlArticle(`<p>${s}</p>${s}`).text).toBe('string');
      }),
      { numRuns: 50 },
    );
  });
});

describe('parseJsonlLine', () => {
  it.each([
    ['{"text": "x", "publishedAt": "2024-02-30"}', /publishedAt: /],
    ['{"text": "x", "publishedAt": "2024-02-30T10:00:00Z"}', /publishedAt: /],
    ['{"text": "x", "publishedAt": "yesterday"}', /publishedAt: expected YYYY-MM-DD or an ISO 8601 datetime/],
    ['{"text": "x", "authors": "Ana"}', /authors/],
    ['[1, 2]', /expected object/],
    ['{"text": "   "}', /non-empty "text" or "html"/],
  ])('rejects %s', (line, reason) => {
    const parsed = parseJsonlLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('lets explicit fields win over what the text says', () => {
    const parsed = parseJsonlLine(
      JSON.stringify({
        title: 'Given',
        publishedAt: '2024-01-01',
        text: 'Other headline\n\nJune 26, 2024\n\nBody.',
      }),
    );
    expect(parsed).toMatchObject({ ok: true, article: { title: 'Given', publishedAt: '2024-01-01' } });
  });

  it('fills missing fields from the text headline and dateline', () => {
    const parsed = parseJsonlLine(JSON.stringify({ text: 'Other headline\n\nJune 26, 2024\n\nBody.' }));
    expect(parsed).toMatchObject({
      ok: true,
      article: { title: 'Other headline', publishedAt: '2024-06-26' },
    });
  });
});

describe('format detection', () => {
  it.each([
    ['a/b.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['page.htm', 'html'],
    ['feed.jsonl', 'jsonl'],
    ['dir.v2/README', undefined],
    ['archive.gz', undefined],
  ])('%s -> %s', (path, format) => {
    expect(formatForPath(path)).toBe(format);
  });

  it.each([
    ['{"text": "a"}\n\n{"text": "b"}\n', 'jsonl'],
    ['{"text": "a"}\nplain line\n', 'text'],
    ['  <div>x</div>', 'html'],
    ['Title\n<!-- x --><html><body>b</body></html>', 'html'],
    ['Prices fell 3% as 2 < 3.', 'text'],
    ['', 'text'],
  ])('%j -> %s', (content, format) => {
    expect(detectContentFormat(content)).toBe(format);
  });
});
