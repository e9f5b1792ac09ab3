import { beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocumentOffline, OPENAPI_JSON_PATH, SCHEMA_TYPES_PATH, openApiJson, openApiTypes } from './openapi-files';

const ROOT = resolve(process.cwd());
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
/** Operations that cannot fail with a 4xx: public and static, or failing only with 503. */
const NO_CLIENT_ERRORS = ['GET /v1/sectors', 'GET /health'];

interface Operation {
  operationId: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

function operations(document: OpenAPIObject): [string, Operation][] {
  const out: [string, Operation][] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (op) out.push([`${method.toUpperCase()} ${path}`, op]);
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await buildDocumentOffline();
  });

  it('gives every operation a summary, a typed 2xx response and error responses in the shared envelope', () => {
    const problems: string[] = [];
    const ops = operations(document);
    expect(ops.length).toBeGreaterThan(40);
    for (const [name, op] of ops) {
      if (!op.summary) problems.push(`${name}: no summary`);
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) problems.push(`${name}: no 2xx response`);
      for (const [status, response] of success) {
        if (status === '204') continue;
        const schemas = Object.values(response.content ?? {}).map((c) => c.schema);
        if (schemas.length === 0 || schemas.some((s) => !s)) problems.push(`${name}: ${status} has no schema`);
      }
      const errors = Object.entries(op.responses).filter(([status]) => /^[45]/.test(status));
      if (!NO_CLIENT_ERRORS.includes(name) && !errors.some(([status]) => status.startsWith('4'))) problems.push(`${name}: no 4xx response`);
      for (const [status, response] of errors) {
        const ref = JSON.stringify(response.content?.['application/json']?.schema ?? null);
        if (!ref.includes('#/components/schemas/Error') && status !== '503') problems.push(`${name}: ${status} is not the error envelope`);
      }
      const secured = (op.security ?? []).length > 0;
      if (secured && !op.responses['401']) problems.push(`${name}: needs a token but documents no 401`);
      if (secured && !name.startsWith('GET') && !op.responses['429']) problems.push(`${name}: an authenticated write without the write budget's 429`);
      if ((op as { requestBody?: unknown }).requestBody && !op.responses['400']) problems.push(`${name}: takes a body but documents no 400`);
    }
    expect(problems).toEqual([]);
  });

  it('lists pages as {items, page, limit, total} of a named item type', () => {
    const pages = Object.entries(document.components?.schemas ?? {}).filter(([name]) => name.endsWith('Page'));
    expect(pages.length).toBeGreaterThan(5);
    for (const [, schema] of pages) {
      const s = schema as { required?: string[]; properties: Record<string, { type?: string; items?: { $ref?: string } }> };
      expect(s.required).toEqual(expect.arrayContaining(['items', 'page', 'limit', 'total']));
      expect(s.properties.items.items?.$ref).toMatch(/^#\/components\/schemas\//);
    }
  });

  it('types every field: integers validated with IsInt are integers, and no field is a shapeless object', () => {
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, Record<string, unknown>> }>;
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, { propertyName: string; name?: string }[]> };
    const problems: string[] = [];
    let integers = 0;
    for (const [target, metadatas] of storage.validationMetadatas) {
      const properties = schemas[target.name]?.properties;
      if (!properties) continue;
      for (const m of metadatas.filter((x) => x.name === 'isInt')) {
        const property = properties[m.propertyName] as { type?: string; items?: { type?: string } } | undefined;
        integers++;
        if (property?.type !== 'integer' && property?.items?.type !== 'integer') problems.push(`${target.name}.${m.propertyName} is validated as an integer but documented as ${property?.type}`);
      }
    }
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        const shapeless = property.type === 'object' && !property.properties && !property.additionalProperties && !property.oneOf && !property.allOf && !property.$ref;
        if (shapeless) problems.push(`${name}.${field} is a shapeless object`);
      }
    }
    expect(integers).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('passes `redocly lint` (recommended ruleset, redocly.yaml) with 0 errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgm-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, openApiJson(document));
      const run = spawnSync(join(ROOT, 'node_modules/.bin/redocly'), ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format=stylish', '--max-problems=200'], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      });
      const output = `${run.stdout}\n${run.stderr}`;
      // stylish format: one `line:col  severity  rule  message` line per problem
      const problems = output.split('\n').filter((line) => /^\s*\d+:\d+\s+(error|warning)\s/.test(line));
      expect({ status: run.status, problems }).toEqual({ status: 0, problems: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it(`is committed fresh as ${OPENAPI_JSON_PATH} (npm run api:types)`, () => {
    expect(readFileSync(join(ROOT, OPENAPI_JSON_PATH), 'utf8')).toBe(openApiJson(document));
  });

  it(`generates ${SCHEMA_TYPES_PATH} as committed (npm run api:types)`, async () => {
    expect(readFileSync(join(ROOT, SCHEMA_TYPES_PATH), 'utf8')).toBe(await openApiTypes(document));
  }, 60_000);
});
