// Formats evaluation results for people: a fixed-width table of precision/recall/F1 per category, field
// accuracies, and with --verbose the misses and false positives of each article. Pure: returns strings.
import { CATEGORIES, FIELDS, type ArticleScore, type Summary } from './score.ts';

const pct = (value: number | null): string =>
  value === null ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`;

export function formatSummaryTable(summary: Summary, articleCount: number): string {
  const lines = [
    `diplograph extraction eval: ${articleCount} article(s)`,
    '',
    `${'category'.padEnd(26)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`,
  ];
  const row = (name: string, s: Summary['micro']): string =>
    `${name.padEnd(26)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
  for (const name of CATEGORIES) lines.push(row(name, summary.perCategory[name]));
  lines.push(
    '-'.repeat(63),
    row('micro', summary.micro),
    '',
    `${'field (matched items)'.padEnd(26)} ${'acc'.padStart(6)}   n`,
  );
  for (const name of FIELDS) {
    const f = summary.fieldAccuracy[name];
    lines.push(`${name.padEnd(26)} ${pct(f.accuracy)} ${String(f.correct).padStart(3)}/${f.total}`);
  }
  return lines.join('\n');
}

export function formatArticleDetails(name: string, score: ArticleScore): string {
  const lines = [`== ${name}`];
  for (const category of CATEGORIES) {
    const c = score.categories[category];
    if (c.misses.length === 0 && c.falsePositives.length === 0) continue;
    lines.push(`  ${category} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    for (const miss of c.misses) lines.push(`    - missed: ${miss}`);
    for (const extra of c.falsePositives) lines.push(`    + spurious: ${extra}`);
  }
  for (const field of FIELDS) {
    for (const mismatch of score.fields[field].mismatches) lines.push(`  ! ${field} ${mismatch}`);
  }
  for (const extra of score.redundantStatements)
    lines.push(`  ~ redundant statement (not counted): ${extra}`);
  if (lines.length === 1) lines.push('  perfect');
  return lines.join('\n');
}
