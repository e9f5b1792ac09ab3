import { INestApplication } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';
import { buildOpenApiDocument } from './common/openapi/openapi-document';
import { AppError, ErrorCode } from './common/errors/app-error';
import { ErrorFilter } from './common/errors/error.filter';
import { requestLogMiddleware } from './common/logging/logging.module';
import { acceptRequestId, requestIdMiddleware } from './common/logging/request-context';
import { httpMetricsMiddleware, type RoutedRequest } from './common/metrics/process-metrics';
import { createValidationPipe } from './common/validation/validation';
import { AppConfig } from './config/app-config';
import type { EnvironmentVariables } from './config/env.validation';

/**
 * The HTTP server under Nest: Fastify. On this API's routes it costs ~0.25–0.4 ms less CPU a request than Express
 * (measured on the bench's routes at 1,000 req/s; see README, Session 12). Options only the server's constructor
 * takes are set here, from the environment.
 */
export function createHttpAdapter(env: Pick<EnvironmentVariables, 'TRUST_PROXY' | 'BODY_LIMIT'>): FastifyAdapter {
  return new FastifyAdapter({
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; otherwise the socket address is the client.
    // (A hop count is a number, which Fastify takes though the adapter's option type omits it.)
    trustProxy: trustProxySetting(env.TRUST_PROXY) as boolean | string[],
    bodyLimit: byteSize(env.BODY_LIMIT),
    // A sane incoming X-Request-Id is kept (see acceptRequestId), else a fresh UUID.
    genReqId: (req: IncomingMessage) => acceptRequestId(req.headers['x-request-id']),
    // Path parameters carry calendar-feed tokens (~200 characters; Fastify's default limit is 100), and `/v1/me/`
    // is `/v1/me`, as it was under Express.
    routerOptions: { maxParamLength: 1000, ignoreTrailingSlash: true },
  });
}

/** HTTP concerns shared by main.ts and the e2e tests, so tests exercise the real stack. */
export async function configureHttp(app: INestApplication): Promise<void> {
  const config = app.get(AppConfig);
  const fastifyApp = app as NestFastifyApplication;
  const server = fastifyApp.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  acceptJsonBodiesOnly(server, byteSize(config.env.BODY_LIMIT));
  // Built once: @fastify/helmet builds helmet's middleware again on every request (~3 % of an API process's CPU).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  // One hook, first: the request id (which every later hook, the handler and each log line see), the log line, the
  // metrics (by the route the server matched), security headers, and no caching of API answers.
  server.addHook('onRequest', (request, reply, done) => {
    const req = request.raw as RoutedRequest;
    const res = reply.raw;
    req.id = request.id as string;
    req.routePattern = request.routeOptions.url;
    // Responses of the API carry personal data and tokens: never stored by browsers or shared caches.
    if (request.url.startsWith('/v1/')) res.setHeader('Cache-Control', 'no-store');
    requestIdMiddleware(req, res, () =>
      requestLogMiddleware(req, res, () => httpMetricsMiddleware(req, res, () => securityHeaders(req, res, (err) => done(err as Error | undefined)))));
  });
  app.enableCors({
    origin: config.corsOrigins === '*' ? true : config.corsOrigins,
    // Every method the API uses (the CORS plugin's own default is GET, HEAD and POST).
    methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
    exposedHeaders: ['Retry-After', 'X-Request-Id'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  SwaggerModule.setup('docs', app, buildOpenApiDocument(app));
}

/**
 * Bodies are JSON (`application/json`, UTF-8) up to BODY_LIMIT; any other content type with a body is 415 (Fastify's
 * FST_ERR_CTP_INVALID_MEDIA_TYPE, answered by the error filter). An empty JSON body is no body, as it was for Express.
 */
function acceptJsonBodiesOnly(server: FastifyInstance, bodyLimit: number): void {
  // Fastify's own JSON parser (malformed JSON is its FST_ERR_CTP_INVALID_JSON_BODY). `__proto__` and `constructor`
  // keys stay plain own keys, as JSON.parse makes them, so validation names them as unknown fields (400).
  const json = server.getDefaultJsonParser('ignore', 'ignore');
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (req, body, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) done(new AppError(ErrorCode.UnsupportedMediaType, `Request bodies must be UTF-8 JSON, not ${charset}`), undefined);
    else if (body.length === 0) done(null, undefined);
    else json(req, body as string, done);
  });
}

/** `256kb`, `1mb`, `1024` (bytes) as a number of bytes. */
export function byteSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!match) throw new Error(`Not a size: ${value} (e.g. 256kb, 1mb)`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Math.floor(Number(match[1]) * unit);
}

/** `false` / `true` / `loopback` / a hop count / a comma list of addresses, as the server's "trust proxy" takes them. */
export function trustProxySetting(value: string): boolean | number | string[] {
  const v = value.trim();
  if (/^false$/i.test(v)) return false;
  if (/^true$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}
