import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { ErrorFilter } from './common/errors/error.filter';
import { requestIdMiddleware } from './common/logging/request-context';
import { httpMetricsMiddleware } from './common/metrics/process-metrics';
import { createValidationPipe } from './common/validation/validation';
import { AppConfig } from './config/app-config';

/** HTTP concerns shared by main.ts and the e2e tests, so tests exercise the real stack. */
export function configureHttp(app: INestApplication): void {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  express.set('trust proxy', 'loopback');
  app.use(requestIdMiddleware); // first: every later middleware and log line sees the request id
  app.use(httpMetricsMiddleware);
  express.useBodyParser('json', { limit: config.env.BODY_LIMIT });
  app.use(helmet({ contentSecurityPolicy: false }));
  app.enableCors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins, exposedHeaders: ['Retry-After', 'X-Request-Id'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Supergap Match API')
      .setDescription('Startup–investor matchmaking for deep-tech conferences: profiles, matching, IR pitches and 1:1 meetings.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
}
