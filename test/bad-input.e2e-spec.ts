import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { drainQueues, TestApp } from './utils';
import { pathFor, ROUTE_ACCESS } from './access/route-access';
import { exampleOf, Route, Schema } from './support/route-table';
import { CALLERS, CallerName, changedTables, openRouteWorld, tableChecksums, World } from './support/world';

/** One malformed request: a JSON body (or raw text with a content type), and the field its 400 must name. */
interface Probe {
  name: string;
  body?: unknown;
  raw?: { type: string; text: string };
  /** the field the 400 must name (`body` for whole-body problems); null: any 4xx with the envelope */
  field: string | null;
}

const BAD_UUID = 'not-a-uuid';
const DEEP = (levels: number): unknown => (levels === 0 ? 'x' : { d: DEEP(levels - 1) });

/** Values no field of its type accepts: wrong types, unsafe text, absurd numbers. */
function badValuesFor(name: string, s: Schema): [string, unknown][] {
  const type = s.type ?? (s.properties ? 'object' : 'string');
  const out: [string, unknown][] = [
    ['NUL', 'a\u0000b'],
    ['lone surrogate', 'x\uD800y'],
  ];
  if (!s.nullable) out.push(['null', null]);
  if (type === 'string') {
    out.push(['number', 12345], ['object', { a: 1 }], ['array', ['x']], ['huge string', 'x'.repeat(60_000)]);
    if (s.format === 'uuid' || /Id$/.test(name)) out.push(['bad uuid', BAD_UUID]);
    if (/date|deadline/i.test(name)) out.push(['impossible date', '2026-02-30'], ['year 0000', '0000-10-28']);
    if (/At$|^from$|^to$/.test(name)) out.push(['hour 24', '2026-10-28T24:00:00+09:00'], ['offset +14:59', '2026-10-28T10:00:00+14:59']);
    if (/timezone/i.test(name)) out.push(['unknown zone', 'Mars/Olympus']);
  } else if (type === 'integer' || type === 'number') {
    out.push(['string', 'abc'], ['1e308', 1e308], ['-1e308', -1e308], ['fraction', 1.5], ['boolean', true]);
  } else if (type === 'boolean') {
    out.push(['string', 'yes'], ['number', 1]);
  } else if (type === 'array') {
    out.push(['string', 'not-a-list'], ['object', { a: 1 }], ['NUL item', ['\u0000']], ['nested arrays', [[[['x']]]]]);
  } else if (type === 'object') {
    out.push(['empty array', []], ['string', 'text'], ['number', 7], ['deep nesting', DEEP(30)]);
  }
  return out;
}

/** At least 25 malformed payloads for one write endpoint, derived from its request schema. */
function probesFor(route: Route, base: Record<string, unknown>): Probe[] {
  const probes: Probe[] = [
    { name: 'array body', body: [base], field: 'body' },
    { name: 'string body', raw: { type: 'application/json', text: '"text"' }, field: null },
    { name: 'null body', raw: { type: 'application/json', text: 'null' }, field: null },
    { name: 'malformed JSON', raw: { type: 'application/json', text: '{"a": ' }, field: null },
    { name: 'NaN literal', raw: { type: 'application/json', text: '{"a": NaN}' }, field: null },
    { name: 'Infinity literal', raw: { type: 'application/json', text: '{"a": Infinity}' }, field: null },
    { name: 'text/plain', raw: { type: 'text/plain', text: JSON.stringify(base) }, field: null },
    { name: 'form', raw: { type: 'application/x-www-form-urlencoded', text: 'a=1&b=2' }, field: null },
    { name: 'too large', raw: { type: 'application/json', text: JSON.stringify({ ...base, pad: 'x'.repeat(400_000) }) }, field: null },
    { name: 'unknown field', body: { ...base, zzUnknown: 1 }, field: 'zzUnknown' },
    { name: '__proto__', raw: { type: 'application/json', text: JSON.stringify(base).replace(/^\{/, '{"__proto__": {"admin": true},').replace(',}', '}') }, field: '__proto__' },
    { name: 'constructor', body: { ...base, constructor: { prototype: { admin: true } } }, field: 'constructor' },
    { name: 'deep nesting', body: { ...base, zzDeep: DEEP(40) }, field: null },
    { name: 'unknown field = null', body: { ...base, zzUnknown: null }, field: 'zzUnknown' },
    { name: 'NUL in a key', raw: { type: 'application/json', text: JSON.stringify({ ...base, 'a\u0000b': 1 }) }, field: null },
    { name: 'number body', raw: { type: 'application/json', text: '42' }, field: null },
    { name: 'true body', raw: { type: 'application/json', text: 'true' }, field: null },
    { name: 'latin1 charset', raw: { type: 'application/json; charset=latin1', text: JSON.stringify(base) }, field: null },
    { name: 'multipart', raw: { type: 'multipart/form-data; boundary=x', text: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--' }, field: null },
    { name: 'xml', raw: { type: 'application/xml', text: '<a>1</a>' }, field: null },
  ];
  const props = route.body?.properties ?? {};
  for (const [name, schema] of Object.entries(props)) {
    for (const [what, value] of badValuesFor(name, schema)) probes.push({ name: `${name}: ${what}`, body: { ...base, [name]: value }, field: name });
    if (route.body?.required?.includes(name)) {
      const { [name]: _omitted, ...rest } = base;
      // A PATCH left with no field at all is refused as a whole ("send at least one field").
      const emptyPatch = route.method === 'PATCH' && Object.keys(rest).length === 0;
      probes.push({ name: `${name}: missing`, body: rest, field: emptyPatch ? 'body' : name });
    }
    const nested = schema.properties ?? schema.items?.properties;
    if (nested) {
      for (const [sub, subSchema] of Object.entries(nested)) {
        for (const [what, value] of badValuesFor(sub, subSchema).slice(0, 4)) {
          const inner = schema.items ? [{ ...(exampleOf(schema.items) as object), [sub]: value }] : { ...(exampleOf(schema) as object), [sub]: value };
          probes.push({ name: `${name}.${sub}: ${what}`, body: { ...base, [name]: inner }, field: name });
        }
      }
    }
  }
  return probes;
}

/** Query-string probes for a list: paging out of range or malformed, unknown enums, unsafe text, unknown params. */
function queryProbesFor(route: Route): { name: string; query: string; field: string | null }[] {
  const out: { name: string; query: string; field: string | null }[] = [
    { name: 'page=0', query: 'page=0', field: 'page' },
    { name: 'page=-1', query: 'page=-1', field: 'page' },
    { name: 'page=1e20', query: 'page=1e20', field: 'page' },
    { name: 'page=abc', query: 'page=abc', field: 'page' },
    { name: 'page=1.5', query: 'page=1.5', field: 'page' },
    { name: 'page twice', query: 'page=1&page=2', field: 'page' },
    { name: 'limit=0', query: 'limit=0', field: 'limit' },
    { name: 'limit=101', query: 'limit=101', field: 'limit' },
    { name: 'limit=1e308', query: 'limit=1e308', field: 'limit' },
    { name: 'unknown param', query: 'zzUnknown=1', field: 'zzUnknown' },
  ].filter((p) => p.field === 'zzUnknown' || route.query.some((q) => q.name === p.field));
  for (const q of route.query) {
    if (q.name === 'page' || q.name === 'limit') continue;
    out.push({ name: `${q.name}: NUL`, query: `${q.name}=a%00b`, field: q.name });
    out.push({ name: `${q.name}: lone surrogate`, query: `${q.name}=${encodeURIComponent('a')}%ED%A0%80`, field: null });
    if (q.schema.enum || q.schema.format === 'uuid' || /Id$/.test(q.name) || /sector|stage|status|role|country|decision|kind/.test(q.name)) {
      out.push({ name: `${q.name}: unknown value`, query: `${q.name}=zz-not-a-value`, field: q.name });
    }
  }
  return out;
}

describe('bad-input corpus generated from the route table (e2e)', () => {
  let t: TestApp;
  let w: World;
  let routes: Route[];
  beforeAll(async () => {
    ({ t, w, routes } = await openRouteWorld());
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The caller that gets past authorization: the first the access table allows, else the first whose probe is a 400. */
  async function callerFor(route: Route, url: string): Promise<CallerName | null> {
    const declared = ROUTE_ACCESS[route.key]?.ok;
    const candidates = declared ?? (['organizer', 'startupA', 'investorA', 'corporate', 'startupB', 'investorB', 'pending', 'anonymous'] as CallerName[]);
    for (const caller of candidates) {
      const token = w.callers[caller].token;
      let req = (t.http as any)[route.method.toLowerCase()](url);
      if (token) req = req.set('Authorization', `Bearer ${token}`);
      const res = route.method === 'GET' ? await req.query({ zzUnknown: 1 }) : await req.send({ zzUnknown: 1 });
      if (res.status === 400) return caller;
    }
    return declared?.[0] ?? null;
  }

  it('answers every malformed write and list query with a 4xx envelope naming the field, and changes nothing', async () => {
    await drainQueues(t);
    const before = await tableChecksums(t);
    const violations: string[] = [];
    const statuses: Record<string, number> = {};
    const perEndpoint: string[] = [];
    let sent = 0;
    const check = (where: string, res: { status: number; body: any; type: string }, field: string | null) => {
      sent++;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status >= 500 || res.status < 400) {
        violations.push(`${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        return;
      }
      const b = res.body ?? {};
      if (b.statusCode !== res.status || typeof b.code !== 'string' || typeof b.message !== 'string') {
        violations.push(`${where}: no error envelope (${res.status} ${JSON.stringify(b).slice(0, 200)})`);
      }
      if (field !== null) {
        const fields: string[] = (b.errors ?? []).map((e: { field: string }) => e.field);
        if (res.status !== 400 || !fields.some((f) => f === field || f.startsWith(`${field}.`))) {
          violations.push(`${where}: expected a 400 naming ${field}, got ${res.status} naming [${fields.join(', ')}]`);
        }
      }
    };

    for (const route of routes) {
      const url = pathFor(route.path, w);
      const isWrite = route.method !== 'GET' && route.body;
      const isList = route.method === 'GET' && route.query.length > 0;
      if (!isWrite && !isList) continue;
      const caller = await callerFor(route, url);
      const token = caller ? w.callers[caller].token : null;
      const call = () => {
        const req = (t.http as any)[route.method.toLowerCase()](url);
        return token ? req.set('Authorization', `Bearer ${token}`) : req;
      };
      let count = 0;
      if (isWrite) {
        const base = { ...(exampleOf(route.body!) as Record<string, unknown>), ...((ROUTE_ACCESS[route.key]?.body?.(w) as object) ?? {}) };
        for (const probe of probesFor(route, base)) {
          const res = probe.raw ? await call().set('Content-Type', probe.raw.type).send(probe.raw.text) : await call().send(probe.body as object);
          check(`${route.key} as ${caller} [${probe.name}]`, res, probe.field);
          count++;
        }
        // A malformed id in the path is "unknown": 404, whatever the body.
        for (const param of route.pathParams) {
          const badUrl = pathFor(route.path.replace(`{${param}}`, BAD_UUID), w);
          const req = (t.http as any)[route.method.toLowerCase()](badUrl);
          check(`${route.key} as ${caller} [bad ${param} in path]`, await (token ? req.set('Authorization', `Bearer ${token}`) : req).send(base), null);
          count++;
        }
        if (count < 25) violations.push(`${route.key}: only ${count} payloads generated (at least 25 expected)`);
      }
      if (isList) {
        for (const probe of queryProbesFor(route)) {
          const res = await (t.http as any).get(`${url}?${probe.query}`).set(token ? { Authorization: `Bearer ${token}` } : {});
          check(`${route.key} as ${caller} [?${probe.name}]`, res, probe.field);
          count++;
        }
      }
      perEndpoint.push(`${route.key}: ${count}`);
    }
    await drainQueues(t);
    const changed = changedTables(before, await tableChecksums(t));
    if (changed.length) violations.push(`tables changed by malformed requests: ${changed.join(', ')}`);
    console.log(
      [
        `bad-input corpus: ${sent} malformed requests to ${perEndpoint.length} endpoints (callers: ${CALLERS.length} known)`,
        `  per endpoint: ${perEndpoint.join('; ')}`,
        `  statuses: ${Object.entries(statuses).map(([s, n]) => `${s}×${n}`).join(' ')}`,
        `  violations: ${violations.length}`,
        ...violations.slice(0, 200).map((v) => `    ${v}`),
      ].join('\n'),
    );
    expect(violations).toEqual([]);
  }, 400_000);
});
