import { INestApplicationContext, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { workersOfThisProcess } from '../../queue/instrumented-queue';

const logger = new Logger('Shutdown');

/**
 * On SIGTERM or SIGINT: stop accepting connections and jobs, let in-flight requests and active jobs finish (up to
 * `graceMs`), then close connections and pools and exit 0. A job still running at the deadline is left to BullMQ:
 * its lock expires and another worker runs it again (jobs are idempotent).
 *
 * Nest's own shutdown hooks close the database before the HTTP server, which would fail in-flight requests; this
 * orders it the other way.
 */
export function installGracefulShutdown(app: INestApplicationContext, options: { server?: Server; graceMs?: number } = {}): void {
  const graceMs = options.graceMs ?? 10_000;
  let started = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const deadline = Date.now() + graceMs;
    logger.log(`${signal}: draining (up to ${graceMs / 1000} s)`);
    const [http, jobs] = await Promise.all([
      options.server ? drainHttp(options.server, deadline) : Promise.resolve('none'),
      drainWorkers(deadline),
    ]);
    logger.log(`drained: requests ${http}, jobs ${jobs}`);
    let code = 0;
    try {
      await withTimeout(app.close(), 5_000, 'closing connections');
    } catch (err) {
      logger.error(`shutdown: ${err instanceof Error ? err.message : err}`);
      code = 1;
    }
    logger.log(`exit ${code}`);
    process.exit(code);
  };
  process.once('SIGTERM', (s) => void shutdown(s));
  process.once('SIGINT', (s) => void shutdown(s));
}

/** Stops accepting; closes keep-alive connections as they fall idle; at the deadline closes the rest. */
async function drainHttp(server: Server, deadline: number): Promise<'finished' | 'cut'> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  try {
    return await Promise.race([closed.then(() => 'finished' as const), sleep(deadline - Date.now()).then(() => 'cut' as const)]);
  } finally {
    clearInterval(idleSweep);
    server.closeAllConnections();
  }
}

/** Workers stop taking jobs at once; `close()` resolves when their active jobs are done. */
async function drainWorkers(deadline: number): Promise<'finished' | 'cut' | 'none'> {
  const workers = workersOfThisProcess();
  if (workers.length === 0) return 'none';
  const outcome = await Promise.race([
    Promise.all(workers.map((w) => w.close())).then(() => 'finished' as const),
    sleep(deadline - Date.now()).then(() => 'cut' as const),
  ]);
  if (outcome === 'cut') await Promise.all(workers.map((w) => w.close(true).catch(() => undefined)));
  return outcome;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`${what} took longer than ${ms} ms`)))]);
}
