import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { installGracefulShutdown } from './common/lifecycle/graceful-shutdown';
import { loadEnvironment } from './config/app-config';

/** Worker process: the same modules without HTTP; BullMQ processors and sweeps only. */
async function bootstrap(): Promise<void> {
  loadEnvironment(); // a bad environment stops the process before anything connects
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ api: false, worker: true }), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  installGracefulShutdown(app);
  Logger.log('Worker started', 'Bootstrap');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
