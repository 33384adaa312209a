// Turns the raw bytes of one article into text, refusing binary files and invalid UTF-8.
// Pure; the reader decides what to do with the reason.

export type DecodedBytes = { ok: true; text: string } | { ok: false; reason: string };

/** Shared: a fatal decoder holds no state between calls when not streaming. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (a leading BOM is dropped) and normalizes line endings to \n. */
export function decodeArticleBytes(bytes: Uint8Array): DecodedBytes {
  // NUL never occurs in text; it marks a binary file (or UTF-16, which we do not read).
  if (bytes.includes(0)) return { ok: false, reason: 'contains NUL bytes (binary or UTF-16 file?)' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
