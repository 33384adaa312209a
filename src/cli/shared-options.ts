// The write options that ingest, reextract and worker share: one definition, so their bounds and help agree.
import { Option } from 'commander';
import { wholeNumber } from './flag-parsers.ts';

export const concurrencyOption = (description: string) =>
  new Option('-c, --concurrency <n>', description).default(2).argParser(wholeNumber('--concurrency', 64));

export const batchSizeOption = (defaultSize: number) =>
  new Option('-b, --batch-size <n>', 'most articles per write transaction')
    .default(defaultSize)
    .argParser(wholeNumber('--batch-size', 1000));
