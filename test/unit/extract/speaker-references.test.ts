// Speakers named only by a pronoun, a title or a government seat: who "she added", "the presidential office said"
// and the like resolve to. Invented rows for the rule, and the tuning articles of ../shared/dev-eval it was made for.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { extract } from './helpers.ts';

const DEV_EVAL = '../shared/dev-eval';

function reportedBy(result: ExtractionResult, speaker: string): string[] {
  return result.statements.filter((s) => s.speaker === speaker && s.quote === null).map((s) => s.text);
}

function devEval(name: string): ExtractionResult | null {
  const path = `${DEV_EVAL}/${name}.txt`;
  return existsSync(path) ? extract(readFileSync(path, 'utf8')) : null;
}

describe('a pronoun closing a reported sentence', () => {
  it.each([
    ['she added', 'Assistant Secretary of State Karen Donfried', 'person:karen-donfried'],
    ['he said', 'Foreign Minister Sadyr Japarov', 'person:sadyr-japarov'],
  ])('gives ", %s." to the person it points back to', (verb, name, id) => {
    const text = `Talks held\n\n${name} met the delegation in Bishkek on Monday. The process will continue next year, ${verb}.`;
    expect(reportedBy(extract(text), id)).toContain('The process will continue next year');
  });

  it.each([
    ['r2-01-kyrgyz-tajik-border-treaty', 'person:emomali-rahmon', 'The treaty will be signed'],
    ['r2-07-bayramov-donfried-call', 'person:karen-donfried', 'The American side is ready'],
  ])('finds it in %s', (name, speaker, start) => {
    const result = devEval(name);
    if (!result) return;
    expect(reportedBy(result, speaker).some((t) => t.startsWith(start))).toBe(true);
  });
});
