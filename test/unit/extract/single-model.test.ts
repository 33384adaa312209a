// One wink-nlp instance for sentences and tagging (what `diplograph extract FILE` uses) extracts exactly what the
// two-instance default does: the choice trades start-up for per-article speed, never output.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';
import { extractor } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/articles');
const single = createExtractor({ singleModel: true });

describe('createExtractor({ singleModel: true })', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))(
    'extracts %s as the default does',
    (file) => {
      const input = { text: readFileSync(join(FIXTURES, file), 'utf8'), publishedAt: '2024-06-26' };
      expect(single.extract(input)).toEqual(extractor.extract(input));
    },
  );
});
