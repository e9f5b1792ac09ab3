import { randomBytes } from 'node:crypto';
import { auth, createTestApp, drainQueues, member, TestApp, waitForRun, waitUntil } from '../utils';
import { Route, routeTable } from './route-table';
import { corporateProfile, demand, event, investorProfile, startupProfile } from '../factories';

/** Who calls: nobody, a pending account, two of each member role (A owns the objects, B is "someone else"), an organizer. */
export const CALLERS = ['anonymous', 'pending', 'startupA', 'startupB', 'investorA', 'investorB', 'corporate', 'organizer'] as const;
export type CallerName = (typeof CALLERS)[number];

export interface World {
  callers: Record<CallerName, { id: string | null; token: string | null; email: string | null }>;
  eventId: string;
  sessionId: string;
  demandId: string;
  /** startupA × investorA; both decided with private notes; its request is booked. */
  matchId: string;
  requestId: string;
  meetingId: string;
  irRequestId: string;
  matchRunId: string;
  scheduleRunId: string;
  irAllocationId: string;
  /** Strings only their owners and organizers may ever see. */
  secrets: { notes: { text: string; owner: CallerName }[]; deckUrlA: string; deckUrlB: string };
}

/**
 * One event with every kind of object, built through the API (the worker scores and books): what the
 * generated suites call each route about. Objects belong to the A side and the corporate.
 */
export async function buildWorld(t: TestApp): Promise<World> {
  const marker = randomBytes(4).toString('hex');
  const deckUrlA = `https://decks.example/${marker}-a.pdf`;
  const deckUrlB = `https://decks.example/${marker}-b.pdf`;
  const notes: { text: string; owner: CallerName }[] = [
    { text: `private-note-investor-${marker}`, owner: 'investorA' },
    { text: `private-note-startup-${marker}`, owner: 'startupA' },
    { text: `private-outcome-startup-${marker}`, owner: 'startupA' },
  ];
  const org = t.organizerToken;
  const ev = await t.http.post('/v1/events').set(auth(org)).send(event({ name: `World ${marker}` })).expect(201);
  const eventId = ev.body.id as string;

  const [startupA, startupB, investorA, investorB, corporate] = [
    await member(t, 'startup'), await member(t, 'startup'), await member(t, 'investor'), await member(t, 'investor'), await member(t, 'corporate'),
  ];
  const pending = await member(t, 'investor', { pending: true });
  await t.http.put('/v1/me/startup').set(auth(startupA.token)).send(startupProfile({ name: 'World Startup A', deckUrl: deckUrlA })).expect(200);
  await t.http.put('/v1/me/startup').set(auth(startupB.token)).send(startupProfile({ name: 'World Startup B', deckUrl: deckUrlB })).expect(200);
  await t.http.put('/v1/me/investor').set(auth(investorA.token)).send(investorProfile({ firm: 'World Fund A' })).expect(200);
  await t.http.put('/v1/me/investor').set(auth(investorB.token)).send(investorProfile({ firm: 'World Fund B' })).expect(200);
  await t.http.put('/v1/me/investor').set(auth(pending.token)).send(investorProfile({ firm: 'World Pending Fund' })).expect(200);
  await t.http.put('/v1/me/corporate').set(auth(corporate.token)).send(corporateProfile({ company: 'World Corp' })).expect(200);
  for (const m of [startupA, startupB, investorA, investorB, corporate]) {
    await t.http.post(`/v1/events/${eventId}/participants`).set(auth(m.token)).send({}).expect(201);
  }
  const d = await t.http.post('/v1/demands').set(auth(corporate.token))
    .send(demand({ sectors: ['quantum'], keywords: ['양자컴퓨팅', 'error correction'], minTrl: 3 })).expect(201);
  const session = await t.http.post(`/v1/events/${eventId}/ir-sessions`).set(auth(org))
    .send({ title: 'World IR', room: 'Hall W', startsAt: '2026-10-29T16:00:00+09:00', slotMinutes: 10, slotCount: 3, sectors: ['quantum'] }).expect(201);
  const ir = await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(startupA.token)).send({ sessionIds: [session.body.id] }).expect(201);
  await drainQueues(t);

  const list = await t.http.get(`/v1/events/${eventId}/matches`).query({ startupId: startupA.id, limit: 100 }).set(auth(investorA.token)).expect(200);
  const match = list.body.items.find((i: { startup: { accountId: string } }) => i.startup.accountId === startupA.id);
  if (!match) throw new Error('world: startup A and investor A did not match');
  await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(investorA.token)).send({ decision: 'interested', note: notes[0].text }).expect(200);
  await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(startupA.token)).send({ decision: 'interested', note: notes[1].text }).expect(200);
  const request = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(startupA.token)).send({ matchId: match.id }).expect(201);
  await t.http.post(`/v1/meeting-requests/${request.body.id}/accept`).set(auth(investorA.token)).expect(200);
  const meetingId = await waitUntil('world: the request booked', async () => {
    const r = await t.http.get(`/v1/meeting-requests/${request.body.id}`).set(auth(startupA.token)).expect(200);
    return r.body.status === 'booked' ? (r.body.meeting.id as string) : undefined;
  });

  // The meeting's time has passed on the test calendar (2026-10-28): its outcome and private note can be recorded.
  await t.http.put(`/v1/meetings/${meetingId}/outcome`).set(auth(startupA.token)).send({ held: true, followUps: ['poc'], note: notes[2].text }).expect(200);

  const matchRun = await t.http.post(`/v1/events/${eventId}/match-runs`).set(auth(org)).expect(202);
  await waitForRun(t, `/v1/match-runs/${matchRun.body.id}`, org);
  const scheduleRun = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(org)).expect(202);
  await waitForRun(t, `/v1/schedule-runs/${scheduleRun.body.id}`, org);
  const allocation = await t.http.post(`/v1/events/${eventId}/ir-allocations`).set(auth(org)).expect(202);
  await waitForRun(t, `/v1/ir-allocations/${allocation.body.id}`, org);
  await drainQueues(t);

  const [organizer] = await t.db.query(`SELECT id, email FROM accounts WHERE role = 'organizer' LIMIT 1`);
  const who = (m: { id: string; token: string; email: string }) => ({ id: m.id, token: m.token, email: m.email });
  return {
    callers: {
      anonymous: { id: null, token: null, email: null }, pending: who(pending), startupA: who(startupA), startupB: who(startupB),
      investorA: who(investorA), investorB: who(investorB), corporate: who(corporate), organizer: { id: organizer.id, token: org, email: organizer.email },
    },
    eventId, sessionId: session.body.id, demandId: d.body.id, matchId: match.id, requestId: request.body.id, meetingId,
    irRequestId: ir.body.id, matchRunId: matchRun.body.id, scheduleRunId: scheduleRun.body.id, irAllocationId: allocation.body.id,
    secrets: { notes, deckUrlA, deckUrlB },
  };
}

/** A checksum per table: rows hashed and combined in a stable order. Equal before and after = nothing changed. */
export async function tableChecksums(t: TestApp): Promise<Record<string, string>> {
  const tables: { name: string }[] = await t.db.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await t.db.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM "${name}" x`);
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}

/** The app (with its worker), the world of callers and objects, and the route table the generated suites walk. */
export interface RouteWorld {
  t: TestApp;
  w: World;
  routes: Route[];
}

/** Boots the app and builds the world once per suite (the bad-input corpus and the access matrix share it). */
export async function openRouteWorld(): Promise<RouteWorld> {
  const t = await createTestApp({ worker: true });
  return { t, w: await buildWorld(t), routes: await routeTable(t) };
}
