// The unit the source reader yields: one article, or one error naming the file or line that failed.
// Types only plus a constructor for error items; no IO.
import type { ArticleInput } from '../../domain/extraction-result.ts';
import { AppError, ErrorCode } from '../../domain/errors.ts';

/** An article as read from a source: the extractor's input, with the authors the page names. */
export type SourceArticle = ArticleInput;

/**
 * `origin` is a file path, "file.jsonl:LINE", "stdin" or "stdin:LINE". Exactly one of `article` and
 * `error` is set; a bad file or line is an item, never a thrown error, so one bad file cannot stop a run.
 */
export type SourceItem =
  | { origin: string; article: SourceArticle; error?: undefined }
  | { origin: string; article?: undefined; error: AppError };

/** An error item whose message starts with the origin, so a log line alone says where to look. */
export function sourceError(origin: string, reason: string, cause?: unknown): SourceItem {
  const error = new AppError(ErrorCode.BAD_USER_INPUT, `${origin}: ${reason}`, {
    cause,
    details: { origin, reason },
  });
  return { origin, error };
}
