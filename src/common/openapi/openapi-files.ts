import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../../app.module';
import { buildOpenApiDocument } from './openapi-document';

/** Committed copies of the document and of the client types generated from it (paths from the repository root). */
export const OPENAPI_JSON_PATH = 'docs/openapi.json';
export const SCHEMA_TYPES_PATH = 'web/src/api/schema.d.ts';

/** The document of the API process, built in preview mode: no provider is instantiated, so nothing connects. */
export async function buildDocumentOffline(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({ api: true, worker: false }), new FastifyAdapter(), { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

export function openApiJson(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** TypeScript types for `openapi-fetch`, generated with openapi-typescript (a dev dependency, loaded only here). */
export async function openApiTypes(document: OpenAPIObject): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return (
    '/**\n * Generated from the API\'s OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit by hand;\n' +
    ' * a unit test fails when this file is stale.\n */\n\n' +
    astToString(ast)
  );
}
