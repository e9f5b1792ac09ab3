import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureHttp } from './app.setup';
import { installGracefulShutdown } from './common/lifecycle/graceful-shutdown';
import { loadEnvironment } from './config/app-config';

/** API process. With PROCESS_ROLE=all (local use) the worker runs in the same process. */
async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ api: true, worker: env.PROCESS_ROLE === 'all' }),
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(PinoLogger));
  configureHttp(app);
  await app.listen(env.PORT);
  installGracefulShutdown(app, { server: app.getHttpServer() });
  Logger.log(`API listening on http://localhost:${env.PORT} (worker ${env.PROCESS_ROLE === 'all' ? 'in-process' : 'separate'})`, 'Bootstrap');
}

bootstrap().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
