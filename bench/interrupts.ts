/**
 * What a bench must undo if it is stopped midway (Ctrl-C, `kill`, a time limit): stop the API processes it started and
 * drop the database it made, so an interrupted run leaves nothing running that would slow the next one down. Each
 * `onInterrupt` returns its own unregister, called when the bench undoes that step itself.
 */
type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
let installed = false;

export function onInterrupt(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void interrupted(signal));
  }
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/** Undoes the registered steps, the latest first, then exits as a process killed by `signal` would (128 + its number). */
async function interrupted(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): Promise<void> {
  console.error(`\nbench: ${signal}, cleaning up (${cleanups.length} step${cleanups.length === 1 ? '' : 's'})`);
  // A cleanup that hangs (a database that no longer answers) must not keep the process alive.
  setTimeout(() => process.exit(1), 20_000).unref();
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (err) {
      console.error(`bench: a cleanup step failed: ${err instanceof Error ? err.message : err}`);
    }
  }
  process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
}
