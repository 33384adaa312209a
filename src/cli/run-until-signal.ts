// Keeps a long-running command alive until SIGINT/SIGTERM, then runs its cleanup once and exits.
// A second signal during cleanup exits at once, as users expect from a second Ctrl-C.

export function runUntilSignal(cleanup: () => Promise<void>, log: (message: string) => void): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(130);
    }
    stopping = true;
    log(`${signal} received: shutting down`);
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
