// What every command that touches the graph starts from: the validated configuration (a bad variable is exit 2
// before anything runs) and the process's logger, which writes to stderr so stdout stays the command's output.
import { loadConfig, type Config } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';

export interface CommandContext {
  config: Config;
  logger: Logger;
  log: (message: string) => void;
}

export function loadCommandContext(env: NodeJS.ProcessEnv = process.env): CommandContext {
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  return { config, logger, log: (message) => logger.info(message) };
}
