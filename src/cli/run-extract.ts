// The work of `diplograph extract`, loaded only when that command runs: extraction is pure, so no database.
// A single article prints as indented JSON; several (a .jsonl, a multi-article stdin) as JSON Lines, in order.
import { AppError, ErrorCode, isAppError } from '../domain/errors.ts';
import { createExtractor } from '../extract/index.ts';
import { readSources, type SourceArticle } from '../ingest/sources/index.ts';
import { EXIT_BAD_INPUT } from './exit-code.ts';

export interface ExtractFlags {
  published?: string;
  url?: string;
  title?: string;
  compact: boolean;
}

export async function runExtract(file: string, flags: ExtractFlags): Promise<void> {
  const overrides: Partial<SourceArticle> = {
    ...(flags.published ? { publishedAt: flags.published } : {}),
    ...(flags.url ? { url: flags.url } : {}),
    ...(flags.title ? { title: flags.title } : {}),
  };
  const items = readSources([file]);
  const first = await items.next();
  const second = first.done ? first : await items.next();
  const many = !second.done;
  // One article: one model parse at start-up beats cheaper tagging per article (same output either way).
  const extractor = createExtractor({ singleModel: !many });
  let failed = 0;
  const emit = (item: typeof first.value) => {
    if (!item) return;
    try {
      if (item.error) throw item.error;
      const result = extractor.extract({ ...item.article, ...overrides });
      process.stdout.write(
        many || flags.compact ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
      );
    } catch (error) {
      if (!isAppError(error) || !many) throw error;
      // In JSON Lines a bad article keeps its place, so line N of the output still answers line N of the input.
      failed++;
      process.stdout.write(
        `${JSON.stringify({ origin: item.origin, error: { code: error.code, message: error.message } })}\n`,
      );
    }
  };
  if (first.done) throw new AppError(ErrorCode.BAD_USER_INPUT, `${file}: no article found`);
  emit(first.value);
  if (many) {
    emit(second.value);
    for await (const item of items) emit(item);
  }
  if (failed > 0) {
    process.stderr.write(`diplograph: ${failed} article(s) could not be extracted; see their error lines\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
