import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorView } from './api-responses';

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
  // Routes without a bearer requirement are public; say so explicitly (`security: []`), as OpenAPI linters expect.
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation && !operation.security) operation.security = [];
    }
  }
  typeNullableCompositions(document.components?.schemas ?? {});
  return document;
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
