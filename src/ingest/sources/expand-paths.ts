// Turns the paths a user gave (files, folders, "-") into the ordered list of sources to read.
// IO (stat, directory walk with tinyglobby); a path that cannot be read becomes an entry with a reason.
import { realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const DEFAULT_SOURCE_GLOB = '**/*.{txt,md,html,htm,jsonl}';
export const STDIN_PATH = '-';

export type PathEntry =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'stdin' }
  | { kind: 'unreadable'; path: string; reason: string };

export interface ExpandPathsOptions {
  /** Matched against paths relative to each folder argument. File arguments are always read. */
  glob?: string;
  signal?: AbortSignal;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/** The path arguments that name nothing readable, each with its reason: checked before a run starts. */
export async function unreadablePaths(paths: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    if (path === STDIN_PATH) continue;
    try {
      await stat(path);
    } catch (error) {
      problems.push(`${path}: ${reasonOf(error)}`);
    }
  }
  return problems;
}

/** The file itself, whatever symlinks lead to it: two routes to one file read it once. */
async function fileKey(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Folders expand in sorted order and a file named twice (or reached twice through symlinks) is read once. */
export async function* expandPaths(
  paths: readonly string[],
  options: ExpandPathsOptions = {},
): AsyncGenerator<PathEntry> {
  const seen = new Set<string>();
  const once = (key: string): boolean => !seen.has(key) && seen.add(key) !== undefined;
  for (const path of paths) {
    options.signal?.throwIfAborted();
    if (path === STDIN_PATH) {
      if (once(STDIN_PATH)) yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'unreadable', path, reason: reasonOf(error) };
      continue;
    }
    if (info.isFile()) {
      if (once(await fileKey(path))) yield { kind: 'file', path, size: info.size };
      continue;
    }
    if (!info.isDirectory()) {
      yield { kind: 'unreadable', path, reason: 'not a regular file or folder' };
      continue;
    }
    // Loaded at the first folder: `diplograph` loads this module for the --glob default of every start.
    const { glob: findFiles } = await import('tinyglobby');
    const found = await findFiles(options.glob ?? DEFAULT_SOURCE_GLOB, {
      cwd: path,
      onlyFiles: true,
      caseSensitiveMatch: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
    for (const relative of found.sort()) {
      const file = join(path, relative);
      if (!once(await fileKey(file))) continue;
      try {
        yield { kind: 'file', path: file, size: (await stat(file)).size };
      } catch (error) {
        yield { kind: 'unreadable', path: file, reason: reasonOf(error) };
      }
    }
  }
}
