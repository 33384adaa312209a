// The work of `diplograph serve` and `diplograph start`, loaded only when one of them runs: the server builds
// everything itself (src/server.ts); the command keeps it running until a signal.
import { startServer } from '../server.ts';
import { loadCommandContext } from './command-context.ts';
import { runUntilSignal } from './run-until-signal.ts';

export async function runServer(options: { seedSamples: boolean }): Promise<void> {
  const { config, logger, log } = loadCommandContext();
  const server = await startServer(config, logger, options);
  runUntilSignal(() => server.stop(), log);
}
