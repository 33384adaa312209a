// Rejects input no article can come from (empty, binary, oversized) with a one-line BAD_USER_INPUT AppError.
// Runs first, before any work proportional to the text; everything it lets through must extract without throwing.

import { ArticleInput } from '../domain/extraction-result.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';

export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;
/** Share of control or replacement characters above which text is taken for binary data. */
const MAX_BINARY_SHARE = 0.1;

const bad = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { details });

function binaryShare(text: string): number {
  let binary = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) binary++;
  }
  return binary / text.length;
}

/** Returns the parsed input or throws AppError(BAD_USER_INPUT). */
export function validateInput(input: unknown): ArticleInput {
  const parsed = ArticleInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'input';
    throw bad(`invalid article input: ${where}: ${issue?.message ?? 'not an article'}`);
  }
  const { text } = parsed.data;
  if (text.length > MAX_TEXT_LENGTH)
    throw bad(`article text is too long: ${text.length} characters (at most ${MAX_TEXT_LENGTH})`, {
      length: text.length,
    });
  if (text.trim() === '') throw bad('article text is empty');
  if (text.includes('\u0000')) throw bad('article text contains NUL bytes: binary data is not an article');
  if (binaryShare(text) > MAX_BINARY_SHARE) throw bad('article text looks like binary data, not an article');
  return parsed.data;
}
