// readSources end to end over fixture files, folders, stdin and generated temp files.
// Every bad source must become one error item while reading goes on.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../src/domain/errors.ts';
import {
  readSources,
  type ReadSourcesOptions,
  type SourceItem,
} from '../../../../src/ingest/sources/index.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const SEED_ARTICLE = '/work/shared/articles/000_e2f08d4d0a4a9df8.txt';

async function collect(paths: string[], options: ReadSourcesOptions = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, options)) items.push(item);
  return items;
}

function stdinOf(content: string | Buffer): NodeJS.ReadableStream {
  // Several chunks, to prove lines and characters split across chunk borders survive.
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 8), bytes.subarray(8)];
  return Readable.from(chunks);
}

describe('readSources', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'diplograph-sources-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('reads the seed article with its headline and dateline', async () => {
    const [item] = await collect([SEED_ARTICLE]);
    expect(item?.error).toBeUndefined();
    expect(item?.origin).toBe(SEED_ARTICLE);
    expect(item?.article?.title).toBe('Russia says new treaty with North Korea isn’t directed at South');
    expect(item?.article?.publishedAt).toBe('2024-06-26');
    expect(item?.article?.authors).toEqual(['Kim Mi-na']);
    expect(item?.article?.text).toContain('Rudenko told Sputnik');
  });

  it('reads HTML: readability text without scripts, styles or chrome, and head metadata', async () => {
    const [item] = await collect([fixture('article.html')]);
    const article = item?.article;
    expect(article).toMatchObject({
      title: 'Seoul and Tokyo agree to resume shuttle diplomacy',
      publishedAt: '2024-03-14',
      url: 'https://news.example.com/2024/03/14/seoul-tokyo',
      publisher: 'The Example Times',
      authors: ['Jane Roe', 'Sato Kenji'],
    });
    expect(article?.text).toContain('"We have opened a new chapter," Yoon told reporters');
    expect(article?.text).not.toMatch(/MUST_NOT_APPEAR|tracking|color: red/);
    // Paragraphs stay apart, so sentence splitting downstream sees the boundaries.
    expect(article?.text).toContain('two neighbours.\n\n"We have opened');
  });

  it('streams JSON Lines: one item per record, errors name the line, reading goes on', async () => {
    const items = await collect([fixture('articles.jsonl')]);
    const origins = items.map((item) => item.origin.slice(FIXTURES.length));
    expect(origins).toEqual([
      'articles.jsonl:1',
      'articles.jsonl:2',
      'articles.jsonl:3',
      'articles.jsonl:4',
      'articles.jsonl:6',
      'articles.jsonl:7',
      'articles.jsonl:8',
    ]);
    const [a1, a2, bad, badDate, fromHtml, noText, numeric] = items;
    expect(a1?.article).toEqual({
      id: 'a1',
      url: 'https://example.com/a1',
      title: 'Leaders meet in Geneva',
      publishedAt: '2024-05-01',
      publisher: 'Example Wire',
      text: 'GENEVA -- The two leaders met on Wednesday.\n\nThey agreed to talk again.',
    });
    expect(a2?.article).toMatchObject({ id: 'a2', publishedAt: '2024-05-02', authors: ['Ana Lima'] });
    expect(bad?.error?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(bad?.error?.message).toMatch(/articles\.jsonl:3: invalid JSON/);
    expect(badDate?.error?.message).toMatch(/articles\.jsonl:4: publishedAt/);
    expect(fromHtml?.article).toMatchObject({ id: 'a5', title: 'From HTML', publishedAt: '2024-05-05' });
    expect(fromHtml?.article?.text).toContain('Ministers met in Cairo');
    expect(fromHtml?.article?.text).not.toContain('leak');
    expect(noText?.error?.message).toMatch(/non-empty "text" or "html"/);
    expect(numeric?.article).toMatchObject({ id: '7', text: 'Numeric ids become strings.' });
    expect(numeric?.article?.url).toBeUndefined();
  });

  it('walks folders recursively in sorted order with the default glob', async () => {
    const items = await collect([fixture('tree')]);
    expect(items.map((item) => item.origin.slice(FIXTURES.length))).toEqual([
      'tree/a.txt',
      'tree/nested/b.md',
      'tree/nested/deeper/c.html',
    ]);
    expect(items.every((item) => item.error === undefined)).toBe(true);
    expect(items[0]?.article).toMatchObject({
      title: 'Ministers agree to extend grain corridor',
      publishedAt: '2024-06-03',
    });
    expect(items[1]?.article).toMatchObject({
      title: 'Front matter title',
      publishedAt: '2024-04-02',
      url: 'https://blog.example.org/posts/b',
      authors: ['Lee Min-ji'],
    });
    expect(items[1]?.article?.text).toBe(
      'Summit highlights and takeaways\n\nThe summit in Vientiane ended with a joint statement.\n\n' +
        'ASEAN leaders met on Tuesday.\nThe joint_statement was adopted.',
    );
    expect(items[2]?.article).toMatchObject({ title: 'Deep page', publishedAt: '2024-02-01' });
  });

  it('filters folders with the glob option but always reads files named explicitly', async () => {
    const items = await collect([fixture('tree'), fixture('empty.txt')], { glob: '**/*.md' });
    expect(items.map((item) => item.origin.slice(FIXTURES.length))).toEqual([
      'tree/nested/b.md',
      'empty.txt',
    ]);
  });

  it('reads a file named twice (directly and through its folder) once', async () => {
    const items = await collect([fixture('tree/a.txt'), fixture('tree')]);
    expect(items.filter((item) => item.origin.endsWith('a.txt'))).toHaveLength(1);
  });

  it('reads a file reached twice through a symlink once', async () => {
    const folder = join(tmp, 'linked');
    await mkdir(join(folder, 'nested'), { recursive: true });
    await writeFile(join(folder, 'a.txt'), 'Officials met in Geneva on Monday.');
    await symlink(join(folder, 'a.txt'), join(folder, 'nested', 'link.txt'));
    const items = await collect([folder, join(folder, 'nested', 'link.txt')]);
    expect(items.map((item) => item.origin.slice(folder.length))).toEqual(['/a.txt']);
  });

  it.each([
    ['empty.txt', /empty\.txt: holds no article text/],
    ['blank.md', /blank\.md: holds no article text/],
    ['nul.txt', /nul\.txt: contains NUL bytes/],
    ['invalid-utf8.txt', /invalid-utf8\.txt: is not valid UTF-8/],
    ['missing.txt', /missing\.txt: no such file or folder/],
  ])('turns %s into an error item and keeps reading', async (name, message) => {
    const items = await collect([fixture(name), fixture('tree/a.txt')]);
    expect(items).toHaveLength(2);
    expect(items[0]?.error?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(items[0]?.error?.message).toMatch(message);
    expect(items[0]?.article).toBeUndefined();
    expect(items[1]?.article?.title).toBe('Ministers agree to extend grain corridor');
  });

  it('refuses files and JSON Lines records over maxBytes', async () => {
    const big = join(tmp, 'big.txt');
    await writeFile(big, `Big headline\n\n${'word '.repeat(500_000)}`);
    const lines = join(tmp, 'lines.jsonl');
    await writeFile(
      lines,
      `${JSON.stringify({ text: 'x'.repeat(5000) })}\n${JSON.stringify({ text: 'small' })}\n`,
    );
    const [tooBig] = await collect([big]);
    expect(tooBig?.error?.message).toMatch(/big\.txt: is 2\.4 MB, over the 2\.0 MB limit/);
    const items = await collect([lines], { maxBytes: 1000 });
    expect(items[0]?.error?.message).toMatch(/lines\.jsonl:1: .*over the/);
    expect(items[1]?.article?.text).toBe('small');
  });

  describe('stdin ("-")', () => {
    it('detects JSON Lines when every non-empty line is a JSON object', async () => {
      const input = `${JSON.stringify({ id: 's1', text: 'First élan.' })}\n\n${JSON.stringify({ id: 's2', text: 'Second.' })}\n`;
      const items = await collect(['-'], { stdin: stdinOf(input) });
      expect(items.map((item) => [item.origin, item.article?.id])).toEqual([
        ['stdin:1', 's1'],
        ['stdin:3', 's2'],
      ]);
      expect(items[0]?.article?.text).toBe('First élan.');
    });

    it('detects HTML', async () => {
      const input =
        '<html><head><title>Stdin page</title></head><body><p>Talks resumed in Oslo.</p></body></html>';
      const [item] = await collect(['-'], { stdin: stdinOf(input) });
      expect(item).toMatchObject({
        origin: 'stdin',
        article: { title: 'Stdin page', text: 'Talks resumed in Oslo.' },
      });
    });

    it('falls back to plain text, including a text that merely starts with one JSON line', async () => {
      const input =
        'Headline of a wire story\n\nSEOUL, June 26, 2024 (Yonhap) -- {"not": "jsonl"} mentioned.\n';
      const [item] = await collect(['-'], { stdin: stdinOf(input) });
      expect(item).toMatchObject({
        origin: 'stdin',
        article: { title: 'Headline of a wire story', publishedAt: '2024-06-26' },
      });
    });

    it('reports invalid UTF-8 on stdin', async () => {
      const [item] = await collect(['-'], { stdin: stdinOf(Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a])) });
      expect(item?.error?.message).toBe('stdin: is not valid UTF-8');
    });

    it('streams JSON Lines larger than one article limit', async () => {
      const lines = Array.from({ length: 50 }, (_, i) =>
        JSON.stringify({ id: `n${i}`, text: `Article ${i}. ${'x'.repeat(100)}` }),
      );
      const items = await collect(['-'], { stdin: stdinOf(`${lines.join('\n')}\n`), maxBytes: 1000 });
      expect(items).toHaveLength(50);
      expect(items.every((item) => item.article !== undefined)).toBe(true);
      expect(items[49]?.origin).toBe('stdin:50');
    });

    it('refuses a single stdin article over the limit', async () => {
      const [item, ...rest] = await collect(['-'], {
        stdin: stdinOf(`Title\n\n${'text\n'.repeat(500)}`),
        maxBytes: 1000,
      });
      expect(item?.error?.message).toMatch(/^stdin: is .* over the/);
      expect(rest).toEqual([]);
    });
  });

  it('never throws for arbitrary bytes in any format, and every item is an article xor an error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }).map((text) => Buffer.from(text)),
          fc
            .array(fc.jsonValue(), { maxLength: 5 })
            .map((values) => Buffer.from(values.map((v) => JSON.stringify(v)).join('\n'))),
        ),
        fc.constantFrom('txt', 'md', 'html', 'jsonl', 'dat'),
        async (bytes, extension) => {
          const file = join(tmp, `random.${extension}`);
          await writeFile(file, bytes);
          for (const item of await collect([file], { maxBytes: 400 })) {
            expect(item.origin.startsWith(file)).toBe(true);
            expect((item.article === undefined) !== (item.error === undefined)).toBe(true);
            if (item.error) expect(item.error.code).toBe(ErrorCode.BAD_USER_INPUT);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    await expect(async () => {
      for await (const item of readSources([fixture('tree')], { signal: controller.signal })) {
        seen.push(item.origin);
        controller.abort(new Error('stop'));
      }
    }).rejects.toThrow('stop');
    expect(seen).toHaveLength(1);
  });
});
