import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_DESCRIPTIONS, type ErrorStatus, ErrorView } from './api-responses';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The OpenAPI document, built from the controllers' decorators. Served at /docs-json, written to docs/openapi.json and
 * turned into web/src/api/schema.d.ts by `npm run api:types` (src/cli/openapi.cli.ts).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Supergap Match API')
    .setDescription(
      'Startup–investor matchmaking for deep-tech conferences: profiles, matching, IR pitches and 1:1 meetings. ' +
        'Errors share one envelope (`Error`); lists are `{items, page, limit, total}`. The reference in prose is docs/api.md.',
    )
    .setVersion('1')
    .setLicense('Proprietary (UNLICENSED)', '')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'accessToken from POST /v1/auth/login' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorView],
    // `accounts_me`, `meetingRequests_accept`: stable, readable names for generated clients.
    operationIdFactory: (controller, method) => `${lowerFirst(controller.replace(/Controller$/, ''))}_${method}`,
  });
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // Routes without a bearer requirement are public; say so explicitly (`security: []`), as OpenAPI linters expect.
      operation.security ??= [];
      // Errors every route of a kind can answer, added here rather than on each route:
      // bodies are JSON only and size-limited (app.setup.ts); authenticated writes have a per-account budget
      // (WriteRateLimitGuard, RATE_LIMIT_WRITES_PER_MINUTE).
      const statuses: ErrorStatus[] = [];
      if (operation.requestBody) statuses.push(413, 415);
      if (method !== 'get' && operation.security.length > 0) statuses.push(429);
      for (const status of statuses) operation.responses[status] ??= errorResponse(status);
    }
  }
  typeNullableCompositions(document.components?.schemas ?? {});
  return document;
}

function errorResponse(status: ErrorStatus) {
  return {
    description: ERROR_DESCRIPTIONS[status],
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
  };
}

/**
 * OpenAPI 3.0 wants a `type` beside `nullable`; Nest drops it where a property is a `oneOf` (e.g. `profile`, a
 * nullable choice of objects), so add `type: object` back wherever every choice is a $ref to an object schema.
 */
function typeNullableCompositions(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema.nullable === true && schema.type === undefined && Array.isArray(schema.oneOf ?? schema.anyOf ?? schema.allOf)) {
    schema.type = 'object';
  }
  for (const value of Object.values(schema)) typeNullableCompositions(value);
}
