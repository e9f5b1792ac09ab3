import type { TestApp } from '../utils';

/** A JSON schema as @nestjs/swagger writes it (refs resolved). */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
}

export interface Route {
  /** `POST /v1/events/{eventId}/ir-sessions` */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; required: boolean; schema: Schema }[];
  body: Schema | null;
  secured: boolean;
}

/** Every operation of the app's OpenAPI document (`/docs-json`): the route table the generated suites walk. */
export async function routeTable(t: TestApp): Promise<Route[]> {
  const res = await t.http.get('/docs-json').expect(200);
  const doc = res.body as { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> }; security?: unknown[] };
  const schemas = doc.components?.schemas ?? {};
  const resolve = (s: Schema | undefined, depth = 0): Schema | undefined => {
    if (!s || depth > 8) return s;
    if (s.$ref) return resolve(schemas[s.$ref.split('/').pop()!], depth + 1);
    if (s.allOf?.length === 1) return { ...resolve(s.allOf[0], depth + 1), ...s, allOf: undefined };
    const out: Schema = { ...s };
    if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)!]));
    if (s.items) out.items = resolve(s.items, depth + 1);
    return out;
  };
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params: any[] = op.parameters ?? [];
      const json = op.requestBody?.content?.['application/json']?.schema;
      routes.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required, schema: resolve(p.schema) ?? {} })),
        body: json ? (resolve(json) ?? null) : null,
        secured: (op.security ?? doc.security ?? []).length > 0,
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** A body that satisfies the schema as far as examples and types tell (a starting point the probes break). */
export function exampleOf(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, exampleOf(v, depth + 1)]));
    case 'array':
      return schema.items ? [exampleOf(schema.items, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'text';
    default:
      return schema.properties ? exampleOf({ ...schema, type: 'object' }, depth) : 'text';
  }
}
