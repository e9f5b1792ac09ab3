import type { CallerName, World } from '../support/world';

/**
 * Who may call each route, declared once; test/access-matrix.e2e-spec.ts checks every route × caller against
 * it and test/bad-input.e2e-spec.ts uses `body` to reach validation. Objects in paths belong to the A side
 * (startup A, investor A, the corporate), so B callers are "someone else".
 *
 * - `ok`: callers who may use it (GET → 2xx; writes are probed with an invalid body → 400, which proves the
 *   caller got past authorization without changing anything).
 * - everyone else gets `deny` (default 403), with per-caller exceptions in `denied` (404 where the object is
 *   not visible to them); `anonymous` gets 401 unless `public`.
 * - `body`: a valid body for callers who must be refused (so a refusal cannot hide behind a 400).
 *
 * A route missing here is still probed with defaults (anonymous 401, pending 403, nobody 5xx, no leak) and
 * listed in the output: add it to this file to pin its statuses.
 */
export interface Access {
  ok: CallerName[];
  deny?: 403 | 404;
  denied?: Partial<Record<CallerName, number>>;
  public?: boolean;
  body?: (w: World) => unknown;
}

const ACTIVE: CallerName[] = ['startupA', 'startupB', 'investorA', 'investorB', 'corporate', 'organizer'];
const MEMBERS: CallerName[] = ['startupA', 'startupB', 'investorA', 'investorB', 'corporate'];
const ORGANIZER: CallerName[] = ['organizer'];
/** Parties of the A-side match / request / meeting see it; other members get 404 (not visible), not 403. */
const HIDDEN_FROM_OTHERS: Partial<Record<CallerName, number>> = { startupB: 404, investorB: 404, corporate: 404 };

export const ROUTE_ACCESS: Record<string, Access> = {
  'POST /v1/auth/signup': { ok: ['anonymous', 'pending', ...ACTIVE], public: true },
  'POST /v1/auth/login': { ok: ['anonymous', 'pending', ...ACTIVE], public: true },
  'GET /v1/sectors': { ok: ['anonymous', 'pending', ...ACTIVE], public: true },
  'GET /health': { ok: ['anonymous', 'pending', ...ACTIVE], public: true },

  'GET /v1/me': { ok: ['pending', ...ACTIVE] },
  'PATCH /v1/me': { ok: ['pending', ...ACTIVE] },
  'GET /v1/me/notifications': { ok: ACTIVE },
  'GET /v1/accounts': { ok: ORGANIZER },
  'PATCH /v1/accounts/{id}': { ok: ORGANIZER, body: () => ({ status: 'rejected' }) },

  'PUT /v1/me/startup': { ok: ['startupA', 'startupB'], body: () => ({}) },
  'PUT /v1/me/investor': { ok: ['pending', 'investorA', 'investorB'], body: () => ({}) },
  'PUT /v1/me/corporate': { ok: ['corporate'], body: () => ({}) },
  'GET /v1/startups': { ok: ACTIVE },
  'GET /v1/investors': { ok: ACTIVE },

  'POST /v1/demands': { ok: ['corporate'] },
  'GET /v1/demands': { ok: ACTIVE },
  'GET /v1/demands/{id}': { ok: ACTIVE },
  'PATCH /v1/demands/{id}': { ok: ['corporate'], body: () => ({ title: 'taken over' }) },
  'DELETE /v1/demands/{id}': { ok: ['corporate', 'organizer'] },

  'POST /v1/events': { ok: ORGANIZER },
  'GET /v1/events': { ok: ACTIVE },
  'GET /v1/events/{eventId}': { ok: ACTIVE },
  'PATCH /v1/events/{eventId}': { ok: ORGANIZER, body: () => ({ name: 'taken over' }) },
  'POST /v1/events/{eventId}/ir-sessions': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/ir-sessions': { ok: ACTIVE },
  'GET /v1/events/{eventId}/ir-sessions/{sessionId}': { ok: ACTIVE },
  'POST /v1/events/{eventId}/participants': { ok: ACTIVE },
  'GET /v1/events/{eventId}/participants': { ok: ACTIVE },
  'PUT /v1/events/{eventId}/me/availability': { ok: MEMBERS, body: () => ({ blocked: [] }) },
  'GET /v1/events/{eventId}/me/availability': { ok: MEMBERS },

  'GET /v1/events/{eventId}/matches': { ok: ACTIVE },
  'GET /v1/matches/{id}': { ok: ['startupA', 'investorA', 'organizer'], denied: HIDDEN_FROM_OTHERS },
  'PUT /v1/matches/{id}/decision': { ok: ['startupA', 'investorA'], denied: HIDDEN_FROM_OTHERS, body: () => ({ decision: 'declined', reason: 'other' }) },
  'POST /v1/events/{eventId}/match-runs': { ok: ORGANIZER },
  'GET /v1/match-runs/{id}': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/reports/decline-reasons': { ok: ORGANIZER },

  'POST /v1/events/{eventId}/ir-requests': { ok: ['startupA', 'startupB'], body: (w) => ({ sessionIds: [w.sessionId] }) },
  'GET /v1/events/{eventId}/ir-requests': { ok: ['startupA', 'startupB', 'organizer'] },
  'DELETE /v1/ir-requests/{id}': { ok: ['startupA', 'organizer'], denied: { startupB: 404 } },
  'POST /v1/events/{eventId}/ir-allocations': { ok: ORGANIZER },
  'GET /v1/ir-allocations/{id}': { ok: ORGANIZER },

  'POST /v1/events/{eventId}/meeting-requests': {
    ok: ['startupA', 'investorA'], denied: { ...HIDDEN_FROM_OTHERS }, body: (w) => ({ matchId: w.matchId }),
  },
  'GET /v1/events/{eventId}/meeting-requests': { ok: ACTIVE },
  'GET /v1/meeting-requests/{id}': { ok: ['startupA', 'investorA', 'organizer'], denied: HIDDEN_FROM_OTHERS },
  'POST /v1/meeting-requests/{id}/accept': { ok: ['investorA'], denied: HIDDEN_FROM_OTHERS },
  'POST /v1/meeting-requests/{id}/decline': { ok: ['investorA'], denied: HIDDEN_FROM_OTHERS, body: () => ({ reason: 'not now' }) },
  'POST /v1/meeting-requests/{id}/withdraw': { ok: ['startupA'], denied: HIDDEN_FROM_OTHERS },
  'PATCH /v1/meetings/{id}': { ok: ORGANIZER, body: () => ({ table: 2 }) },
  'DELETE /v1/meetings/{id}': { ok: ['startupA', 'investorA', 'organizer'], denied: HIDDEN_FROM_OTHERS },

  'GET /v1/meetings/{id}': { ok: ['startupA', 'investorA', 'organizer'], denied: HIDDEN_FROM_OTHERS },
  'POST /v1/meetings/{id}/check-in': { ok: ['startupA', 'investorA'], denied: { ...HIDDEN_FROM_OTHERS, organizer: 403 }, body: () => ({}) },
  'POST /v1/meetings/{id}/no-show': { ok: ['startupA', 'investorA'], denied: { ...HIDDEN_FROM_OTHERS, organizer: 403 } },
  'PUT /v1/meetings/{id}/outcome': {
    ok: ['startupA', 'investorA'], denied: { ...HIDDEN_FROM_OTHERS, organizer: 403 }, body: () => ({ held: true, followUps: ['none'] }),
  },
  // Each party reads only its own outcome (investor A has recorded none: 404); organizers read both via /outcomes.
  'GET /v1/meetings/{id}/outcome': { ok: ['startupA'], denied: { ...HIDDEN_FROM_OTHERS, investorA: 404, organizer: 403 } },
  'GET /v1/meetings/{id}/outcomes': { ok: ORGANIZER, denied: { ...HIDDEN_FROM_OTHERS, startupA: 403, investorA: 403 } },
  'GET /v1/events/{eventId}/me/outcomes': { ok: MEMBERS },
  'GET /v1/events/{eventId}/no-shows': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/reports/funnel': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/reports/outcomes': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/reports/concepts': { ok: ORGANIZER },
  'POST /v1/admin/queues/session': { ok: ORGANIZER },
  // Prometheus text; open on loopback (the tests' address), elsewhere only with METRICS_TOKEN.
  'GET /metrics': { ok: ['anonymous', 'pending', ...ACTIVE], public: true },

  'POST /v1/events/{eventId}/schedule-runs': { ok: ORGANIZER },
  'GET /v1/schedule-runs/{id}': { ok: ORGANIZER },
  'POST /v1/events/{eventId}/schedule/publish': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/capacity': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/agenda': { ok: ACTIVE },
  'GET /v1/events/{eventId}/agenda.ics': { ok: ACTIVE },
  'GET /v1/events/{eventId}/schedule': { ok: ORGANIZER },
  'GET /v1/events/{eventId}/schedule/board': { ok: ORGANIZER },
};

/** Tables a permitted read may write, and why (everything else must be unchanged by the matrix's requests). */
export const TABLES_WRITTEN_BY_READS: Record<string, string> = {
  meeting_check_in_codes: "GET /v1/meetings/{id} issues the caller's check-in code the first time it is shown",
};

/** The object each path parameter names, by the path's shape: new routes under known resources resolve by themselves. */
export function pathFor(path: string, w: World): string {
  const byPrefix: [RegExp, string][] = [
    [/^\/v1\/events\/\{eventId\}\/ir-sessions\/\{sessionId\}/, w.sessionId],
    [/^\/v1\/demands\/\{id\}/, w.demandId],
    [/^\/v1\/matches\/\{id\}/, w.matchId],
    [/^\/v1\/meeting-requests\/\{id\}/, w.requestId],
    [/^\/v1\/meetings\/\{id\}/, w.meetingId],
    [/^\/v1\/accounts\/\{id\}/, w.callers.startupA.id!],
    [/^\/v1\/ir-requests\/\{id\}/, w.irRequestId],
    [/^\/v1\/match-runs\/\{id\}/, w.matchRunId],
    [/^\/v1\/schedule-runs\/\{id\}/, w.scheduleRunId],
    [/^\/v1\/ir-allocations\/\{id\}/, w.irAllocationId],
  ];
  let out = path.replace('{eventId}', w.eventId);
  for (const [pattern, id] of byPrefix) if (pattern.test(path)) out = out.replace(/\{(id|sessionId)\}/, id);
  // Unknown parameters get an id that exists nowhere: the route must answer 404, never 5xx.
  return out.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-00000000dead');
}

/** The status a caller must get, or null when the route is undeclared and only the defaults apply. */
export function expectedStatus(route: { key: string; secured: boolean }, caller: CallerName): number | 'allowed' | null {
  const access = ROUTE_ACCESS[route.key];
  if (!access) {
    if (caller === 'anonymous' && route.secured) return 401;
    return null;
  }
  if (access.ok.includes(caller)) return 'allowed';
  if (caller === 'anonymous') return access.public ? (access.denied?.anonymous ?? 403) : 401;
  if (caller === 'pending') return access.denied?.pending ?? 403;
  return access.denied?.[caller] ?? access.deny ?? 403;
}
