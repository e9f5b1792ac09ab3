import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { drainQueues, TestApp } from './utils';
import { expectedStatus, pathFor, ROUTE_ACCESS, TABLES_WRITTEN_BY_READS } from './access/route-access';
import { exampleOf, Route } from './support/route-table';
import { CALLERS, CallerName, changedTables, openRouteWorld, tableChecksums, World } from './support/world';

/** What a caller must never read: others' e-mails, private decision notes, deck links of startups not theirs to see. */
function leaks(w: World, caller: CallerName, text: string): string[] {
  if (caller === 'organizer') return [];
  const found: string[] = [];
  for (const [name, c] of Object.entries(w.callers)) {
    if (c.email && name !== caller && text.toLowerCase().includes(c.email.toLowerCase())) found.push(`e-mail of ${name}`);
  }
  for (const note of w.secrets.notes) if (caller !== note.owner && text.includes(note.text)) found.push(`${note.owner}'s private note`);
  const deckReaders: CallerName[] = ['investorA', 'investorB'];
  if (caller !== 'startupA' && !deckReaders.includes(caller) && text.includes(w.secrets.deckUrlA)) found.push("startup A's deck link");
  if (caller !== 'startupB' && !deckReaders.includes(caller) && text.includes(w.secrets.deckUrlB)) found.push("startup B's deck link");
  return found;
}

describe('access matrix generated from the route table (e2e)', () => {
  let t: TestApp;
  let w: World;
  let routes: Route[];
  beforeAll(async () => {
    ({ t, w, routes } = await openRouteWorld());
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers every route × caller as declared, never 5xx, leaks nothing, and changes nothing', async () => {
    await drainQueues(t);
    const before = await tableChecksums(t);
    const violations: string[] = [];
    const statuses: Record<string, number> = {};
    const undeclared = routes.filter((r) => !ROUTE_ACCESS[r.key]).map((r) => r.key);
    let sent = 0;
    let skipped = 0;
    const observed: Record<string, string[]> = {};
    const calledForReal = new Set<string>();
    // Refusals first, then the allowed callers' reads and invalid-body probes: none of it may write anything.
    for (const phase of ['refused', 'allowed'] as const) {
      for (const route of routes) {
        for (const caller of CALLERS) {
          const expected = expectedStatus(route, caller);
          if ((expected === 'allowed') !== (phase === 'allowed')) continue;
          const write = route.method !== 'GET';
          let body: unknown;
          if ((expected === 'allowed' || (expected === null && caller !== 'anonymous')) && write && route.body) {
            // Past authorization, an unknown field is a 400 — proof of access without a side effect.
            body = { zzProbeUnknownField: 1 };
          } else if (expected === 'allowed' && write) {
            // Past authorization, an unknown field is a 400 — proof of access without a side effect.
            skipped++; // a state-changing action without a body: its effect is covered by the functional e2e tests
            continue;
          } else if (write && route.body) {
            body = ROUTE_ACCESS[route.key]?.body?.(w) ?? exampleOf(route.body);
          }
          const url = pathFor(route.path, w);
          let req = (t.http as any)[route.method.toLowerCase()](url);
          const token = w.callers[caller].token;
          if (token) req = req.set('Authorization', `Bearer ${token}`);
          const res = body === undefined ? await req : await req.send(body as object);
          sent++;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const where = `${route.key} as ${caller}`;
          if (res.status >= 500) violations.push(`${where}: ${res.status} ${JSON.stringify(res.body)}`);
          if (expected === 'allowed') {
            const want = write ? [400] : [200];
            if (!want.includes(res.status)) violations.push(`${where}: expected ${want.join('|')} (allowed), got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          } else if (expected !== null && res.status !== expected) {
            violations.push(`${where}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          }
          if (res.status >= 400 && res.type === 'application/json' && (typeof res.body.code !== 'string' || typeof res.body.message !== 'string' || res.body.statusCode !== res.status)) {
            violations.push(`${where}: error without the envelope ${JSON.stringify(res.body).slice(0, 200)}`);
          }
          for (const leak of leaks(w, caller, res.text ?? '')) violations.push(`${where}: leaks ${leak}`);
          if (expected === null || (expected === 401 && !ROUTE_ACCESS[route.key])) (observed[route.key] ??= []).push(`${caller} ${res.status}`);
          if (expected === null && write && !route.body) calledForReal.add(route.key);
        }
      }
    }
    const changed = changedTables(before, await tableChecksums(t)).filter((table) => !(table in TABLES_WRITTEN_BY_READS));
    if (changed.length) {
      violations.push(
        `tables changed by refused or probing requests: ${changed.join(', ')}` +
          (calledForReal.size ? ` (undeclared routes called for real: ${[...calledForReal].join(', ')}; declare them in test/access/route-access.ts)` : ''),
      );
    }
    console.log(
      [
        `access matrix: ${routes.length} routes × ${CALLERS.length} callers, ${sent} requests sent, ${skipped} state-changing allowed calls left to functional tests`,
        `  statuses: ${Object.entries(statuses).map(([s, n]) => `${s}×${n}`).join(' ')}`,
        `  undeclared routes (defaults only; declare them in test/access/route-access.ts): ${undeclared.length ? undeclared.join(', ') : 'none'}`,
        ...Object.entries(observed).map(([key, seen]) => `  undeclared ${key} answered: ${seen.join(', ')}`),
        `  violations: ${violations.length}`,
        ...violations.map((v) => `    ${v}`),
      ].join('\n'),
    );
    expect(violations).toEqual([]);
    expect(sent).toBeGreaterThan(routes.length * 4);
  }, 300_000);
});
