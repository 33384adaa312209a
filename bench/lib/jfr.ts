// A Java Flight Recorder recording of a running JVM (Neo4j) through `jcmd`, for `bench:scale --profile`: where
// the database's CPU goes. `jfr print --events jdk.ExecutionSample FILE` reads it (or JDK Mission Control).
import { spawnSync } from 'node:child_process';

const NAME = 'diplograph-bench';

function jcmd(pid: number, args: string[]): void {
  const result = spawnSync('jcmd', [String(pid), ...args], { encoding: 'utf8' });
  if (result.status !== 0)
    process.stderr.write(`[jfr] jcmd ${args[0]} failed: ${result.stdout}${result.stderr}\n`);
}

/** Starts sampling (the `profile` settings: Java stacks every 10-20 ms); written to `file` by stopJfr. */
export function startJfr(pid: number, file: string): void {
  jcmd(pid, ['JFR.start', `name=${NAME}`, 'settings=profile', `filename=${file}`]);
}

export function stopJfr(pid: number): void {
  jcmd(pid, ['JFR.stop', `name=${NAME}`]);
}
