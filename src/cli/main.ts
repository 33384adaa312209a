#!/usr/bin/env node
// The `diplograph` command: parses arguments, runs one command, maps failures to one line and an exit code.
// Only commander and the flag definitions load up front; each command imports its modules when it runs.
import * as nodeModule from 'node:module';
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.ts';
import { describeFailure, EXIT_BAD_INPUT, EXIT_OK } from './exit-code.ts';
import { registerExtractCommand } from './extract-command.ts';
import { registerGraphCommands } from './graph-commands.ts';
import { registerIngestCommands } from './ingest-commands.ts';
import { registerMaintenanceCommands } from './maintenance-commands.ts';
import { registerQueueCommands } from './queue-commands.ts';
import { registerServerCommands } from './server-commands.ts';

// Node 22.1+ keeps the compiled code of these modules between runs (Node 20 has no such cache).
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const program = new Command('diplograph')
  // Usage errors (unknown option, missing or extra argument, conflicting flags) are bad input: exit 2, like a
  // bad flag value. Commander has already printed its one line; --help and --version exit 0.
  .exitOverride()
  .version(VERSION)
  .description('diplomatic-event knowledge graph: news articles in, who said what about which treaty out');
registerServerCommands(program);
registerIngestCommands(program);
registerMaintenanceCommands(program);
registerExtractCommand(program);
registerGraphCommands(program);
registerQueueCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT);
  const { line, exitCode } = describeFailure(error);
  process.stderr.write(`${line}\n`);
  process.exit(exitCode);
}
