// The public face of source reading: what the ingester and the CLI import.
// Everything else in this folder is an implementation detail.
export { DEFAULT_MAX_BYTES, readSources, type ReadSourcesOptions } from './read-sources.ts';
export { DEFAULT_SOURCE_GLOB, unreadablePaths } from './expand-paths.ts';
export type { SourceArticle, SourceItem } from './source-item.ts';
export { jsonRecordItem } from './source-items.ts';
export { parseDateline } from './dateline.ts';
export { parseArticle } from './parse-article.ts';
export type { ArticleFormat } from './detect-format.ts';
