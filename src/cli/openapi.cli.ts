import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildDocumentOffline, OPENAPI_JSON_PATH, SCHEMA_TYPES_PATH, openApiJson, openApiTypes } from '../common/openapi/openapi-files';

/**
 * `npm run api:types`: builds the OpenAPI document from the app's modules without a server, database or Redis
 * (Nest's preview mode wires the module graph without instantiating providers), and writes
 * docs/openapi.json and web/src/api/schema.d.ts. A unit test fails when either file is stale.
 */
async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  const document = await buildDocumentOffline();
  const files: [string, string][] = [
    [OPENAPI_JSON_PATH, openApiJson(document)],
    [SCHEMA_TYPES_PATH, await openApiTypes(document)],
  ];
  for (const [path, text] of files) {
    mkdirSync(dirname(resolve(root, path)), { recursive: true });
    writeFileSync(resolve(root, path), text);
    console.log(`wrote ${path}`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
