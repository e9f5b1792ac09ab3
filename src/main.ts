import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureHttp, createHttpAdapter } from './app.setup';
import { installGracefulShutdown } from './common/lifecycle/graceful-shutdown';
import { loadEnvironment } from './config/app-config';

/** API process. With PROCESS_ROLE=all (local use) the worker runs in the same process. */
async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ api: true, worker: env.PROCESS_ROLE === 'all' }),
    createHttpAdapter(env),
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(PinoLogger));
  await configureHttp(app);
  // Every IPv4 interface (Fastify's own default is loopback only).
  await app.listen(env.PORT, '0.0.0.0');
  installGracefulShutdown(app, { server: app.getHttpServer() });
  Logger.log(`API listening on http://localhost:${env.PORT} (worker ${env.PROCESS_ROLE === 'all' ? 'in-process' : 'separate'})`, 'Bootstrap');
}

/**
 * API_WORKERS > 1: this primary forks that many HTTP processes sharing the port and only supervises them. It
 * passes SIGTERM/SIGINT on (each worker drains as a single process does), exits when all have, and replaces a
 * worker that dies on its own.
 */
function supervise(workers: number): void {
  // Its stdout stays the workers' JSON log; it says nothing unless a worker dies.
  let stopping = false;
  let code = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, exitCode, signal) => {
    if (exitCode) code = Math.max(code, exitCode);
    if (!stopping) {
      process.stderr.write(`cluster: API process ${worker.process.pid} exited (${signal ?? exitCode}); starting another\n`);
      setTimeout(() => cluster.fork(), 1_000).unref();
    } else if (Object.keys(cluster.workers ?? {}).length === 0) {
      process.exit(code);
    }
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(code);
    for (const w of alive) w?.process.kill(signal);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function start(): void {
  const env = loadEnvironment();
  if (env.API_WORKERS > 1 && cluster.isPrimary) return supervise(env.API_WORKERS);
  bootstrap().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

try {
  start();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
