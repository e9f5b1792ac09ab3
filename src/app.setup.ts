import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { ErrorFilter } from './common/errors/error.filter';
import { requestLogMiddleware } from './common/logging/logging.module';
import { requestIdMiddleware } from './common/logging/request-context';
import { httpMetricsMiddleware } from './common/metrics/process-metrics';
import { createValidationPipe } from './common/validation/validation';
import { AppConfig } from './config/app-config';

/** HTTP concerns shared by main.ts and the e2e tests, so tests exercise the real stack. */
export function configureHttp(app: INestApplication): void {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; otherwise the socket address is the client.
  express.set('trust proxy', trustProxySetting(config.env.TRUST_PROXY));
  // API answers are `no-store`, so an ETag (a hash of every body, 1.4 MB for a big schedule) would never be used.
  express.set('etag', false);
  app.use(requestIdMiddleware); // first: every later middleware and log line sees the request id
  app.use(requestLogMiddleware);
  app.use(httpMetricsMiddleware);
  express.useBodyParser('json', { limit: config.env.BODY_LIMIT });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
    }),
  );
  // Responses of the API carry personal data and tokens: never stored by browsers or shared caches.
  app.use('/v1', (_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.enableCors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins, exposedHeaders: ['Retry-After', 'X-Request-Id'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  SwaggerModule.setup('docs', app, buildOpenApiDocument(app));
}

/** `false` / `true` / `loopback` / a hop count / a comma list of addresses, as Express's "trust proxy" takes them. */
export function trustProxySetting(value: string): boolean | number | string[] {
  const v = value.trim();
  if (/^false$/i.test(v)) return false;
  if (/^true$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}
