import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadEnvironment } from './config/app-config';

/** Worker process: the same modules without HTTP; BullMQ processors and sweeps only. */
async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ api: false, worker: true }), {
    logger: [env.LOG_LEVEL as 'log', 'error', 'warn', 'fatal'],
  });
  app.enableShutdownHooks();
  Logger.log('Worker started', 'Bootstrap');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
