import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { ErrorFilter } from './common/errors/error.filter';
import { createValidationPipe } from './common/validation/validation';
import { AppConfig } from './config/app-config';

/** HTTP concerns shared by main.ts and the e2e tests, so tests exercise the real stack. */
export function configureHttp(app: INestApplication): void {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  express.set('trust proxy', 'loopback');
  express.useBodyParser('json', { limit: config.env.BODY_LIMIT });
  app.use(helmet({ contentSecurityPolicy: false }));
  app.enableCors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins, exposedHeaders: ['Retry-After'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, buildOpenApiDocument(app));
}
