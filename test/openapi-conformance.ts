import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

type Schema = Record<string, unknown>;
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule;

/**
 * OpenAPI 3.0 schema → JSON Schema, strict: `nullable` becomes "or null", and every object schema that lists its
 * properties allows no others, so a field the code returns but the document does not name fails the check.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, example: _example, discriminator: _discriminator, ...rest } = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)])) : toJsonSchema(value);
  }
  if (typeof out.$ref === 'string') out.$ref = (out.$ref as string).replace('#/components/schemas/', 'openapi#/definitions/');
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  if (out.type === 'object' && (out.oneOf || out.anyOf || out.allOf)) delete out.type;
  return nullable ? { anyOf: [{ type: 'null' }, out] } : out;
}

/** Checks real responses against the document the app serves: the status is documented and the body fits its schema. */
export class OpenApiConformance {
  private readonly ajv;
  readonly checked = new Set<string>();

  constructor(private readonly document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>; components: { schemas: Schema } }) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', definitions: toJsonSchema(document.components.schemas) as Schema });
  }

  /** `template` as in the document, e.g. `/v1/events/{eventId}`. Returns the response for chaining. */
  check(res: Response, method: string, template: string): Response {
    const operation = this.document.paths[template]?.[method.toLowerCase()];
    if (!operation) throw new Error(`${method} ${template} is not in the document`);
    const documented = operation.responses[String(res.status)];
    if (!documented) {
      throw new Error(`${method} ${template} answered ${res.status}, which the document does not list (${Object.keys(operation.responses).join(', ')}): ${JSON.stringify(res.body)}`);
    }
    this.checked.add(`${method.toUpperCase()} ${template} ${res.status}`);
    const type = String(res.headers['content-type'] ?? '').split(';')[0];
    const schema = documented.content?.[type]?.schema;
    if (res.status === 204) return res;
    if (!schema) throw new Error(`${method} ${template} ${res.status}: no schema for ${type || 'no content type'}`);
    if (type !== 'application/json') return res;
    const validate = this.ajv.compile(toJsonSchema(schema) as Schema);
    if (!validate(res.body)) {
      throw new Error(`${method} ${template} ${res.status} does not match its documented schema:\n${this.ajv.errorsText(validate.errors, { separator: '\n' })}\nbody: ${JSON.stringify(res.body).slice(0, 2000)}`);
    }
    return res;
  }
}
