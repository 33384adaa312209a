// `diplograph worker` (consume articles from Kafka into the graph) and `diplograph publish` (feed files into Kafka):
// the flags of src/queue/'s commands; the work loads from run-queue.ts only when one of them runs.
import { Option, type Command } from 'commander';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { DEFAULT_SOURCE_GLOB } from '../ingest/sources/expand-paths.ts';
import { wholeNumber } from './flag-parsers.ts';
import { batchSizeOption, concurrencyOption } from './shared-options.ts';

/** As article-worker.ts's DEFAULT_SESSION_TIMEOUT_MS (kafkajs's default), without loading it. */
const DEFAULT_SESSION_TIMEOUT_MS = 30_000;

export interface WorkerFlags {
  brokers: string;
  topic: string;
  group: string;
  deadLetterTopic?: string;
  concurrency: number;
  batchSize: number;
  replace: boolean;
  sessionTimeout: number;
}

export interface PublishFlags {
  brokers: string;
  topic: string;
  partitions: number;
  glob: string;
}

const TOPIC = /^[A-Za-z0-9._-]{1,249}$/;
const topicName = (value: string) => {
  if (!TOPIC.test(value)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `not a Kafka topic name: ${JSON.stringify(value)}`);
  }
  return value;
};

export function registerQueueCommands(program: Command): void {
  program
    .command('worker')
    .description(
      'consume articles (JSON, the fields of an ingest .jsonl line) from a Kafka topic into the graph',
    )
    .requiredOption('--brokers <list>', 'Kafka bootstrap servers, HOST:PORT[,HOST:PORT...]')
    .addOption(new Option('--topic <name>', 'topic to consume').default('articles').argParser(topicName))
    .option('--group <id>', 'consumer group; workers of one group share the partitions', 'diplograph')
    .option(
      '--dead-letter-topic <name>',
      'where messages that are no article go (default: TOPIC.dead-letter)',
    )
    .addOption(concurrencyOption('partitions processed at once'))
    .addOption(batchSizeOption(32))
    .option('--replace', 'update articles whose content changed since they were ingested', false)
    .addOption(
      new Option('--session-timeout <ms>', 'how long the group waits for a silent worker before reassigning')
        .default(DEFAULT_SESSION_TIMEOUT_MS)
        .argParser(wholeNumber('--session-timeout', 300_000)),
    )
    .action(async (flags: WorkerFlags) => (await import('./run-queue.ts')).runWorkerCommand(flags));

  program
    .command('publish')
    .description('send articles from files, folders (recursive), .jsonl or - (stdin) to a Kafka topic')
    .argument('<paths...>', 'files, folders or - for stdin')
    .requiredOption('--brokers <list>', 'Kafka bootstrap servers, HOST:PORT[,HOST:PORT...]')
    .addOption(new Option('--topic <name>', 'topic to publish to').default('articles').argParser(topicName))
    .addOption(
      new Option('--partitions <n>', 'partitions of the topic if it has to be created')
        .default(6)
        .argParser(wholeNumber('--partitions', 1000)),
    )
    .option('--glob <pattern>', 'which files to take from folders', DEFAULT_SOURCE_GLOB)
    .action(async (paths: string[], flags: PublishFlags) =>
      (await import('./run-queue.ts')).runPublish(paths, flags),
    );
}
