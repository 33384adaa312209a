// Shows ingestion progress: a live bar on a terminal, one plain line per article otherwise (logs, CI, pipes).
import cliProgress from 'cli-progress';
import type { IngestEvent, IngestSummary } from '../ingest/ingest-all.ts';

export interface Progress {
  update(event: IngestEvent, summary: IngestSummary): void;
  stop(): void;
}

/** `total`, when known, gives the bar its end (reextract counts first; a feed's length is unknown). */
export function createProgress(stream: NodeJS.WriteStream, total?: number): Progress {
  if (!stream.isTTY) {
    return {
      update(event) {
        if (event.kind === 'done') {
          const r = event.report;
          stream.write(`${r.status.padEnd(8)} ${event.origin} -> ${r.articleId}\n`);
        } else {
          stream.write(`failed   ${event.origin}: ${event.failure.reason}\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        (total === undefined ? '' : '{bar} {percentage}% | ') +
        '{done} articles | {rate}/s | new {new} updated {updated} skipped {skipped} failed {failed} | {origin}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { done: 0, rate: '0', new: 0, updated: 0, skipped: 0, failed: 0, origin: '' });
  return {
    update(event, summary) {
      const a = summary.articles;
      const done = a.new + a.updated + a.skipped + a.failed;
      bar.update(total === undefined ? 0 : done, {
        done,
        rate: summary.articlesPerSecond.toFixed(1),
        ...a,
        origin: event.origin.slice(-40),
      });
    },
    stop: () => bar.stop(),
  };
}

export function formatSummary(summary: IngestSummary): string {
  const a = summary.articles;
  const lines = [
    `articles: ${a.new} new, ${a.updated} updated, ${a.skipped} skipped, ${a.failed} failed${summary.interrupted ? ' (interrupted)' : ''}`,
    `graph: +${summary.nodesCreated} nodes, +${summary.relationshipsCreated} relationships` +
      (summary.nodesDeleted || summary.relationshipsDeleted
        ? `, -${summary.nodesDeleted} nodes, -${summary.relationshipsDeleted} relationships`
        : ''),
    `time: ${summary.seconds.toFixed(1)} s, ${summary.articlesPerSecond.toFixed(1)} articles/s`,
    ...summary.failures.map((f) => `failed: ${f.origin}: ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** What to tell a user whose run stopped because Neo4j stayed unreachable: what is in, and how to go on. */
export function outageHint(summary: IngestSummary, limitSeconds: number): string {
  const a = summary.articles;
  return (
    `diplograph: Neo4j was unreachable for ${limitSeconds} s, so ingest stopped. ` +
    `${a.new + a.updated + a.skipped} articles are in the graph (${a.new} new, ${a.updated} updated, ${a.skipped} already there). ` +
    'Run the same command again once Neo4j is back: it resumes, skipping the articles already written ' +
    '(DIPLOGRAPH_OUTAGE_LIMIT_SECONDS sets how long to wait).\n'
  );
}
